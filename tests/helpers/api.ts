import type { Dispatch } from '../../electron/api/dispatch';
import type { Result } from '../../shared/contract';
import type { DossierDetail } from '../../shared/domain/dossier';

/** The value of a call that must succeed (the error's code and message otherwise). */
export const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

/** A dossier made ready for the council: mandatory documents received, Hợp lệ, Trình Hội đồng. */
export async function sendToCouncil(
  dispatch: Dispatch,
  dossierId: number,
  dates = { valid: '2021-11-26', toCouncil: '2021-12-01' },
): Promise<void> {
  const filled = value<DossierDetail>(await dispatch('dossiers.get', { id: dossierId }));
  for (const item of filled.checklist.filter((c) => c.mandatory)) {
    value(await dispatch('dossiers.setChecklistItem', { id: item.id, state: 'da_nhan' }));
  }
  value(
    await dispatch('dossiers.setStatus', { id: dossierId, status: 'hop_le', date: dates.valid }),
  );
  value(
    await dispatch('dossiers.setStatus', {
      id: dossierId,
      status: 'trinh_hoi_dong',
      date: dates.toCouncil,
    }),
  );
}
