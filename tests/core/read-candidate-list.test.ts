/**
 * The Excel candidate-list reader against the fixture corpus (tests/fixtures/candidate-lists, built
 * by build.ts), large generated files, and a round-trip property over random valid drafts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  readCandidateList,
  type ReadAwardForm,
  type ReadOptions,
} from '../../electron/core/excel/read-candidate-list';
import type { SubjectType } from '../../shared/domain/award-form';
import type {
  CandidateDraft,
  ImportIssue,
  ParsedCandidateList,
} from '../../shared/domain/candidate-list';
import { encodeTcvn3 } from '../../shared/text/legacy-encodings';
import { personNameKey } from '../../shared/text/person-name';
import { FIXTURE_DIR, FORMS, TEMPLATE_HEADER } from '../fixtures/candidate-lists/build';
import { tempDir } from '../helpers/temp-dir';

const form = (code: string): ReadAwardForm => {
  const found = FORMS.find((f) => f.code === code);
  if (!found) throw new Error(code);
  return found;
};

async function read(
  file: string,
  options: Partial<ReadOptions> = {},
): Promise<ParsedCandidateList> {
  const bytes = fs.readFileSync(path.join(FIXTURE_DIR, file));
  return readCandidateList(bytes, { awardForms: FORMS, ...options });
}

const errors = (r: ParsedCandidateList) => r.issues.filter((i) => i.severity === 'error');
const warnings = (r: ParsedCandidateList) => r.issues.filter((i) => i.severity === 'warning');
const where = (i: ImportIssue) => [i.sheet, i.row, i.column, i.columnLabel];

/** A refusal: exactly one file-level error containing `text`, nothing else. */
function expectRefused(r: ParsedCandidateList, text: string): void {
  expect(r.rows).toEqual([]);
  expect(r.sheets).toEqual([]);
  expect(r.issues).toHaveLength(1);
  expect(r.issues[0]).toMatchObject({ severity: 'error', sheet: null, row: null, column: null });
  expect(r.issues[0]?.message).toContain(text);
}

const draft = (fields: Partial<CandidateDraft>): CandidateDraft => ({
  subjectType: 'ca_nhan',
  honorific: null,
  fullName: '',
  gender: null,
  birthDate: null,
  birthYear: null,
  ethnicity: null,
  position: null,
  workplace: null,
  awardFormCode: '',
  isLeader: false,
  isEnterprise: false,
  posthumous: false,
  achievement: null,
  idNumber: null,
  note: null,
  ...fields,
});

describe('readCandidateList — real-world shapes', () => {
  it('reads our template (header row 1): persons, a collective, an enterprise, posthumous, CCCD', async () => {
    const r = await read('01-template.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.sheets).toHaveLength(1);
    expect(r.sheets[0]).toMatchObject({ name: 'Danh sách', headerRow: 1, dataRows: 4 });
    expect(r.sheets[0]?.columns.map((c) => c.field)).toEqual([
      'index', 'honorific', 'fullName', 'gender', 'birth', 'ethnicity', 'position', 'workplace',
      'awardFormCode', 'subjectType', 'isLeader', 'isEnterprise', 'posthumous', 'achievement',
      'idNumber', 'note',
    ]); // prettier-ignore
    expect(r.rows.map((row) => [row.sheet, row.row])).toEqual([
      ['Danh sách', 2],
      ['Danh sách', 3],
      ['Danh sách', 4],
      ['Danh sách', 5],
    ]);
    expect(r.rows.map((row) => row.draft)).toEqual([
      draft({
        honorific: 'Ông',
        fullName: 'Nguyễn Văn An',
        gender: 'nam',
        birthDate: '1975-03-12',
        ethnicity: 'Kinh',
        position: 'Giám đốc',
        workplace: 'Sở Nội vụ',
        awardFormCode: 'bk_chu_tich_tinh',
        isLeader: true,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
        idNumber: '001075012345',
      }),
      draft({
        subjectType: 'tap_the',
        fullName: 'Phòng Tổ chức cán bộ',
        workplace: 'Sở Nội vụ',
        awardFormCode: 'tt_ld_xuat_sac',
        note: 'Đơn vị dẫn đầu khối',
      }),
      draft({
        honorific: 'Bà',
        fullName: 'Trần Thị Bình',
        gender: 'nu',
        birthDate: '1988-02-09',
        ethnicity: 'Tày',
        position: 'Chuyên viên',
        workplace: 'Văn phòng UBND tỉnh',
        awardFormCode: 'bk_chu_tich_tinh',
        posthumous: true,
      }),
      draft({
        subjectType: 'tap_the',
        fullName: 'Công ty TNHH Hải Hà',
        awardFormCode: 'bk_chu_tich_tinh',
        isEnterprise: true,
      }),
    ]);
  });

  it('reads the Quảng Bình CANHAN shape: merged titles, header row 3, department + unit, title code column', async () => {
    const r = await read('02-quang-binh-canhan.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.sheets[0]).toMatchObject({ name: 'CANHAN', headerRow: 3, dataRows: 2 });
    const byLetter = Object.fromEntries(r.sheets[0]!.columns.map((c) => [c.column, c.field]));
    expect(byLetter).toMatchObject({ F: 'department', G: 'workplace', H: null, I: null });
    expect(r.rows.map((row) => row.row)).toEqual([4, 5]);
    expect(r.rows[0]?.draft).toEqual(
      draft({
        fullName: 'Hoàng Văn Minh',
        gender: 'nam',
        birthDate: '1979-08-15',
        position: 'Trưởng phòng',
        workplace: 'Phòng Tổ chức, Sở Nội vụ',
        awardFormCode: 'bk_chu_tich_tinh',
      }),
    );
    expect(r.rows[1]?.draft).toMatchObject({ gender: 'nu', awardFormCode: 'cstd_co_so' });
  });

  it('reads the TAPTHE shape as collectives (subject type from the sheet name)', async () => {
    const r = await read('03-quang-binh-tapthe.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => [row.row, row.draft.subjectType, row.draft.fullName, row.draft.awardFormCode])).toEqual([
      [4, 'tap_the', 'Phòng Cải cách hành chính', 'tt_ld_xuat_sac'],
      [5, 'tap_the', 'Trường THPT Đào Duy Từ', 'bk_chu_tich_tinh'],
    ]); // prettier-ignore
  });

  it('reads the combined MauTDKT shape: Tên gọi column, subject per row, forms written loosely', async () => {
    const r = await read('04-mau-tdkt.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => row.draft)).toEqual([
      draft({
        honorific: 'Ông',
        fullName: 'Phạm Quốc Hùng',
        gender: 'nam', // no gender column: from Ông/Bà
        position: 'Chủ tịch',
        workplace: 'UBND xã Hải Ninh',
        awardFormCode: 'giay_khen_chu_tich_xa',
      }),
      draft({
        honorific: 'Bà',
        fullName: 'Ngô Thị Lan',
        gender: 'nu',
        position: 'Công chức',
        workplace: 'UBND xã Hải Ninh',
        awardFormCode: 'giay_khen_chu_tich_xa',
      }),
      draft({
        subjectType: 'tap_the',
        fullName: 'Hội Nông dân xã Hải Ninh',
        awardFormCode: 'giay_khen_chu_tich_xa',
      }),
      draft({
        subjectType: 'ho_gia_dinh',
        fullName: 'Gia đình ông Trần Văn Tư',
        workplace: 'Thôn Tây',
        awardFormCode: 'giay_khen_chu_tich_xa',
      }),
    ]);
    const columns = r.sheets[0]!.columns;
    expect(columns.find((c) => c.column === 'H')).toEqual({
      column: 'H',
      header: 'Phân loại đối tượng',
      field: null,
    });
  });

  it('splits honorifics off names and reads NAM/NU/nữ/M/F and every date shape', async () => {
    const r = await read('05-real-world-values.xlsx');
    expect(r.issues).toEqual([]);
    expect(
      r.rows.map((row) => {
        const d = row.draft;
        return [d.honorific, d.fullName, d.gender, d.birthDate, d.birthYear];
      }),
    ).toEqual([
      ['Ông', 'Trương Quang Sáng', 'nam', '1988-02-09', null], // text 09/02/1988, never mm/dd
      ['Đại tá', 'Lê Văn Tiến', 'nam', '1990-01-01', null], // serial 32874
      ['Bà', 'Võ Thị Thu Thuỷ', 'nu', null, 1975], // year as a number
      [null, 'Đặng Thị Mai', 'nu', null, 1980], // year as text
      [null, 'Bùi Văn Khoa', 'nam', '1969-12-31', null], // a date cell (UTC midnight)
      [null, 'Hồ Thị Ngọc', 'nu', '1991-06-05', null], // 5-6-1991
      [null, 'Lý Văn Phúc', 'nam', '1985-10-07', null], // 07.10.1985
    ]);
  });

  it('reads every list sheet of a two-sheet file; skips the guide and the hidden sheet', async () => {
    const r = await read('06-two-sheets.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.sheets.map((s) => [s.name, s.dataRows])).toEqual([
      ['DS cá nhân', 2],
      ['DS tập thể', 1],
    ]);
    expect(r.rows.map((row) => [row.sheet, row.row, row.draft.subjectType, row.draft.fullName])).toEqual([
      ['DS cá nhân', 2, 'ca_nhan', 'Nguyễn Văn Hải'],
      ['DS cá nhân', 3, 'ca_nhan', 'Phan Thị Thu'],
      ['DS tập thể', 2, 'tap_the', 'Phòng Kế hoạch - Tài chính'],
    ]); // prettier-ignore
  });

  it('converts TCVN3 cells (.VnTime, .VnTimeH title) and reports each converted column', async () => {
    const r = await read('07-tcvn3.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.sheets[0]).toMatchObject({ headerRow: 2 });
    expect(r.sheets[0]?.columns.map((c) => c.header)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Chức vụ',
      'Hình thức khen thưởng',
    ]);
    expect(r.rows.map((row) => [row.draft.fullName, row.draft.position, row.draft.awardFormCode, row.converted])).toEqual([
      ['Nguyễn Văn Thưởng', 'Phó Giám đốc', 'bk_chu_tich_tinh', ['B', 'D', 'E']],
      ['Trần Thị Hương', 'Kế toán trưởng', 'cstd_co_so', ['B', 'D', 'E']],
      ['Đỗ Minh Đức', 'Nhân viên', 'cstd_co_so', ['B', 'D', 'E']],
    ]); // prettier-ignore
    expect(r.encodings.map((e) => [e.column, e.columnLabel, e.encoding, e.cellCount])).toEqual([
      ['B', 'Họ và tên', 'tcvn3', 3],
      ['D', 'Chức vụ', 'tcvn3', 3],
      ['E', 'Hình thức khen thưởng', 'tcvn3', 3],
    ]);
    expect(r.encodings[0]?.examples[0]).toEqual({
      before: 'NguyÔn V¨n Th\u00adëng',
      after: 'Nguyễn Văn Thưởng',
    });
    expect(r.encodings[0]?.examples).toHaveLength(3);
  });

  it('converts VNI cells (VNI-Times)', async () => {
    const r = await read('08-vni.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => [row.draft.fullName, row.draft.gender, row.converted])).toEqual([
      ['Nguyễn Văn Thưởng', 'nam', ['B', 'E']],
      ['Huỳnh Thị Ngọc Ánh', 'nu', ['B', 'C', 'E']],
    ]);
    expect(r.encodings.map((e) => [e.column, e.encoding, e.cellCount])).toEqual([
      ['B', 'vni', 2],
      ['C', 'vni', 1],
      ['E', 'vni', 2],
    ]);
  });

  it('normalises NFD text (headers and cells) to NFC silently', async () => {
    const r = await read('09-nfd.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.encodings).toEqual([]);
    const d = r.rows[0]!.draft;
    expect(d.fullName).toBe('Nguyễn Thị Thuỷ'.normalize('NFC'));
    expect(d.fullName).toBe(d.fullName.normalize('NFC'));
    expect(d.workplace).toBe('Trường Mầm non Hướng Dương');
    expect(d).toMatchObject({ gender: 'nu', awardFormCode: 'cstd_co_so' });
  });

  it('stops at the signature block (Tổng cộng, date line, Người lập biểu, signers) without errors', async () => {
    const r = await read('10-signature-block.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => row.draft.fullName)).toEqual(['Nguyễn Văn Bảy', 'Lê Thị Tám']);
    expect(r.sheets[0]?.dataRows).toBe(2);
  });

  it('reads a two-row merged header with Nam/Nữ x-columns and skips the (1)(2)… numbering row', async () => {
    const r = await read('11-two-row-header.xlsx', { awardForms: [form('cstd_co_so')] });
    expect(r.issues).toEqual([]);
    expect(r.sheets[0]?.columns.map((c) => [c.column, c.header, c.field])).toEqual([
      ['A', 'STT', 'index'],
      ['B', 'Họ và tên', 'fullName'],
      ['C', 'Giới tính - Nam', 'gender.nam'],
      ['D', 'Giới tính - Nữ', 'gender.nu'],
      ['E', 'Năm sinh', 'birth'],
      ['F', 'Chức vụ, đơn vị công tác', 'workplace'],
      ['G', 'Ghi chú', 'note'],
    ]);
    expect(r.rows.map((row) => [row.row, row.draft.fullName, row.draft.gender, row.draft.birthYear, row.draft.awardFormCode])).toEqual([
      [6, 'Phan Văn Đông', 'nam', 1978, 'cstd_co_so'],
      [7, 'Mai Thị Xuân', 'nu', 1986, 'cstd_co_so'],
    ]); // prettier-ignore
  });

  it('takes the subject type from section rows (I. TẬP THỂ / II. CÁ NHÂN) and skips them', async () => {
    const r = await read('12-sections.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => [row.row, row.draft.subjectType, row.draft.fullName, row.draft.birthYear])).toEqual([
      [3, 'tap_the', 'Phòng Văn hóa và Thông tin', null],
      [5, 'ca_nhan', 'Võ Văn Kiệt', 1965],
    ]); // prettier-ignore
  });

  it('reports progress and ends with (total, total)', async () => {
    const calls: [number, number | null][] = [];
    await read('05-real-world-values.xlsx', { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.at(-1)).toEqual([7, 7]);
  });
});

describe('readCandidateList — refused files (one error, no rows)', () => {
  it('refuses a text/CSV file renamed .xlsx', async () => {
    expectRefused(await read('bad-01-text.xlsx'), 'không phải tệp Excel .xlsx');
    expectRefused(await read('bad-01-text.xlsx'), 'Lưu thành (Save As)');
  });

  it('refuses a PDF', async () => {
    expectRefused(await read('bad-02-pdf.xlsx'), 'Tệp là PDF');
  });

  it('refuses a legacy .xls with the Save As advice', async () => {
    expectRefused(
      await read('bad-03-legacy.xls'),
      'Tệp .xls (Excel 97-2003) không đọc được: mở bằng Excel rồi Lưu thành (Save As) dạng .xlsx',
    );
  });

  it('refuses a truncated .xlsx (first half of a valid file)', async () => {
    expectRefused(await read('bad-04-truncated.xlsx'), 'bị hỏng hoặc không đầy đủ');
  });

  it('refuses an empty workbook', async () => {
    expectRefused(await read('bad-05-empty-workbook.xlsx'), 'Tệp Excel trống');
  });

  it('refuses a sheet with only a title and no header row', async () => {
    expectRefused(
      await read('bad-06-title-only.xlsx'),
      'Không tìm thấy dòng tiêu đề danh sách (có cột “Họ và tên”',
    );
  });

  it('refuses a password-protected (encrypted) workbook', async () => {
    expectRefused(await read('bad-24-encrypted.xlsx'), 'được đặt mật khẩu');
  });

  it('refuses a zip that holds no workbook', async () => {
    expectRefused(await read('bad-25-zip-not-workbook.xlsx'), 'không phải tệp Excel .xlsx');
  });

  it('refuses an empty buffer and a catalogue without forms', async () => {
    expectRefused(await readCandidateList(Buffer.alloc(0), { awardForms: FORMS }), 'Tệp rỗng');
    expectRefused(await read('01-template.xlsx', { awardForms: [] }), 'Chưa có hình thức');
  });

  it('refuses a zip whose declared sizes exceed the limit, before inflating anything', async () => {
    const bytes = Buffer.from(fs.readFileSync(path.join(FIXTURE_DIR, '01-template.xlsx')));
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cd = bytes.readUInt32LE(eocd + 16);
    bytes.writeUInt32LE(0xfffffff0, cd + 24); // first entry: ~4 GiB uncompressed
    expectRefused(await readCandidateList(bytes, { awardForms: FORMS }), 'Tệp quá lớn');
  });

  it('never throws on random bytes or mangled zips', async () => {
    const valid = fs.readFileSync(path.join(FIXTURE_DIR, '01-template.xlsx'));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: valid.length - 1 }), fc.integer({ min: 0, max: 255 }), async (at, byte) => {
        const mangled = Buffer.from(valid);
        mangled[at] = byte;
        const r = await readCandidateList(mangled, { awardForms: FORMS });
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: 60 },
    ); // prettier-ignore
  });
});

describe('readCandidateList — header and row errors', () => {
  it('errors when the header has no name column', async () => {
    const r = await read('bad-07-no-name-column.xlsx');
    expect(r.rows).toEqual([]);
    expect(r.issues.map(where)).toEqual([['Danh sách', 1, null, null]]);
    expect(r.issues[0]?.message).toBe('Dòng tiêu đề thiếu cột “Họ và tên” (hoặc “Tên tập thể”)');
  });

  it('errors when the award-form column is missing and several forms are allowed', async () => {
    const r = await read('bad-08-no-form-column.xlsx');
    expect(r.rows).toEqual([]);
    expect(errors(r)).toHaveLength(1);
    expect(r.issues[0]?.message).toContain('thiếu cột “Hình thức khen thưởng”');
    expect(r.issues[0]?.message).toContain('Chiến sĩ thi đua cơ sở');
    // …and accepts it with exactly one allowed form.
    const one = await read('bad-08-no-form-column.xlsx', { awardForms: [form('cstd_co_so')] });
    expect(one.issues).toEqual([]);
    expect(one.rows[0]?.draft).toMatchObject({
      fullName: 'Nguyễn Văn Một',
      awardFormCode: 'cstd_co_so',
    });
  });

  it('errors on an unknown form and an ambiguous one, listing the allowed names', async () => {
    const r = await read('bad-09-unknown-form.xlsx');
    expect(r.rows).toEqual([]);
    expect(r.issues.map(where)).toEqual([
      ['Danh sách', 2, 'E', 'Hình thức khen thưởng'],
      ['Danh sách', 3, 'E', 'Hình thức khen thưởng'],
    ]);
    expect(r.issues[0]?.message).toBe(
      'Hình thức “Huy hiệu Thành phố” không có trong danh sách được phép (Bằng khen của Chủ tịch UBND tỉnh; Giấy khen của Chủ tịch UBND cấp xã; Chiến sĩ thi đua cơ sở; Tập thể lao động xuất sắc; Bằng khen của Thủ tướng Chính phủ; Huân chương Lao động hạng Ba)',
    );
    expect(r.issues[1]?.message).toContain('Hình thức “Bằng khen” khớp với nhiều hình thức');
  });

  it('errors on an unknown gender', async () => {
    const r = await read('bad-10-wrong-gender.xlsx');
    expect(r.rows).toEqual([]);
    expect(r.issues.map(where)).toEqual([['Danh sách', 2, 'C', 'Giới tính']]);
    expect(r.issues[0]?.message).toBe('Giới tính “Không rõ” không đọc được: chỉ nhận Nam hoặc Nữ');
  });

  it('errors on 31/02/1980', async () => {
    const r = await read('bad-11-impossible-date.xlsx');
    expect(r.rows).toEqual([]);
    expect(r.issues.map(where)).toEqual([['Danh sách', 2, 'D', 'Ngày sinh']]);
    expect(r.issues[0]?.message).toBe('Ngày sinh “31/02/1980” không có thật');
  });

  it('errors on a birth date in the future', async () => {
    const r = await read('bad-12-future-date.xlsx');
    expect(r.issues.map((i) => i.message)).toEqual(['Ngày sinh “01/01/2999” ở tương lai']);
  });

  it('errors on the year 1850', async () => {
    const r = await read('bad-13-year-1850.xlsx');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.message).toContain('Năm sinh “1850” không hợp lệ: phải từ 1900 đến');
  });

  it('errors on text in the birth column', async () => {
    const r = await read('bad-14-text-birth-year.xlsx');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.message).toContain('Ngày sinh “khoảng 1980” không đọc được');
  });

  it('errors on a CCCD with letters; warns on numbers that lost leading zeros', async () => {
    const r = await read('bad-15-cccd.xlsx');
    expect(r.issues.map((i) => [i.severity, i.row, i.column])).toEqual([
      ['error', 2, 'F'],
      ['warning', 3, 'F'],
      ['warning', 4, 'F'],
    ]);
    expect(r.issues[0]?.message).toBe('Số CCCD “0010800123AB” không hợp lệ: cần 9 hoặc 12 chữ số');
    expect(r.issues[2]?.message).toContain('CCCD có 11 chữ số, có thể mất số 0 ở đầu');
    expect(r.rows.map((row) => [row.row, row.draft.idNumber])).toEqual([
      [3, '001080012345'],
      [4, '038082001234'],
    ]);
  });

  it('errors on “maybe” in a boolean column and accepts ✓', async () => {
    const r = await read('bad-16-boolean.xlsx');
    expect(r.issues.map(where)).toEqual([['Danh sách', 2, 'F', 'Lãnh đạo quản lý']]);
    expect(r.issues[0]?.message).toContain('không hiểu “maybe”');
    expect(r.rows.map((row) => [row.row, row.draft.isLeader])).toEqual([[3, true]]);
  });

  it('errors on posthumous for a collective', async () => {
    const r = await read('bad-17-posthumous-collective.xlsx');
    expect(r.rows).toEqual([]);
    expect(r.issues.map(where)).toEqual([['Danh sách', 2, 'D', 'Truy tặng']]);
    expect(r.issues[0]?.message).toBe('Chỉ cá nhân mới được truy tặng (dòng này là tập thể)');
  });

  it('uses cached formula results, errors on formulas without one and on #N/A', async () => {
    const r = await read('bad-18-formulas.xlsx');
    expect(r.rows.map((row) => [row.row, row.draft.fullName, row.draft.birthDate])).toEqual([
      [2, 'Nguyễn Văn Công', '1980-05-06'],
    ]);
    expect(r.issues.map((i) => [...where(i), i.message])).toEqual([
      ['Danh sách', 3, 'E', 'Hình thức khen thưởng', 'Ô có công thức không có giá trị (chưa được tính): mở tệp bằng Excel, lưu lại rồi nhập lại'],
      ['Danh sách', 4, 'C', 'Giới tính', 'Ô có lỗi #N/A: sửa trong Excel rồi nhập lại'],
    ]); // prettier-ignore
  });

  it('errors on a 301-character name, naming the limit', async () => {
    const r = await read('bad-19-long-name.xlsx');
    expect(r.rows).toEqual([]);
    expect(r.issues.map((i) => [i.column, i.message])).toEqual([
      ['B', 'Họ và tên dài 301 ký tự, vượt giới hạn 300 ký tự'],
    ]);
  });

  it('keeps script-like and formula-like text verbatim, as data', async () => {
    const r = await read('bad-20-script-text.xlsx');
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => [row.draft.fullName, row.draft.note])).toEqual([
      ['<script>alert(1)</script>', '=HYPERLINK("http://x.invalid","bấm")'],
      ['=1+1', '+84 912 345 678'],
      ['@SUM(A1)', '-5 điểm'],
    ]);
  });

  it('errors on the second row of a duplicated person, naming the first', async () => {
    const r = await read('bad-21-duplicate.xlsx');
    expect(r.issues.map(where)).toEqual([['Danh sách', 4, 'B', 'Họ và tên']]);
    expect(r.issues[0]?.message).toContain("Trùng với dòng 2 sheet 'Danh sách'");
    // Same name, other birth year (row 5): a different person.
    expect(r.rows.map((row) => row.row)).toEqual([2, 3, 5]);
  });

  it('warns when one column mixes TCVN3 and Unicode cells, and still converts', async () => {
    const r = await read('bad-22-mixed-encodings.xlsx');
    expect(errors(r)).toEqual([]);
    expect(warnings(r).map(where)).toEqual([['Danh sách', null, 'B', 'Họ và tên']]);
    expect(warnings(r)[0]?.message).toContain('lẫn hai kiểu mã chữ: 2 ô TCVN3');
    expect(r.rows.map((row) => [row.draft.fullName, row.converted])).toEqual([
      ['Nguyễn Văn Thưởng', ['B']],
      ['Trần Thị Hương', []],
      ['Lê Văn Đức', ['B']],
    ]);
  });

  it('errors on a row with data but no name', async () => {
    const r = await read('bad-23-missing-name.xlsx');
    expect(r.rows.map((row) => row.row)).toEqual([2]);
    expect(r.issues.map(where)).toEqual([['Danh sách', 3, 'B', 'Họ và tên']]);
    expect(r.issues[0]?.message).toContain('dòng có dữ liệu nhưng chưa ghi tên');
  });

  it('errors on a form not meant for the subject type', async () => {
    const r = await read('12-sections.xlsx', {
      awardForms: [{ ...form('bk_chu_tich_tinh'), subjectTypes: ['ca_nhan'] }],
    });
    expect(r.issues.map((i) => [...where(i), i.message])).toEqual([
      ['Danh sách', 3, 'D', 'Hình thức khen thưởng', 'Hình thức “Bằng khen của Chủ tịch UBND tỉnh” không dành cho tập thể'],
    ]); // prettier-ignore
    expect(r.rows.map((row) => row.row)).toEqual([5]);
  });

  it('errors on posthumous with a form that does not allow it', async () => {
    const r = await read('01-template.xlsx', {
      awardForms: FORMS.map((f) =>
        f.code === 'bk_chu_tich_tinh' ? { ...f, allowsPosthumous: false } : f,
      ),
    });
    expect(errors(r).map((i) => [i.row, i.column, i.message])).toEqual([
      [4, 'M', 'Hình thức “Bằng khen của Chủ tịch UBND tỉnh” không được truy tặng'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// A package written by hand, as other producers do: what exceljs's writer never does.

/** A zip of stored (uncompressed) entries. */
function storedZip(files: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (ref: string, text: string, style = '') =>
  `<x:c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><x:is><x:t>${xmlText(text)}</x:t></x:is></x:c>`;
/** Every element name written with the `x:` prefix. */
const prefixed = (xml: string) => xml.replace(/<(\/?)([A-Za-z])/g, '<$1x:$2');
const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('readCandidateList — packages from other producers', () => {
  it('reads stored parts, prefixed XML, odd part names, inline strings, cell fonts and 1904 dates', async () => {
    const serial1904 = Date.UTC(1988, 1, 9) / 86_400_000 + 25_569 - 1_462;
    /** TCVN3 text in a cell styled with .VnTime (style 2): only the parsed styles know that font. */
    const vn = (ref: string, text: string) => inline(ref, encodeTcvn3(text), '2');
    /** No style: the workbook's default font (.VnTimeH, capitals) applies, which exceljs leaves out. */
    const unstyledCaps = inline('D2', encodeTcvn3('khen đột xuất', { upperCaseFont: true }));
    const bytes = storedZip([
      [
        'xl/workbook.xml',
        `<?xml version="1.0"?><x:workbook xmlns:x="${SML}" xmlns:r="${REL}"><x:workbookPr date1904="true"/><x:sheets>` +
          '<x:sheet name="Ghi chú" sheetId="1" r:id="rId1"/><x:sheet name="Danh sách &amp; khen" sheetId="2" r:id="rId2"/>' +
          '</x:sheets></x:workbook>',
      ],
      [
        'xl/_rels/workbook.xml.rels',
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/notes.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/Data.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ],
      [
        'xl/styles.xml',
        prefixed(
          `<styleSheet xmlns:x="${SML}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
            '<fonts count="2"><font><name val=".VnTimeH"/></font><font><sz val="13"/><name val=".VnTime"/></font></fonts>' +
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
            '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>',
        ),
      ],
      [
        'xl/worksheets/notes.xml',
        `<x:worksheet xmlns:x="${SML}"><x:sheetData><x:row r="1">${inline('A1', 'Họ và tên')}${inline('B1', 'Hình thức')}</x:row>` +
          `<x:row r="2">${inline('A2', 'Ví dụ')}${inline('B2', 'Không có')}</x:row></x:sheetData></x:worksheet>`,
      ],
      [
        'xl/worksheets/Data.xml',
        `<x:worksheet xmlns:x="${SML}"><x:sheetData>` +
          `<x:row r="1">${vn('A1', 'Họ và tên')}${vn('B1', 'Hình thức khen thưởng')}${vn('C1', 'Ngày sinh')}${vn('D1', 'Ghi chú')}</x:row>` +
          `<x:row r="2">${vn('A2', 'Nguyễn Văn Thưởng')}${vn('B2', 'Chiến sĩ thi đua cơ sở')}<x:c r="C2" s="1"><x:v>${serial1904}</x:v></x:c>${unstyledCaps}</x:row>` +
          '</x:sheetData></x:worksheet>',
      ],
    ]); // prettier-ignore
    const r = await readCandidateList(bytes, { awardForms: FORMS });
    expect(r.issues).toEqual([]);
    expect(r.sheets.map((sheet) => [sheet.name, sheet.headerRow])).toEqual([
      ['Danh sách & khen', 1],
    ]);
    expect(r.rows).toEqual([
      {
        sheet: 'Danh sách & khen',
        row: 2,
        draft: draft({
          fullName: 'Nguyễn Văn Thưởng',
          birthDate: '1988-02-09',
          awardFormCode: 'cstd_co_so',
          note: 'KHEN ĐỘT XUẤT',
        }),
        converted: ['A', 'B', 'D'],
      },
    ]);
    expect(r.encodings.map((e) => [e.column, e.encoding, e.cellCount])).toEqual([
      ['A', 'tcvn3', 1],
      ['B', 'tcvn3', 1],
      ['D', 'tcvn3-upper', 1],
    ]);
  });

  it('refuses UTF-16 text (Excel “Unicode Text”) as text, not as a broken Excel file', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Họ và tên\tHình thức\r\n', 'utf16le'),
    ]);
    expectRefused(
      await readCandidateList(utf16, { awardForms: FORMS }),
      'Tệp là văn bản (CSV/TXT)',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Large files, written with exceljs's streaming writer into a temp dir.

async function writeLargeList(
  rows: number,
  useSharedStrings: boolean,
): Promise<{ file: string; bytes: Buffer }> {
  const file = path.join(tempDir('tdkt-xlsx-'), `list-${rows}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings });
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Hình thức khen thưởng']).commit();
  for (let i = 1; i <= rows; i++) {
    ws.addRow([i, `Nguyễn Văn Số ${i}`, 1950 + (i % 50), 'Chiến sĩ thi đua cơ sở']).commit();
  }
  ws.commit();
  await wb.commit();
  return { file, bytes: fs.readFileSync(file) };
}

describe('readCandidateList — limits and streaming', () => {
  it('refuses 20 001 rows (default limit 20 000) with one error and no rows', async () => {
    const { bytes } = await writeLargeList(20_001, false);
    const r = await readCandidateList(bytes, { awardForms: FORMS });
    expectRefused(r, 'Tệp có hơn 20.000 dòng dữ liệu');
  });

  it('accepts exactly maxRows rows and refuses one more', async () => {
    const { bytes: ten } = await writeLargeList(10, true);
    const ok = await readCandidateList(ten, { awardForms: FORMS, maxRows: 10 });
    expect(ok.issues).toEqual([]);
    expect(ok.rows).toHaveLength(10);
    const { bytes: eleven } = await writeLargeList(11, true);
    expectRefused(
      await readCandidateList(eleven, { awardForms: FORMS, maxRows: 10 }),
      'Tệp có hơn 10 dòng',
    );
  });

  it('streams a 100 000-row file, stops soon after the limit and reports progress', async () => {
    const { bytes } = await writeLargeList(100_000, true);
    const progress: number[] = [];
    const started = performance.now();
    const r = await readCandidateList(bytes, {
      awardForms: FORMS,
      onProgress: (done) => progress.push(done),
    });
    const seconds = (performance.now() - started) / 1000;
    expectRefused(r, 'Tệp có hơn 20.000 dòng dữ liệu');
    expect(progress.length).toBeGreaterThan(10);
    // It stopped reading right after the limit (+ margin), not at row 100 000.
    expect(Math.max(...progress)).toBeGreaterThanOrEqual(20_000);
    expect(Math.max(...progress)).toBeLessThanOrEqual(20_200);
    expect(seconds).toBeLessThan(20);
  }, 120_000);

  it('reads without temp files: sheets are streamed, not buffered to disk', async () => {
    // exceljs's reader (through the `tmp` package) buffers a worksheet stored before
    // sharedStrings.xml to a temp file — as Excel and exceljs write them. Our reordered stream must not.
    const tmp = createRequire(import.meta.url)('tmp') as { file: (...args: unknown[]) => unknown };
    const spy = vi.spyOn(tmp, 'file');
    try {
      const r = await read('01-template.xlsx');
      expect(r.rows).toHaveLength(4);
      expect(spy).not.toHaveBeenCalled();
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(
        fs.createReadStream(path.join(FIXTURE_DIR, '01-template.xlsx')),
        { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' },
      );
      for await (const sheet of reader)
        for await (const row of sheet) expect(row.number).toBeGreaterThan(0);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property: random valid drafts written in the template shape read back unchanged.

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Đức', 'Thanh', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hương',
  'Lan',
  'Mai',
  'Nam',
  'Thảo',
  'Tuấn',
  'Yến',
  'Thuỷ',
  'Khoa',
  'Phúc',
];
const UNITS = [
  'Phòng Nội vụ',
  'Trường THCS Lê Lợi',
  'Trạm Y tế xã',
  'Hội Phụ nữ xã',
  'Công ty CP Sông Gianh',
  'Ban Chỉ huy Quân sự',
];
const TEXTS = [
  'Chuyên viên',
  'Trưởng phòng',
  'Sở Nội vụ',
  'Kinh',
  'Tày',
  '=SUM(A1:A3)',
  '<b>đậm</b>',
  '+84 912',
  "O'Neil & cộng sự",
  '-',
  '@ghi chú',
  '1/2 năm',
  'Hoàn thành xuất sắc nhiệm vụ',
];
const SPELL = {
  nam: ['Nam', 'NAM', 'nam'],
  nu: ['Nữ', 'NU', 'nữ'],
  ca_nhan: ['cá nhân', 'Cá nhân', 'CÁ NHÂN'],
  tap_the: ['tập thể', 'Tập thể', 'TT'],
  ho_gia_dinh: ['hộ gia đình', 'Hộ gia đình', 'HGĐ'],
  yes: ['x', 'X', 'có', '✓', '1'],
  no: ['', 'không', '0'],
} as const; // prettier-ignore

const optionalText = fc.option(
  fc.oneof(
    fc.constantFrom(...TEXTS),
    fc
      .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s !== ''),
  ),
  { nil: null },
);

const birthArb = fc.oneof(
  fc.constant({ birthDate: null, birthYear: null }),
  fc.integer({ min: 1930, max: 2005 }).map((y) => ({ birthDate: null, birthYear: y })),
  fc
    .date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2005, 11, 31)), noInvalidDate: true })
    .map((d) => ({ birthDate: d.toISOString().slice(0, 10), birthYear: null })),
); // prettier-ignore

const draftArb: fc.Arbitrary<CandidateDraft> = fc
  .constantFrom<SubjectType>('ca_nhan', 'ca_nhan', 'tap_the', 'ho_gia_dinh')
  .chain((subjectType) => {
    const person = subjectType === 'ca_nhan';
    const forms = FORMS.filter((f) => f.subjectTypes.includes(subjectType));
    const name = person
      ? fc
          .tuple(fc.constantFrom(...FAMILY), fc.subarray(MIDDLE, { maxLength: 2 }), fc.constantFrom(...GIVEN))
          .map(([f, m, g]) => [f, ...m, g].join(' '))
      : fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 99 })).map(([u, n]) => `${u} ${n}`);
    return fc.record({
      subjectType: fc.constant(subjectType),
      honorific: person ? fc.option(fc.constantFrom('Ông', 'Bà', 'Đại tá', 'TS.'), { nil: null }) : fc.constant(null),
      fullName: name,
      gender: person ? fc.option(fc.constantFrom('nam' as const, 'nu' as const), { nil: null }) : fc.constant(null),
      birth: person ? birthArb : fc.constant({ birthDate: null, birthYear: null }),
      ethnicity: fc.option(fc.constantFrom('Kinh', 'Tày', 'Ê Đê', 'Khmer'), { nil: null }),
      position: optionalText,
      workplace: optionalText,
      form: fc.constantFrom(...forms),
      isLeader: fc.boolean(),
      isEnterprise: fc.boolean(),
      posthumous: fc.boolean(),
      achievement: optionalText,
      idNumber: fc.option(fc.oneof(fc.stringMatching(/^\d{12}$/), fc.stringMatching(/^\d{9}$/)), { nil: null }),
      note: optionalText,
    }).map(({ birth, form: f, posthumous, ...rest }): CandidateDraft => ({
      ...rest,
      ...birth,
      awardFormCode: f.code,
      posthumous: posthumous && person && f.allowsPosthumous,
    }));
  }); // prettier-ignore

/** One draft as a template row, each value in one of the ways people write it. */
function writtenRow(d: CandidateDraft, index: number, pick: (n: number) => number): ExcelJS.CellValue[] {
  const one = <T>(xs: readonly T[]): T => xs[pick(xs.length)]!;
  const f = FORMS.find((x) => x.code === d.awardFormCode)!;
  let birth: ExcelJS.CellValue = '';
  if (d.birthDate) {
    const [y, m, day] = d.birthDate.split('-').map(Number) as [number, number, number];
    const serial = Math.round(Date.UTC(y, m - 1, day) / 86_400_000) + 25_569;
    birth = one([new Date(Date.UTC(y, m - 1, day)), `${day}/${m}/${y}`, d.birthDate.split('-').reverse().join('/'), serial]);
  } else if (d.birthYear !== null) {
    birth = one([d.birthYear, String(d.birthYear)]);
  }
  const flag = (v: boolean) => (v ? one(SPELL.yes) : one(SPELL.no));
  return [
    index + 1,
    d.honorific ?? '',
    d.fullName,
    d.gender ? one(SPELL[d.gender]) : '',
    birth,
    d.ethnicity ?? '',
    d.position ?? '',
    d.workplace ?? '',
    one([f.code, f.name, f.printName]),
    one(SPELL[d.subjectType]),
    flag(d.isLeader),
    flag(d.isEnterprise),
    flag(d.posthumous),
    d.achievement ?? '',
    d.idNumber ?? '',
    d.note ?? '',
  ];
} // prettier-ignore

describe('readCandidateList — round trip', () => {
  it('reads back exactly the drafts written in the template shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(draftArb, { minLength: 1, maxLength: 12, selector: (d) => personNameKey(d.fullName) }),
        fc.infiniteStream(fc.nat()),
        async (drafts, choices) => {
          const it = choices[Symbol.iterator]();
          const pick = (n: number) => (it.next().value as number) % n;
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet('Danh sách');
          ws.addRow(TEMPLATE_HEADER);
          drafts.forEach((d, i) => ws.addRow(writtenRow(d, i, pick)));
          const bytes = Buffer.from(await wb.xlsx.writeBuffer());
          const r = await readCandidateList(bytes, { awardForms: FORMS });
          expect(r.issues).toEqual([]);
          expect(r.rows.map((row) => row.draft)).toEqual(drafts);
          expect(r.rows.map((row) => row.row)).toEqual(drafts.map((_, i) => i + 2));
        },
      ),
      { numRuns: 60 },
    ); // prettier-ignore
  });
});
