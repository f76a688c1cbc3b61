/**
 * Names in lists (domain.md §7.5): honorifics split off as seen in real files, họ / tên đệm /
 * tên, list order by tên, and the duplicate key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HONORIFICS,
  compareByVietnameseName,
  nameParts,
  personNameKey,
  splitHonorific,
} from '../../shared/text/person-name';

describe('splitHonorific', () => {
  it.each([
    ['Ông Trương Quang Sáng', 'Ông', 'Trương Quang Sáng'],
    ['Bà Nguyễn Thị Hoa', 'Bà', 'Nguyễn Thị Hoa'],
    ['Đ/c Lê Văn Tám', 'Đồng chí', 'Lê Văn Tám'],
    ['Đ/C: Lê Văn Tám', 'Đồng chí', 'Lê Văn Tám'],
    ['đ / c Lê Văn Tám', 'Đồng chí', 'Lê Văn Tám'],
    ['Đồng chí Phạm Minh Chính', 'Đồng chí', 'Phạm Minh Chính'],
    ['Anh/Chị Trần Thị Kim', 'Anh/Chị', 'Trần Thị Kim'],
    ['Anh Trần Văn Kim', 'Anh', 'Trần Văn Kim'],
    ['Chị Trần Thị Kim', 'Chị', 'Trần Thị Kim'],
    ['Ông/Bà Hồ Văn Lợi', 'Ông/Bà', 'Hồ Văn Lợi'],
    ['Đại tá Nguyễn Văn Bình', 'Đại tá', 'Nguyễn Văn Bình'],
    ['Đại uý Hồ Minh', 'Đại úy', 'Hồ Minh'],
    ['Thượng uý Hồ Minh', 'Thượng úy', 'Hồ Minh'],
    ['Trung sỹ Lò Văn Pá', 'Trung sĩ', 'Lò Văn Pá'],
    ['Thiếu tướng Lê Quang Đạo', 'Thiếu tướng', 'Lê Quang Đạo'],
    ['GS. Ngô Bảo Châu', 'GS.', 'Ngô Bảo Châu'],
    ['GS Ngô Bảo Châu', 'GS.', 'Ngô Bảo Châu'],
    ['TS.Nguyễn Văn Hải', 'TS.', 'Nguyễn Văn Hải'],
    ['ThS Lê Thị Mai', 'ThS.', 'Lê Thị Mai'],
    ['THS. LÊ THỊ MAI', 'ThS.', 'LÊ THỊ MAI'],
    ['PGS.TS. Trần Văn Nam', 'PGS.TS.', 'Trần Văn Nam'],
    ['PGS. TS Trần Văn Nam', 'PGS.TS.', 'Trần Văn Nam'],
    ['ThS.BS. Lê Văn Phúc', 'ThS.BS.', 'Lê Văn Phúc'],
    ['BSCKII Đỗ Thị Hằng', 'BSCKII', 'Đỗ Thị Hằng'],
    ['BS.CKI Đỗ Thị Hằng', 'BSCKI', 'Đỗ Thị Hằng'],
    ['BSCKI Đỗ Thị Hằng', 'BSCKI', 'Đỗ Thị Hằng'],
    ['DS. Vũ Thị Lan', 'DS.', 'Vũ Thị Lan'],
    ['KS. Bùi Văn Tài', 'KS.', 'Bùi Văn Tài'],
    ['CN. Bùi Văn Tài', 'CN.', 'Bùi Văn Tài'],
    ['Đại tá, TS. Lê Văn An', 'Đại tá TS.', 'Lê Văn An'],
    ['Đồng chí Đại tá Lê Văn An', 'Đồng chí Đại tá', 'Lê Văn An'],
  ])('%j → %j + %j', (raw, honorific, name) => {
    expect(splitHonorific(raw)).toEqual({ honorific, name });
  });

  it('ignores case, NFD, the Eth look-alike and extra spaces', () => {
    for (const raw of [
      'ÔNG TRƯƠNG QUANG SÁNG',
      'ông Trương Quang Sáng'.normalize('NFD'),
      '  Ông\u00a0 Trương   Quang Sáng ',
    ]) {
      expect(splitHonorific(raw).honorific).toBe('Ông');
      expect(splitHonorific(raw).name.split(' ')).toHaveLength(3);
    }
    expect(splitHonorific('ĐẠI TÁ Lê Văn An')).toEqual({ honorific: 'Đại tá', name: 'Lê Văn An' });
    expect(splitHonorific('Đại Tá Lê Văn An').honorific).toBe('Đại tá');
    expect(splitHonorific('\u00d0ại tá Lê Văn An').honorific).toBe('Đại tá');
  });

  it('splits off every listed honorific and alias, in any case', () => {
    for (const h of HONORIFICS) {
      for (const spelling of [h.canonical, ...(h.aliases ?? [])]) {
        for (const written of [spelling, spelling.toUpperCase(), spelling.normalize('NFD')]) {
          const raw = `${written} Nguyễn Văn An`;
          expect(splitHonorific(raw), raw).toEqual({
            honorific: h.canonical,
            name: 'Nguyễn Văn An',
          });
        }
      }
    }
  });

  it('lists the ranks and titles asked for', () => {
    const canonical = HONORIFICS.map((h) => h.canonical);
    for (const expected of [
      ...['Ông', 'Bà', 'Đồng chí', 'Anh/Chị'],
      ...['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng'],
      ...['Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá'],
      ...['Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy'],
      ...['Thượng sĩ', 'Trung sĩ', 'Hạ sĩ', 'Binh nhất', 'Binh nhì'],
      ...['GS.', 'PGS.', 'TS.', 'ThS.', 'BS.', 'BSCKI', 'BSCKII', 'DS.', 'KS.', 'CN.'],
    ]) {
      expect(canonical).toContain(expected);
    }
  });

  it.each([
    // nothing would remain
    ['Ông', 'Ông'],
    ['Đại tá', 'Đại tá'],
    ['PGS.TS.', 'PGS.TS.'],
    // "Ông", "Bà", "Anh", "Chị" need two words after them: "Ông Tùng" may be a họ Ông
    ['Ông Tùng', 'Ông Tùng'],
    ['Bà Hoa', 'Bà Hoa'],
    ['Anh Tuấn', 'Anh Tuấn'],
    // names that merely start with the same letters
    ['Bàng Thị Hoa', 'Bàng Thị Hoa'],
    ['Ông Ích', 'Ông Ích'],
    ['Tsang Văn Minh', 'Tsang Văn Minh'],
    ['Cnguyen Văn Minh', 'Cnguyen Văn Minh'],
    ['Trung Văn Tá', 'Trung Văn Tá'],
    ['Đại Văn Tá', 'Đại Văn Tá'],
    ['Binh Văn Nhì', 'Binh Văn Nhì'],
    // spelled without diacritics: not recognised (by choice)
    ['Dai ta Le Van An', 'Dai ta Le Van An'],
    ['Ong Nguyen Van An', 'Ong Nguyen Van An'],
  ])('leaves %j alone', (raw, name) => {
    expect(splitHonorific(raw)).toEqual({ honorific: null, name });
  });

  it('splits "Ông" off when two words follow, even from a real họ Ông (the chosen trade-off)', () => {
    expect(splitHonorific('Ông Văn Tùng')).toEqual({ honorific: 'Ông', name: 'Văn Tùng' });
  });

  it('falls back to fewer honorifics when the last one would leave too little', () => {
    // "Ông" needs two words after it; "Đồng chí" needs one
    expect(splitHonorific('Đồng chí Ông Tùng')).toEqual({
      honorific: 'Đồng chí',
      name: 'Ông Tùng',
    });
  });

  it('returns the normalised cell when nothing is split off', () => {
    expect(splitHonorific('  Nguyễn\u00a0Văn   An ')).toEqual({
      honorific: null,
      name: 'Nguyễn Văn An',
    });
    expect(splitHonorific('Nguyễn Văn An'.normalize('NFD')).name).toBe('Nguyễn Văn An');
    expect(splitHonorific('')).toEqual({ honorific: null, name: '' });
  });
});

describe('nameParts', () => {
  it.each([
    ['Nguyễn Văn An', { family: 'Nguyễn', middle: 'Văn', given: 'An' }],
    ['Võ Thị Thu Thuỷ', { family: 'Võ', middle: 'Thị Thu', given: 'Thuỷ' }],
    ['Tôn Nữ Thị Ngọc Hà', { family: 'Tôn', middle: 'Nữ Thị Ngọc', given: 'Hà' }],
    ['Lê Lợi', { family: 'Lê', middle: '', given: 'Lợi' }],
    ['Sáng', { family: '', middle: '', given: 'Sáng' }],
    ['', { family: '', middle: '', given: '' }],
    ['Ông Trương Quang Sáng', { family: 'Trương', middle: 'Quang', given: 'Sáng' }],
    ['  Trương\u00a0Quang  Sáng ', { family: 'Trương', middle: 'Quang', given: 'Sáng' }],
  ])('%j', (name, parts) => {
    expect(nameParts(name)).toEqual(parts);
  });
});

describe('compareByVietnameseName', () => {
  it('orders by tên, then họ, then tên đệm', () => {
    // Lê Văn An before Nguyễn Thị An: họ decides before tên đệm
    const names = [
      'Trần Văn Bình',
      'Nguyễn Văn An',
      'Lê Văn An',
      'Ông Phạm Văn Đức',
      'Nguyễn Thị An',
      'Đỗ Văn Dũng',
      'Nguyễn Thị Ánh',
      'Bà Âu Thị Bình',
    ];
    expect([...names].sort(compareByVietnameseName)).toEqual([
      'Lê Văn An',
      'Nguyễn Thị An',
      'Nguyễn Văn An',
      'Nguyễn Thị Ánh',
      'Bà Âu Thị Bình',
      'Trần Văn Bình',
      'Đỗ Văn Dũng',
      'Ông Phạm Văn Đức',
    ]);
  });

  it('is a consistent order: antisymmetric, zero only for the same cell', () => {
    const word = fc.constantFrom('An', 'Ánh', 'Bình', 'Đức', 'Dũng', 'Lê', 'Nguyễn', 'Thị', 'Văn');
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const ab = compareByVietnameseName(a, b);
        expect(Math.sign(ab) + Math.sign(compareByVietnameseName(b, a))).toBe(0);
        expect(ab === 0).toBe(a === b);
      }),
    );
  });
});

describe('personNameKey', () => {
  it('gives one key for the spellings of the same name', () => {
    const key = personNameKey('Võ Thị Thu Thuỷ');
    for (const other of [
      'VÕ THỊ THU THỦY',
      'Vo Thi Thu Thuy',
      'Võ Thị Thu Thuỷ'.normalize('NFD'),
      'Võ\u00a0Thị  Thu Thủy ',
      'Bà Võ Thị Thu Thuỷ',
      'Đ/c Võ Thị Thu Thuỷ',
    ]) {
      expect(personNameKey(other), other).toBe(key);
    }
    expect(personNameKey('Đại tá Đặng Văn Ưng')).toBe(personNameKey('Dang Van Ung'));
  });

  it('keeps different names apart', () => {
    expect(personNameKey('Võ Thị Thu Thuỷ')).not.toBe(personNameKey('Võ Thị Thu Hà'));
    expect(personNameKey('Võ Thị Thu Thuỷ')).not.toBe(personNameKey('Võ Thị Thuỷ'));
    // "Ông" stays when only one word follows, so this is not "Tùng"
    expect(personNameKey('Ông Tùng')).not.toBe(personNameKey('Tùng'));
  });
});
