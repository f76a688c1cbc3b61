import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  writeCandidateTemplate,
  type CandidateTemplateOptions,
} from '../../electron/core/excel/candidate-template';
import { tempDir } from '../helpers/temp-dir';

const FORMS: CandidateTemplateOptions['awardForms'] = [
  { code: 'cstd_co_so', name: 'Chiến sĩ thi đua cơ sở', subjectTypes: ['ca_nhan'] },
  {
    code: 'bk_chu_tich_tinh',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
  },
  { code: 'co_thi_dua_tinh', name: 'Cờ thi đua của UBND tỉnh', subjectTypes: ['tap_the'] },
  {
    code: 'giay_khen_chu_tich_xa',
    name: 'Giấy khen của Chủ tịch UBND cấp xã',
    subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
  },
];

const PERSON_HEADERS = [
  'STT',
  'Danh xưng',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh (hoặc năm sinh)',
  'Dân tộc',
  'Chức vụ',
  'Đơn vị công tác',
  'Hình thức khen thưởng',
  'Lãnh đạo quản lý (x)',
  'Truy tặng (x)',
  'Số CCCD',
  'Tóm tắt thành tích',
  'Ghi chú',
];
const COLLECTIVE_HEADERS = [
  'STT',
  'Tên tập thể',
  'Doanh nghiệp (x)',
  'Hình thức khen thưởng',
  'Tóm tắt thành tích',
  'Ghi chú',
];

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // read() rather than load(): exceljs's own `Buffer` typing clashes with Node's under the DOM lib.
  await workbook.xlsx.read(Readable.from([buffer]));
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function headers(sheet: ExcelJS.Worksheet): unknown[] {
  const row = sheet.getRow(1);
  return Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).value);
}

/** The values a list validation such as `'Danh mục'!$A$2:$A$5` offers. */
function listValues(workbook: ExcelJS.Workbook, formula: string): unknown[] {
  const match = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!match) throw new Error(`not a sheet range: ${formula}`);
  const [, sheetName = '', column = '', from = '', , to = ''] = match;
  const sheet = sheetOf(workbook, sheetName);
  const values: unknown[] = [];
  for (let r = Number(from); r <= Number(to); r++)
    values.push(sheet.getCell(`${column}${r}`).value);
  return values;
}

function zipEntry(file: string, entry: string): string {
  try {
    return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`"unzip -p ${file} ${entry}" failed (is unzip installed?): ${String(e)}`);
  }
}

describe('writeCandidateTemplate', () => {
  it('has one sheet per subject type with the importer’s headers on row 1, a guide and a hidden catalogue', async () => {
    const workbook = await load(
      await writeCandidateTemplate({
        awardForms: FORMS,
        movementTitle: 'Phong trào thi đua "Chung sức xây dựng nông thôn mới"',
        unitName: 'UBND huyện Tuy Phong',
      }),
    );
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Cá nhân', 'visible'],
      ['Tập thể', 'visible'],
      ['Hộ gia đình', 'visible'],
      ['Hướng dẫn', 'visible'],
      ['Danh mục', 'hidden'],
    ]);

    const person = sheetOf(workbook, 'Cá nhân');
    expect(headers(person)).toEqual(PERSON_HEADERS);
    expect(headers(sheetOf(workbook, 'Tập thể'))).toEqual(COLLECTIVE_HEADERS);
    expect(headers(sheetOf(workbook, 'Hộ gia đình'))).toEqual([
      'STT',
      'Tên hộ gia đình',
      'Hình thức khen thưởng',
      'Tóm tắt thành tích',
      'Ghi chú',
    ]);
    // Nothing below the header: the unit starts on row 2.
    expect(person.actualRowCount).toBe(1);

    for (const name of ['Cá nhân', 'Tập thể', 'Hộ gia đình']) {
      const sheet = sheetOf(workbook, name);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToWidth: 1,
        printTitlesRow: '1:1',
      });
      const cell = sheet.getCell('B1');
      expect(cell.font).toMatchObject({ bold: true, name: 'Times New Roman' });
      expect(cell.border.top?.style).toBe('thin');
      expect(cell.alignment.wrapText).toBe(true);
    }
    expect(person.getColumn(3).width).toBe(26);
    expect(person.getColumn(13).width).toBe(50);
    expect(workbook.subject).toBe('Phong trào thi đua "Chung sức xây dựng nông thôn mới"');
  });

  it('offers drop-downs on rows 2..1001: award forms for that subject type, gender, x marks, honorifics', async () => {
    const workbook = await load(await writeCandidateTemplate({ awardForms: FORMS }));
    const person = sheetOf(workbook, 'Cá nhân');

    const award = person.getCell('I2').dataValidation;
    expect(award).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true });
    const awardFormula = String(award.formulae[0]);
    expect(awardFormula).toBe("'Danh mục'!$A$2:$A$4");
    expect(listValues(workbook, awardFormula)).toEqual([
      'Chiến sĩ thi đua cơ sở',
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Giấy khen của Chủ tịch UBND cấp xã',
    ]);
    expect(person.getCell('I1001').dataValidation).toEqual(award);
    expect(person.getCell('I1').dataValidation).toBeUndefined();
    expect(person.getCell('I1002').dataValidation).toBeUndefined();

    expect(person.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Nam,Nữ"'],
      showErrorMessage: true,
    });
    for (const cell of ['J2', 'K2', 'J1001', 'K1001']) {
      expect(person.getCell(cell).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"x"'],
        showErrorMessage: true,
      });
    }
    // Danh xưng is a suggestion: ranks (Đại tá…) are typed freely.
    const honorific = person.getCell('B500').dataValidation;
    expect(honorific).toMatchObject({ type: 'list', formulae: ['"Ông,Bà"'] });
    expect(honorific.showErrorMessage ?? false).toBe(false);
    expect(person.getCell('E2').dataValidation).toMatchObject({
      showInputMessage: true,
      prompt: 'dd/mm/yyyy hoặc năm sinh',
    });
    // Free-text columns carry no validation.
    expect(person.getCell('C2').dataValidation).toBeUndefined();
    expect(person.getCell('L2').dataValidation).toBeUndefined();

    const collective = sheetOf(workbook, 'Tập thể');
    const collectiveAward = collective.getCell('D2').dataValidation;
    expect(listValues(workbook, String(collectiveAward.formulae[0]))).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Cờ thi đua của UBND tỉnh',
      'Giấy khen của Chủ tịch UBND cấp xã',
    ]);
    expect(collective.getCell('C1001').dataValidation).toMatchObject({ formulae: ['"x"'] });

    const household = sheetOf(workbook, 'Hộ gia đình');
    expect(
      listValues(workbook, String(household.getCell('C2').dataValidation.formulae[0])),
    ).toEqual(['Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen của Chủ tịch UBND cấp xã']);
  });

  it('writes each validation once per range in the XML, pointing at the hidden sheet', async () => {
    const file = path.join(tempDir(), 'mau.xlsx');
    fs.writeFileSync(file, await writeCandidateTemplate({ awardForms: FORMS }));
    const xml = zipEntry(file, 'xl/worksheets/sheet1.xml');
    const sqrefs = [...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs.sort()).toEqual(
      ['B2:B1001', 'D2:D1001', 'E2:E1001', 'I2:I1001', 'J2:J1001', 'K2:K1001'].sort(),
    );
    expect(xml).toContain('<formula1>&apos;Danh mục&apos;!$A$2:$A$4</formula1>');
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(zipEntry(file, 'xl/workbook.xml')).toMatch(/<sheet [^>]*name="Danh mục" state="hidden"/);
  });

  it('formats the CCCD and birth columns as text so leading zeros and dd/mm/yyyy survive', async () => {
    const workbook = await load(await writeCandidateTemplate({ awardForms: FORMS }));
    const person = sheetOf(workbook, 'Cá nhân');
    expect(person.getColumn(12).numFmt).toBe('@'); // Số CCCD
    expect(person.getColumn(5).numFmt).toBe('@'); // Ngày sinh
    expect(person.getColumn(3).numFmt).toBeUndefined();
  });

  it('keeps a long award-form list in the catalogue (an inline list is capped at 255 characters)', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      code: `form_${i}`,
      name: `Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh về thành tích số ${i + 1}`,
      subjectTypes: ['ca_nhan' as const],
    }));
    const workbook = await load(await writeCandidateTemplate({ awardForms: many }));
    const formula = String(sheetOf(workbook, 'Cá nhân').getCell('I2').dataValidation.formulae[0]);
    expect(formula).toBe("'Danh mục'!$A$2:$A$31");
    expect(listValues(workbook, formula)).toEqual(many.map((f) => f.name));
    // No form for collectives: no drop-down to an empty list, and no household sheet at all.
    expect(sheetOf(workbook, 'Tập thể').getCell('D2').dataValidation).toBeUndefined();
    expect(workbook.getWorksheet('Hộ gia đình')).toBeUndefined();
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Cá nhân',
      'Tập thể',
      'Hướng dẫn',
      'Danh mục',
    ]);
  });

  it('explains every column, the forms and the .xlsx rule in the Hướng dẫn sheet', async () => {
    const workbook = await load(
      await writeCandidateTemplate({
        awardForms: FORMS,
        movementTitle: 'Phong trào thi đua năm 2025',
        unitName: 'UBND xã Phan Dũng',
      }),
    );
    const help = sheetOf(workbook, 'Hướng dẫn');
    const texts: string[] = [];
    help.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    const all = texts.join('\n');

    expect(texts[0]).toBe('HƯỚNG DẪN ĐIỀN DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(help.getCell('A2').text).toBe('Phong trào thi đua năm 2025');
    expect(all).toContain('Đơn vị: UBND xã Phan Dũng');
    expect(all).toMatch(/định dạng Excel \.xlsx/);
    expect(all).toContain('TCVN3');
    for (const header of [...PERSON_HEADERS, ...COLLECTIVE_HEADERS, 'Tên hộ gia đình']) {
      expect(texts).toContain(header);
    }
    for (const form of FORMS) expect(texts).toContain(form.name);
    expect(texts).toContain('tập thể, cá nhân, hộ gia đình');
  });
});
