/**
 * Personal names as written in Vietnamese lists (domain.md §7.5): a leading form of address,
 * rank or title is split off; the name is read as họ (first word), tên đệm (middle words) and
 * tên (last word).
 */
import { compareVi, normalizeText, searchKey } from './vietnamese';

export type HonorificKind = 'address' | 'rank' | 'title';

export interface Honorific {
  /** How it is given back: "Ông", "Đại tá", "ThS.". */
  canonical: string;
  /** Other spellings (old tone placement, sỹ/sĩ, abbreviations). Case and NFC/NFD never matter. */
  aliases?: readonly string[];
  kind: HonorificKind;
  /**
   * Words the name must keep after it. "Ông", "Bà", "Anh", "Chị" are also name words (Ông is a
   * họ: "Ông Ích Khiêm"), so they are only split off when at least two words follow. A real
   * "Ông Văn Tùng" therefore loses its họ; that is the chosen trade-off for lists where
   * "Ông Trương Quang Sáng" is far more common.
   */
  minRemainingWords: number;
}

const address = (canonical: string, minRemainingWords = 1, aliases: string[] = []): Honorific => ({
  canonical,
  aliases,
  kind: 'address',
  minRemainingWords,
});
const rank = (canonical: string, ...aliases: string[]): Honorific => ({
  canonical,
  aliases,
  kind: 'rank',
  minRemainingWords: 1,
});
const title = (canonical: string, ...aliases: string[]): Honorific => ({
  canonical,
  aliases,
  kind: 'title',
  minRemainingWords: 1,
});

/** Forms of address, military and police ranks, academic and professional titles seen in lists. */
export const HONORIFICS: readonly Honorific[] = [
  address('Ông', 2),
  address('Bà', 2),
  address('Anh', 2),
  address('Chị', 2),
  address('Ông/Bà'),
  address('Anh/Chị'),
  address('Đồng chí', 1, ['đ/c']),
  rank('Đại tướng'),
  rank('Thượng tướng'),
  rank('Trung tướng'),
  rank('Thiếu tướng'),
  rank('Đại tá'),
  rank('Thượng tá'),
  rank('Trung tá'),
  rank('Thiếu tá'),
  rank('Đại úy', 'đại uý'),
  rank('Thượng úy', 'thượng uý'),
  rank('Trung úy', 'trung uý'),
  rank('Thiếu úy', 'thiếu uý'),
  rank('Thượng sĩ', 'thượng sỹ'),
  rank('Trung sĩ', 'trung sỹ'),
  rank('Hạ sĩ', 'hạ sỹ'),
  rank('Binh nhất'),
  rank('Binh nhì'),
  title('GS.'),
  title('PGS.'),
  title('TS.'),
  title('TSKH.'),
  title('ThS.'),
  title('BS.'),
  title('BSCKI', 'bs.cki', 'bs cki', 'bsck i', 'bsck1', 'bs.ck1'),
  title('BSCKII', 'bs.ckii', 'bs ckii', 'bsck ii', 'bsck2', 'bs.ck2'),
  title('DS.'),
  title('KS.'),
  title('CN.'),
  title('Giáo sư'),
  title('Phó Giáo sư'),
  title('Tiến sĩ', 'tiến sỹ'),
  title('Thạc sĩ', 'thạc sỹ'),
  title('Bác sĩ', 'bác sỹ'),
  title('Dược sĩ', 'dược sỹ'),
  title('Kỹ sư', 'kĩ sư'),
];

/** Lower case and Đ for its Eth look-alike, one character for one, so positions still match `text`. */
function fold(text: string): string {
  return Array.from(text, (char) => {
    const lower = char === '\u00d0' || char === '\u00f0' ? 'đ' : char.toLowerCase();
    return lower.length === char.length ? lower : char;
  }).join('');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spelling → pattern: spaces stretch, "/" and inner dots may have spaces, a final dot is optional. */
function patternOf(spelling: string): RegExp {
  const body = escapeRegExp(fold(spelling.normalize('NFC')).replace(/\.$/, ''))
    .replace(/ /g, '\\s+')
    .replace(/\//g, '\\s*/\\s*')
    .replace(/\\\./g, '\\.\\s*');
  return new RegExp(`^(?:${body})(?:\\.|(?=[\\s,:;]|$))`, 'u');
}

const MATCHERS = HONORIFICS.flatMap((honorific) =>
  [honorific.canonical, ...(honorific.aliases ?? [])].map((spelling) => ({
    honorific,
    length: spelling.length,
    pattern: patternOf(spelling),
  })),
).sort((x, y) => y.length - x.length);

const SEPARATORS = /^[\s,:;.\-–]*/;

/** First word of every spelling, folded: a name whose first word is not here has no honorific. */
const firstWordKey = (text: string) => searchKey(text.split(/[\s./,:;\-–]/, 1)[0] ?? '');
const FIRST_WORDS = new Set(MATCHERS.map((m) => firstWordKey(m.honorific.canonical)));
for (const h of HONORIFICS) for (const a of h.aliases ?? []) FIRST_WORDS.add(firstWordKey(a));

const wordCount = (s: string) => (s === '' ? 0 : s.split(' ').length);

/**
 * Splits leading forms of address, ranks and titles off a name cell, several in a row
 * ("Đại tá, TS. Lê Văn A"), each given back in its canonical spelling. Case, NFC/NFD, a trailing
 * dot and old tone placement ("Đại uý") do not matter; a spelling without its diacritics
 * ("Dai ta") is not recognised. Nothing is split off when too few words would remain (see
 * `Honorific.minRemainingWords`).
 *
 * @example splitHonorific('Ông Trương Quang Sáng') // { honorific: 'Ông', name: 'Trương Quang Sáng' }
 */
export function splitHonorific(raw: string): { honorific: string | null; name: string } {
  const text = normalizeText(raw);
  // Fast path: most cells are plain names (an import checks thousands).
  if (!FIRST_WORDS.has(firstWordKey(text))) return { honorific: null, name: text };
  const folded = fold(text);
  const found: { honorific: Honorific; end: number }[] = [];
  let pos = 0;
  for (;;) {
    const rest = folded.slice(pos);
    const match = MATCHERS.map((m) => ({ m, hit: m.pattern.exec(rest) })).find((x) => x.hit);
    if (match?.hit == null) break;
    pos += match.hit[0].length;
    pos += SEPARATORS.exec(folded.slice(pos))?.[0].length ?? 0;
    found.push({ honorific: match.m.honorific, end: pos });
  }
  // A cell of honorifics only ("PGS.TS.") is left as it is.
  if (text.slice(found[found.length - 1]?.end ?? 0).trim() === '') {
    return { honorific: null, name: text };
  }
  // Otherwise drop the last ones until enough words remain ("Đồng chí Ông Tùng").
  while (found.length > 0) {
    const end = found[found.length - 1]?.end ?? 0;
    const name = text.slice(end).trim();
    const needed = Math.max(...found.map((f) => f.honorific.minRemainingWords));
    if (wordCount(name) >= needed) {
      return { honorific: joinHonorifics(found.map((f) => f.honorific)), name };
    }
    found.pop();
  }
  return { honorific: null, name: text };
}

/** "PGS." + "TS." → "PGS.TS."; otherwise joined by a space ("Đồng chí Đại tá"). */
function joinHonorifics(honorifics: readonly Honorific[]): string {
  let out = '';
  for (const h of honorifics) {
    if (out === '') out = h.canonical;
    else if (out.endsWith('.') && h.kind === 'title' && !h.canonical.includes(' ')) {
      out += h.canonical;
    } else out += ` ${h.canonical}`;
  }
  return out;
}

/**
 * Họ, tên đệm and tên of a personal name, after any honorific is split off: the first word, the
 * words between, the last word. One word is a tên alone.
 */
export function nameParts(name: string): { family: string; middle: string; given: string } {
  const words = splitHonorific(name)
    .name.split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}

/**
 * Conventional order of a list of people: by tên, then họ, then tên đệm (Vietnamese collation),
 * honorifics ignored; the whole names break remaining ties so the order is total.
 */
export function compareByVietnameseName(a: string, b: string): number {
  const x = nameParts(a);
  const y = nameParts(b);
  return (
    compareVi(x.given, y.given) ||
    compareVi(x.family, y.family) ||
    compareVi(x.middle, y.middle) ||
    compareVi(normalizeText(a), normalizeText(b))
  );
}

/**
 * Key for finding the same person twice: honorific split off, then `searchKey` (case, marks,
 * tone placement, đ/d, NFC/NFD and spaces folded). "Võ Thị Thu Thuỷ" ≡ "VÕ THỊ THU THỦY".
 */
export function personNameKey(name: string): string {
  return searchKey(splitHonorific(name).name);
}
