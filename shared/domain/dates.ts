import { z } from 'zod';

/** Calendar dates travel as ISO `YYYY-MM-DD` strings; people see `dd/mm/yyyy`. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const IsoDate = z.string().refine(isValidIsoDate, {
  error: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD, là một ngày có thật)',
});
export type IsoDate = z.infer<typeof IsoDate>;

/** `2021-10-26` → `26/10/2021`. */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `26/10/2021` (or `6/3/2021`) → `2021-10-26`; `null` when it is not a real date. */
export function parseDateVi(text: string): string | null {
  const m = VI_DATE.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** Today's date as ISO in local time. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whether a validity interval (open ends allowed) contains `date`. */
export function isValidOn(
  interval: { validFrom: string | null; validTo: string | null },
  date: string,
): boolean {
  return (
    (interval.validFrom === null || interval.validFrom <= date) &&
    (interval.validTo === null || date <= interval.validTo)
  );
}
