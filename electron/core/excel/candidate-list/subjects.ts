/**
 * Whether a row is a person, a collective, a household or an enterprise. Few lists have a column for
 * it, so it is also inferred from section rows, the sheet name or title, and the name column's header.
 */
import type { SubjectType } from '../../../../shared/domain/award-form';
import { type Extracted, type Parsed, asText, bad, ok } from './cell-values';
import { compactKey, headerKey } from './text-keys';

const PERSON_NAME_HEADERS = new Set(['ho va ten', 'ho ten', 'ten ca nhan']);
const COLLECTIVE_NAME_HEADERS = new Set([
  'ten tap the',
  'ten don vi tap the',
  'ten tap the don vi',
  'ten don vi',
  'don vi',
  'co quan',
  'ten doanh nghiep',
  'ten co quan don vi',
  'co quan don vi',
]);
const HOUSEHOLD_NAME_HEADERS = new Set(['ten ho gia dinh', 'ho va ten chu ho']);

/** The subject a name column's header implies ("Họ và tên" → cá nhân, "Tên tập thể" → tập thể). */
export function subjectOfNameHeader(header: string): SubjectType | null {
  const nameKey = headerKey(header);
  return PERSON_NAME_HEADERS.has(nameKey)
    ? 'ca_nhan'
    : COLLECTIVE_NAME_HEADERS.has(nameKey)
      ? 'tap_the'
      : HOUSEHOLD_NAME_HEADERS.has(nameKey)
        ? 'ho_gia_dinh'
        : null;
}

export function parseSubjectType(
  x: Extracted,
): Parsed<{ type: SubjectType; enterprise: boolean }> | null {
  if (x.kind === 'empty') return null;
  if (x.kind === 'error') return bad(x.message);
  const t = asText(x) ?? '';
  const type = subjectOfText(t, true);
  if (type) return ok(type);
  return bad(
    `Loại đối tượng “${t}” không rõ: chỉ nhận cá nhân, tập thể, hộ gia đình hoặc doanh nghiệp`,
  );
}

/** "Cá nhân", "TT", "ca_nhan", "Hộ gia đình", "Doanh nghiệp" …; `exact` for a cell, else a hint. */
export function subjectOfText(
  text: string,
  exact: boolean,
): { type: SubjectType; enterprise: boolean } | null {
  const key = compactKey(text);
  if (exact) {
    if (['cn', 'canhan'].includes(key) || key.startsWith('canhan')) {
      return { type: 'ca_nhan', enterprise: false };
    }
    if (['hgd', 'hogiadinh', 'ho'].includes(key) || key.startsWith('hogiadinh')) {
      return { type: 'ho_gia_dinh', enterprise: false };
    }
    if (['dn', 'doanhnghiep', 'congty'].includes(key) || key.startsWith('doanhnghiep')) {
      return { type: 'tap_the', enterprise: true };
    }
    if (
      ['tt', 'tapthe', 'coquan', 'donvi', 'htx', 'hoptacxa'].includes(key) ||
      key.startsWith('tapthe')
    ) {
      return { type: 'tap_the', enterprise: false };
    }
    return null;
  }
  const found = new Set<SubjectType>();
  if (key.includes('canhan')) found.add('ca_nhan');
  if (key.includes('tapthe')) found.add('tap_the');
  if (key.includes('hogiadinh')) found.add('ho_gia_dinh');
  const only = found.size === 1 ? [...found][0] : undefined;
  return only ? { type: only, enterprise: false } : null;
}
