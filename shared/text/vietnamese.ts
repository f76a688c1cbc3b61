/**
 * Vietnamese text helpers shared by the UI and the core.
 * Every text that enters the app goes through `normalizeText` (NFC, trimmed, single spaces).
 */

const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** NFC, trimmed, runs of whitespace (including NBSP) collapsed to one space. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(WHITESPACE, ' ').trim();
}

/**
 * Key for diacritic-insensitive search: lower case, marks removed, đ≡d.
 * The Icelandic Eth (Ð/ð), seen in legacy data as a look-alike of Đ, is folded too.
 */
export function searchKey(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u00d0\u0110]/g, 'đ')
    .replace(/\u00f0/g, 'đ')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, ignoring case, marks and đ/d. */
export function matchesSearch(text: string, query: string): boolean {
  const key = searchKey(query);
  if (key === '') return true;
  return searchKey(text).includes(key);
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Vietnamese alphabetical order (a ă â b c d đ e ê …; tones are a secondary difference). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy of `items`, by the Vietnamese collation of `key(item)`. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}
