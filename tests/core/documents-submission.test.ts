import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { IssuedDocument } from '../../shared/domain/document';
import type { Nomination } from '../../shared/domain/nomination';
import { binhThuanAgency } from '../helpers/agency';
import { testApp } from '../helpers/app';
import { MOTTO, NATIONAL_TITLE } from '../../electron/core/documents/nd30-layout';
import { submissionDocx } from '../../electron/core/documents/docx/submission-docx';
import { renderPdf } from '../../electron/core/documents/render-pdf';
import { submissionDocument } from '../../electron/core/documents/templates/submission';
import type { SubmissionData } from '../../electron/core/documents/templates/submission-data';
import { docxToPdf, pageCount, pagePng, pageText, poppler } from '../helpers/pdf-tools';

const OUT_DIR = path.resolve('test-results/documents');

const PEOPLE: [string, string, string, string][] = [
  ['Bà', 'Nguyễn Thị Thu Thuỷ', 'Giáo viên', 'Trường THPT Phan Bội Châu'],
  ['Ông', 'Đặng Văn Ưng', 'Chủ tịch Ủy ban nhân dân', 'xã Hàm Đức'],
  ['Bà', 'Huỳnh Thị Ngọc Ẩn', 'Kế toán', 'Hợp tác xã Nông nghiệp Hàm Mỹ'],
  ['Ông', 'Châu Văn Ổn', 'Nông dân', 'xã Tân Thắng'],
];
const COLLECTIVES = ['Trường Mầm non Hoa Hồng', 'Ủy ban nhân dân xã Hàm Đức'];

function submission(extraPeople = 0): SubmissionData {
  const people = PEOPLE.map(([honorific, name, position, unit]) => ({
    honorific,
    name,
    position,
    unit,
  }));
  for (let i = 0; i < extraPeople; i++) {
    const [honorific, name, position, unit] = PEOPLE[i % PEOPLE.length]!;
    people.push({ honorific, name: `${name} ${i + 1}`, position, unit });
  }
  return {
    agency: {
      governingBody: '',
      issuingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
      placeName: 'Phan Thiết',
    },
    number: '45',
    symbol: 'TTr-UBND',
    date: '2026-03-05',
    addressees: ['Thủ tướng Chính phủ'],
    awardingAuthority: 'Thủ tướng Chính phủ',
    legalBases: [
      'Căn cứ Luật Thi đua, Khen thưởng 06/2022/QH15',
      'Căn cứ Nghị định 152/2025/NĐ-CP',
    ],
    movement: 'phong trào thi đua "Chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025',
    council: {
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh',
      sessionDate: '2026-02-20',
      result: '06 trường hợp đạt trên 50% tổng số thành viên Hội đồng đồng ý',
    },
    awards: [
      {
        subjectType: 'tap_the',
        form: 'Bằng khen của Thủ tướng Chính phủ',
        recipients: COLLECTIVES.map((name) => ({ name, unit: 'tỉnh Bình Thuận' })),
      },
      { subjectType: 'ca_nhan', form: 'Bằng khen của Thủ tướng Chính phủ', recipients: people },
    ],
    signer: {
      signerOnBehalfOf: '',
      signerDelegation: 'KT.',
      signerDelegationOf: 'Chủ tịch',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Nguyễn Đức Hòa',
    },
    recipients: ['Như trên;', 'Ban Thi đua - Khen thưởng Trung ương;', 'Lưu: VT, NC.'],
  };
}

const run = poppler;
const text = pageText;
const collapse = (s: string) => s.replace(/\s+/g, ' ');
const pages = pageCount;

describe('Tờ trình đề nghị khen thưởng as PDF', () => {
  let dir = '';
  let pdf = '';
  let longPdf = '';
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-submission-'));
    pdf = path.join(dir, 'to-trinh.pdf');
    fs.writeFileSync(pdf, await renderPdf(submissionDocument(submission())));
    longPdf = path.join(dir, 'to-trinh-dai.pdf');
    fs.writeFileSync(longPdf, await renderPdf(submissionDocument(submission(120))));
    fs.mkdirSync(OUT_DIR, { recursive: true });
    for (const [page, name] of [
      [1, 'to-trinh-p1'],
      [2, 'to-trinh-list'],
    ] as const) {
      pagePng(pdf, path.join(OUT_DIR, name), page);
    }
  }, 60_000);

  it('prints the NĐ 30 header, TỜ TRÌNH, its trích yếu, Kính gửi, the body and the signature', () => {
    const page1 = text(pdf, 1);
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BÌNH THUẬN',
      NATIONAL_TITLE,
      MOTTO,
      'Số: 45/TTr-UBND',
      'Phan Thiết, ngày 05 tháng 3 năm 2026',
      'TỜ TRÌNH',
      'Kính gửi: Thủ tướng Chính phủ.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Đức Hòa',
      'Nơi nhận:',
      '- Lưu: VT, NC.',
    ]) {
      expect(page1).toContain(line);
    }
    const all = collapse(page1);
    expect(all).toContain(
      'Về việc đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho 02 tập thể và 04 cá nhân',
    );
    expect(all).toContain('Căn cứ Luật Thi đua, Khen thưởng 06/2022/QH15;');
    expect(all).toContain(
      'Ngày 20 tháng 02 năm 2026, Hội đồng Thi đua - Khen thưởng tỉnh đã họp xét đề nghị khen thưởng',
    );
    expect(all).toContain(
      'Đủ tiêu chuẩn đề nghị tặng Bằng khen của Thủ tướng Chính phủ: 02 tập thể và 04 cá nhân.',
    );
    expect(all).toContain(
      'Ủy ban nhân dân tỉnh Bình Thuận kính đề nghị Thủ tướng Chính phủ xem xét, tặng Bằng khen',
    );
    expect(page1).not.toContain('DANH SÁCH');
  });

  it('attaches the list with the Tờ trình reference, every name and no money column', () => {
    const list = collapse(text(pdf, 2));
    expect(list).toContain('DANH SÁCH');
    expect(list).toContain('TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG');
    expect(list).toContain('BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ');
    expect(list).toContain(
      '(Kèm theo Tờ trình số 45/TTr-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Bình Thuận)',
    );
    for (const [honorific, name, position, unit] of PEOPLE) {
      expect(list).toContain(`${honorific} ${name}`);
      expect(list).toContain(`${position}, ${unit}`);
    }
    for (const name of COLLECTIVES) expect(list).toContain(name);
    expect(list).toContain('I. TẬP THỂ (02 tập thể)');
    expect(list).toContain('II. CÁ NHÂN (04 cá nhân)');
    expect(list).not.toContain('Số tiền');
    expect(list).not.toContain('Tổng số tiền thưởng');
  });

  it('prints money only when given', async () => {
    const data = submission();
    data.awards[1]!.recipients[0]!.amount = 3_795_000;
    const file = path.join(dir, 'to-trinh-tien.pdf');
    fs.writeFileSync(file, await renderPdf(submissionDocument(data)));
    const list = collapse(text(file, 2));
    expect(list).toContain('Số tiền (đồng)');
    expect(list).toContain('3.795.000');
  });

  it('is A4 with the fonts embedded, and a long list repeats its header row on every page', () => {
    expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts)
      expect(row).toMatch(/LiberationSerif\S*\s+(CID )?TrueType\s.*\syes\s+yes\s/);
    const count = pages(longPdf);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(text(longPdf, 1).trimStart().startsWith('ỦY BAN')).toBe(true);
    for (let p = 3; p <= count; p++) {
      const page = text(longPdf, p);
      expect(page.trimStart().split('\n')[0]!.trim()).toBe(String(p));
      expect(page).toMatch(/STT\s+Họ và tên\s+Chức vụ, đơn vị công tác/);
    }
  });
});

describe('Tờ trình as DOCX (opened by LibreOffice)', () => {
  let dir = '';
  let docxPdf = '';
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-submission-docx-'));
    const docxFile = path.join(dir, 'to-trinh.docx');
    fs.writeFileSync(docxFile, await submissionDocx(submission(40)));
    docxPdf = docxToPdf(docxFile, dir);
    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.copyFileSync(docxFile, path.join(OUT_DIR, 'to-trinh.docx'));
    pagePng(docxPdf, path.join(OUT_DIR, 'to-trinh-docx-p1'));
  }, 180_000);

  it('is A4 and holds the same header, title, Kính gửi, list reference and names', () => {
    expect(run('pdfinfo', [docxPdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const page1 = text(docxPdf, 1);
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      NATIONAL_TITLE,
      MOTTO,
      'Số: 45/TTr-UBND',
      'Phan Thiết, ngày 05 tháng 3 năm 2026',
      'TỜ TRÌNH',
      'Kính gửi: Thủ tướng Chính phủ.',
    ]) {
      expect(page1).toContain(line);
    }
    const all = collapse(text(docxPdf));
    expect(all).toContain(
      '(Kèm theo Tờ trình số 45/TTr-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Bình Thuận)',
    );
    for (const [honorific, name] of PEOPLE) expect(all).toContain(`${honorific} ${name}`);
    for (const line of ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Đức Hòa', 'Nơi nhận:']) {
      expect(all).toContain(line);
    }
    expect(run('pdffonts', [docxPdf])).toMatch(/LiberationSerif\S*\s+(CID )?TrueType\s.*\syes/);
    expect(pages(docxPdf)).toBeGreaterThanOrEqual(3);
  });
});

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

describe('Tờ trình from the database (contract methods)', () => {
  async function submissionApp() {
    const app = testApp(() => new Date('2026-11-23T08:00:00Z'));
    const { dispatch } = app;
    const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
    value(await dispatch('settings.update', binhThuanAgency()));
    const units = value<{ id: number }[]>(await dispatch('units.list', {}));
    const ids: number[] = [];
    for (const [fullName, gender] of [
      ['Trần Thị Ánh', 'nu'],
      ['Lê Văn Đức', 'nam'],
    ] as const) {
      ids.push(
        value<Nomination>(
          await dispatch('nominations.create', {
            movementId,
            proposingUnitId: units[0]!.id,
            awardFormCode: 'bk_thu_tuong',
            subjectType: 'ca_nhan',
            fullName,
            gender,
            position: 'Giáo viên',
            workplace: 'Trường THPT Phan Bội Châu',
          }),
        ).id,
      );
    }
    return { ...app, movementId, ids };
  }

  it('previews, issues with its own number series, and prints PDF and DOCX again', async () => {
    const { dispatch, movementId, ids, close } = await submissionApp();
    try {
      const base = { movementId, nominationIds: ids, awardingAuthority: 'Thủ tướng Chính phủ' };
      const preview = value<{ fileName: string; contentBase64: string }>(
        await dispatch('documents.submissionPreview', base),
      );
      expect(preview.fileName).toMatch(/^to-trinh-du-thao-TTr-UBND.*\.pdf$/);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-submission-db-'));
      try {
        const file = path.join(dir, 'preview.pdf');
        fs.writeFileSync(file, Buffer.from(preview.contentBase64, 'base64'));
        const all = collapse(text(file));
        expect(all).toContain('TỜ TRÌNH');
        expect(all).toContain('Kính gửi: Thủ tướng Chính phủ.');
        expect(all).toContain('Bà Trần Thị Ánh');
        expect(all).toContain('Ông Lê Văn Đức');
        expect(all).toContain('Giáo viên, Trường THPT Phan Bội Châu');
        expect(all).not.toContain('Số tiền');

        const issued = value<IssuedDocument>(
          await dispatch('documents.issueSubmission', { ...base, number: 3, date: '2026-11-20' }),
        );
        expect(issued.docType).toBe('to_trinh');
        // A Tờ trình số 3 does not take Quyết định số 3: each type has its own series.
        expect(
          value<{ number: number }>(
            await dispatch('documents.nextNumber', { docType: 'to_trinh', year: 2026 }),
          ).number,
        ).toBe(4);
        expect(
          value<{ number: number }>(
            await dispatch('documents.nextNumber', { docType: 'quyet_dinh', year: 2026 }),
          ).number,
        ).toBe(1);
        const again = failure(
          await dispatch('documents.issueSubmission', { ...base, number: 3, date: '2026-11-21' }),
        );
        expect(again.code).toBe('CONFLICT');
        expect(again.message).toContain('Số 03/TTr-UBND năm 2026');
        expect(again.message).toContain('số tiếp theo còn trống: 4');

        const pdf = value<{ fileName: string; contentBase64: string }>(
          await dispatch('documents.submissionPdf', { id: issued.id }),
        );
        const issuedFile = path.join(dir, 'issued.pdf');
        fs.writeFileSync(issuedFile, Buffer.from(pdf.contentBase64, 'base64'));
        expect(text(issuedFile, 1)).toContain('Số: 03/TTr-UBND');
        expect(collapse(text(issuedFile))).toContain(
          '(Kèm theo Tờ trình số 03/TTr-UBND ngày 20 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh Bình Thuận)',
        );
        const docx = value<{ fileName: string; contentBase64: string }>(
          await dispatch('documents.submissionDocx', { id: issued.id }),
        );
        expect(docx.fileName).toBe('to-trinh-03-TTr-UBND-2026-11-20.docx');
        expect(Buffer.from(docx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
        // The decision methods refuse a Tờ trình and the other way round.
        expect(failure(await dispatch('documents.decisionPdf', { id: issued.id })).code).toBe(
          'VALIDATION',
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      close();
    }
  }, 60_000);

  it('says what to fill when the authority or the nominees are missing', async () => {
    const { dispatch, movementId, ids, close } = await submissionApp();
    try {
      const noAuthority = failure(
        await dispatch('documents.submissionPreview', { movementId, nominationIds: ids }),
      );
      expect(noAuthority.code).toBe('VALIDATION');
      expect(noAuthority.message).toContain('“Cấp có thẩm quyền khen thưởng”');
      const none = failure(
        await dispatch('documents.submissionPreview', {
          movementId,
          nominationIds: [],
          awardingAuthority: 'Thủ tướng Chính phủ',
        }),
      );
      expect(none.message).toContain('Tờ trình chưa có tập thể, cá nhân nào');
    } finally {
      close();
    }
  });
});
