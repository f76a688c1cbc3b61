/**
 * What a cell holds, whatever Excel or the unit's software put there: text is NFC-normalised and
 * decoded from TCVN3/VNI when its font or letters say so (cached, since the same words repeat down a
 * list), rich text is flattened, formulas give their cached result, and cell errors become messages.
 * The `parse*` functions then read a value as a birth date, gender, yes/no mark or CCCD number,
 * forgiving the ways lists are typed by hand and warning where the reading is a guess. exceljs's
 * stream reader gives formula errors as NaN and drops rich-text runs' own fonts.
 */
import { isValidIsoDate } from '../../../../shared/domain/dates';
import type { Gender } from '../../../../shared/domain/nomination';
import {
  decodeLegacy,
  detectLegacyEncoding,
  type LegacyEncoding,
} from '../../../../shared/text/legacy-encodings';
import { normalizeText } from '../../../../shared/text/vietnamese';
import { headerKey } from './text-keys';

export type Extracted =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; encoding: LegacyEncoding | null; before: string }
  | { kind: 'number'; value: number; dateFormat: boolean }
  | { kind: 'date'; date: Date }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; message: string };

export const EMPTY: Extracted = { kind: 'empty' };

/** Text cells repeat (forms, positions, "Nam"): their decoding is cached per read, bounded. */
export type TextCache = Map<string, Extracted>;
const TEXT_CACHE_SIZE = 20_000;

export function extractValue(
  value: unknown,
  font: string | undefined,
  numFmt: string,
  cache: TextCache,
): Extracted {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textValue(value, font, cache);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return {
        kind: 'error',
        message: 'Công thức trong ô trả về lỗi (#N/A, #VALUE!…): sửa trong Excel',
      };
    }
    return { kind: 'number', value, dateFormat: isDateFormat(numFmt) };
  }
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { kind: 'error', message: 'Ô ngày tháng không hợp lệ' }
      : { kind: 'date', date: value };
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      const runs = v.richText as { text?: unknown }[];
      return textValue(
        runs.map((r) => (typeof r.text === 'string' ? r.text : '')).join(''),
        font,
        cache,
      );
    }
    if ('error' in v) {
      return {
        kind: 'error',
        message: `Ô có lỗi ${String(v.error)}: sửa trong Excel rồi nhập lại`,
      };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined || v.result === null) {
        return {
          kind: 'error',
          message:
            'Ô có công thức không có giá trị (chưa được tính): mở tệp bằng Excel, lưu lại rồi nhập lại',
        };
      }
      return extractValue(v.result, font, numFmt, cache);
    }
    if ('text' in v) return extractValue(v.text, font, numFmt, cache); // hyperlink: its text
  }
  return { kind: 'error', message: 'Ô có kiểu dữ liệu không đọc được' };
}

function textValue(raw: string, font: string | undefined, cache: TextCache): Extracted {
  if (raw.length > 200) return decodeText(raw, font);
  const key = `${font ?? ''}\u0000${raw}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= TEXT_CACHE_SIZE) cache.clear();
  const result = decodeText(raw, font);
  cache.set(key, result);
  return result;
}

function decodeText(raw: string, font: string | undefined): Extracted {
  if (raw.trim() === '') return EMPTY;
  const detected = detectLegacyEncoding(raw, font);
  if (!detected) {
    const text = normalizeText(raw);
    return text === '' ? EMPTY : { kind: 'text', text, encoding: null, before: text };
  }
  const text = normalizeText(decodeLegacy(raw, detected));
  if (text === '') return EMPTY;
  const before = normalizeText(raw);
  return { kind: 'text', text, encoding: text !== before ? detected : null, before };
}

function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

export function asText(x: Extracted): string | null {
  switch (x.kind) {
    case 'empty':
    case 'error':
      return null;
    case 'text':
      return x.text;
    case 'number':
      return String(x.value);
    case 'bool':
      return x.value ? 'TRUE' : 'FALSE';
    case 'date':
      return formatUtcDate(x.date);
  }
}

function formatUtcDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

export const VIETNAMESE_LETTER =
  /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** A row's non-empty cells by column number. */
export interface RowCells {
  number: number;
  cells: Map<number, Extracted>;
}

export type Parsed<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

export const ok = <T>(value: T, warning?: string): Parsed<T> =>
  warning === undefined ? { ok: true, value } : { ok: true, value, warning };
export const bad = (message: string): Parsed<never> => ({ ok: false, message });

export interface Birth {
  birthDate: string | null;
  birthYear: number | null;
}

// Module functions, not closures in `parseBirth`: it runs several times per row.
function birthFromIso(iso: string, shown: string, today: string): Parsed<Birth> {
  if (!isValidIsoDate(iso)) return bad(`Ngày sinh “${shown}” không có thật`);
  if (iso > today) return bad(`Ngày sinh “${shown}” ở tương lai`);
  if (iso < '1900-01-01') return bad(`Ngày sinh “${shown}” trước năm 1900`);
  return ok({ birthDate: iso, birthYear: null });
}

function birthFromYear(y: number, shown: string, today: string): Parsed<Birth> {
  const year = Number(today.slice(0, 4));
  if (y > year) return bad(`Năm sinh “${shown}” ở tương lai`);
  if (y < 1900) return bad(`Năm sinh “${shown}” không hợp lệ: phải từ 1900 đến ${year}`);
  return ok({ birthDate: null, birthYear: y });
}

function birthFromSerial(serial: number, date1904: boolean, today: string): Parsed<Birth> {
  const days = Math.floor(serial);
  if (days < (date1904 ? 1 : 61)) return bad(`Ngày sinh “${serial}” không phải một ngày`);
  const d = new Date((days - (date1904 ? 24107 : 25569)) * 86_400_000);
  return birthFromIso(d.toISOString().slice(0, 10), formatUtcDate(d), today);
}

export function parseBirth(x: Extracted, date1904: boolean, today: string): Parsed<Birth> | null {
  switch (x.kind) {
    case 'empty':
      return null;
    case 'error':
      return bad(x.message);
    case 'bool':
      return bad(`Ngày sinh “${x.value ? 'TRUE' : 'FALSE'}” không phải ngày tháng`);
    case 'date': {
      // exceljs builds dates at UTC midnight from the serial: read them in UTC.
      const iso = x.date.toISOString().slice(0, 10);
      return birthFromIso(iso, formatUtcDate(x.date), today);
    }
    case 'number': {
      const v = x.value;
      if (!x.dateFormat && Number.isInteger(v) && v >= 1000 && v <= 9999)
        return birthFromYear(v, String(v), today);
      if (v >= 1 && v < 2_958_466) return birthFromSerial(v, date1904, today);
      return bad(`Ngày sinh “${v}” không hợp lệ`);
    }
    case 'text': {
      const t = x.text;
      let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
      if (m)
        return birthFromIso(
          `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`,
          t,
          today,
        );
      m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
      if (m)
        return birthFromIso(
          `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
          t,
          today,
        );
      if (/^\d{4}$/.test(t)) return birthFromYear(Number(t), t, today);
      m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
      if (m) {
        const month = Number(m[1]);
        if (month < 1 || month > 12) return bad(`Ngày sinh “${t}” không có thật`);
        const r = birthFromYear(Number(m[2]), t, today);
        return r.ok ? ok(r.value, `Chỉ có tháng/năm sinh “${t}”: lưu năm sinh ${m[2]}`) : r;
      }
      if (/^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2}$/.test(t)) {
        return bad(`Ngày sinh “${t}” cần năm đủ 4 chữ số (dd/mm/yyyy)`);
      }
      return bad(
        `Ngày sinh “${t}” không đọc được: ghi dạng dd/mm/yyyy (ví dụ 09/02/1988) hoặc chỉ năm sinh (1988)`,
      );
    }
  }
}

const MALE = new Set(['nam', 'm', 'male', 'trai', 'ong']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai', 'ba']);

export function parseGender(x: Extracted): Parsed<Gender> | null {
  if (x.kind === 'empty') return null;
  if (x.kind === 'error') return bad(x.message);
  const t = asText(x) ?? '';
  const key = headerKey(t);
  if (MALE.has(key)) return ok('nam');
  if (FEMALE.has(key)) return ok('nu');
  return bad(`Giới tính “${t}” không đọc được: chỉ nhận Nam hoặc Nữ`);
}

const TRUE_WORDS = new Set(['x', 'v', 'co', '1', 'true', 'yes', 'y', 'dung', 'c', 'ok']);
const FALSE_WORDS = new Set(['', 'khong', 'k', '0', 'false', 'no', 'n']);
const CHECK_MARKS = /^[✓✔☑√🗸]$/u;

export function parseFlag(x: Extracted, label: string): Parsed<boolean> {
  switch (x.kind) {
    case 'empty':
      return ok(false);
    case 'error':
      return bad(x.message);
    case 'bool':
      return ok(x.value);
    case 'number':
      if (x.value === 1) return ok(true);
      if (x.value === 0) return ok(false);
      break;
    case 'text': {
      const key = headerKey(x.text);
      if (TRUE_WORDS.has(key) || CHECK_MARKS.test(x.text) || key === headerKey(label))
        return ok(true);
      if (FALSE_WORDS.has(key) || /^[-–—]$/.test(x.text)) return ok(false);
      break;
    }
    case 'date':
      break;
  }
  return bad(
    `Cột “${label}” chỉ nhận “x” (có) hoặc để trống (không), không hiểu “${asText(x) ?? ''}”`,
  );
}

export function parseIdNumber(x: Extracted): Parsed<string> | null {
  switch (x.kind) {
    case 'empty':
      return null;
    case 'error':
      return bad(x.message);
    case 'number': {
      const v = x.value;
      if (!Number.isSafeInteger(v) || v < 0) {
        return bad(`Số CCCD “${v}” không hợp lệ: cần 9 hoặc 12 chữ số (định dạng cột là Text)`);
      }
      const digits = String(v);
      if (digits.length === 12 || digits.length === 9) return ok(digits);
      if (digits.length === 10 || digits.length === 11 || digits.length === 8) {
        const padded = digits.padStart(digits.length === 8 ? 9 : 12, '0');
        return ok(
          padded,
          `CCCD có ${digits.length} chữ số, có thể mất số 0 ở đầu (ô kiểu số): đã đọc thành ${padded}, hãy kiểm tra và định dạng cột là Text`,
        );
      }
      return bad(`Số CCCD “${digits}” không hợp lệ: cần 9 hoặc 12 chữ số`);
    }
    case 'text': {
      const digits = x.text.replace(/[\s.-]/g, '');
      if (/^(\d{9}|\d{12})$/.test(digits)) return ok(digits);
      return bad(`Số CCCD “${x.text}” không hợp lệ: cần 9 hoặc 12 chữ số`);
    }
    case 'bool':
    case 'date':
      return bad(`Số CCCD “${asText(x) ?? ''}” không hợp lệ: cần 9 hoặc 12 chữ số`);
  }
}
