import { z } from 'zod';
import { Procedure, SubjectType } from './award-form';
import { IsoDate } from './dates';
import { optionalText, requiredText } from './text-fields';

/** Where a dossier is in its life (sổ theo dõi hồ sơ đến). */
export const DOSSIER_STATUSES = [
  'da_nhan',
  'can_bo_sung',
  'hop_le',
  'trinh_hoi_dong',
  'da_xet',
  'da_co_quyet_dinh',
  'tra_lai',
] as const;
export const DossierStatus = z.enum(DOSSIER_STATUSES, { error: 'Trạng thái không hợp lệ' });
export type DossierStatus = z.infer<typeof DossierStatus>;

/** Which status may follow which; everything else is refused with a message. */
export const DOSSIER_TRANSITIONS: Record<DossierStatus, readonly DossierStatus[]> = {
  da_nhan: ['can_bo_sung', 'hop_le', 'tra_lai'],
  can_bo_sung: ['da_nhan', 'hop_le', 'tra_lai'],
  hop_le: ['can_bo_sung', 'trinh_hoi_dong', 'tra_lai'],
  trinh_hoi_dong: ['hop_le', 'da_xet'],
  da_xet: ['trinh_hoi_dong', 'da_co_quyet_dinh'],
  da_co_quyet_dinh: [],
  tra_lai: ['da_nhan'],
};

/** Documents a dossier may have to contain (domain.md §3.3). */
export const DOC_TYPES = [
  'to_trinh',
  'danh_sach_de_nghi',
  'bao_cao_thanh_tich',
  'bao_cao_tom_tat_thanh_tich',
  'bien_ban_xet_don_vi',
  'xac_nhan_sang_kien',
  'xac_nhan_thanh_tich_dot_xuat',
  'xac_nhan_thue',
  'xac_nhan_bhxh',
  'xac_nhan_chinh_quyen_dia_phuong',
  'file_dien_tu',
  'khac',
] as const;
export const DocType = z.enum(DOC_TYPES);
export type DocType = z.infer<typeof DocType>;

export const CHECKLIST_STATES = ['da_nhan', 'thieu', 'khong_ap_dung'] as const;
export const ChecklistState = z.enum(CHECKLIST_STATES, {
  error: 'Chỉ nhận: đã nhận, thiếu, không áp dụng',
});
export type ChecklistState = z.infer<typeof ChecklistState>;

/** `doanh_nghiep`: the document is needed only when a nominee is an enterprise or its head (§3.4). */
export const REQUIREMENT_CONDITIONS = ['doanh_nghiep'] as const;
export const RequirementCondition = z.enum(REQUIREMENT_CONDITIONS, {
  error: 'Chỉ nhận điều kiện: có doanh nghiệp',
});
export type RequirementCondition = z.infer<typeof RequirementCondition>;

/** A requirement record: procedure × award form × subject type → a document (null = any). */
export const DossierRequirement = z.object({
  id: z.number().int(),
  procedure: Procedure.nullable(),
  awardFormCode: z.string().nullable(),
  subjectType: SubjectType.nullable(),
  condition: RequirementCondition.nullable(),
  docType: DocType,
  label: z.string(),
  copies: z.number().int().positive(),
  mandatory: z.boolean(),
  legalSource: z.string(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  /** Position in the generated checklist (smaller first). */
  sortOrder: z.number().int(),
});
export type DossierRequirement = z.infer<typeof DossierRequirement>;

/** Most copies a requirement may ask for: a guard against typing 100 for 1. */
export const MAX_REQUIREMENT_COPIES = 20;

const requirementFields = {
  procedure: Procedure.nullable().default(null).meta({ title: 'Thủ tục' }),
  awardFormCode: z
    .string()
    .min(1, { error: 'Chọn hình thức khen thưởng' })
    .nullable()
    .default(null)
    .meta({ title: 'Hình thức khen thưởng' }),
  subjectType: SubjectType.nullable().default(null).meta({ title: 'Đối tượng' }),
  condition: RequirementCondition.nullable().default(null).meta({ title: 'Điều kiện' }),
  docType: DocType.meta({ title: 'Loại giấy tờ' }),
  label: requiredText(300).meta({ title: 'Tên giấy tờ' }),
  copies: z
    .number({ error: 'Nhập số bản' })
    .int({ error: 'Số bản là số nguyên' })
    .min(1, { error: 'Ít nhất 1 bản' })
    .max(MAX_REQUIREMENT_COPIES, { error: `Nhiều nhất ${MAX_REQUIREMENT_COPIES} bản` })
    .default(1)
    .meta({ title: 'Số bản' }),
  mandatory: z.boolean().default(true).meta({ title: 'Bắt buộc' }),
  // Every rule cites its source (a decree article, a provincial QĐ): required.
  legalSource: requiredText(300).meta({ title: 'Căn cứ' }),
  validFrom: IsoDate.nullable().default(null).meta({ title: 'Hiệu lực từ ngày' }),
  validTo: IsoDate.nullable().default(null).meta({ title: 'Hiệu lực đến ngày' }),
  /** null: after every existing record. */
  sortOrder: z
    .number()
    .int({ error: 'Thứ tự là số nguyên' })
    .min(0, { error: 'Thứ tự không âm' })
    .max(100_000)
    .nullable()
    .default(null)
    .meta({ title: 'Thứ tự' }),
};

const requirementValidity = {
  check: (r: { validFrom: string | null; validTo: string | null }) =>
    r.validFrom === null || r.validTo === null || r.validFrom <= r.validTo,
  params: { error: 'Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi', path: ['validTo'] },
};

/** A requirement as the secretary enters it (Cài đặt → Giấy tờ trong hồ sơ). */
export const DossierRequirementInput = z
  .strictObject(requirementFields)
  .refine(requirementValidity.check, requirementValidity.params);
export type DossierRequirementInput = z.input<typeof DossierRequirementInput>;
export type DossierRequirementData = z.output<typeof DossierRequirementInput>;

export const DossierRequirementUpdateInput = z
  .strictObject({ id: z.number().int().positive(), ...requirementFields })
  .refine(requirementValidity.check, requirementValidity.params);
export type DossierRequirementUpdateInput = z.input<typeof DossierRequirementUpdateInput>;

export const ChecklistItem = z.object({
  id: z.number().int(),
  docType: DocType,
  label: z.string(),
  copies: z.number().int(),
  mandatory: z.boolean(),
  legalSource: z.string(),
  state: ChecklistState,
  note: z.string().nullable(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const DossierFile = z.object({
  id: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  addedAt: z.string(),
});
export type DossierFile = z.infer<typeof DossierFile>;

const dossierFields = {
  receivedDate: IsoDate.meta({ title: 'Ngày nhận' }),
  proposingUnitId: z.number().int().positive().meta({ title: 'Đơn vị đề nghị' }),
  documentNumber: optionalText(60).default(null).meta({ title: 'Số tờ trình' }),
  documentDate: IsoDate.nullable().default(null).meta({ title: 'Ngày tờ trình' }),
  movementId: z.number().int().positive().nullable().default(null).meta({ title: 'Phong trào' }),
  periodCode: z.string().nullable().default(null).meta({ title: 'Đợt' }),
  procedure: Procedure.meta({ title: 'Thủ tục' }),
  awardFormCodes: z
    .array(z.string().min(1))
    .min(1, { error: 'Chọn ít nhất một hình thức khen thưởng' })
    .meta({ title: 'Hình thức đề nghị' }),
  note: optionalText(2000).default(null).meta({ title: 'Ghi chú' }),
};

export const DossierCreateInput = z.strictObject(dossierFields);
export type DossierCreateData = z.output<typeof DossierCreateInput>;
export const DossierUpdateInput = z.strictObject({
  id: z.number().int().positive(),
  ...dossierFields,
});
export type DossierUpdateData = z.output<typeof DossierUpdateInput>;

export const DossierStatusInput = z.strictObject({
  id: z.number().int().positive(),
  status: DossierStatus.meta({ title: 'Trạng thái' }),
  /** Required when returning (trả lại) or asking for more documents (cần bổ sung). */
  reason: optionalText(1000).default(null).meta({ title: 'Lý do' }),
  date: IsoDate.meta({ title: 'Ngày' }),
});
export type DossierStatusData = z.output<typeof DossierStatusInput>;

export const Dossier = z.object({
  id: z.number().int(),
  year: z.number().int(),
  incomingNumber: z.number().int(),
  receivedDate: IsoDate,
  proposingUnitId: z.number().int(),
  proposingUnitName: z.string(),
  documentNumber: z.string().nullable(),
  documentDate: IsoDate.nullable(),
  movementId: z.number().int().nullable(),
  movementTitle: z.string().nullable(),
  periodCode: z.string().nullable(),
  procedure: Procedure,
  awardFormCodes: z.array(z.string()),
  status: DossierStatus,
  statusDate: IsoDate,
  statusReason: z.string().nullable(),
  note: z.string().nullable(),
  /** The submission deadline that applies (movement's `nop_ho_so`), and how late it came. */
  deadline: IsoDate.nullable(),
  daysLate: z.number().int(),
  nominationCount: z.number().int(),
  missingMandatory: z.number().int(),
  fileCount: z.number().int(),
  updatedAt: z.string(),
});
export type Dossier = z.infer<typeof Dossier>;

export const DossierDetail = Dossier.extend({
  checklist: z.array(ChecklistItem),
  files: z.array(DossierFile),
  history: z.array(
    z.object({
      status: DossierStatus,
      date: IsoDate,
      reason: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
export type DossierDetail = z.infer<typeof DossierDetail>;

export const DossierListInput = z.strictObject({
  movementId: z.number().int().positive().optional().meta({ title: 'Phong trào' }),
  periodCode: z.string().optional().meta({ title: 'Đợt' }),
  proposingUnitId: z.number().int().positive().optional().meta({ title: 'Đơn vị' }),
  status: DossierStatus.optional().meta({ title: 'Trạng thái' }),
  lateOnly: z.boolean().default(false).meta({ title: 'Chỉ hồ sơ nộp muộn' }),
  incompleteOnly: z.boolean().default(false).meta({ title: 'Chỉ hồ sơ còn thiếu' }),
  year: z.number().int().optional().meta({ title: 'Năm' }),
});
export type DossierListFilter = z.output<typeof DossierListInput>;

/** One row of the per-unit intake board: "đơn vị nào chưa nộp / nộp muộn / thiếu hồ sơ?". */
export const IntakeRow = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  dossierCount: z.number().int(),
  nominationCount: z.number().int(),
  lateCount: z.number().int(),
  maxDaysLate: z.number().int(),
  incompleteCount: z.number().int(),
  state: z.enum(['chua_nop', 'nop_muon', 'thieu_ho_so', 'day_du']),
});
export type IntakeRow = z.infer<typeof IntakeRow>;

/** Days after the deadline (0 when on time). `inclusive`: the deadline day itself is on time. */
export function daysLate(received: string, deadline: string | null, inclusive: boolean): number {
  if (!deadline) return 0;
  const day = 86_400_000;
  const diff = Math.round((Date.parse(received) - Date.parse(deadline)) / day);
  // "trước ngày 30/11": the 30th is already one day late.
  return Math.max(0, inclusive ? diff : diff + 1);
}
