import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { mm, PAGE_HEIGHT_PT, PAGE_WIDTH_PT } from '../../electron/core/documents/nd30-layout';
import { findResourcesDir, renderPdf } from '../../electron/core/documents/render-pdf';
import { decisionDocument } from '../../electron/core/documents/templates/decision';
import type {
  DecisionData,
  DecisionRecipient,
} from '../../electron/core/documents/templates/decision-data';
import { formatDateLong, formatPlaceDate } from '../../electron/core/documents/vietnamese-dates';
import { formatAmount } from '../../electron/core/documents/vietnamese-numbers';
import { tempDir } from '../helpers/temp-dir';
import { pageCount, pagesPng, pageText as textOf, poppler } from '../helpers/pdf-tools';

const OUT_DIR = path.resolve('test-results/documents');

const pageText = (file: string, page: number) => textOf(file, page);

/** Text pieces of `pdftotext -layout`: each line cut where two or more spaces separate columns. */
const segments = (layoutText: string) =>
  layoutText
    .split('\n')
    .flatMap((line) => line.split(/\s{2,}/))
    .map((s) => s.trim())
    .filter(Boolean);

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function words(file: string, page: number): Word[] {
  const html = poppler('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  return [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!,
  }));
}

const COLLECTIVES = [
  'Trường THPT Phan Bội Châu',
  'Trường THCS Nguyễn Trãi',
  'Phòng Giáo dục và Đào tạo thành phố Phan Thiết',
  'Ủy ban nhân dân xã Hàm Đức',
  'Hội Liên hiệp Phụ nữ huyện Tuy Phong',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh thị xã La Gi',
  'Bệnh viện Đa khoa khu vực Bắc Bình Thuận',
  'Trung tâm Y tế huyện Đức Linh',
  'Công an phường Đức Nghĩa',
  'Ban Chỉ huy Quân sự huyện Hàm Thuận Bắc',
  'Trường Tiểu học Lê Quý Đôn',
  'Hợp tác xã Nông nghiệp Hàm Mỹ',
  'Ủy ban nhân dân thị trấn Liên Hương',
  'Phòng Văn hóa và Thông tin huyện Phú Quý',
  'Trường Mầm non Hoa Hồng',
  'Chi cục Thủy lợi tỉnh Bình Thuận',
  'Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Thắng',
  'Trạm Y tế xã Hòa Thắng',
  'Hội Nông dân huyện Tánh Linh',
  'Đội Quản lý thị trường số 3',
];

const PEOPLE: [string, string, string, string][] = [
  ['Bà', 'Nguyễn Thị Thu Thuỷ', 'Giáo viên', 'Trường THPT Phan Bội Châu'],
  ['Ông', 'Đặng Văn Ưng', 'Chủ tịch Ủy ban nhân dân', 'xã Hàm Đức'],
  ['Bà', 'Trần Thị Ánh Tuyết', 'Hiệu trưởng', 'Trường Tiểu học Lê Quý Đôn'],
  ['Ông', 'Lê Quốc Khánh', 'Trưởng phòng', 'Phòng Giáo dục và Đào tạo thành phố Phan Thiết'],
  ['Bà', 'Phạm Thị Hồng Nhung', 'Bác sĩ', 'Bệnh viện Đa khoa khu vực Bắc Bình Thuận'],
  ['Ông', 'Võ Đình Hưởng', 'Đội trưởng', 'Đội Quản lý thị trường số 3'],
  ['Bà', 'Huỳnh Thị Ngọc Ẩn', 'Kế toán', 'Hợp tác xã Nông nghiệp Hàm Mỹ'],
  ['Ông', 'Dương Văn Lực', 'Chỉ huy trưởng', 'Ban Chỉ huy Quân sự huyện Hàm Thuận Bắc'],
  ['Bà', 'Bùi Thị Yến', 'Chủ tịch Hội', 'Hội Liên hiệp Phụ nữ huyện Tuy Phong'],
  ['Ông', 'Ngô Quang Trường', 'Trưởng Công an', 'phường Đức Nghĩa'],
  ['Bà', 'Đỗ Thị Kiều Oanh', 'Y sĩ', 'Trạm Y tế xã Hòa Thắng'],
  ['Ông', 'Hồ Sỹ Nguyên', 'Bí thư Đoàn', 'thị xã La Gi'],
  ['Bà', 'Lý Thị Mỹ Dung', 'Giáo viên', 'Trường Mầm non Hoa Hồng'],
  ['Ông', 'Châu Văn Ổn', 'Nông dân', 'xã Tân Thắng'],
  ['Bà', 'Tôn Nữ Thị Hạnh', 'Chuyên viên', 'Chi cục Thủy lợi tỉnh Bình Thuận'],
  ['Ông', 'Trương Công Định', 'Phó Chủ tịch Hội', 'Hội Nông dân huyện Tánh Linh'],
  ['Bà', 'Lưu Thị Ửng', 'Điều dưỡng', 'Trung tâm Y tế huyện Đức Linh'],
  ['Ông', 'Mai Xuân Thưởng', 'Trưởng phòng', 'Phòng Văn hóa và Thông tin huyện Phú Quý'],
  ['Bà', 'Quách Thị Ỷ Lan', 'Công chức Văn phòng - Thống kê', 'thị trấn Liên Hương'],
  ['Ông', 'Phan Đức Dũng', 'Giáo viên', 'Trường THCS Nguyễn Trãi'],
];

function binhThuanDecision(extraPeople = 0): DecisionData {
  const people: DecisionRecipient[] = PEOPLE.map(([honorific, name, position, unit]) => ({
    honorific,
    name,
    position,
    unit,
    amount: 745_000,
  }));
  for (let i = 0; i < extraPeople; i++) {
    const [honorific, name, position, unit] = PEOPLE[i % PEOPLE.length]!;
    people.push({ honorific, name: `${name} ${i + 1}`, position, unit, amount: 745_000 });
  }
  return {
    agency: {
      governingBody: '',
      issuingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
      placeName: 'Phan Thiết',
    },
    number: '123',
    symbol: 'QĐ-UBND',
    date: '2021-03-05',
    authorityTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận',
    authorityName: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận',
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 01 tháng 02 năm 2021.',
    ],
    achievement:
      'đã có thành tích xuất sắc trong phong trào thi đua "Chung sức xây dựng nông thôn mới" giai đoạn 2016 - 2020',
    awards: [
      {
        subjectType: 'tap_the',
        form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        recipients: COLLECTIVES.map((name) => ({ name, amount: 1_490_000 })),
      },
      {
        subjectType: 'ca_nhan',
        form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        recipients: people,
      },
    ],
    fundSource: 'Quỹ Thi đua, khen thưởng tỉnh',
    executors: [
      'Chánh Văn phòng Ủy ban nhân dân tỉnh',
      'Giám đốc Sở Nội vụ',
      'Giám đốc Sở Tài chính',
      'Thủ trưởng các cơ quan, đơn vị có liên quan',
    ],
    signer: {
      signerOnBehalfOf: '',
      signerDelegation: 'KT.',
      signerDelegationOf: 'Chủ tịch',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Nguyễn Đức Hòa',
    },
    recipients: ['Như Điều 3;', 'Chủ tịch, các PCT UBND tỉnh;', 'Lưu: VT, NC.'],
  };
}

describe('Vietnamese document dates (NĐ 30/2020)', () => {
  it('pads a day below 10 but not March to December', () => {
    expect(formatDateLong('2021-03-05')).toBe('ngày 05 tháng 3 năm 2021');
    expect(formatDateLong('2021-12-09')).toBe('ngày 09 tháng 12 năm 2021');
  });

  it('pads January and February', () => {
    expect(formatDateLong('2023-02-01')).toBe('ngày 01 tháng 02 năm 2023');
    expect(formatDateLong('2024-01-15')).toBe('ngày 15 tháng 01 năm 2024');
  });

  it('keeps a two-digit day as it is', () => {
    expect(formatDateLong('2021-10-26')).toBe('ngày 26 tháng 10 năm 2021');
  });

  it('writes the place first, and a blank date for a draft', () => {
    expect(formatPlaceDate('Phan Thiết', '2021-03-05')).toBe(
      'Phan Thiết, ngày 05 tháng 3 năm 2021',
    );
    expect(formatPlaceDate('Tứ Kỳ', null)).toMatch(/^Tứ Kỳ, ngày\s+tháng\s+năm\s*$/);
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDateLong('2021-02-30')).toThrow(AppError);
  });

  it('formats amounts with dots', () => {
    expect(formatAmount(1_490_000)).toBe('1.490.000');
    expect(formatAmount(745_000)).toBe('745.000');
    expect(formatAmount(0)).toBe('0');
  });
});

describe('resources folder', () => {
  it('finds the fonts from the working directory', () => {
    expect(findResourcesDir({}, undefined)).toBe(path.resolve('resources'));
  });

  it('prefers TDKT_RESOURCES_DIR and the packaged folder', () => {
    const packaged = tempDir();
    fs.mkdirSync(path.join(packaged, 'resources', 'fonts'), { recursive: true });
    fs.copyFileSync(
      'resources/fonts/LiberationSerif-Regular.ttf',
      path.join(packaged, 'resources', 'fonts', 'LiberationSerif-Regular.ttf'),
    );
    expect(findResourcesDir({}, packaged)).toBe(path.join(packaged, 'resources'));
    expect(
      findResourcesDir({ TDKT_RESOURCES_DIR: path.join(packaged, 'resources') }, undefined),
    ).toBe(path.join(packaged, 'resources'));
  });

  it('says in Vietnamese where it looked when the fonts are missing', () => {
    const empty = tempDir();
    expect(() => findResourcesDir({}, undefined, [empty])).toThrow(/Không tìm thấy phông chữ/);
  });
});

describe('Quyết định khen thưởng as PDF', () => {
  let file: string;
  let bigFile: string;
  let bytes: Buffer;
  // Shared by the tests below, so not `tempDir()` (that one is emptied after each test).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-pdf-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    file = path.join(dir, 'qd-123.pdf');
    bytes = await renderPdf(decisionDocument(binhThuanDecision()));
    fs.writeFileSync(file, bytes);
    bigFile = path.join(dir, 'qd-1000.pdf');
    fs.writeFileSync(bigFile, await renderPdf(decisionDocument(binhThuanDecision(980))));
    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.copyFileSync(file, path.join(OUT_DIR, 'decision.pdf'));
    pagesPng(file, path.join(OUT_DIR, 'decision'), 2);
  });

  it('prints the NĐ 30 header, number, date and title lines', () => {
    const page1 = pageText(file, 1);
    const parts = segments(page1);
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BÌNH THUẬN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 123/QĐ-UBND',
      'Phan Thiết, ngày 05 tháng 3 năm 2021',
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN',
      'QUYẾT ĐỊNH:',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Đức Hòa',
    ]) {
      expect(parts).toContain(line);
    }
    // Issuing body beside the Quốc hiệu, number beside the date: the two header rows.
    expect(page1).toMatch(/ỦY BAN NHÂN DÂN\s{2,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(page1).toMatch(/Số: 123\/QĐ-UBND\s{2,}Phan Thiết, ngày 05 tháng 3 năm 2021/);
    expect(page1).toContain('tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 20 tập thể');
  });

  it('puts the list on its own page with the reference and every name', () => {
    const all = poppler('pdftotext', ['-layout', file, '-']);
    const pages = Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1));
    const listStart = pages.findIndex((text) => text.includes('DANH SÁCH'));
    expect(listStart).toBeGreaterThan(0);
    // A page break before the list: the page before it ends with the signature.
    expect(pages[listStart - 1]).toContain('Nguyễn Đức Hòa');
    expect(pages[listStart]!.trimStart()).toMatch(/^\d+\s+DANH SÁCH/);
    expect(all).toContain('Kèm theo Quyết định số 123/QĐ-UBND');
    expect(all).toContain('I. TẬP THỂ');
    expect(all).toContain('II. CÁ NHÂN');
    for (const name of [
      'Bà Nguyễn Thị Thu Thuỷ',
      'Ông Đặng Văn Ưng',
      'Trường THPT Phan Bội Châu',
      'Bà Huỳnh Thị Ngọc Ẩn',
      'Ông Châu Văn Ổn',
      'Bà Quách Thị Ỷ Lan',
      'Bà Lưu Thị Ửng',
    ]) {
      expect(all).toContain(name);
    }
    expect(all).toContain('1.490.000');
    expect(all).toMatch(/Cộng: 20 tập thể\s+29\.800\.000/);
  });

  it('embeds Liberation Serif and no other font', () => {
    const rows = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?\s/);
      const cols = row.trim().split(/\s+/);
      expect(cols.at(-5), row).toBe('yes'); // emb
    }
  });

  it('is A4 with the metadata of the issuing body, and reproducible', async () => {
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Author:\s+Ủy ban nhân dân tỉnh Bình Thuận/);
    expect(info).toMatch(/Creator:\s+TĐKT Desk/);
    expect(info).toMatch(/Title:\s+Quyết định số 123\/QĐ-UBND ngày 05 tháng 3 năm 2021/);
    const again = await renderPdf(decisionDocument(binhThuanDecision()));
    expect(again.equals(bytes)).toBe(true);
  });

  it('keeps the NĐ 30 margins: 30 mm left, 15 mm right, 20 mm top', () => {
    for (const page of [1, 2]) {
      const ws = words(file, page).filter((w) => w.yMin > mm(20) - 1);
      expect(Math.min(...ws.map((w) => w.xMin))).toBeGreaterThanOrEqual(mm(30) - 1);
      expect(Math.max(...ws.map((w) => w.xMax))).toBeLessThanOrEqual(PAGE_WIDTH_PT - mm(15) + 1);
      expect(Math.max(...ws.map((w) => w.yMax))).toBeLessThanOrEqual(PAGE_HEIGHT_PT - mm(20) + 1);
    }
  });

  it('numbers pages from 2, centred in the top margin', () => {
    expect(words(file, 1).filter((w) => w.yMax < mm(20))).toEqual([]);
    const top = words(file, 2).filter((w) => w.yMax < mm(20));
    expect(top.map((w) => w.text)).toEqual(['2']);
    const centre = (top[0]!.xMin + top[0]!.xMax) / 2;
    const textCentre = (mm(30) + PAGE_WIDTH_PT - mm(15)) / 2;
    expect(Math.abs(centre - textCentre)).toBeLessThan(2);
  });

  it('repeats the table header on every page of a 1,000-person list', () => {
    const pages = pageCount(bigFile);
    expect(pages).toBeGreaterThan(20);
    for (let page = 3; page <= pages; page++) {
      const text = pageText(bigFile, page);
      expect(text, `trang ${page}`).toMatch(/STT\s+Họ và tên\s+Chức vụ, đơn vị công tác/);
      expect(text, `trang ${page}`).toContain('Số tiền (đồng)');
      const top = words(bigFile, page).filter((w) => w.yMax < mm(20));
      expect(top.map((w) => w.text)).toEqual([String(page)]);
    }
    const last = pageText(bigFile, pages);
    expect(last).toMatch(/Cộng: 1\.000 cá nhân\s+745\.000\.000/);
  });
});
