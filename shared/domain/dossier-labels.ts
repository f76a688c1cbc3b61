import type { ChecklistState, DossierStatus } from './dossier';

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
