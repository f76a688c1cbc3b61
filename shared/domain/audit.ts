import { z } from 'zod';
import { IsoDate } from './dates';

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS, { error: 'Chỉ nhận: thêm, sửa hoặc xoá.' });
export type AuditAction = z.infer<typeof AuditAction>;

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  insert: 'Thêm',
  update: 'Sửa',
  delete: 'Xoá',
};

/** Vietnamese names of the audited tables (migration 0009); unknown tables show their raw name. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  agency_settings: 'Cài đặt cơ quan',
  award_forms: 'Hình thức khen thưởng',
  ballots: 'Phiếu bầu',
  base_salary_rates: 'Mức lương cơ sở',
  certificate_layouts: 'Mẫu phôi giấy khen, bằng khen',
  chair_decisions: 'Quyết định của Chủ tịch Hội đồng',
  council_members: 'Thành viên Hội đồng',
  council_rules: 'Quy chế Hội đồng',
  council_sessions: 'Phiên họp Hội đồng',
  council_voting_overrides: 'Cách biểu quyết riêng của Hội đồng',
  councils: 'Hội đồng',
  document_awardees: 'Người được khen trong văn bản',
  dossier_award_forms: 'Hình thức đề nghị của hồ sơ',
  dossier_checklist_items: 'Thành phần hồ sơ',
  dossier_files: 'Tệp đính kèm hồ sơ',
  dossier_requirements: 'Yêu cầu thành phần hồ sơ',
  dossier_status_history: 'Lịch sử trạng thái hồ sơ',
  dossiers: 'Hồ sơ',
  duplicate_decisions: 'Xử lý nghi trùng',
  import_batches: 'Lần nhập danh sách',
  issued_documents: 'Văn bản',
  legal_regimes: 'Chế độ pháp lý',
  movement_award_forms: 'Hình thức của phong trào',
  movement_deadlines: 'Thời hạn của phong trào',
  movement_periods: 'Đợt của phong trào',
  movement_routes: 'Tuyến trình của phong trào',
  movements: 'Phong trào',
  nomination_outcomes: 'Kết quả xét của trường hợp đề nghị',
  nominations: 'Trường hợp đề nghị',
  quota_rules: 'Quy định tỷ lệ, số lượng',
  reward_rates: 'Mức tiền thưởng',
  round_nominees: 'Người trong vòng bỏ phiếu',
  round_sections: 'Nhóm trong vòng bỏ phiếu',
  round_totals: 'Tổng số phiếu',
  session_attendance: 'Điểm danh phiên họp',
  session_corrections: 'Đính chính kết quả',
  session_results: 'Kết quả phiên họp',
  unit_kinds: 'Loại đơn vị',
  units: 'Đơn vị',
  voting_rounds: 'Vòng bỏ phiếu',
  voting_rules: 'Cách biểu quyết',
  written_opinions: 'Ý kiến bằng văn bản',
};

/** Labels of the most common columns; the others show their raw name. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  name: 'Tên',
  short_name: 'Tên viết tắt',
  full_name: 'Họ và tên',
  offset_x: 'Dịch ngang (mm)',
  decision_level: 'Cấp thẩm quyền khen thưởng của người ký',
  offset_y: 'Dịch dọc (mm)',
  fields_json: 'Vị trí các ô (mm)',
  parent_id: 'Đơn vị cấp trên',
  kind_code: 'Loại đơn vị',
  sector: 'Khối, ngành',
  code: 'Mã',
  note: 'Ghi chú',
  valid_from: 'Áp dụng từ ngày',
  valid_to: 'Áp dụng đến ngày',
  created_at: 'Tạo lúc',
  updated_at: 'Sửa lúc',
  movement_id: 'Phong trào',
  period_code: 'Đợt',
  proposing_unit_id: 'Đơn vị đề nghị',
  workplace_unit_id: 'Đơn vị công tác',
  award_form_code: 'Hình thức khen thưởng',
  subject_type: 'Đối tượng',
  posthumous: 'Truy tặng',
  selected: 'Được chọn',
  dossier_id: 'Hồ sơ',
  honorific: 'Danh xưng',
  gender: 'Giới tính',
  birth_date: 'Ngày sinh',
  birth_year: 'Năm sinh',
  ethnicity: 'Dân tộc',
  position: 'Chức vụ',
  workplace: 'Nơi công tác',
  is_leader: 'Là lãnh đạo',
  is_enterprise: 'Là doanh nghiệp',
  achievement: 'Thành tích',
  id_number: 'Số CCCD',
  id_number_changed: 'Đã đổi số CCCD',
  status: 'Trạng thái',
  status_date: 'Ngày trạng thái',
  status_reason: 'Lý do',
  reason: 'Lý do',
  year: 'Năm',
  number: 'Số',
  symbol: 'Ký hiệu',
  date: 'Ngày',
  title: 'Tên',
  summary: 'Trích yếu',
  issuing_body: 'Cơ quan ban hành',
  incoming_number: 'Số đến',
  received_date: 'Ngày nhận',
  document_number: 'Số văn bản',
  document_date: 'Ngày văn bản',
  file_name: 'Tên tệp',
  row_count: 'Số dòng',
  user_name: 'Tên người sử dụng',
  signer_name: 'Họ và tên người ký',
  signer_title: 'Chức vụ người ký',
  place: 'Địa điểm',
  role: 'Vai trò',
  is_voting: 'Có quyền biểu quyết',
  yes: 'Đồng ý',
  no: 'Không đồng ý',
  outcome: 'Kết quả',
  amount: 'Số tiền',
  source: 'Nguồn',
  legal_source: 'Căn cứ',
};

export const auditEntityLabel = (entity: string): string => AUDIT_ENTITY_LABELS[entity] ?? entity;
export const auditFieldLabel = (field: string): string => AUDIT_FIELD_LABELS[field] ?? field;

export const AuditListInput = z.strictObject({
  dateFrom: IsoDate.optional().meta({ title: 'Từ ngày' }),
  dateTo: IsoDate.optional().meta({ title: 'Đến ngày' }),
  userName: z.string().max(100).optional().meta({ title: 'Người sử dụng' }),
  entity: z.string().max(60).optional().meta({ title: 'Đối tượng' }),
  entityId: z.string().max(60).optional().meta({ title: 'Mã bản ghi' }),
  action: AuditAction.optional().meta({ title: 'Thao tác' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type AuditListInput = z.input<typeof AuditListInput>;
export type AuditFilter = z.output<typeof AuditListInput>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  action: AuditAction,
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  total: z.number().int(),
  entries: z.array(AuditEntry),
  /** Who and what occur in the log, for the filter lists. */
  users: z.array(z.string()),
  entities: z.array(z.string()),
});
export type AuditPage = z.infer<typeof AuditPage>;

/** The secretariat works in Việt Nam (UTC+7, no daylight saving); the log stores UTC. */
const VN_OFFSET_MS = 7 * 3600_000;

/** `2026-03-01` (a Việt Nam calendar day) → the UTC instant it starts, as the log writes it. */
export function vnDayStartUtc(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - VN_OFFSET_MS).toISOString();
}

/** `2026-03-01` → the UTC instant the next Việt Nam day starts. */
export function vnDayEndUtc(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - VN_OFFSET_MS + 86_400_000).toISOString();
}

/** A log time as people read it: `01/03/2026 14:05:09` in Việt Nam time. */
export function formatAuditTime(at: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  const d = new Date(ms + VN_OFFSET_MS).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 19)}`;
}

const showValue = (v: unknown): string =>
  v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);

/** The fields an entry touched, readable: `Tên: A → B` for an update, `Tên: A` otherwise. */
export function auditChanges(e: Pick<AuditEntry, 'before' | 'after'>): string[] {
  const { before, after } = e;
  if (before && after) {
    return Object.keys(after)
      .filter((k) => k !== 'id_number_changed')
      .filter((k) =>
        k === 'id_number'
          ? after['id_number_changed'] === true
          : JSON.stringify(before[k]) !== JSON.stringify(after[k]),
      )
      .map((k) =>
        k === 'id_number'
          ? `${auditFieldLabel(k)}: đã thay đổi`
          : `${auditFieldLabel(k)}: ${showValue(before[k])} → ${showValue(after[k])}`,
      );
  }
  const row = after ?? before ?? {};
  return Object.entries(row)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${auditFieldLabel(k)}: ${showValue(v)}`);
}
