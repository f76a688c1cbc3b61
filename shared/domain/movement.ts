import { z } from 'zod';
import { IsoDate } from './dates';
import { Code, Procedure, SubjectType } from './award-form';
import { optionalText, requiredText } from './text-fields';

/** A quota limit as the plan writes it ("02" → 2): a whole number, never negative. */
const Limit = z
  .number({ error: 'Giới hạn phải là một số' })
  .int({ error: 'Giới hạn phải là số nguyên' })
  .min(0, { error: 'Giới hạn không được âm' })
  .max(100_000, { error: 'Giới hạn quá lớn' });

/**
 * Limits of one quota rule. `combined` counts every subject type together
 * ("01 tập thể hoặc 01 cá nhân" = at most 1 in total). Several limits may apply at once.
 */
export const QuotaLimits = z
  .strictObject({
    tapThe: Limit.nullable().optional().meta({ title: 'Số tập thể tối đa' }),
    caNhan: Limit.nullable().optional().meta({ title: 'Số cá nhân tối đa' }),
    hoGiaDinh: Limit.nullable().optional().meta({ title: 'Số hộ gia đình tối đa' }),
    combined: Limit.nullable().optional().meta({ title: 'Tổng số tối đa (gộp các đối tượng)' }),
  })
  .refine(
    (l) => [l.tapThe, l.caNhan, l.hoGiaDinh, l.combined].some((v) => v !== null && v !== undefined),
    { error: 'Quy tắc phải có ít nhất một giới hạn' },
  );
export type QuotaLimits = z.output<typeof QuotaLimits>;

export const QUOTA_KINDS = ['proposal', 'selection'] as const;
export const QUOTA_SCOPES = ['per_unit', 'total'] as const;

/** One quota clause of a plan, as data (domain.md §5). */
export const QuotaRuleInput = z.strictObject({
  kind: z
    .enum(QUOTA_KINDS, { error: 'Chỉ nhận: giới hạn đề nghị hoặc giới hạn xét chọn' })
    .meta({ title: 'Loại giới hạn' }),
  scope: z
    .enum(QUOTA_SCOPES, { error: 'Chỉ nhận: mỗi đơn vị hoặc tổng cả kế hoạch' })
    .meta({ title: 'Phạm vi' }),
  unitKindCodes: z.array(z.string()).default([]).meta({ title: 'Áp dụng cho loại đơn vị' }),
  unitSectors: z.array(requiredText(100)).default([]).meta({ title: 'Áp dụng cho ngành' }),
  awardFormCode: z.string().nullable().default(null).meta({ title: 'Hình thức khen thưởng' }),
  periodCode: z.string().nullable().default(null).meta({ title: 'Đợt' }),
  limits: QuotaLimits.meta({ title: 'Giới hạn' }),
  overrides: z
    .array(
      z.strictObject({
        sector: requiredText(100).meta({ title: 'Ngành' }),
        limits: QuotaLimits.meta({ title: 'Giới hạn riêng' }),
      }),
    )
    .default([])
    .meta({ title: 'Giới hạn riêng theo ngành' }),
  clause: requiredText(60).meta({ title: 'Mục trích dẫn' }),
  clauseText: optionalText(4000).optional().meta({ title: 'Nguyên văn' }),
});
export type QuotaRuleInput = z.input<typeof QuotaRuleInput>;

export const MovementAwardFormInput = z.strictObject({
  awardFormCode: z.string().min(1).meta({ title: 'Hình thức khen thưởng' }),
  subjectTypes: z
    .array(SubjectType)
    .min(1, { error: 'Chọn ít nhất một đối tượng' })
    .meta({ title: 'Đối tượng' }),
  procedure: Procedure.nullable().default(null).meta({ title: 'Thủ tục' }),
  note: optionalText(1000).optional().meta({ title: 'Ghi chú' }),
});

export const PeriodInput = z.strictObject({
  code: Code.meta({ title: 'Mã đợt' }),
  name: requiredText(100).meta({ title: 'Tên đợt' }),
  startDate: IsoDate.meta({ title: 'Từ ngày' }),
  endDate: IsoDate.nullable().default(null).meta({ title: 'Đến ngày' }),
  note: optionalText(1000).optional().meta({ title: 'Ghi chú' }),
});

export const DEADLINE_KINDS = ['nop_ho_so', 'bao_cao', 'khac'] as const;
export const DeadlineInput = z.strictObject({
  kind: z.enum(DEADLINE_KINDS).meta({ title: 'Loại thời hạn' }),
  label: requiredText(300).meta({ title: 'Nội dung' }),
  date: IsoDate.meta({ title: 'Ngày' }),
  /** "trước ngày 30/11/2021" is ambiguous: false means the day itself is already late (domain.md §5.1). */
  inclusive: z.boolean().meta({ title: 'Tính cả ngày hết hạn' }),
  clause: optionalText(60).optional().meta({ title: 'Mục trích dẫn' }),
});

export const RouteInput = z.strictObject({
  proposer: requiredText(200).meta({ title: 'Đơn vị đề nghị' }),
  routeTo: requiredText(200).meta({ title: 'Trình về' }),
  scope: optionalText(500).optional().meta({ title: 'Phạm vi' }),
});

const movementFields = {
  number: optionalText(20).optional().meta({ title: 'Số' }),
  symbol: optionalText(40).optional().meta({ title: 'Ký hiệu' }),
  issuedDate: IsoDate.nullable().default(null).meta({ title: 'Ngày ban hành' }),
  issuingBody: requiredText(200).meta({ title: 'Cơ quan ban hành' }),
  title: requiredText(500).meta({ title: 'Trích yếu' }),
  implementsPlan: optionalText(500).optional().meta({ title: 'Thực hiện kế hoạch' }),
  receivingBody: optionalText(300).optional().meta({ title: 'Nơi nhận hồ sơ' }),
  procedure: Procedure.meta({ title: 'Thủ tục' }),
  legalRegimeCode: z.string().min(1).meta({ title: 'Chế độ pháp lý' }),
  startDate: IsoDate.nullable().default(null).meta({ title: 'Bắt đầu' }),
  endDate: IsoDate.nullable().default(null).meta({ title: 'Kết thúc' }),
  awardForms: z.array(MovementAwardFormInput).default([]).meta({ title: 'Hình thức khen thưởng' }),
  periods: z.array(PeriodInput).default([]).meta({ title: 'Các đợt' }),
  deadlines: z.array(DeadlineInput).default([]).meta({ title: 'Thời hạn' }),
  quotaRules: z.array(QuotaRuleInput).default([]).meta({ title: 'Chỉ tiêu' }),
  routes: z.array(RouteInput).default([]).meta({ title: 'Tuyến trình' }),
  presetCode: z.string().nullable().default(null),
};

type MovementShape = z.output<z.ZodObject<typeof movementFields>>;

/** Checks across fields: dates in order, references to periods and forms that exist. */
function checkMovement(m: MovementShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  if (m.startDate && m.endDate && m.endDate < m.startDate) {
    issue(['endDate'], 'Ngày kết thúc phải sau ngày bắt đầu');
  }
  const periodCodes = new Set<string>();
  m.periods.forEach((p, i) => {
    if (p.endDate && p.endDate < p.startDate) {
      issue(['periods', i, 'endDate'], `Đợt “${p.name}” kết thúc trước khi bắt đầu`);
    }
    if (periodCodes.has(p.code)) issue(['periods', i, 'code'], `Mã đợt “${p.code}” bị trùng`);
    periodCodes.add(p.code);
  });
  const formCodes = new Set<string>();
  m.awardForms.forEach((f, i) => {
    if (formCodes.has(f.awardFormCode)) {
      issue(['awardForms', i, 'awardFormCode'], 'Hình thức khen thưởng bị trùng');
    }
    formCodes.add(f.awardFormCode);
  });
  const earliest = m.startDate ?? m.issuedDate;
  m.deadlines.forEach((d, i) => {
    if ((earliest && d.date < earliest) || (m.endDate && d.date > m.endDate)) {
      issue(['deadlines', i, 'date'], `Thời hạn “${d.label}” nằm ngoài thời gian của kế hoạch`);
    }
  });
  m.quotaRules.forEach((r, i) => {
    if (r.periodCode !== null && !periodCodes.has(r.periodCode)) {
      issue(['quotaRules', i, 'periodCode'], `Không có đợt “${r.periodCode}” trong kế hoạch`);
    }
    if (r.awardFormCode !== null && !formCodes.has(r.awardFormCode)) {
      issue(
        ['quotaRules', i, 'awardFormCode'],
        `Hình thức “${r.awardFormCode}” chưa được chọn cho kế hoạch`,
      );
    }
  });
}

export const MovementInput = z.strictObject(movementFields).superRefine(checkMovement);
export type MovementInput = z.input<typeof MovementInput>;
export type MovementData = z.output<typeof MovementInput>;

export const MovementUpdateInput = z
  .strictObject({ id: z.number().int().positive(), ...movementFields })
  .superRefine(checkMovement);

// Outputs: the saved movement, with database ids for rules (the quota board refers to them).
export const QuotaRule = z.object({
  id: z.number().int(),
  kind: z.enum(QUOTA_KINDS),
  scope: z.enum(QUOTA_SCOPES),
  unitKindCodes: z.array(z.string()),
  unitSectors: z.array(z.string()),
  awardFormCode: z.string().nullable(),
  periodCode: z.string().nullable(),
  limits: z.object({
    tapThe: z.number().nullable().optional(),
    caNhan: z.number().nullable().optional(),
    hoGiaDinh: z.number().nullable().optional(),
    combined: z.number().nullable().optional(),
  }),
  overrides: z.array(
    z.object({
      sector: z.string(),
      limits: z.object({
        tapThe: z.number().nullable().optional(),
        caNhan: z.number().nullable().optional(),
        hoGiaDinh: z.number().nullable().optional(),
        combined: z.number().nullable().optional(),
      }),
    }),
  ),
  clause: z.string(),
  clauseText: z.string().nullable(),
});
export type QuotaRule = z.infer<typeof QuotaRule>;

export const Movement = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  issuedDate: IsoDate.nullable(),
  issuingBody: z.string(),
  title: z.string(),
  implementsPlan: z.string().nullable(),
  receivingBody: z.string().nullable(),
  procedure: Procedure,
  legalRegimeCode: z.string(),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  awardForms: z.array(
    z.object({
      awardFormCode: z.string(),
      subjectTypes: z.array(SubjectType),
      procedure: Procedure.nullable(),
      note: z.string().nullable(),
    }),
  ),
  periods: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      startDate: IsoDate,
      endDate: IsoDate.nullable(),
      note: z.string().nullable(),
    }),
  ),
  deadlines: z.array(
    z.object({
      kind: z.enum(DEADLINE_KINDS),
      label: z.string(),
      date: IsoDate,
      inclusive: z.boolean(),
      clause: z.string().nullable(),
    }),
  ),
  quotaRules: z.array(QuotaRule),
  routes: z.array(
    z.object({ proposer: z.string(), routeTo: z.string(), scope: z.string().nullable() }),
  ),
  presetCode: z.string().nullable(),
  updatedAt: z.string(),
});
export type Movement = z.infer<typeof Movement>;

export const MovementSummary = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  issuedDate: IsoDate.nullable(),
  issuingBody: z.string(),
  title: z.string(),
  nominationCount: z.number().int(),
  ruleCount: z.number().int(),
  updatedAt: z.string(),
});
export type MovementSummary = z.infer<typeof MovementSummary>;
