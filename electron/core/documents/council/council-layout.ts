/**
 * Pieces shared by the council documents, built on the NĐ 30 layout of `../nd30-layout.ts`.
 */
import type { Content, ContentStack, TableCell } from 'pdfmake/interfaces';
import type { SubjectType } from '../../../../shared/domain/award-form';
import { AppError } from '../../errors';
import { FONT_SIZE, header, HEADER_LEFT_WIDTH, SIGNATURE_GAP } from '../nd30-layout';
import { formatDateLong } from '../vietnamese-dates';
import type { CouncilHeading } from './council-data';

export const upper = (text: string) => text.toLocaleUpperCase('vi');

export const SUBJECT_NOUN: Record<SubjectType, string> = {
  tap_the: 'tập thể',
  ca_nhan: 'cá nhân',
  ho_gia_dinh: 'hộ gia đình',
};

/** Name and detail column headings per subject type. */
export const NAME_COLUMNS: Record<SubjectType, { name: string; detail: string }> = {
  tap_the: { name: 'Tên tập thể', detail: 'Đơn vị' },
  ca_nhan: { name: 'Họ và tên', detail: 'Chức vụ, đơn vị' },
  ho_gia_dinh: { name: 'Hộ gia đình (chủ hộ)', detail: 'Địa chỉ' },
};

export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const roman = (i: number) => ROMAN[i] ?? String(i + 1);

/** "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh - Tập thể". */
export function groupTitle(awardForm: string, subjectType: SubjectType): string {
  const noun = SUBJECT_NOUN[subjectType];
  return `${awardForm.trim()} - ${noun.charAt(0).toLocaleUpperCase('vi')}${noun.slice(1)}`;
}

/**
 * The council name in header lines: "HỘI ĐỒNG THI ĐUA -" / "KHEN THƯỞNG" / "TỈNH BÌNH THUẬN".
 * The full name is too wide for the left column in bold capitals, and a break inside a word
 * group ("KHEN / THƯỞNG") reads badly. Explicit line breaks from the caller win.
 */
export function councilNameLines(name: string): string {
  const trimmed = name.trim();
  if (trimmed.includes('\n')) return trimmed;
  const m = /^(hội đồng thi đua\s*[-–]\s*)(khen thưởng)(.*)$/iu.exec(trimmed.replace(/\s+/g, ' '));
  if (!m) return trimmed;
  const rest = m[3]!.trim();
  return [m[1]!.trim(), m[2]!, ...(rest ? [rest] : [])].map(upper).join('\n');
}

/**
 * The first header row (council | Quốc hiệu, Tiêu ngữ) alone, for documents without "Số:"
 * (ballots). Taken from `header()` so both stay one layout.
 */
export function headerTop(heading: CouncilHeading): Content {
  const full = header({
    governingBody: heading.governingBody,
    issuingBody: councilNameLines(heading.councilName),
    number: '',
    symbol: '',
    place: heading.placeName,
    date: null,
  }) as ContentStack;
  const top = Array.isArray(full.stack) ? full.stack[0] : undefined;
  if (!top) throw new AppError('INTERNAL', 'Không dựng được phần đầu văn bản của Hội đồng.');
  return top;
}

/** The header of the minutes: council, Quốc hiệu, "Số: …/BB-HĐTĐKT", place and date. */
export function minutesHeader(
  heading: CouncilHeading,
  number: string,
  symbol: string,
  date: string,
): Content {
  return header({
    governingBody: heading.governingBody,
    issuingBody: councilNameLines(heading.councilName),
    number,
    symbol,
    place: heading.placeName,
    date,
  });
}

/** Left column width of the header, for lines placed under the council name. */
export const LEFT_COLUMN = HEADER_LEFT_WIDTH;

/** "14:00" → "14 giờ 00 phút"; '' → a blank to fill by hand. */
export function formatClock(time: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!m) return '…… giờ …… phút';
  return `${m[1]!.padStart(2, '0')} giờ ${m[2]} phút`;
}

/** "Vào hồi 14 giờ 00 phút, ngày 05 tháng 3 năm 2021". */
export function openingTime(time: string, isoDate: string): string {
  return `Vào hồi ${formatClock(time)}, ${formatDateLong(isoDate)}`;
}

/**
 * A percentage of integers, Vietnamese style with two decimals: (13, 15) → "86,67%",
 * (15, 15) → "100%". Rounded half up in integer arithmetic; a zero base gives "0%".
 */
export function formatPercent(part: number, base: number): string {
  if (base <= 0) return '0%';
  const hundredths = Math.floor((part * 10_000 * 2 + base) / (2 * base));
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  if (frac === 0) return `${whole}%`;
  const digits = String(frac).padStart(2, '0').replace(/0$/, '');
  return `${whole},${digits}%`;
}

/** A signature column: title lines in bold capitals, the gap for the signature, the name. */
export function signatureColumn(titleLines: readonly string[], name: string): Content {
  return {
    stack: [
      ...titleLines.map((line): Content => ({ text: upper(line), bold: true })),
      { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: FONT_SIZE.body - 1 },
      { text: ' ', margin: [0, 0, 0, SIGNATURE_GAP - FONT_SIZE.signer] },
      { text: name.trim() || ' ', bold: true },
    ],
    fontSize: FONT_SIZE.signer,
    alignment: 'center',
  };
}

/** A bold, centred table heading cell. */
export const headCell = (text: string): TableCell => ({
  text,
  bold: true,
  alignment: 'center',
});
