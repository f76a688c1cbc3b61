/**
 * Vietnamese text helpers shared by the UI and the core.
 * Every text that enters the app goes through `normalizeText` (NFC, trimmed, single spaces).
 */

const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** NFC, trimmed, runs of whitespace (including NBSP) collapsed to one space. */
export function normalizeText(value: string): string {
  return isNormalized(value) ? value : value.normalize('NFC').replace(WHITESPACE, ' ').trim();
}

/**
 * Code units below U+0300 and Vietnamese precomposed letters (U+1E00–U+1EFF) are NFC on their own
 * and none of them composes with another: text made only of them is already NFC.
 */
const isNfcSafe = (code: number) => code < 0x300 || (code >= 0x1e00 && code < 0x1f00);
const isAsciiSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** Fast check (an import normalises every cell): NFC-safe, single inner spaces, nothing to trim. */
function isNormalized(value: string): boolean {
  let previousSpace = true; // a leading space is not normalised
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!isNfcSafe(code) || code === 0xa0 || (code !== 0x20 && isAsciiSpace(code))) return false;
    const space = code === 0x20;
    if (space && previousSpace) return false;
    previousSpace = space;
  }
  return !previousSpace || value === '';
}

/**
 * Key for diacritic-insensitive search: lower case, marks removed, đ≡d.
 * The Icelandic Eth (Ð/ð), seen in legacy data as a look-alike of Đ, is folded too.
 */
export function searchKey(value: string): string {
  // Character by character through a cache when every character allows it (same result as
  // `foldedKey`, which runs for the rest: Greek, CJK, surrogates, rare spaces).
  let out = '';
  let space = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let piece: string;
    if (code < 0x80) {
      if (isAsciiSpace(code)) {
        space = true;
        continue;
      }
      piece = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : value.charAt(i);
    } else if (code === 0xa0) {
      space = true;
      continue;
    } else {
      const folded = foldedUnit(code);
      if (folded === undefined) return foldedKey(value);
      if (folded === '') continue;
      piece = folded;
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += piece;
  }
  return out;
}

const FOLDED_UNITS = new Map<number, string>();

/**
 * The key of one character of U+0080–U+036F (Latin-1, Latin Extended, combining marks) or
 * U+1E00–U+1EFF (Vietnamese letters). There the whole-text steps act on each character alone:
 * no case mapping depends on context and marks are dropped whether composed or not.
 */
function foldedUnit(code: number): string | undefined {
  let folded = FOLDED_UNITS.get(code);
  if (folded === undefined) {
    if (code >= 0x370 && (code < 0x1e00 || code >= 0x1f00)) return undefined;
    folded = foldedKey(String.fromCharCode(code));
    FOLDED_UNITS.set(code, folded);
  }
  return folded;
}

/** `searchKey` for any text, in whole-text steps. */
function foldedKey(value: string): string {
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
