import { z } from 'zod';
import { Procedure, SubjectType } from './award-form';
import { IsoDate } from './dates';
import { optionalText } from './text-fields';

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

/** A requirement record: procedure × award form × subject type → a document (null = any). */
export const DossierRequirement = z.object({
  id: z.number().int(),
  procedure: Procedure.nullable(),
  awardFormCode: z.string().nullable(),
  subjectType: SubjectType.nullable(),
  /** `doanh_nghiep`: only when a nominee is an enterprise or its head. */
  condition: z.enum(['doanh_nghiep']).nullable(),
  docType: DocType,
  label: z.string(),
  copies: z.number().int().positive(),
  mandatory: z.boolean(),
  legalSource: z.string(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
});
export type DossierRequirement = z.infer<typeof DossierRequirement>;

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
