/**
 * A binary-comparable sort key that follows Vietnamese alphabetical order, for SQLite `ORDER BY`
 * (better-sqlite3 has no custom collations, domain.md §7.4). Levels like ICU's: letters of the
 * 29-letter alphabet first (a ă â b c d đ e ê …), then tones (none, huyền, hỏi, ngã, sắc, nặng),
 * then case (lower before upper). For display sorting of small lists use `compareVi`.
 */
const ALPHABET = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const LETTER_INDEX = new Map(ALPHABET.map((letter, i) => [letter, i]));
const TONES: Record<string, string> = {
  '\u0300': '1', // huyền
  '\u0309': '2', // hỏi
  '\u0303': '3', // ngã
  '\u0301': '4', // sắc
  '\u0323': '5', // nặng
};
const LETTER_MARKS = /[\u0306\u0302\u031b]/; // breve, circumflex, horn: part of the letter

export function viSortKey(text: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const char of isNfc(text) ? text : text.normalize('NFC')) {
    const w = weightsOf(char);
    primary += w.primary;
    secondary += w.secondary;
    tertiary += w.tertiary;
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

interface Weights {
  primary: string;
  secondary: string;
  tertiary: string;
}

/** Each character's weights depend on it alone: cached (bounded) since names repeat letters. */
const WEIGHTS = new Map<string, Weights>();
const WEIGHTS_CACHE_SIZE = 4096;

function weightsOf(char: string): Weights {
  const cached = WEIGHTS.get(char);
  if (cached !== undefined) return cached;
  const w = computeWeights(char);
  if (WEIGHTS.size < WEIGHTS_CACHE_SIZE) WEIGHTS.set(char, w);
  return w;
}

function computeWeights(char: string): Weights {
  const lower = char.toLowerCase();
  const decomposed = lower.normalize('NFD');
  let tone = '0';
  let letter = '';
  for (const part of decomposed) {
    if (TONES[part] !== undefined) tone = TONES[part];
    else letter += part;
  }
  letter = letter.normalize('NFC');
  const index = LETTER_INDEX.get(letter);
  if (index !== undefined) {
    return {
      primary: String.fromCharCode(0x41 + index),
      secondary: tone,
      tertiary: char === lower ? '0' : '1',
    };
  }
  if (/\s/.test(char)) return { primary: ' ', secondary: '', tertiary: '' };
  if (/[0-9]/.test(char)) return { primary: char, secondary: '', tertiary: '' };
  if (!LETTER_MARKS.test(decomposed)) return { primary: '!', secondary: '', tertiary: '' };
  return { primary: '', secondary: '', tertiary: '' };
}

/** Code units below U+0300 and U+1E00–U+1EFF are NFC and never compose (see vietnamese.ts). */
function isNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && (code < 0x1e00 || code >= 0x1f00)) return false;
  }
  return true;
}
