import { z } from 'zod';
import { SubjectType } from './award-form';
import { OverQuotaRule } from './council-voting';
import { IsoDate } from './dates';
import { optionalText, requiredText } from './text-fields';

const Id = z.number().int().positive();

/** Roles on a council (domain.md §2.1). */
export const COUNCIL_ROLES = [
  'chu_tich',
  'pho_chu_tich_thuong_truc',
  'pho_chu_tich',
  'uy_vien',
  'thu_ky',
] as const;
export const CouncilRole = z.enum(COUNCIL_ROLES, {
  error: 'Chỉ nhận: Chủ tịch, Phó Chủ tịch thường trực, Phó Chủ tịch, Ủy viên, Thư ký',
});
export type CouncilRole = z.infer<typeof CouncilRole>;

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chu_tich: 'Chủ tịch',
  pho_chu_tich_thuong_truc: 'Phó Chủ tịch thường trực',
  pho_chu_tich: 'Phó Chủ tịch',
  uy_vien: 'Ủy viên',
  thu_ky: 'Thư ký',
};

/** Roles held by one person at a time (no two terms may overlap). */
export const SINGLE_HOLDER_ROLES: readonly CouncilRole[] = ['chu_tich', 'pho_chu_tich_thuong_truc'];

export const TIE_RULES = ['second_round', 'chair_decides'] as const;
export const TieRule = z.enum(TIE_RULES, {
  error: 'Chỉ nhận: bỏ phiếu lại vòng hai, hoặc Chủ tịch quyết định',
});
export type TieRule = z.infer<typeof TieRule>;

export const ATTENDANCE_STATUSES = ['present', 'absent', 'absent_written'] as const;
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES, {
  error: 'Chỉ nhận: có mặt, vắng mặt, vắng mặt có ý kiến bằng văn bản',
});
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Có mặt',
  absent: 'Vắng mặt',
  absent_written: 'Vắng mặt, có ý kiến bằng văn bản',
};

export const SESSION_STATUSES = ['draft', 'concluded'] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

const Comparator = z.enum(['gte', 'gt'], { error: 'Chỉ nhận: từ … trở lên, hoặc trên …' });

const validityCheck = {
  check: (r: { validFrom: string; validTo: string | null }) =>
    r.validTo === null || r.validFrom <= r.validTo,
  params: { error: 'Ngày hết hiệu lực phải từ ngày bắt đầu trở đi', path: ['validTo'] },
};

const councilFields = {
  name: requiredText(300).meta({ title: 'Tên Hội đồng' }),
  issuingBody: optionalText(300).default(null).meta({ title: 'Cơ quan quyết định thành lập' }),
  decisionNumber: optionalText(60).default(null).meta({ title: 'Số quyết định thành lập' }),
  decisionDate: IsoDate.nullable().default(null).meta({ title: 'Ngày quyết định' }),
  validFrom: IsoDate.meta({ title: 'Hiệu lực từ ngày' }),
  validTo: IsoDate.nullable().default(null).meta({ title: 'Hiệu lực đến ngày' }),
  note: optionalText(2000).default(null).meta({ title: 'Ghi chú' }),
};
export const CouncilInput = z
  .strictObject(councilFields)
  .refine(validityCheck.check, validityCheck.params);
export type CouncilData = z.output<typeof CouncilInput>;
export const CouncilUpdateInput = z
  .strictObject({ id: Id, ...councilFields })
  .refine(validityCheck.check, validityCheck.params);

const termCheck = {
  check: (r: { termFrom: string; termTo: string | null }) =>
    r.termTo === null || r.termFrom <= r.termTo,
  params: { error: 'Ngày kết thúc nhiệm kỳ phải từ ngày bắt đầu trở đi', path: ['termTo'] },
};
const memberFields = {
  fullName: requiredText(120).meta({ title: 'Họ và tên' }),
  position: optionalText(300).default(null).meta({ title: 'Chức vụ, đơn vị công tác' }),
  role: CouncilRole.meta({ title: 'Chức danh trong Hội đồng' }),
  isVoting: z.boolean().default(true).meta({ title: 'Có quyền biểu quyết' }),
  termFrom: IsoDate.meta({ title: 'Từ ngày' }),
  /** null: until the council's own end. */
  termTo: IsoDate.nullable().default(null).meta({ title: 'Đến ngày' }),
  /** null: after the existing members. */
  sortOrder: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .nullable()
    .default(null)
    .meta({ title: 'Thứ tự' }),
};
export const CouncilMemberInput = z
  .strictObject({ councilId: Id.meta({ title: 'Hội đồng' }), ...memberFields })
  .refine(termCheck.check, termCheck.params);
export type CouncilMemberData = z.output<typeof CouncilMemberInput>;
export const CouncilMemberUpdateInput = z
  .strictObject({ id: Id, ...memberFields })
  .refine(termCheck.check, termCheck.params);
export type CouncilMemberUpdateData = z.output<typeof CouncilMemberUpdateInput>;

export const CouncilMember = z.object({
  id: z.number().int(),
  councilId: z.number().int(),
  fullName: z.string(),
  position: z.string().nullable(),
  role: CouncilRole,
  isVoting: z.boolean(),
  termFrom: IsoDate,
  termTo: IsoDate.nullable(),
  sortOrder: z.number().int(),
});
export type CouncilMember = z.infer<typeof CouncilMember>;

export const Council = z.object({
  id: z.number().int(),
  name: z.string(),
  issuingBody: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: IsoDate.nullable(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
  note: z.string().nullable(),
  memberCount: z.number().int(),
  votingMemberCount: z.number().int(),
  movementIds: z.array(z.number().int()),
  updatedAt: z.string(),
});
export type Council = z.infer<typeof Council>;

export const CouncilDetail = Council.extend({ members: z.array(CouncilMember) });
export type CouncilDetail = z.infer<typeof CouncilDetail>;

const Fraction = z.number().int({ error: 'Nhập số nguyên' }).min(1, { error: 'Ít nhất là 1' });

const VotingOverrideInput = z.strictObject({
  awardFormCode: z.string().min(1).meta({ title: 'Hình thức khen thưởng' }),
  subjectType: SubjectType.nullable().default(null).meta({ title: 'Đối tượng' }),
  votingRuleCode: z.string().min(1).meta({ title: 'Quy tắc biểu quyết' }),
  source: optionalText(500).default(null).meta({ title: 'Căn cứ' }),
});

export const CouncilRulesInput = z
  .strictObject({
    councilId: Id.meta({ title: 'Hội đồng' }),
    quorumNum: Fraction.meta({ title: 'Tỷ lệ dự họp (tử số)' }),
    quorumDen: Fraction.meta({ title: 'Tỷ lệ dự họp (mẫu số)' }),
    quorumComparator: Comparator.meta({ title: 'Cách so sánh' }),
    tieRule: TieRule.meta({ title: 'Khi số phiếu bằng nhau' }),
    // Omitted: kept as they are (new councils: whole ballot invalid, numbered ballots).
    overQuotaRule: OverQuotaRule.optional().meta({
      title: 'Phiếu có số “Đồng ý” vượt số được chọn',
    }),
    numberedBallots: z.boolean().optional().meta({ title: 'Đánh số phiếu' }),
    // Every rule cites its source (the council's quy chế hoạt động): required.
    source: requiredText(500).meta({ title: 'Căn cứ (Quy chế hoạt động)' }),
    overrides: z
      .array(VotingOverrideInput)
      .default([])
      .meta({ title: 'Quy tắc biểu quyết riêng của Hội đồng' }),
  })
  .refine((r) => r.quorumNum <= r.quorumDen, {
    error: 'Tỷ lệ dự họp không được lớn hơn 1 (tử số ≤ mẫu số)',
    path: ['quorumNum'],
  });
export type CouncilRulesData = z.output<typeof CouncilRulesInput>;

export const CouncilRules = z.object({
  councilId: z.number().int(),
  quorumNum: z.number().int(),
  quorumDen: z.number().int(),
  quorumComparator: Comparator,
  /** "từ 2/3 số thành viên có quyền biểu quyết trở lên". */
  quorumSentence: z.string(),
  tieRule: TieRule,
  overQuotaRule: OverQuotaRule,
  numberedBallots: z.boolean(),
  source: z.string(),
  overrides: z.array(
    z.object({
      awardFormCode: z.string(),
      subjectType: SubjectType.nullable(),
      votingRuleCode: z.string(),
      source: z.string().nullable(),
    }),
  ),
});
export type CouncilRules = z.infer<typeof CouncilRules>;

const sessionFields = {
  periodCode: z.string().nullable().default(null).meta({ title: 'Đợt' }),
  date: IsoDate.meta({ title: 'Ngày họp' }),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ họp dạng HH:MM (ví dụ 14:00)' })
    .nullable()
    .default(null)
    .meta({ title: 'Giờ bắt đầu' }),
  place: optionalText(300).default(null).meta({ title: 'Địa điểm' }),
  note: optionalText(2000).default(null).meta({ title: 'Ghi chú' }),
};
export const SessionCreateInput = z.strictObject({
  movementId: Id.meta({ title: 'Phong trào' }),
  /** null: the council the movement names. */
  councilId: Id.nullable().default(null).meta({ title: 'Hội đồng' }),
  ...sessionFields,
});
export type SessionCreateData = z.output<typeof SessionCreateInput>;
export const SessionUpdateInput = z.strictObject({ id: Id, ...sessionFields });
export type SessionUpdateData = z.output<typeof SessionUpdateInput>;

export const AttendanceInput = z.strictObject({
  sessionId: Id.meta({ title: 'Phiên họp' }),
  entries: z
    .array(
      z.strictObject({
        memberId: Id.meta({ title: 'Thành viên' }),
        status: AttendanceStatus.meta({ title: 'Tình trạng dự họp' }),
        reason: optionalText(500).default(null).meta({ title: 'Lý do vắng' }),
      }),
    )
    .min(1, { error: 'Chọn ít nhất một thành viên' })
    .meta({ title: 'Điểm danh' }),
});
export type AttendanceData = z.output<typeof AttendanceInput>;

export const QuorumView = z.object({
  votingMembers: z.number().int(),
  present: z.number().int(),
  required: z.number().int(),
  needed: z.number().int(),
  met: z.boolean(),
  message: z.string(),
  rule: z.object({ num: z.number().int(), den: z.number().int(), comparator: Comparator }),
  writtenOpinions: z.number().int(),
});
export type QuorumView = z.infer<typeof QuorumView>;

export const SessionSummary = z.object({
  id: z.number().int(),
  councilId: z.number().int(),
  councilName: z.string(),
  movementId: z.number().int(),
  movementTitle: z.string(),
  periodCode: z.string().nullable(),
  date: IsoDate,
  startTime: z.string().nullable(),
  place: z.string().nullable(),
  note: z.string().nullable(),
  status: SessionStatus,
  concludedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const RosterEntry = z.object({
  memberId: z.number().int(),
  fullName: z.string(),
  position: z.string().nullable(),
  role: CouncilRole,
  isVoting: z.boolean(),
  /** null: not marked yet (counted as not present). */
  attendance: AttendanceStatus.nullable(),
  reason: z.string().nullable(),
});
export type RosterEntry = z.infer<typeof RosterEntry>;

export const SessionDetail = SessionSummary.extend({
  roster: z.array(RosterEntry),
  quorum: QuorumView,
});
export type SessionDetail = z.infer<typeof SessionDetail>;

export const SessionListInput = z.strictObject({
  councilId: Id.optional().meta({ title: 'Hội đồng' }),
  movementId: Id.optional().meta({ title: 'Phong trào' }),
});
export type SessionListFilter = z.output<typeof SessionListInput>;

/** One group of the agenda: the nominations of one award form × subject type, with its quota. */
export const AgendaGroup = z.object({
  awardFormCode: z.string(),
  awardFormName: z.string(),
  subjectType: SubjectType,
  nominationCount: z.number().int(),
  /** The selection quota for this subject ("chọn không quá k"); null when the plan sets none. */
  quota: z.number().int().nullable(),
  quotaRules: z.array(
    z.object({
      ruleId: z.number().int(),
      scope: z.enum(['per_unit', 'total']),
      limit: z.number().int().nullable(),
      /** A limit counting every subject type together. */
      combinedLimit: z.number().int().nullable(),
      clause: z.string(),
      sentence: z.string(),
    }),
  ),
  /** The council's override, else the award form's default; null: the council's regulation decides. */
  votingRuleCode: z.string().nullable(),
  nominations: z.array(
    z.object({
      id: z.number().int(),
      fullName: z.string(),
      position: z.string().nullable(),
      proposingUnitName: z.string(),
      dossierId: z.number().int(),
      dossierLabel: z.string(),
    }),
  ),
});
export type AgendaGroup = z.infer<typeof AgendaGroup>;

export const SessionAgenda = z.object({
  sessionId: z.number().int(),
  movementId: z.number().int(),
  periodCode: z.string().nullable(),
  nominationCount: z.number().int(),
  groups: z.array(AgendaGroup),
});
export type SessionAgenda = z.infer<typeof SessionAgenda>;
