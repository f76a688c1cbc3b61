import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionDocx } from '../../electron/core/documents/docx/decision-docx';
import { MOTTO, NATIONAL_TITLE } from '../../electron/core/documents/nd30-layout';
import { renderPdf } from '../../electron/core/documents/render-pdf';
import { decisionDocument } from '../../electron/core/documents/templates/decision';
import type { DecisionData } from '../../electron/core/documents/templates/decision-data';
import { docxToPdf, pageCount, pagePng, pageText, poppler } from '../helpers/pdf-tools';

const OUT_DIR = path.resolve('test-results/documents');

const PEOPLE: [string, string, string, string][] = [
  ['Bà', 'Nguyễn Thị Thu Thuỷ', 'Giáo viên', 'Trường THPT Phan Bội Châu'],
  ['Ông', 'Đặng Văn Ưng', 'Chủ tịch Ủy ban nhân dân', 'xã Hàm Đức'],
  ['Bà', 'Huỳnh Thị Ngọc Ẩn', 'Kế toán', 'Hợp tác xã Nông nghiệp Hàm Mỹ'],
  ['Ông', 'Châu Văn Ổn', 'Nông dân', 'xã Tân Thắng'],
  ['Bà', 'Lưu Thị Ửng', 'Điều dưỡng', 'Trung tâm Y tế huyện Đức Linh'],
  ['Bà', 'Quách Thị Ỷ Lan', 'Công chức Văn phòng - Thống kê', 'thị trấn Liên Hương'],
];
const COLLECTIVES = ['Trường Mầm non Hoa Hồng', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Thắng'];

function decision(extraPeople: number): DecisionData {
  const people = PEOPLE.map(([honorific, name, position, unit]) => ({
    honorific,
    name,
    position,
    unit,
    amount: 3_795_000,
  }));
  for (let i = 0; i < extraPeople; i++) {
    const [honorific, name, position, unit] = PEOPLE[i % PEOPLE.length]!;
    people.push({ honorific, name: `${name} ${i + 1}`, position, unit, amount: 3_795_000 });
  }
  return {
    agency: {
      governingBody: '',
      issuingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
      placeName: 'Phan Thiết',
    },
    number: '7',
    symbol: 'QĐ-UBND',
    date: '2026-02-05',
    authorityTitle: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN',
    authorityName: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận',
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương',
      'Căn cứ Luật Thi đua, Khen thưởng 06/2022/QH15',
      'Căn cứ Nghị định 152/2025/NĐ-CP',
      'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 01 tháng 02 năm 2026',
    ],
    achievement:
      'đã có thành tích xuất sắc trong phong trào thi đua "Chung sức xây dựng nông thôn mới"',
    awards: [
      {
        subjectType: 'tap_the',
        form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        recipients: COLLECTIVES.map((name) => ({
          name,
          unit: 'tỉnh Bình Thuận',
          amount: 7_590_000,
        })),
      },
      {
        subjectType: 'ca_nhan',
        form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        recipients: people,
      },
    ],
    fundSource: 'Quỹ Thi đua, khen thưởng tỉnh',
    executors: ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Nội vụ'],
    signer: {
      signerOnBehalfOf: '',
      signerDelegation: 'KT.',
      signerDelegationOf: 'Chủ tịch',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Nguyễn Đức Hòa',
    },
    recipients: ['Như Điều 3;', 'Lưu: VT, NC.'],
  };
}

const run = poppler;
const text = pageText;
const collapse = (s: string) => s.replace(/\s+/g, ' ');
const pages = pageCount;
/** Words of the document without page numbers (lone numbers differ with the page breaks). */
const words = (s: string) => new Set(s.split(/\s+/).filter((w) => w && !/^\d+$/.test(w)));

describe('Quyết định as DOCX (opened by LibreOffice)', () => {
  let docxPdf = '';
  let pdf = '';
  let pdfWords = new Set<string>();
  let dir = '';
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    // Kept for the whole file (the helper's folders go after each test).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-docx-'));
    const data = decision(70);
    const docxFile = path.join(dir, 'quyet-dinh.docx');
    fs.writeFileSync(docxFile, await decisionDocx(data));
    pdf = path.join(dir, 'quyet-dinh-pdfmake.pdf');
    fs.writeFileSync(pdf, await renderPdf(decisionDocument(data)));
    docxPdf = docxToPdf(docxFile, dir);
    pdfWords = words(text(pdf));
    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.copyFileSync(docxFile, path.join(OUT_DIR, 'quyet-dinh.docx'));
    pagePng(docxPdf, path.join(OUT_DIR, 'quyet-dinh-docx-p1'));
    pagePng(pdf, path.join(OUT_DIR, 'quyet-dinh-db-pdf-p1'));
    const list = pages(docxPdf) >= 3 ? 3 : 2;
    pagePng(docxPdf, path.join(OUT_DIR, 'quyet-dinh-docx-list'), list);
  }, 180_000);

  it('is A4 and holds the header, title, list reference and every name with its diacritics', () => {
    expect(run('pdfinfo', [docxPdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const page1 = text(docxPdf, 1);
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BÌNH THUẬN',
      NATIONAL_TITLE,
      MOTTO,
      'Số: 07/QĐ-UBND',
      'Phan Thiết, ngày 05 tháng 02 năm 2026',
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN',
      'QUYẾT ĐỊNH:',
    ]) {
      expect(page1).toContain(line);
    }
    const all = collapse(text(docxPdf));
    expect(all).toContain(
      '(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận)',
    );
    for (const [honorific, name] of PEOPLE) expect(all).toContain(`${honorific} ${name}`);
    // A collective's long name wraps inside its cell: its words are there, in order within the row.
    for (const name of COLLECTIVES) {
      for (const word of name.split(' ')) expect(all).toContain(word);
    }
    for (const line of [
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Đức Hòa',
      'Nơi nhận:',
      '- Lưu: VT, NC.',
    ]) {
      expect(all).toContain(line);
    }
  });

  it('asks Word for A4, the NĐ 30 margins, Times New Roman and a repeated list header', () => {
    const xml = (part: string) => run('unzip', ['-p', path.join(OUT_DIR, 'quyet-dinh.docx'), part]);
    const body = xml('word/document.xml');
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 20 mm top and bottom, 30 mm left, 15 mm right, in twips.
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(body).toContain('<w:titlePg/>');
    expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml('word/styles.xml')).toContain('w:ascii="Times New Roman"');
    expect(run('pdffonts', [docxPdf])).toMatch(/LiberationSerif\s+TrueType\s+\S+\s+yes/);
  });

  it('has the same words as the PDF of the same data', () => {
    const docxText = text(docxPdf);
    const docxWords = words(docxText);
    // LibreOffice's justified lines sometimes come back from pdftotext cut inside a word
    // ("s ức"): a word counts as present when the text holds it once spaces are removed.
    const docxJoined = docxText.replace(/\s+/g, '');
    const pdfJoined = text(pdf).replace(/\s+/g, '');
    expect([...pdfWords].filter((w) => !docxWords.has(w) && !docxJoined.includes(w))).toEqual([]);
    expect([...docxWords].filter((w) => !pdfWords.has(w) && !pdfJoined.includes(w))).toEqual([]);
  });

  it('has no page number on page 1 and repeats the list header row on every list page', () => {
    const count = pages(docxPdf);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(text(docxPdf, 1).trimStart().startsWith('ỦY BAN')).toBe(true);
    const firstList = Array.from({ length: count }, (_, i) => i + 1).find((p) =>
      text(docxPdf, p).includes('DANH SÁCH'),
    )!;
    expect(firstList).toBeGreaterThan(1);
    for (let p = 2; p <= count; p++) {
      expect(text(docxPdf, p).trimStart().split('\n')[0]!.trim()).toBe(String(p));
    }
    for (let p = firstList + 1; p <= count; p++) {
      expect(text(docxPdf, p)).toMatch(/STT\s+Họ và tên\s+Chức vụ, đơn vị công tác\s+Số tiền/);
    }
  });
});
