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
  for (const char of text.normalize('NFC')) {
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
      primary += String.fromCharCode(0x41 + index);
      secondary += tone;
      tertiary += char === lower ? '0' : '1';
    } else if (/\s/.test(char)) {
      primary += ' ';
    } else if (/[0-9]/.test(char)) {
      primary += char;
    } else if (!LETTER_MARKS.test(decomposed)) {
      primary += '!';
    }
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}
