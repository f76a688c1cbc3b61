/**
 * TCVN3 and VNI text from old Excel files (domain.md §7.3): the tables are checked against
 * sources independent of the code (GNU libiconv's TCVN 5712 table, UniKey's VNI-WIN words, the
 * platform's Windows-1252 decoder), then round trips, real cells, and detection without false
 * alarms on ordinary text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
  legacyFontEncoding,
} from '../../shared/text/legacy-encodings';

/** All 134 precomposed Vietnamese letters, listed by Unicode block rather than built like the code. */
const LATIN1_LETTERS = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';
const EXTENDED_LETTERS = 'ĂăĐđĨĩŨũƠơƯư';
const TONED_BLOCK = Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) =>
  String.fromCodePoint(0x1ea0 + i),
).join('');
const VIETNAMESE = [...LATIN1_LETTERS, ...EXTENDED_LETTERS, ...TONED_BLOCK];
const LOWER = VIETNAMESE.filter((c) => c === c.toLowerCase());
const UPPER = VIETNAMESE.filter((c) => c !== c.toLowerCase());
/** Capitals TCVN3 can hold; every other capital Vietnamese letter carries a tone. */
const TCVN3_CAPITALS = [...'ĂÂĐÊÔƠƯ'];
const TONED_CAPITALS = UPPER.filter((c) => !TCVN3_CAPITALS.includes(c));
const ASCII = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-/()'];

const latin1 = (bytes: readonly number[]) => String.fromCharCode(...bytes);

/**
 * Windows-1252 0x80–0x9F as in Unicode's CP1252.TXT (Python's cp1252 codec agrees); 0x81, 0x8D,
 * 0x8F, 0x90, 0x9D are undefined. Node 20's TextDecoder('windows-1252') decodes these bytes as
 * Latin-1 C1 controls, so it cannot serve as the oracle.
 */
const CP1252: ReadonlyMap<number, number> = new Map([
  [0x80, 0x20ac],
  [0x82, 0x201a],
  [0x83, 0x0192],
  [0x84, 0x201e],
  [0x85, 0x2026],
  [0x86, 0x2020],
  [0x87, 0x2021],
  [0x88, 0x02c6],
  [0x89, 0x2030],
  [0x8a, 0x0160],
  [0x8b, 0x2039],
  [0x8c, 0x0152],
  [0x8e, 0x017d],
  [0x91, 0x2018],
  [0x92, 0x2019],
  [0x93, 0x201c],
  [0x94, 0x201d],
  [0x95, 0x2022],
  [0x96, 0x2013],
  [0x97, 0x2014],
  [0x98, 0x02dc],
  [0x99, 0x2122],
  [0x9a, 0x0161],
  [0x9b, 0x203a],
  [0x9c, 0x0153],
  [0x9e, 0x017e],
  [0x9f, 0x0178],
]);
/** Bytes as Excel hands them over: Windows-1252 text. */
const cp1252 = (bytes: readonly number[]) =>
  bytes.map((b) => String.fromCodePoint(CP1252.get(b) ?? b)).join('');

/**
 * GNU libiconv `lib/tcvn.h`, `tcvn_2uni_2` for bytes 0xA0–0xFF (TCVN 5712 VN1). VN3 keeps its
 * lower-case letters and the seven plain capitals at the same bytes and drops the rest (the
 * toned capitals and combining marks in 0xAF, 0xB0–0xB4, 0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB,
 * 0xE0, 0xF0, 0xFF).
 */
const LIBICONV_TCVN_A0_FF = [
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4,
  0x01a1, 0x01b0, 0x0111, 0x1eb0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3,
  0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, 0x1eae, 0x1ea6, 0x1ea8, 0x1eaa,
  0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2,
  0x0129, 0x00ed, 0x1ecb, 0x00f2, 0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7,
  0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9, 0x1ed6, 0x1ee7, 0x0169, 0x00fa,
  0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

/**
 * UniKey `unikey/data.cpp` (fcitx/fcitx5-unikey): `UnicodeTable` next to the "VNI-WIN" word of
 * `DoubleByteTables` for every non-ASCII letter. A word is base byte (low) + mark byte (high).
 */
const UNIKEY_VNI_WIN: readonly (readonly [number, number])[] = [
  [0x00c1, 0xd941],
  [0x00e1, 0xf961],
  [0x00c0, 0xd841],
  [0x00e0, 0xf861],
  [0x1ea2, 0xdb41],
  [0x1ea3, 0xfb61],
  [0x00c3, 0xd541],
  [0x00e3, 0xf561],
  [0x1ea0, 0xcf41],
  [0x1ea1, 0xef61],
  [0x00c2, 0xc241],
  [0x00e2, 0xe261],
  [0x1ea4, 0xc141],
  [0x1ea5, 0xe161],
  [0x1ea6, 0xc041],
  [0x1ea7, 0xe061],
  [0x1ea8, 0xc541],
  [0x1ea9, 0xe561],
  [0x1eaa, 0xc341],
  [0x1eab, 0xe361],
  [0x1eac, 0xc441],
  [0x1ead, 0xe461],
  [0x0102, 0xca41],
  [0x0103, 0xea61],
  [0x1eae, 0xc941],
  [0x1eaf, 0xe961],
  [0x1eb0, 0xc841],
  [0x1eb1, 0xe861],
  [0x1eb2, 0xda41],
  [0x1eb3, 0xfa61],
  [0x1eb4, 0xdc41],
  [0x1eb5, 0xfc61],
  [0x1eb6, 0xcb41],
  [0x1eb7, 0xeb61],
  [0x0110, 0x00d1],
  [0x0111, 0x00f1],
  [0x00c9, 0xd945],
  [0x00e9, 0xf965],
  [0x00c8, 0xd845],
  [0x00e8, 0xf865],
  [0x1eba, 0xdb45],
  [0x1ebb, 0xfb65],
  [0x1ebc, 0xd545],
  [0x1ebd, 0xf565],
  [0x1eb8, 0xcf45],
  [0x1eb9, 0xef65],
  [0x00ca, 0xc245],
  [0x00ea, 0xe265],
  [0x1ebe, 0xc145],
  [0x1ebf, 0xe165],
  [0x1ec0, 0xc045],
  [0x1ec1, 0xe065],
  [0x1ec2, 0xc545],
  [0x1ec3, 0xe565],
  [0x1ec4, 0xc345],
  [0x1ec5, 0xe365],
  [0x1ec6, 0xc445],
  [0x1ec7, 0xe465],
  [0x00cd, 0x00cd],
  [0x00ed, 0x00ed],
  [0x00cc, 0x00cc],
  [0x00ec, 0x00ec],
  [0x1ec8, 0x00c6],
  [0x1ec9, 0x00e6],
  [0x0128, 0x00d3],
  [0x0129, 0x00f3],
  [0x1eca, 0x00d2],
  [0x1ecb, 0x00f2],
  [0x00d3, 0xd94f],
  [0x00f3, 0xf96f],
  [0x00d2, 0xd84f],
  [0x00f2, 0xf86f],
  [0x1ece, 0xdb4f],
  [0x1ecf, 0xfb6f],
  [0x00d5, 0xd54f],
  [0x00f5, 0xf56f],
  [0x1ecc, 0xcf4f],
  [0x1ecd, 0xef6f],
  [0x00d4, 0xc24f],
  [0x00f4, 0xe26f],
  [0x1ed0, 0xc14f],
  [0x1ed1, 0xe16f],
  [0x1ed2, 0xc04f],
  [0x1ed3, 0xe06f],
  [0x1ed4, 0xc54f],
  [0x1ed5, 0xe56f],
  [0x1ed6, 0xc34f],
  [0x1ed7, 0xe36f],
  [0x1ed8, 0xc44f],
  [0x1ed9, 0xe46f],
  [0x01a0, 0x00d4],
  [0x01a1, 0x00f4],
  [0x1eda, 0xd9d4],
  [0x1edb, 0xf9f4],
  [0x1edc, 0xd8d4],
  [0x1edd, 0xf8f4],
  [0x1ede, 0xdbd4],
  [0x1edf, 0xfbf4],
  [0x1ee0, 0xd5d4],
  [0x1ee1, 0xf5f4],
  [0x1ee2, 0xcfd4],
  [0x1ee3, 0xeff4],
  [0x00da, 0xd955],
  [0x00fa, 0xf975],
  [0x00d9, 0xd855],
  [0x00f9, 0xf875],
  [0x1ee6, 0xdb55],
  [0x1ee7, 0xfb75],
  [0x0168, 0xd555],
  [0x0169, 0xf575],
  [0x1ee4, 0xcf55],
  [0x1ee5, 0xef75],
  [0x01af, 0x00d6],
  [0x01b0, 0x00f6],
  [0x1ee8, 0xd9d6],
  [0x1ee9, 0xf9f6],
  [0x1eea, 0xd8d6],
  [0x1eeb, 0xf8f6],
  [0x1eec, 0xdbd6],
  [0x1eed, 0xfbf6],
  [0x1eee, 0xd5d6],
  [0x1eef, 0xf5f6],
  [0x1ef0, 0xcfd6],
  [0x1ef1, 0xeff6],
  [0x00dd, 0xd959],
  [0x00fd, 0xf979],
  [0x1ef2, 0xd859],
  [0x1ef3, 0xf879],
  [0x1ef6, 0xdb59],
  [0x1ef7, 0xfb79],
  [0x1ef8, 0xd559],
  [0x1ef9, 0xf579],
  [0x1ef4, 0x00ce],
  [0x1ef5, 0x00ee],
];

describe('the tables against independent sources', () => {
  it('TCVN3 decodes 0xA1–0xFE as libiconv does for every VN3 letter, and keeps the other bytes', () => {
    let letters = 0;
    LIBICONV_TCVN_A0_FF.forEach((unicode, i) => {
      const byte = String.fromCharCode(0xa0 + i);
      const char = String.fromCodePoint(unicode);
      const isVn3 = LOWER.includes(char) || TCVN3_CAPITALS.includes(char);
      expect(decodeTcvn3(byte), `byte 0x${(0xa0 + i).toString(16)}`).toBe(isVn3 ? char : byte);
      if (isVn3) letters++;
    });
    // 60 toned vowels, ă â đ ê ô ơ ư and their 7 capitals
    expect(letters).toBe(74);
  });

  it('TCVN3 holds every lower-case Vietnamese letter', () => {
    expect(LOWER).toHaveLength(67);
    for (const letter of LOWER) {
      const byte = encodeTcvn3(letter);
      expect(byte).toHaveLength(1);
      expect(byte.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(decodeTcvn3(byte)).toBe(letter);
    }
  });

  it('VNI encodes and decodes every letter as UniKey’s VNI-WIN table does', () => {
    expect(UNIKEY_VNI_WIN).toHaveLength(134);
    expect(new Set(UNIKEY_VNI_WIN.map(([u]) => String.fromCodePoint(u)))).toEqual(
      new Set(VIETNAMESE),
    );
    for (const [unicode, word] of UNIKEY_VNI_WIN) {
      const letter = String.fromCodePoint(unicode);
      const spelling = latin1(word > 0xff ? [word & 0xff, word >> 8] : [word]);
      expect(encodeVni(letter), letter).toBe(spelling);
      expect(decodeVni(spelling), spelling).toBe(letter);
    }
  });

  it('reads bytes 0x80–0x9F in either form: Windows-1252 symbols or raw C1 controls', () => {
    for (let byte = 0x80; byte <= 0x9f; byte++) {
      const symbol = cp1252([byte]);
      for (const form of [symbol, latin1([byte])]) {
        expect(decodeTcvn3(form)).toBe(symbol);
        expect(decodeVni(form)).toBe(symbol);
      }
    }
  });
});

describe('real cells', () => {
  const samples = [
    {
      unicode: 'Nguyễn Thị Thu Thuỷ',
      tcvn3: 'NguyÔn ThÞ Thu Thuû',
      vni: 'Nguyeãn Thò Thu Thuyû',
    },
    {
      unicode: 'Trường THPT Phan Bội Châu',
      tcvn3: 'Tr\u00adêng THPT Phan Béi Ch©u',
      vni: 'Tröôøng THPT Phan Boäi Chaâu',
    },
    {
      unicode: 'Đặng Văn Ưng',
      tcvn3: '§Æng V¨n ¦ng',
      vni: 'Ñaëng Vaên Öng',
    },
  ];

  it.each(samples)('decodes and encodes “$unicode”', ({ unicode, tcvn3, vni }) => {
    expect(decodeTcvn3(tcvn3)).toBe(unicode);
    expect(encodeTcvn3(unicode)).toBe(tcvn3);
    expect(decodeVni(vni)).toBe(unicode);
    expect(encodeVni(unicode)).toBe(vni);
    expect(detectLegacyEncoding(tcvn3)).toBe('tcvn3');
    expect(detectLegacyEncoding(vni)).toBe('vni');
    expect(detectLegacyEncoding(unicode)).toBeNull();
  });

  it('decodes the domain example “Nguyeãn Vaên”', () => {
    expect(decodeVni('Nguyeãn Vaên')).toBe('Nguyễn Văn');
  });

  it('handles “Ủy ban nhân dân huyện Tuy Phong”, whose Ủ TCVN3 can only write in a capitals font', () => {
    const unicode = 'Ủy ban nhân dân huyện Tuy Phong';
    expect(decodeVni('UÛy ban nhaân daân huyeän Tuy Phong')).toBe(unicode);
    expect(encodeVni(unicode)).toBe('UÛy ban nhaân daân huyeän Tuy Phong');
    expect(() => encodeTcvn3(unicode)).toThrow(/“Ủ” \(U\+1EE6\)/);
    const upper = encodeTcvn3(unicode, { upperCaseFont: true });
    expect(upper).toBe('ñy ban nh©n d©n huyÖn tuy phong');
    expect(decodeTcvn3(upper, { upperCaseFont: true })).toBe('ỦY BAN NHÂN DÂN HUYỆN TUY PHONG');
    expect(decodeTcvn3(upper)).toBe('ủy ban nhân dân huyện tuy phong');
    expect(detectLegacyEncoding(upper, '.VnTimeH')).toBe('tcvn3-upper');
    expect(decodeLegacy(upper, 'tcvn3-upper')).toBe('ỦY BAN NHÂN DÂN HUYỆN TUY PHONG');
  });

  it('reads ư from the soft hyphen U+00AD, alone and inside words', () => {
    expect(decodeTcvn3('\u00ad')).toBe('ư');
    expect(encodeTcvn3('ư')).toBe('\u00ad');
    expect(decodeTcvn3('Tr\u00ad\u00eang H\u00adng')).toBe('Trường Hưng');
  });

  it('keeps Windows symbols while decoding, whichever form the bytes arrived in', () => {
    // “Hà Nội” – 2021 …, as the bytes a .VnTime cell holds
    const bytes = [0x93, 0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69, 0x94, 0x20, 0x96, 0x20, 0x32, 0x85];
    const expected = '“Hà Nội” – 2\u2026';
    expect(decodeTcvn3(cp1252(bytes))).toBe(expected);
    expect(decodeTcvn3(latin1(bytes))).toBe(expected);
    expect(decodeVni('\u0093Haø Noäi\u0094')).toBe('“Hà Nội”');
    expect(encodeTcvn3('“Hà Nội”')).toBe('“Hµ Néi”');
  });

  it('gives NFC output and accepts NFD input to the encoders', () => {
    const nfd = 'Nguyễn Thị Thu Thuỷ'.normalize('NFD');
    expect(decodeVni(encodeVni(nfd))).toBe('Nguyễn Thị Thu Thuỷ');
    expect(decodeTcvn3(encodeTcvn3(nfd))).toBe('Nguyễn Thị Thu Thuỷ');
    // a decomposed mark left in legacy text is composed too
    expect(decodeTcvn3('Ha\u0300')).toBe('Hà');
  });

  it('tolerates a VNI mark in the other case than its letter', () => {
    expect(decodeVni('NGUYEãN')).toBe('NGUYỄN');
    expect(decodeVni('Aù')).toBe('Á');
    expect(decodeVni('aÙ')).toBe('á');
  });
});

describe('round trips', () => {
  const textOf = (alphabet: readonly string[]) =>
    fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));

  it('TCVN3: decode(encode(s)) is s for lower-case letters, the seven capitals and ASCII', () => {
    fc.assert(
      fc.property(textOf([...LOWER, ...TCVN3_CAPITALS, ...ASCII]), (s) => {
        const encoded = encodeTcvn3(s);
        expect([...encoded].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
        expect(decodeTcvn3(encoded)).toBe(s);
      }),
    );
  });

  it('TCVN3 capitals font: any case in, upper case out', () => {
    fc.assert(
      fc.property(textOf([...VIETNAMESE, ...ASCII]), (s) => {
        const encoded = encodeTcvn3(s, { upperCaseFont: true });
        expect(decodeTcvn3(encoded, { upperCaseFont: true })).toBe(s.toUpperCase());
      }),
    );
  });

  it('VNI: decode(encode(s)) is s for letters of both cases and ASCII', () => {
    fc.assert(
      fc.property(textOf([...VIETNAMESE, ...ASCII]), (s) => {
        const encoded = encodeVni(s);
        expect([...encoded].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
        expect(decodeVni(encoded)).toBe(s);
      }),
    );
  });

  it('copies Latin-1 characters the encoding does not use through both ways', () => {
    expect(encodeTcvn3('25 °C ±1')).toBe('25 °C ±1');
    expect(decodeTcvn3('25 °C ±1')).toBe('25 °C ±1');
    expect(encodeVni('Straße °C')).toBe('Straße °C');
    expect(decodeVni('Straße °C')).toBe('Straße °C');
  });
});

describe('encoders refuse what the font cannot show', () => {
  it.each(TONED_CAPITALS)('TCVN3 refuses the toned capital %s unless upperCaseFont', (c) => {
    expect(() => encodeTcvn3(`x${c}`)).toThrow(c);
    expect(() => encodeTcvn3(`x${c}`)).toThrow(/upperCaseFont/);
    expect(decodeTcvn3(encodeTcvn3(c, { upperCaseFont: true }), { upperCaseFont: true })).toBe(c);
  });

  it('names characters outside both encodings', () => {
    expect(() => encodeTcvn3('a → b')).toThrow(/“→” \(U\+2192\)/);
    expect(() => encodeVni('a → b')).toThrow(/“→” \(U\+2192\)/);
    // bytes each encoding spends on letters cannot stand for themselves
    expect(() => encodeTcvn3('Müller')).toThrow(/“ü”/);
    expect(() => encodeVni('Müller')).toThrow(/“ü”/);
    expect(() => encodeTcvn3('µg')).toThrow(/“µ”/);
    expect(() => encodeVni('Façade ñ')).toThrow(/“ñ”/);
  });
});

describe('legacyFontEncoding', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnArial Narrow', 'tcvn3'],
    ['  .vntime ', 'tcvn3'],
    ['.VnTimeH', 'tcvn3-upper'],
    ['.VnArialH', 'tcvn3-upper'],
    ['.VNTIMEH', 'tcvn3-upper'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['vni-times', 'vni'],
    ['Times New Roman', null],
    ['Arial', null],
    ['VnTime', null],
    ['VNI', null],
    ['', null],
    [undefined, null],
  ] as const)('%j → %j', (font, expected) => {
    expect(legacyFontEncoding(font)).toBe(expected);
  });
});

describe('detectLegacyEncoding', () => {
  it('trusts a legacy font name first', () => {
    expect(detectLegacyEncoding('Hµ Néi', '.VnTime')).toBe('tcvn3');
    expect(detectLegacyEncoding('hµ néi', '.VnTimeH')).toBe('tcvn3-upper');
    expect(detectLegacyEncoding('Haø Noäi', 'VNI-Times')).toBe('vni');
    // nothing to convert, but nothing wrong either: the font says so
    expect(detectLegacyEncoding('Ha Noi 2021', '.VnTime')).toBe('tcvn3');
  });

  it('overrules the font when the text holds characters no legacy byte makes', () => {
    expect(detectLegacyEncoding('Nguyễn Thị Thu Thuỷ', '.VnTime')).toBeNull();
    expect(detectLegacyEncoding('Nguyễn Văn A'.normalize('NFD'), 'VNI-Times')).toBeNull();
  });

  it('reads the characters when the font tells nothing', () => {
    expect(detectLegacyEncoding('Uû ban nh©n d©n tØnh B×nh ThuËn', 'Times New Roman')).toBe(
      'tcvn3',
    );
    expect(detectLegacyEncoding('Sôû Giaùo duïc vaø Ñaøo taïo', 'Arial')).toBe('vni');
    expect(detectLegacyEncoding('TRÖÔØNG THCS NGUYEÃN DU')).toBe('vni');
    expect(detectLegacyEncoding('UBND huyÖn Tuy Phong')).toBe('tcvn3');
  });

  it.each([
    'Nguyễn Thị Thu Thuỷ',
    'Nguyễn Thị Thu Thuỷ'.normalize('NFD'),
    'NGUYỄN THỊ THU THỦY',
    'Trường THPT Phan Bội Châu',
    'Lê Tâm',
    'Tô Hà',
    'Yên Bái',
    'Cà Mau',
    'Bà Rịa',
    'Nguyen Van An',
    'UBND huyen Tuy Phong',
    '12/QĐ-UBND',
    '2021',
    '1.234,56 €',
    '25 °C',
    '×',
    '« Bonjour »',
    'José Müller',
    'Hélène Dupont',
    'François Mitterrand',
    'Café Crème',
    'Jürgen Gödel',
    'Straße',
    'Zoë Brontë',
    'Peña Señor',
    'São Paulo',
    'Tôt ou tard',
    'Nguyá»…n', // UTF-8 read as Windows-1252
    '',
  ])('does not flag %j', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it('prefers VNI when TCVN3 would have to lower-case a capital-looking first letter', () => {
    // "Öng" is VNI "Ưng" but TCVN3 "ệng"; "Thò" is VNI "Thị" and TCVN3 "Thũ"
    expect(detectLegacyEncoding(encodeVni('Phan Thị Ưng'))).toBe('vni');
  });

  it.each([
    // as it is, "quoác" would pass for a syllable were "qu" allowed before o
    ['Quốc', 'vni'],
    // TCVN3 reads "Coâng" as "coõng", a rare oo syllable; VNI as "Công"
    ['Công', 'vni'],
    // the mixed-case "yÕ" is only tolerated by decodeVni, never evidence of VNI
    ['Khuyến', 'tcvn3'],
    // "YÕn" is TCVN3 "Yến"; VNI would make it "Ỹn", but a lone y takes no final consonant
    ['Yến', 'tcvn3'],
    ['Nguyễn', 'tcvn3'],
    ['Nguyễn', 'vni'],
  ] as const)('tells the single word %j in %s', (word, encoding) => {
    const text = encoding === 'vni' ? encodeVni(word) : encodeTcvn3(word);
    expect(detectLegacyEncoding(text)).toBe(encoding);
  });

  it('stays null when the text reads as Vietnamese either way', () => {
    // VNI for "Phan Thị Nga", but "thò" is also a Unicode word
    expect(detectLegacyEncoding('Phan Thò Nga')).toBeNull();
  });

  describe('over a corpus of names', () => {
    const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Đỗ', 'Hồ'];
    const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Xuân', 'Quốc', 'Thu'];
    const givens = [
      ...['Hùng', 'Dũng', 'Thủy', 'Thuỷ', 'Hương', 'Tuấn', 'Hạnh', 'Phượng', 'Sáng', 'Ưng'],
      ...['Ánh', 'Khiêm', 'Quyết', 'Nguyệt', 'Hoà', 'Toản', 'Khuê', 'Uyên', 'Yến', 'Trường'],
    ];
    const names = families.flatMap((f) =>
      middles.flatMap((m) => givens.map((g) => `${f} ${m} ${g}`)),
    );
    const tcvn3 = (name: string) =>
      TONED_CAPITALS.some((c) => name.includes(c))
        ? encodeTcvn3(name, { upperCaseFont: true })
        : encodeTcvn3(name);

    it('never flags the Unicode names, in NFC, NFD or upper case', () => {
      for (const name of names) {
        for (const form of [name, name.normalize('NFD'), name.toUpperCase()]) {
          expect(detectLegacyEncoding(form), form).toBeNull();
        }
      }
    });

    it('never mistakes one encoding for the other, and finds nearly all', () => {
      let found = 0;
      for (const name of names) {
        const seen = [
          [detectLegacyEncoding(tcvn3(name)), 'tcvn3'],
          [detectLegacyEncoding(encodeVni(name)), 'vni'],
          [detectLegacyEncoding(encodeVni(name.toUpperCase())), 'vni'],
        ] as const;
        for (const [got, want] of seen) {
          expect([want, null], name).toContain(got);
          if (got === want) found++;
        }
      }
      expect(found / (names.length * 3)).toBeGreaterThan(0.97);
    });
  });
});
