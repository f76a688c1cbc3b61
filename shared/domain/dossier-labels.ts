import type {
  ChecklistState,
  DocType,
  DossierStatus,
  IntakeRow,
  RequirementCondition,
} from './dossier';

/** Vietnamese names of the statuses, used by messages in the core and by the UI. */
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  da_nhan: 'Đã nhận',
  can_bo_sung: 'Cần bổ sung',
  hop_le: 'Hợp lệ',
  trinh_hoi_dong: 'Trình Hội đồng',
  da_xet: 'Đã xét',
  da_co_quyet_dinh: 'Đã có quyết định',
  tra_lai: 'Trả lại',
};

export const CHECKLIST_STATE_LABELS: Record<ChecklistState, string> = {
  da_nhan: 'Đã nhận',
  thieu: 'Thiếu',
  khong_ap_dung: 'Không áp dụng',
};

/** Kinds of documents in a dossier (domain.md §3.3); each requirement also has its own full name. */
export const DOC_TYPE_LABELS: Record<DocType, string> = {
  to_trinh: 'Tờ trình',
  danh_sach_de_nghi: 'Danh sách đề nghị',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  bao_cao_tom_tat_thanh_tich: 'Báo cáo tóm tắt thành tích',
  bien_ban_xet_don_vi: 'Biên bản xét khen thưởng của đơn vị',
  xac_nhan_sang_kien: 'Xác nhận sáng kiến, đề tài khoa học',
  xac_nhan_thanh_tich_dot_xuat: 'Xác nhận thành tích đột xuất',
  xac_nhan_thue: 'Xác nhận của cơ quan thuế',
  xac_nhan_bhxh: 'Xác nhận của cơ quan bảo hiểm xã hội',
  xac_nhan_chinh_quyen_dia_phuong: 'Xác nhận của chính quyền địa phương',
  file_dien_tu: 'Tệp điện tử',
  khac: 'Giấy tờ khác',
};

export const REQUIREMENT_CONDITION_LABELS: Record<RequirementCondition, string> = {
  doanh_nghiep: 'Có doanh nghiệp hoặc người đứng đầu doanh nghiệp',
};

/** A unit's row on the intake board (“Theo dõi nộp hồ sơ”), in the core's Excel export. */
export const INTAKE_STATE_LABELS: Record<IntakeRow['state'], string> = {
  chua_nop: 'Chưa nộp',
  nop_muon: 'Nộp muộn',
  thieu_ho_so: 'Thiếu hồ sơ',
  day_du: 'Đủ',
};
