/**
 * The fast paths of `normalizeText`, `searchKey` and `viSortKey` (character caches, NFC skipped on
 * NFC-safe text) must give exactly what the plain whole-text definitions give, on any text.
 */
import { describe, expect, it } from 'vitest';
import { viSortKey } from '../../shared/text/sort-key';
import { normalizeText, searchKey } from '../../shared/text/vietnamese';

const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

const referenceNormalize = (value: string) =>
  value.normalize('NFC').replace(WHITESPACE, ' ').trim();

const referenceSearchKey = (value: string) =>
  value
    .normalize('NFC')
    .replace(/[\u00d0\u0110]/g, 'đ')
    .replace(/\u00f0/g, 'đ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(WHITESPACE, ' ')
    .trim();

const ALPHABET = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const TONES: Record<string, string> = {
  '\u0300': '1',
  '\u0309': '2',
  '\u0303': '3',
  '\u0301': '4',
  '\u0323': '5',
};
function referenceSortKey(text: string): string {
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
    const index = ALPHABET.indexOf(letter);
    if (index >= 0) {
      primary += String.fromCharCode(0x41 + index);
      secondary += tone;
      tertiary += char === lower ? '0' : '1';
    } else if (/\s/.test(char)) primary += ' ';
    else if (/[0-9]/.test(char)) primary += char;
    else if (!/[\u0306\u0302\u031b]/.test(decomposed)) primary += '!';
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

/** Pieces that exercise every branch: NFD letters, stray marks, odd spaces, non-Latin scripts. */
const PIECES = [
  ...'aAzZ09 .,-/()',
  ...'àÁảÃạăẰắẲẵặâẦấẩẫẬđĐÐðèÉẻẽẹêỀếểễỆìÍỉĩịòÓỏõọôỒốổỗỘơỜớởỡỢùÚủũụưỪứửữỰỳÝỷỹỵ',
  ...'ÀĀœßÆøİıǅſ×÷µ',
  'Nguye\u0302\u0303n',
  'e\u0302\u0301',
  'I\u0307',
  '\u0301',
  '\u0323',
  '\u0340',
  '\u0344',
  '\u0345',
  '\u00a0',
  '\t',
  '\n',
  '  ',
  '\u2003',
  '\u200b',
  '\u3000',
  '\ufeff',
  '\u0085',
  'ΟΔΟΣ',
  'Σ',
  'ς',
  'Ω',
  '\u2126',
  '中文',
  '한',
  '\u1100\u1161',
  '😀',
  '\ud83d',
  'ﬁ',
  '\u00c5',
  'A\u030a',
  '\u212b',
];

function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function samples(count: number): string[] {
  const rand = lcg(2024);
  const out: string[] = ['', ' ', 'Nguyễn Văn An', ' Trần  Thị\u00a0Bình ', 'ĐẶNG ĐỨC ĐẠT'];
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = 1 + rand(12);
    for (let j = 0; j < length; j++) s += PIECES[rand(PIECES.length)];
    out.push(s);
  }
  return out;
}

describe('text fast paths', () => {
  const texts = samples(20_000);

  it('normalizeText equals NFC + collapsed whitespace + trim', () => {
    for (const t of texts) expect(normalizeText(t), JSON.stringify(t)).toBe(referenceNormalize(t));
  });

  it('searchKey equals the whole-text folding', () => {
    for (const t of texts) expect(searchKey(t), JSON.stringify(t)).toBe(referenceSearchKey(t));
  });

  it('viSortKey equals the character-by-character definition', () => {
    for (const t of texts) expect(viSortKey(t), JSON.stringify(t)).toBe(referenceSortKey(t));
  });

  it('still folds what users type', () => {
    expect(searchKey('  Đặng\u00a0Thị  HẢI ')).toBe('dang thi hai');
    expect(searchKey('ÐỖ ðức')).toBe('do duc');
    expect(normalizeText('Nguye\u0302\u0303n  Văn')).toBe('Nguyễn Văn');
  });
});
