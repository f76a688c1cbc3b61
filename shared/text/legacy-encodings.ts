/**
 * The two pre-Unicode Vietnamese font encodings still found in old Excel files (domain.md §7.3).
 * In an .xlsx the cell holds the font's bytes as Windows-1252 text (Latin-1 for 0xA0–0xFF, the
 * Windows symbols €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ for 0x80–0x9F) and only the cell font says which
 * encoding they are: `.VnTime`/`.VnArial`… for TCVN3 (ABC), `.VnTimeH`… for its capitals-only
 * fonts, `VNI-Times`/`VNI-Helve`… for VNI Windows.
 *
 * Tables: TCVN3 = TCVN 5712:1993 VN3, from UniKey’s VnConv (`SingleByteTables`, "TCVN3", in
 * fcitx/fcitx5-unikey `unikey/data.cpp`), checked against GNU libiconv `lib/tcvn.h` (TCVN 5712
 * VN1, whose 0xA1–0xFE letters are the same). VNI = "VNI-WIN" `DoubleByteTables` of the same
 * UniKey file. Windows-1252 0x80–0x9F from the WHATWG Encoding Standard (index-windows-1252).
 */

export type LegacyEncoding = 'tcvn3' | 'tcvn3-upper' | 'vni';

/** Windows-1252 bytes 0x80–0x9F; the five bytes it leaves undefined stay C1 controls. */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252_SYMBOLS = new Set(CP1252_80_9F);

/**
 * Neither encoding puts letters in 0x80–0x9F: a .VnTime or VNI font shows the Windows symbols
 * there. Text that kept the raw bytes as C1 controls (U+0080–U+009F) gets those symbols.
 */
function c1ToCp1252(char: string): string {
  const code = char.charCodeAt(0);
  return code >= 0x80 && code <= 0x9f ? (CP1252_80_9F[code - 0x80] ?? char) : char;
}

/** Tone marks in the order the tables below list them: huyền, hỏi, ngã, sắc, nặng. */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
type Vowel = (typeof VOWELS)[number];

const toned = (vowel: string, tone: number): string =>
  tone < 0 ? vowel : (vowel + (TONES[tone] ?? '')).normalize('NFC');

// ---------------------------------------------------------------------------------------------
// TCVN3: one byte a letter, lower-case toned vowels only.

/** Byte of each toned lower-case vowel, tones in the order of `TONES`. */
const TCVN3_TONED: Record<Vowel, readonly [number, number, number, number, number]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
/** 0xA1–0xAE: the seven capitals TCVN3 has, then their lower case (ư is 0xAD, the soft hyphen). */
const TCVN3_A1_AE = 'ĂÂÊÔƠƯĐăâêôơưđ';

const TCVN3_DECODE = new Map<string, string>();
const TCVN3_ENCODE = new Map<string, string>();
for (const vowel of VOWELS) {
  TCVN3_TONED[vowel].forEach((byte, tone) => {
    TCVN3_DECODE.set(String.fromCharCode(byte), toned(vowel, tone));
  });
}
[...TCVN3_A1_AE].forEach((letter, i) => TCVN3_DECODE.set(String.fromCharCode(0xa1 + i), letter));
for (const [byte, letter] of TCVN3_DECODE) TCVN3_ENCODE.set(letter, byte);

// ---------------------------------------------------------------------------------------------
// VNI Windows: base letter + one mark byte; đ, ơ, ư, toned i and ỵ are single bytes.

/** Tone marks after a, e, o, u, y, ơ, ư (order of `TONES`). */
const VNI_TONE = { lower: 'øûõùï', upper: 'ØÛÕÙÏ' };
/** Circumflex, plain then toned, after a, e, o (â ê ô). */
const VNI_CIRCUMFLEX = { lower: 'âàåãáä', upper: 'ÂÀÅÃÁÄ' };
/** Breve, plain then toned, after a (ă). */
const VNI_BREVE = { lower: 'êèúüéë', upper: 'ÊÈÚÜÉË' };
/** Toned i, one byte each. */
const VNI_I = { lower: 'ìæóíò', upper: 'ÌÆÓÍÒ' };

function vniSpelling(vowel: Vowel, tone: number, upper: boolean): string {
  const kase = upper ? 'upper' : 'lower';
  const up = (s: string) => (upper ? s.toUpperCase() : s);
  const at = (marks: string, i: number) => marks[i] ?? '';
  switch (vowel) {
    case 'a':
    case 'e':
    case 'o':
    case 'u':
    case 'y':
      if (tone < 0) return up(vowel);
      if (vowel === 'y' && tone === 4) return upper ? 'Î' : 'î'; // ỵ
      return up(vowel) + at(VNI_TONE[kase], tone);
    case 'ă':
      return up('a') + at(VNI_BREVE[kase], tone + 1);
    case 'â':
    case 'ê':
    case 'ô':
      return up(vowel.normalize('NFD').charAt(0)) + at(VNI_CIRCUMFLEX[kase], tone + 1);
    case 'ơ':
    case 'ư':
      return (vowel === 'ơ' ? up('ô') : up('ö')) + (tone < 0 ? '' : at(VNI_TONE[kase], tone));
    case 'i':
      return tone < 0 ? up('i') : at(VNI_I[kase], tone);
  }
}

const VNI_ENCODE = new Map<string, string>([
  ['đ', 'ñ'],
  ['Đ', 'Ñ'],
]);
for (const vowel of VOWELS) {
  for (let tone = -1; tone < TONES.length; tone++) {
    const letter = toned(vowel, tone);
    VNI_ENCODE.set(letter, vniSpelling(vowel, tone, false));
    VNI_ENCODE.set(letter.toUpperCase(), vniSpelling(vowel, tone, true));
  }
}

const VNI_DECODE_ONE = new Map<string, string>();
/** Base letter + mark, exactly as UniKey writes them. */
const VNI_PAIRS_STRICT = new Map<string, string>();
for (const [letter, spelling] of VNI_ENCODE) {
  if (spelling.length === 2) VNI_PAIRS_STRICT.set(spelling, letter);
  else if (spelling !== letter) VNI_DECODE_ONE.set(spelling, letter);
}
/**
 * Also tolerated when decoding, never produced: a mark in the other case than its base letter
 * (the font draws the same accent), and a tone byte after i or y where UniKey writes í ì æ ó ò
 * and î. Detection uses the strict pairs only, since "yÕ" is also TCVN3 for "yế".
 */
const VNI_PAIRS = new Map(VNI_PAIRS_STRICT);
const OTHER_CASE = new Map<string, string>();
for (const marks of [VNI_TONE, VNI_CIRCUMFLEX, VNI_BREVE]) {
  [...marks.lower].forEach((lower, i) => {
    const upper = marks.upper[i] ?? lower;
    OTHER_CASE.set(lower, upper);
    OTHER_CASE.set(upper, lower);
  });
}
for (const [spelling, letter] of VNI_PAIRS_STRICT) {
  const [base = '', mark = ''] = spelling;
  const other = base + (OTHER_CASE.get(mark) ?? mark);
  if (!VNI_PAIRS.has(other)) VNI_PAIRS.set(other, letter);
}
for (const base of ['i', 'y']) {
  TONES.forEach((tone, i) => {
    for (const marks of [VNI_TONE.lower, VNI_TONE.upper]) {
      const mark = marks[i] ?? '';
      for (const b of [base, base.toUpperCase()]) {
        if (!VNI_PAIRS.has(b + mark)) {
          VNI_PAIRS.set(b + mark, (b + tone).normalize('NFC'));
        }
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Decoding and encoding.

function decodeTcvn3Raw(text: string): string {
  let out = '';
  for (const char of text) {
    const c = c1ToCp1252(char);
    out += TCVN3_DECODE.get(c) ?? c;
  }
  return out;
}

/**
 * TCVN3 (ABC) text as read from a cell in a `.Vn…` font, to NFC Unicode.
 * `upperCaseFont`: the cell's font is a capitals font (`.VnTimeH`…), which draws every letter as
 * a capital, so the result is upper-cased.
 */
export function decodeTcvn3(text: string, options: { upperCaseFont?: boolean } = {}): string {
  const out = decodeTcvn3Raw(text).normalize('NFC');
  return options.upperCaseFont === true ? out.toUpperCase() : out;
}

function decodeVniRaw(text: string, pairs: ReadonlyMap<string, string> = VNI_PAIRS): string {
  const chars = Array.from(text, c1ToCp1252);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const pair = pairs.get(char + (chars[i + 1] ?? ''));
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += VNI_DECODE_ONE.get(char) ?? char;
    }
  }
  return out;
}

/** VNI Windows text as read from a cell in a `VNI-…` font, to NFC Unicode. */
export function decodeVni(text: string): string {
  return decodeVniRaw(text).normalize('NFC');
}

/** Decodes `text` from the given legacy encoding (see `detectLegacyEncoding`). */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(text);
    case 'tcvn3-upper':
      return decodeTcvn3(text, { upperCaseFont: true });
    case 'vni':
      return decodeVni(text);
  }
}

/** Non-ASCII Vietnamese letters (both cases): never copied through as themselves. */
const VIETNAMESE_LETTERS = new Set([...VNI_ENCODE.keys()].filter((c) => c.charCodeAt(0) >= 0x80));
const TCVN3_BYTES = new Set(TCVN3_DECODE.keys());
const VNI_BYTES = new Set([...VNI_ENCODE.values()].flatMap((s) => [...s]));

/** A character the font shows as itself: ASCII, a Windows symbol, or an unused Latin-1 byte. */
function copiesThrough(char: string, usedBytes: ReadonlySet<string>): boolean {
  if (VIETNAMESE_LETTERS.has(char)) return false;
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 0x80) return true;
  if (CP1252_SYMBOLS.has(char)) return true;
  return code >= 0xa0 && code <= 0xff && !usedBytes.has(char);
}

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Unicode to TCVN3 in its Latin-1 form (Windows symbols for 0x80–0x9F), for test fixtures.
 * Throws on a character TCVN3 cannot hold. TCVN3 has no toned capitals: with
 * `upperCaseFont` the text is lower-cased first, as typed for a `.VnTimeH` cell.
 */
export function encodeTcvn3(unicode: string, options: { upperCaseFont?: boolean } = {}): string {
  let text = unicode.normalize('NFC');
  if (options.upperCaseFont === true) text = text.toLowerCase();
  let out = '';
  for (const char of text) {
    const byte = TCVN3_ENCODE.get(char);
    if (byte !== undefined) out += byte;
    else if (copiesThrough(char, TCVN3_BYTES)) out += char;
    else if (VIETNAMESE_LETTERS.has(char)) {
      throw new Error(
        `TCVN3 không có chữ hoa có dấu “${char}” (${codePoint(char)}); ` +
          'dùng phông chữ hoa (.VnTimeH) với upperCaseFont.',
      );
    } else {
      throw new Error(`Không mã hoá được ký tự “${char}” (${codePoint(char)}) sang TCVN3.`);
    }
  }
  return out;
}

/** Unicode to VNI Windows in its Latin-1 form, for test fixtures. Throws on a character VNI cannot hold. */
export function encodeVni(unicode: string): string {
  let out = '';
  for (const char of unicode.normalize('NFC')) {
    const spelling = VNI_ENCODE.get(char);
    if (spelling !== undefined) out += spelling;
    else if (copiesThrough(char, VNI_BYTES)) out += char;
    else throw new Error(`Không mã hoá được ký tự “${char}” (${codePoint(char)}) sang VNI.`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Detection.

/**
 * The legacy encoding a cell font implies: `.Vn…` is TCVN3 (a trailing H, as in `.VnTimeH` or
 * `.VnArialH`, marks the capitals font), `VNI-…` is VNI; any other font, null.
 */
export function legacyFontEncoding(fontName: string | undefined): LegacyEncoding | null {
  const name = (fontName ?? '').trim().toLowerCase();
  if (/^\.vn./.test(name)) return name.endsWith('h') ? 'tcvn3-upper' : 'tcvn3';
  if (/^vni[-_ ]./.test(name)) return 'vni';
  return null;
}

const INITIALS = [
  'ngh',
  'ng',
  'gh',
  'gi',
  'kh',
  'nh',
  'ph',
  'qu',
  'th',
  'tr',
  'ch',
  ...'bcdđghklmnprstvx',
  '',
];
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);
/**
 * Vowel groups of a Vietnamese syllable: where the tone may sit (old and new placement), whether
 * a final consonant is forbidden ('none'), allowed ('may') or required ('must'), and whether the
 * group is rare (oo in "xoong", uơ in "thuở"…), which counts half when weighing two readings.
 */
interface Nucleus {
  tone: readonly number[];
  final: 'none' | 'may' | 'must';
  rare?: boolean;
}
const NUCLEI = new Map<string, Nucleus>();
const nuclei = (groups: string, shape: Nucleus) => {
  for (const group of groups.split(' ')) NUCLEI.set(group, shape);
};
nuclei('a e ê i o ô ơ u ư', { tone: [0], final: 'may' });
nuclei('y', { tone: [0], final: 'none' });
nuclei('ă â', { tone: [0], final: 'must' });
nuclei('ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa', { tone: [0], final: 'none' });
nuclei('uâ uê oă', { tone: [1], final: 'may' });
nuclei('iê yê uô ươ', { tone: [1], final: 'must' });
nuclei('oa oe uy', { tone: [0, 1], final: 'may' });
nuclei('iêu yêu oai oay uây uôi ươi ươu', { tone: [1], final: 'none' });
nuclei('uyê', { tone: [2], final: 'must' });
nuclei('oo', { tone: [0, 1], final: 'must', rare: true });
nuclei('uơ oao oeo uya uyu', { tone: [1], final: 'none', rare: true });

const TONE_OF = new Map<string, number>(TONES.map((mark, i) => [mark, i]));
const VOWEL_SET = new Set<string>(VOWELS);

/**
 * How well `word` reads as one Vietnamese syllable (letters, initial, vowel group, final, tone
 * placement, case shape): 0 not at all, 0.5 a rare shape, 1 a common one.
 */
function syllableScore(word: string): number {
  let score = SCORES.get(word);
  if (score === undefined) {
    if (SCORES.size >= SCORES_CACHE_SIZE) SCORES.clear();
    score = computeSyllableScore(word);
    SCORES.set(word, score);
  }
  return score;
}

/** Words repeat down a list (Lê, Thị, Hà…): their scores are cached, bounded. */
const SCORES = new Map<string, number>();
const SCORES_CACHE_SIZE = 10_000;

function computeSyllableScore(word: string): number {
  const nfc = word
    .normalize('NFC')
    .replace(/[\u00d0\u0110]/g, 'Đ')
    .replace(/\u00f0/g, 'đ');
  const lower = nfc.toLowerCase();
  const rest = nfc.slice(1);
  if (nfc !== lower && nfc !== nfc.toUpperCase() && rest !== rest.toLowerCase()) return 0;
  let tone = -1;
  let toneAt = -1;
  let letters = '';
  for (const char of lower) {
    let base = '';
    for (const part of char.normalize('NFD')) {
      const t = TONE_OF.get(part);
      if (t === undefined) base += part;
      else if (tone >= 0) return 0;
      else tone = t;
    }
    base = base.normalize('NFC');
    if (!/^[a-zđăâêôơư]$/.test(base)) return 0;
    if (tone >= 0 && toneAt < 0) toneAt = letters.length;
    letters += base;
  }
  // Every initial that fits is tried: "gìn" is g+i+n, "giữ" is gi+ư.
  for (const initial of INITIALS) {
    if (!letters.startsWith(initial)) continue;
    const afterInitial = letters.slice(initial.length);
    let end = 0;
    while (end < afterInitial.length && VOWEL_SET.has(afterInitial[end] ?? '')) end++;
    const nucleus = afterInitial.slice(0, end);
    const final = afterInitial.slice(end);
    const shape = NUCLEI.get(nucleus);
    if (shape === undefined || !FINALS.has(final)) continue;
    if (initial === 'qu' && /^[ouư]/.test(nucleus)) continue;
    if (shape.final === 'none' && final !== '') continue;
    if (shape.final === 'must' && final === '') continue;
    if (tone >= 0 && !shape.tone.includes(toneAt - initial.length)) continue;
    if (STOP_FINALS.has(final) && tone !== 3 && tone !== 4) continue;
    return shape.rare === true ? 0.5 : 1;
  }
  return 0;
}

/**
 * The words of `text`. Letters of either encoding are ASCII letters and bytes 0xA1–0xFF;
 * whitespace, digits, ASCII punctuation and the Windows symbols of 0x80–0x9F separate words.
 */
function words(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (/[A-Za-z]/.test(char) || (code >= 0xa1 && code <= 0xff)) {
      word += char;
    } else {
      words.push(word);
      word = '';
    }
  }
  words.push(word);
  return words.filter((w) => w !== '');
}

/** One encoding's reading of the words. */
interface Reading {
  encoding: 'tcvn3' | 'vni';
  /** Words that decode to a Vietnamese syllable. */
  valid: number;
  /** Of those, how many more than the words read as they are (net of words it spoils). */
  gain: number;
  /** Syllable scores, less half a point for each capital-looking first byte decoded to lower case. */
  score: number;
}

const DECODERS = {
  tcvn3: decodeTcvn3Raw,
  vni: (text: string) => decodeVniRaw(text, VNI_PAIRS_STRICT),
} as const;

function reading(
  words: readonly string[],
  encoding: 'tcvn3' | 'vni',
  asIs: readonly number[],
): Reading {
  let valid = 0;
  let gain = 0;
  let score = 0;
  words.forEach((word, i) => {
    const decoded = DECODERS[encoding](word);
    const s = syllableScore(decoded);
    const before = (asIs[i] ?? 0) > 0;
    if (s > 0) valid++;
    if (s > 0 && !before) gain++;
    if (s === 0 && before) gain--;
    score += s;
    // TCVN3 has no toned capitals: "Öng" is "ệng" there, but "Ưng" in VNI.
    const first = word.charAt(0);
    const firstOut = decoded.charAt(0);
    if (first !== first.toLowerCase() && firstOut === firstOut.toLowerCase()) score -= 0.5;
  });
  return { encoding, valid, gain, score };
}

/**
 * Which legacy encoding `text` is in, or null for Unicode (or nothing to tell).
 * The cell font decides when it names a legacy font, unless the text holds a character no
 * legacy font byte can produce (ă đ ơ ư ạ…, combining marks): then it is already Unicode.
 * Without a telling font, the words holding non-ASCII characters are read as they are and
 * decoded each way; an encoding is chosen only when its decoding turns at least three in four
 * of them into Vietnamese syllables, and more of them than the text as it is, and at least two
 * in five of all the words then read as Vietnamese (so "Tôt ou tard", "Lê Tâm",
 * "José", "Müller", "Café" and plain ASCII stay null). When both encodings qualify, the one whose
 * syllables are more common wins; a tie is null. Short text can be truly ambiguous: "Thò" is
 * Unicode for "thò" and VNI for "Thị", so it stays null, and the French "Thaï" reads as VNI "Thạ".
 * `.VnTimeH` text cannot be told from `.VnTime` text without the font.
 */
export function detectLegacyEncoding(text: string, fontName?: string): LegacyEncoding | null {
  // Only a byte in its Windows-1252 form can come from a legacy font; a surrogate never does.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff && !CP1252_SYMBOLS.has(text.charAt(i))) return null;
  }
  const fromFont = legacyFontEncoding(fontName);
  if (fromFont !== null) return fromFont;
  const all = words(text);
  // Evidence: words of two or more characters holding a non-ASCII one ("×" alone is no name).
  const legacy = all.filter((w) => /[^A-Za-z]/.test(w) && [...w].length > 1);
  if (legacy.length === 0) return null;
  const plainValid = all.filter((w) => /^[A-Za-z]+$/.test(w) && syllableScore(w) > 0).length;
  const asIs = legacy.map(syllableScore);
  const candidates = (['vni', 'tcvn3'] as const)
    .map((encoding) => reading(legacy, encoding, asIs))
    .filter(
      (r) =>
        r.gain > 0 &&
        r.valid * 4 >= legacy.length * 3 &&
        (r.valid + plainValid) * 5 >= all.length * 2,
    )
    .sort((x, y) => y.score - x.score);
  const [best, second] = candidates;
  if (best === undefined) return null;
  if (second !== undefined && second.score === best.score) return null;
  return best.encoding;
}
