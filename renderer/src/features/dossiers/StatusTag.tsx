import { Tag } from 'antd';
import type { DossierStatus } from '../../../../shared/domain/dossier';
import { DOSSIER_STATUS_LABELS } from '../../../../shared/domain/dossier-labels';

/** One colour per step, so the register reads at a glance (red = sent back, orange = waiting). */
export const STATUS_COLORS: Record<DossierStatus, string> = {
  da_nhan: 'blue',
  can_bo_sung: 'orange',
  hop_le: 'green',
  trinh_hoi_dong: 'purple',
  da_xet: 'cyan',
  da_co_quyet_dinh: 'geekblue',
  tra_lai: 'red',
};

export function StatusTag({ status }: { status: DossierStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} className="dossier-status">
      {DOSSIER_STATUS_LABELS[status]}
    </Tag>
  );
}
