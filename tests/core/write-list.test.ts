import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { writeListWorkbook, type ListDocument } from '../../electron/core/excel/write-list';
import { libreOfficeRows } from '../helpers/spreadsheet-tools';
import { tempDir } from '../helpers/temp-dir';

/** Texts a spreadsheet could take for formulas or commands; each must come back as typed. */
const RISKY = [
  '=1+1',
  '@user',
  '+84912345678',
  '-5',
  '=HYPERLINK("http://x","y")',
  '\tTab',
  '\rCR',
];

function sampleList(): ListDocument {
  return {
    sheetName: 'Danh sách đề nghị',
    titleLines: [
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      'Phong trào thi đua "Chung sức xây dựng nông thôn mới"',
    ],
    subtitle: '(Kèm theo Tờ trình số 12/TTr-HĐTĐKT ngày 05/3/2025)',
    columns: [
      { header: 'Họ và tên', key: 'name', width: 28 },
      { header: 'Ngày sinh', key: 'birth', kind: 'date' },
      { header: 'Số năm công tác', key: 'years', kind: 'number' },
      { header: 'Giới tính', key: 'gender', kind: 'center' },
    ],
    rows: [
      { name: 'Nguyễn Thị Thuỷ', birth: '09/02/1988', years: 12, gender: 'Nữ' },
      { name: 'Đặng Văn Ước', birth: '1975', years: 30.5, gender: 'Nam' },
      ...RISKY.map((name, i) => ({
        name,
        birth: null,
        years: null,
        gender: i === 0 ? '-1' : null,
      })),
      { name: 'Literal _x0041_ stays', birth: '01/01/2000', years: 0, gender: 'Nam' },
    ],
    footerLines: ['Tổng cộng: 10 cá nhân.'],
  };
}

async function load(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // read() rather than load(): exceljs's own `Buffer` typing clashes with Node's under the DOM lib.
  await workbook.xlsx.read(Readable.from([buffer]));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

/** One part of the .xlsx package, as text (the raw XML Excel and LibreOffice read). */
function zipEntry(file: string, entry: string): string {
  try {
    return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`"unzip -p ${file} ${entry}" failed (is unzip installed?): ${String(e)}`);
  }
}

describe('writeListWorkbook', () => {
  it('lays out titles, an STT column, bordered header and data, and print setup', async () => {
    const list = sampleList();
    const sheet = await load(await writeListWorkbook(list));

    expect(sheet.name).toBe('Danh sách đề nghị');
    // Titles and subtitle merged across STT + 4 columns (A:E), centred; titles bold 13.
    for (const [row, text] of [
      [1, list.titleLines[0]],
      [2, list.titleLines[1]],
      [3, list.subtitle],
    ] as const) {
      const cell = sheet.getCell(`A${row}`);
      expect(cell.value).toBe(text);
      expect(cell.alignment.horizontal).toBe('center');
      expect(sheet.getCell(`E${row}`).isMerged).toBe(true);
      expect(sheet.getCell(`E${row}`).master.address).toBe(`A${row}`);
    }
    expect(sheet.getCell('F1').isMerged).toBe(false);
    expect(sheet.getCell('A1').font).toMatchObject({
      name: 'Times New Roman',
      size: 13,
      bold: true,
    });
    expect(sheet.getCell('A3').font.italic).toBe(true);
    expect(sheet.getRow(4).cellCount).toBe(0);

    // Header on row 5.
    const header = sheet.getRow(5);
    expect([1, 2, 3, 4, 5].map((c) => header.getCell(c).value)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Số năm công tác',
      'Giới tính',
    ]);
    for (let c = 1; c <= 5; c++) {
      const cell = header.getCell(c);
      expect(cell.font).toMatchObject({ bold: true, name: 'Times New Roman', size: 12 });
      expect(cell.alignment.wrapText).toBe(true);
      expect(cell.border).toMatchObject({
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      });
    }

    // Data from row 6, in the order given, STT 1..n; every cell bordered, empty ones too.
    list.rows.forEach((data, i) => {
      const row = sheet.getRow(6 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(2).value).toBe(data.name);
      for (let c = 1; c <= 5; c++) expect(row.getCell(c).border.bottom?.style).toBe('thin');
    });
    const first = sheet.getRow(6);
    expect(first.getCell(3).value).toBe('09/02/1988');
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(3).numFmt).toBe('@');
    expect(first.getCell(4).value).toBe(12);
    expect(first.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(5).alignment.horizontal).toBe('center');
    expect(sheet.getCell('D7').value).toBe(30.5);
    expect(sheet.getCell('C7').value).toBe('1975');
    expect(sheet.getCell('C8').value).toBeNull();
    expect(sheet.getCell('E8').value).toBe('-1');
    expect(sheet.getCell('B15').value).toBe('Literal _x0041_ stays');

    // Formula-like texts are plain strings: no formula anywhere.
    RISKY.forEach((text, i) => {
      const cell = sheet.getCell(`B${8 + i}`);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    });

    // Footer one blank row after the table, merged across.
    const footerRow = 6 + list.rows.length + 1;
    expect(sheet.getRow(footerRow - 1).cellCount).toBe(0);
    expect(sheet.getCell(`A${footerRow}`).value).toBe('Tổng cộng: 10 cá nhân.');
    expect(sheet.getCell(`E${footerRow}`).master.address).toBe(`A${footerRow}`);

    expect(sheet.getColumn(1).width).toBe(6);
    expect(sheet.getColumn(2).width).toBe(28);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '5:5',
    });
    expect(sheet.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.headerFooter.oddFooter).toContain('Trang &P/&N');
  });

  it('stores formula-like texts as shared strings in the raw XML, never as <f>', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'list.xlsx');
    fs.writeFileSync(file, await writeListWorkbook(sampleList()));

    const sheetXml = zipEntry(file, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    RISKY.forEach((_, i) => {
      // B8.. hold the risky texts: type "s" (shared string), not "str" (a formula's result).
      expect(sheetXml).toMatch(new RegExp(`<c r="B${8 + i}"[^>]* t="s"[^>]*>`));
    });
    const strings = zipEntry(file, 'xl/sharedStrings.xml');
    expect(strings).toContain('<t>=1+1</t>');
    expect(strings).toContain('<t>@user</t>');
    expect(strings).toContain('<t>+84912345678</t>');
    expect(strings).toContain('<t>-5</t>');
    expect(strings).toContain('<t>Literal _x005F_x0041_ stays</t>');

    const workbookXml = zipEntry(file, 'xl/workbook.xml');
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Danh sách đề nghị&apos;!$5:$5</definedName>',
    );
    expect(sheetXml).toContain('<mergeCell ref="A1:E1"/>');
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" orientation="landscape"/);
    expect(sheetXml).toContain('<pageSetUpPr fitToPage="1"/>');
  });

  it('puts the header on row 1 without titles, and honours portrait and a cleaned sheet name', async () => {
    const sheet = await load(
      await writeListWorkbook({
        sheetName: "Hồ sơ [2025]: 'đợt 1' / rất dài quá ba mươi mốt ký tự",
        titleLines: [],
        columns: [{ header: 'Tên tập thể', key: 'name' }],
        rows: [{ name: 'Phòng Tài chính - Kế hoạch' }],
        orientation: 'portrait',
      }),
    );
    expect(sheet.name).toBe('Hồ sơ 2025 ’đợt 1’ rất dài quá'); // cut at 31, then trimmed
    expect(sheet.getCell('A1').value).toBe('STT');
    expect(sheet.getCell('B2').value).toBe('Phòng Tài chính - Kế hoạch');
    expect(sheet.pageSetup.orientation).toBe('portrait');
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('refuses a cell Excel could not open (over 32,767 characters)', async () => {
    const write = writeListWorkbook({
      sheetName: 'DS',
      titleLines: ['X'],
      columns: [{ header: 'Tóm tắt thành tích', key: 'a' }],
      rows: [{ a: 'ngắn' }, { a: 'x'.repeat(32_768) }],
    });
    await expect(write).rejects.toBeInstanceOf(AppError);
    await expect(write).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ row: 5, column: 'B', fieldLabel: 'Tóm tắt thành tích' }],
    });
  });

  it('writes 10,000 rows quickly and completely', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      name: `Nguyễn Văn Ánh ${i}`,
      birth: '09/02/1988',
      unit: 'Ủy ban nhân dân xã Phan Dũng, huyện Tuy Phong',
      form: 'Bằng khen của Chủ tịch UBND tỉnh',
      years: i,
      note: i % 7 === 0 ? '=SUM(A1:A9)' : null,
    }));
    const started = performance.now();
    const buffer = await writeListWorkbook({
      sheetName: 'Danh sách',
      titleLines: ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Phong trào thi đua năm 2025'],
      columns: [
        { header: 'Họ và tên', key: 'name' },
        { header: 'Ngày sinh', key: 'birth', kind: 'date' },
        { header: 'Đơn vị công tác', key: 'unit' },
        { header: 'Hình thức khen thưởng', key: 'form' },
        { header: 'Số năm', key: 'years', kind: 'number' },
        { header: 'Ghi chú', key: 'note' },
      ],
      rows,
    });
    const elapsed = performance.now() - started;
    // Measured at about 1.3 s on the dev container; the bound only catches a pathological slowdown.
    expect(elapsed).toBeLessThan(15_000);

    const sheet = await load(buffer);
    expect(sheet.getCell('A4').value).toBe('STT');
    expect(sheet.getCell('A10004').value).toBe(10_000);
    expect(sheet.getCell('B10004').value).toBe('Nguyễn Văn Ánh 9999');
    expect(sheet.getCell('F10004').value).toBe(9999);
    expect(sheet.getCell('G5').value).toBe('=SUM(A1:A9)');
    expect(sheet.getCell('G5').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.rowCount).toBe(10_004);
  });

  it('reads back in LibreOffice exactly as written: Vietnamese text, and formula-like text not evaluated', async () => {
    const list = sampleList();
    const file = path.join(tempDir(), 'danh-sach.xlsx');
    fs.writeFileSync(file, await writeListWorkbook(list));

    const rows = await libreOfficeRows(file);
    expect(rows[0]?.[0]).toBe(list.titleLines[0]);
    expect(rows[1]?.[0]).toBe(list.titleLines[1]);
    expect(rows[2]?.[0]).toBe(list.subtitle);
    expect(rows[4]).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Số năm công tác', 'Giới tính']);
    const expected = list.rows.map((r, i) => [
      String(i + 1),
      String(r.name),
      r.birth === null ? '' : String(r.birth),
      r.years === null ? '' : String(r.years),
      r.gender === null ? '' : String(r.gender),
    ]);
    expect(rows.slice(5, 5 + list.rows.length)).toEqual(expected);
    // The checks that matter most, spelled out.
    expect(rows[7]?.[1]).toBe('=1+1');
    expect(rows[7]?.[4]).toBe('-1');
    expect(rows[5]?.[1]).toBe('Nguyễn Thị Thuỷ');
    expect(rows[6]?.[1]).toBe('Đặng Văn Ước');
    expect(rows[5 + list.rows.length + 1]?.[0]).toBe('Tổng cộng: 10 cá nhân.');
  }, 150_000);
});
