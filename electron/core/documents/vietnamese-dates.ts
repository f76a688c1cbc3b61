import { isValidIsoDate } from '../../../shared/domain/dates';
import { AppError } from '../errors';

/**
 * The day and month as NĐ 30/2020 writes them in the place-and-date line (domain.md §4.1, §7.7):
 * a day below 10 and the months 1 and 2 take a leading zero, other months do not
 * ("ngày 05 tháng 3 năm 2021", "ngày 01 tháng 02 năm 2023", "ngày 26 tháng 10 năm 2021").
 */
function dayMonthYear(iso: string): { day: string; month: string; year: string } {
  if (!isValidIsoDate(iso)) {
    throw new AppError('VALIDATION', `Ngày "${iso}" không hợp lệ (cần dạng YYYY-MM-DD).`);
  }
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return {
    day: String(day).padStart(2, '0'),
    month: month <= 2 ? String(month).padStart(2, '0') : String(month),
    year: String(year),
  };
}

/** Written when the date is not known yet (a draft waiting for its signature). */
export const UNDATED = 'ngày     tháng     năm     ';

/** `2021-03-05` → `ngày 05 tháng 3 năm 2021`; `null` → the blank draft form. */
export function formatDateLong(iso: string | null): string {
  if (iso === null) return UNDATED;
  const { day, month, year } = dayMonthYear(iso);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** `Phan Thiết, ngày 05 tháng 3 năm 2021` — the địa danh line under the Tiêu ngữ. */
export function formatPlaceDate(place: string, iso: string | null): string {
  const date = formatDateLong(iso);
  return place.trim() ? `${place.trim()}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}
