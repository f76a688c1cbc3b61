import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { AwardForm } from '../../shared/domain/award-form';
import type { IssuedDocument } from '../../shared/domain/document';
import type { Nomination } from '../../shared/domain/nomination';
import { binhThuanAgency } from '../helpers/agency';
import { value } from '../helpers/api';
import { testApp } from '../helpers/app';
import { pageText } from '../helpers/pdf-tools';
import { libreOfficeRows } from '../helpers/spreadsheet-tools';
import { tempDir } from '../helpers/temp-dir';

const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

const SETTINGS = binhThuanAgency();

/** A name a spreadsheet would take for a formula: it must stay text. */
const FORMULA_NAME = '=HYPERLINK("http://x","y")';
const AT_NAME = '@Nguyễn Văn Hùng';

interface NewNomination {
  form: 'bk_thu_tuong' | 'bk_chu_tich_tinh';
  subject: 'tap_the' | 'ca_nhan';
  fullName: string;
  gender?: 'nam' | 'nu';
  position?: string;
  workplace?: string;
  /** Index into the unit list: who proposed. */
  unit: 0 | 1;
}

/** Collectives and people in two forms, proposed by two units. */
const DECISION_NOMINATIONS: NewNomination[] = [
  {
    form: 'bk_chu_tich_tinh',
    subject: 'ca_nhan',
    fullName: 'Trần Thị Ánh',
    gender: 'nu',
    position: 'Giáo viên',
    workplace: 'Trường THPT Phan Bội Châu',
    unit: 0,
  },
  {
    form: 'bk_chu_tich_tinh',
    subject: 'ca_nhan',
    fullName: 'Lê Văn Đức',
    gender: 'nam',
    position: 'Bác sĩ',
    workplace: 'Bệnh viện Đa khoa tỉnh',
    unit: 0,
  },
  {
    form: 'bk_chu_tich_tinh',
    subject: 'ca_nhan',
    fullName: 'Nguyễn Thị Ấu',
    gender: 'nu',
    position: 'Kế toán',
    workplace: 'Sở Tài chính',
    unit: 1,
  },
  {
    form: 'bk_chu_tich_tinh',
    subject: 'ca_nhan',
    fullName: AT_NAME,
    position: 'Nông dân',
    workplace: 'xã Tân Thắng',
    unit: 1,
  },
  { form: 'bk_chu_tich_tinh', subject: 'tap_the', fullName: 'Ủy ban nhân dân xã Hàm Đức', unit: 1 },
  { form: 'bk_chu_tich_tinh', subject: 'tap_the', fullName: FORMULA_NAME, unit: 0 },
  {
    form: 'bk_thu_tuong',
    subject: 'ca_nhan',
    fullName: 'Phạm Quốc Bảo',
    gender: 'nam',
    position: 'Giám đốc',
    workplace: 'Sở Y tế',
    unit: 0,
  },
  { form: 'bk_thu_tuong', subject: 'tap_the', fullName: 'Trường Mầm non Hoa Hồng', unit: 1 },
];

/** Proposed to the level above by a Tờ trình (one form). */
const SUBMISSION_NOMINATIONS: NewNomination[] = [
  {
    form: 'bk_thu_tuong',
    subject: 'ca_nhan',
    fullName: 'Huỳnh Thị Ngọc Ẩn',
    gender: 'nu',
    position: 'Kế toán',
    workplace: 'Hợp tác xã Nông nghiệp Hàm Mỹ',
    unit: 0,
  },
  {
    form: 'bk_thu_tuong',
    subject: 'ca_nhan',
    fullName: 'Châu Văn Ổn',
    gender: 'nam',
    position: 'Nông dân',
    workplace: 'xã Tân Thắng',
    unit: 1,
  },
  { form: 'bk_thu_tuong', subject: 'tap_the', fullName: 'Phòng Y tế huyện Tuy Phong', unit: 0 },
];

async function excelApp() {
  const app = testApp(() => new Date('2026-11-23T08:00:00Z'));
  const { dispatch } = app;
  const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
  value(await dispatch('settings.update', SETTINGS));
  const units = value<{ id: number; name: string }[]>(await dispatch('units.list', {})).slice(0, 2);
  expect(units).toHaveLength(2);
  const create = async (list: NewNomination[]) => {
    const ids: number[] = [];
    for (const { form, subject, unit, ...rest } of list) {
      const created = value<Nomination>(
        await dispatch('nominations.create', {
          movementId,
          proposingUnitId: units[unit]!.id,
          awardFormCode: form,
          subjectType: subject,
          ...rest,
        }),
      );
      ids.push(created.id);
    }
    return ids;
  };
  const decisionIds = await create(DECISION_NOMINATIONS);
  const submissionIds = await create(SUBMISSION_NOMINATIONS);
  return { ...app, movementId, units, decisionIds, submissionIds };
}

/** Coefficient × base salary, from the catalogue rows, not through the app's money code. */
async function expectedAmount(
  dispatch: ReturnType<typeof testApp>['dispatch'],
  form: string,
  subject: string,
  date: string,
): Promise<number> {
  const forms = value<AwardForm[]>(await dispatch('awardForms.list', {}));
  const regimes = value<{ code: string; validFrom: string; validTo: string | null }[]>(
    await dispatch('legalRegimes.list', {}),
  );
  const regime = regimes.find((r) => r.validFrom <= date && (!r.validTo || date <= r.validTo))!;
  const rate = forms
    .find((f) => f.code === form)!
    .rewardRates.find((r) => r.subjectType === subject && r.regimeCode === regime.code)!;
  const bases = value<{ validFrom: string; amount: number }[]>(
    await dispatch('baseSalary.list', {}),
  );
  const base = bases.filter((b) => b.validFrom <= date).at(-1)!.amount;
  return (rate.multiplier * 10 * base) / 10;
}

const dots = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

async function loadSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from([bytes]));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

/** A row below the header: a band (heading, caption, total) spans from A, a data row has an STT. */
interface SheetRow {
  row: number;
  stt: number | null;
  cells: (string | number | null)[];
}

function tableRows(sheet: ExcelJS.Worksheet, headerRow: number, columns: number): SheetRow[] {
  const rows: SheetRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const first = sheet.getCell(`A${r}`);
    if (first.value === null) break; // the blank row after the table
    const cells = Array.from({ length: columns }, (_, c) => {
      const cell = sheet.getRow(r).getCell(c + 1);
      return cell.isMerged && cell.master.address !== cell.address
        ? null
        : (cell.value as string | number | null);
    });
    rows.push({
      row: r,
      stt: typeof first.value === 'number' ? first.value : null,
      cells,
    });
  }
  return rows;
}

const file = (r: Result<unknown>) => {
  const f = value<{ fileName: string; contentBase64: string }>(r);
  return { fileName: f.fileName, bytes: Buffer.from(f.contentBase64, 'base64') };
};

const collapse = (s: string) => s.replace(/\s+/g, ' ');

describe('danh sách kèm theo as Excel', () => {
  it('writes the Quyết định’s list from its stored data: titles, sections, names, amounts, totals', async () => {
    const { dispatch, movementId, units, decisionIds } = await excelApp();
    const date = '2026-11-20';
    const issued = value<IssuedDocument>(
      await dispatch('documents.issueDecision', {
        movementId,
        nominationIds: decisionIds,
        number: 123,
        date,
      }),
    );
    // An issued entry prints from what was stored: later settings edits change nothing.
    value(
      await dispatch('settings.update', {
        ...SETTINGS,
        issuingBody: 'Ủy ban nhân dân tỉnh Khác',
        signerName: 'Người Khác',
      }),
    );

    const xlsx = file(await dispatch('documents.decisionXlsx', { id: issued.id }));
    expect(xlsx.fileName).toBe('quyet-dinh-123-QD-UBND-2026-11-20-danh-sach.xlsx');
    const sheet = await loadSheet(xlsx.bytes);
    const pdf = file(await dispatch('documents.decisionPdf', { id: issued.id }));
    const pdfFile = path.join(tempDir(), 'qd.pdf');
    fs.writeFileSync(pdfFile, pdf.bytes);
    // The list starts on page 2.
    const pdfList = collapse(pageText(pdfFile).split('\f').slice(1).join('\n'));

    expect(sheet.name).toBe('Danh sách kèm theo');
    expect(sheet.getCell('A1').value).toBe('DANH SÁCH');
    expect(sheet.getCell('A2').value).toBe('TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG');
    const reference =
      '(Kèm theo Quyết định số 123/QĐ-UBND ngày 20 tháng 11 năm 2026 của ' +
      'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận)';
    expect(sheet.getCell('A3').value).toBe(reference);
    expect(pdfList).toContain(reference);
    expect(sheet.getCell('A1').font.bold).toBe(true);

    const headers = ['STT', 'Tên tập thể / Họ và tên', 'Đơn vị / Chức vụ, đơn vị công tác'];
    expect([1, 2, 3, 4, 5].map((c) => sheet.getRow(5).getCell(c).value)).toEqual([
      ...headers,
      'Đơn vị đề nghị',
      'Số tiền thưởng (đồng)',
    ]);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      printTitlesRow: '5:5',
    });

    const forms = value<AwardForm[]>(await dispatch('awardForms.list', {}));
    const printName = (code: string) => forms.find((f) => f.code === code)!.printName;
    const pm = printName('bk_thu_tuong');
    const province = printName('bk_chu_tich_tinh');
    expect(province).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    const amounts = {
      pmCollective: await expectedAmount(dispatch, 'bk_thu_tuong', 'tap_the', date),
      pmPerson: await expectedAmount(dispatch, 'bk_thu_tuong', 'ca_nhan', date),
      collective: await expectedAmount(dispatch, 'bk_chu_tich_tinh', 'tap_the', date),
      person: await expectedAmount(dispatch, 'bk_chu_tich_tinh', 'ca_nhan', date),
    };
    expect(amounts.person).toBe(3_795_000); // 1,5 × 2.530.000

    const rows = tableRows(sheet, 5, 5);
    // Bands (no STT) in the PDF's order; data rows numbered from 1 in each table.
    const bands = rows.filter((r) => r.stt === null).map((r) => r.cells[0]);
    expect(bands).toEqual([
      'I. TẬP THỂ (03 tập thể)',
      `1. ${pm}`,
      'Cộng: 01 tập thể',
      `2. ${province}`,
      'Cộng: 02 tập thể',
      'II. CÁ NHÂN (05 cá nhân)',
      `1. ${pm}`,
      'Cộng: 01 cá nhân',
      `2. ${province}`,
      'Cộng: 04 cá nhân',
      'Tổng cộng: 03 tập thể và 05 cá nhân',
    ]);
    for (const band of bands.filter((b) => !String(b).startsWith('Tổng cộng'))) {
      expect(pdfList).toContain(String(band));
    }
    const headingRow = rows.find((r) => r.cells[0] === 'I. TẬP THỂ (03 tập thể)')!;
    expect(sheet.getCell(`E${headingRow.row}`).master.address).toBe(`A${headingRow.row}`);
    expect(sheet.getCell(`A${headingRow.row}`).font.bold).toBe(true);
    expect(sheet.getCell(`A${headingRow.row}`).border.top?.style).toBe('thin');
    const captionRow = rows.find((r) => r.cells[0] === `2. ${province}`)!;
    expect(sheet.getCell(`A${captionRow.row}`).font.italic).toBe(true);

    const data = rows.filter((r) => r.stt !== null);
    const names = data.map((r) => r.cells[1]);
    expect(names).toEqual([
      'Trường Mầm non Hoa Hồng',
      ...names.slice(1, 3), // the two provincial collectives, in the PDF's order (checked below)
      'Ông Phạm Quốc Bảo',
      ...names.slice(4),
    ]);
    expect(new Set(names.slice(1, 3))).toEqual(
      new Set(['Ủy ban nhân dân xã Hàm Đức', FORMULA_NAME]),
    );
    const provincialPeople = names.slice(4);
    expect(new Set(provincialPeople)).toEqual(
      new Set(['Bà Trần Thị Ánh', 'Ông Lê Văn Đức', 'Bà Nguyễn Thị Ấu', AT_NAME]),
    );
    // Vietnamese order by given name: Ánh, Ấu, Đức.
    const ranked = provincialPeople.filter((n) => n !== AT_NAME);
    expect(ranked).toEqual(['Bà Trần Thị Ánh', 'Bà Nguyễn Thị Ấu', 'Ông Lê Văn Đức']);
    // Every name, with its diacritics, in the PDF's order.
    const positions = names.map((n) => pdfList.indexOf(String(n)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(data.map((r) => r.stt)).toEqual([1, 1, 2, 1, 1, 2, 3, 4]);

    // Details and the units that proposed them.
    const byName = new Map(data.map((r) => [r.cells[1], r]));
    expect(byName.get('Bà Trần Thị Ánh')!.cells.slice(2, 4)).toEqual([
      'Giáo viên, Trường THPT Phan Bội Châu',
      units[0]!.name,
    ]);
    expect(byName.get('Bà Nguyễn Thị Ấu')!.cells[3]).toBe(units[1]!.name);
    expect(byName.get('Trường Mầm non Hoa Hồng')!.cells[3]).toBe(units[1]!.name);

    // Amounts: numbers in đồng, shown with thousands separators, equal to the PDF's.
    const expected = [
      amounts.pmCollective,
      amounts.collective,
      amounts.collective,
      amounts.pmPerson,
      amounts.person,
      amounts.person,
      amounts.person,
      amounts.person,
    ];
    data.forEach((r, i) => {
      const cell = sheet.getCell(`E${r.row}`);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.value).toBe(expected[i]);
      expect(cell.numFmt).toBe('#,##0');
      expect(pdfList).toContain(dots(expected[i]!));
    });
    const total = expected.reduce((a, b) => a + b, 0);
    expect(total).toBe(issued.totalAmount);
    const totalRow = rows.at(-1)!;
    expect(sheet.getCell(`E${totalRow.row}`).value).toBe(total);
    expect(sheet.getCell(`D${totalRow.row}`).master.address).toBe(`A${totalRow.row}`);
    const subtotal = rows.find((r) => r.cells[0] === 'Cộng: 04 cá nhân')!;
    expect(sheet.getCell(`E${subtotal.row}`).value).toBe(4 * amounts.person);
    expect(sheet.getCell(`A${totalRow.row + 2}`).value).toBe(
      `Tổng số tiền thưởng: ${dots(total)} đồng.`,
    );
    expect(pdfList).toContain(`Tổng số tiền thưởng: ${dots(total)} đồng.`);

    // Formula-like names are text, never formulas, in the cells and in the raw XML.
    for (const name of [FORMULA_NAME, AT_NAME]) {
      const cell = sheet.getCell(`B${data.find((r) => r.cells[1] === name)!.row}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    const xlsxFile = path.join(tempDir(), xlsx.fileName);
    fs.writeFileSync(xlsxFile, xlsx.bytes);
    const sheetXml = execFileSync('unzip', ['-p', xlsxFile, 'xl/worksheets/sheet1.xml'], {
      encoding: 'utf8',
    });
    expect(sheetXml).not.toMatch(/<f[\s>]/);

    // LibreOffice reads the same names (not evaluated) and the same amounts.
    const csv = await libreOfficeRows(xlsxFile);
    expect(csv[0]?.[0]).toBe('DANH SÁCH');
    expect(csv[2]?.[0]).toBe(reference);
    expect(csv[4]?.slice(0, 5)).toEqual([...headers, 'Đơn vị đề nghị', 'Số tiền thưởng (đồng)']);
    const csvData = csv.slice(5).filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(csvData.map((r) => r[1])).toEqual(names);
    expect(csvData.map((r) => Number((r[4] ?? '').replace(/\D/g, '')))).toEqual(expected);
    expect(csv.some((r) => r[0] === 'Tổng cộng: 03 tập thể và 05 cá nhân')).toBe(true);
  }, 150_000);

  it('writes the Tờ trình’s list under its own reference line, without a decision line or money', async () => {
    const { dispatch, movementId, submissionIds } = await excelApp();
    const issued = value<IssuedDocument>(
      await dispatch('documents.issueSubmission', {
        movementId,
        nominationIds: submissionIds,
        awardingAuthority: 'Thủ tướng Chính phủ',
        number: 3,
        date: '2026-11-20',
      }),
    );
    const xlsx = file(await dispatch('documents.submissionXlsx', { id: issued.id }));
    expect(xlsx.fileName).toBe('to-trinh-03-TTr-UBND-2026-11-20-danh-sach.xlsx');
    const sheet = await loadSheet(xlsx.bytes);
    const pdfFile = path.join(tempDir(), 'ttr.pdf');
    fs.writeFileSync(
      pdfFile,
      file(await dispatch('documents.submissionPdf', { id: issued.id })).bytes,
    );
    const pdfList = collapse(pageText(pdfFile).split('\f').slice(1).join('\n'));

    const reference =
      '(Kèm theo Tờ trình số 03/TTr-UBND ngày 20 tháng 11 năm 2026 của ' +
      'Ủy ban nhân dân tỉnh Bình Thuận)';
    expect([1, 2, 3, 4].map((r) => sheet.getCell(`A${r}`).value)).toEqual([
      'DANH SÁCH',
      'TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG',
      'BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ',
      reference,
    ]);
    expect(pdfList).toContain(reference);
    const header = sheet.getRow(6);
    expect([1, 2, 3, 4].map((c) => header.getCell(c).value)).toEqual([
      'STT',
      'Tên tập thể / Họ và tên',
      'Đơn vị / Chức vụ, đơn vị công tác',
      null,
    ]);
    const rows = tableRows(sheet, 6, 3);
    expect(rows.map((r) => [r.stt, r.cells[0] ?? null, r.cells[1] ?? null])).toEqual([
      [null, 'I. TẬP THỂ (01 tập thể)', null],
      [1, 1, 'Phòng Y tế huyện Tuy Phong'],
      [null, 'Cộng: 01 tập thể', null],
      [null, 'II. CÁ NHÂN (02 cá nhân)', null],
      [1, 1, 'Bà Huỳnh Thị Ngọc Ẩn'],
      [2, 2, 'Ông Châu Văn Ổn'],
      [null, 'Cộng: 02 cá nhân', null],
      [null, 'Tổng cộng: 01 tập thể và 02 cá nhân', null],
    ]);
    const names = rows.filter((r) => r.stt !== null).map((r) => String(r.cells[1]));
    const positions = names.map((n) => pdfList.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const all: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => all.push(c.text)));
    expect(all.join('\n')).not.toContain('Quyết định');
    expect(all.join('\n')).not.toContain('Số tiền');

    const xlsxFile = path.join(tempDir(), xlsx.fileName);
    fs.writeFileSync(xlsxFile, xlsx.bytes);
    const csv = await libreOfficeRows(xlsxFile);
    expect(csv.filter((r) => /^\d+$/.test(r[0] ?? '')).map((r) => r[1])).toEqual(names);
  }, 150_000);

  it('refuses an unknown entry and the other document type with a message that says which', async () => {
    const { dispatch, movementId, decisionIds } = await excelApp();
    const unknown = failure(await dispatch('documents.decisionXlsx', { id: 9999 }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toBe('Không tìm thấy văn bản số 9999 trong sổ đăng ký.');
    expect(failure(await dispatch('documents.submissionXlsx', { id: 9999 })).message).toBe(
      'Không tìm thấy văn bản số 9999 trong sổ đăng ký.',
    );
    const issued = value<IssuedDocument>(
      await dispatch('documents.issueDecision', {
        movementId,
        nominationIds: decisionIds.slice(0, 1),
        number: 7,
        date: '2026-11-20',
      }),
    );
    const wrong = failure(await dispatch('documents.submissionXlsx', { id: issued.id }));
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.message).toBe('Văn bản 07/QĐ-UBND không phải là Tờ trình.');
  });
});
