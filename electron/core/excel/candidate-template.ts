import ExcelJS from 'exceljs';
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../../shared/domain/award-form';
import {
  EXCEL_FONT_NAME,
  PAPER_A4,
  TEXT_FORMAT,
  THIN_BORDER,
  columnLetter,
  excelText,
} from './write-list';

export interface CandidateTemplateOptions {
  /** The forms units may propose in this movement, in the order the drop-down should show them. */
  awardForms: { code: string; name: string; subjectTypes: SubjectType[] }[];
  movementTitle?: string;
  unitName?: string;
}

/** What a column of the template asks for; `header` must stay one of the importer's synonyms. */
export interface TemplateColumn {
  header: string;
  width: number;
  /** The sentence the "Hướng dẫn" sheet shows for this column. */
  help: string;
  input?: 'awardForm' | 'gender' | 'mark' | 'honorific' | 'birth' | 'idNumber';
}

export interface TemplateSheet {
  subjectType: SubjectType;
  name: string;
  columns: TemplateColumn[];
}

/** Rows 2..1001 carry the drop-downs and text formats. */
export const TEMPLATE_DATA_ROWS = 1000;
export const CATALOGUE_SHEET = 'Danh mục';
export const HELP_SHEET = 'Hướng dẫn';

const STT: TemplateColumn = { header: 'STT', width: 6, help: 'Số thứ tự (không bắt buộc).' };
const AWARD_FORM: TemplateColumn = {
  header: 'Hình thức khen thưởng',
  width: 34,
  help: 'Bắt buộc. Chọn trong danh sách thả xuống (bấm vào ô rồi bấm mũi tên bên phải ô).',
  input: 'awardForm',
};
const ACHIEVEMENT: TemplateColumn = {
  header: 'Tóm tắt thành tích',
  width: 50,
  help: 'Tóm tắt ngắn gọn thành tích chính.',
};
const NOTE: TemplateColumn = { header: 'Ghi chú', width: 20, help: 'Không bắt buộc.' };

/** One sheet per subject type, headers on row 1 (the importer detects them by synonyms). */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  {
    subjectType: 'ca_nhan',
    name: 'Cá nhân',
    columns: [
      STT,
      {
        header: 'Danh xưng',
        width: 10,
        help: 'Ông, Bà hoặc cấp bậc, chức danh (Đại tá, Thượng tá…). Không ghi vào cột Họ và tên.',
        input: 'honorific',
      },
      {
        header: 'Họ và tên',
        width: 26,
        help: 'Bắt buộc. Họ và tên đầy đủ, có dấu, không kèm Ông/Bà.',
      },
      {
        header: 'Giới tính',
        width: 9,
        help: 'Nam hoặc Nữ (chọn trong danh sách).',
        input: 'gender',
      },
      {
        header: 'Ngày sinh (hoặc năm sinh)',
        width: 14,
        help: 'Ghi dd/mm/yyyy, ví dụ 09/02/1988; chỉ biết năm sinh thì ghi năm, ví dụ 1988.',
        input: 'birth',
      },
      { header: 'Dân tộc', width: 10, help: 'Ví dụ: Kinh, Chăm, Raglai.' },
      { header: 'Chức vụ', width: 24, help: 'Chức vụ hiện nay, ví dụ: Phó Trưởng phòng.' },
      {
        header: 'Đơn vị công tác',
        width: 30,
        help: 'Tên cơ quan, đơn vị nơi công tác.',
      },
      AWARD_FORM,
      {
        header: 'Lãnh đạo quản lý (x)',
        width: 11,
        help: 'Ghi x nếu là cán bộ lãnh đạo, quản lý; để trống nếu không.',
        input: 'mark',
      },
      {
        header: 'Truy tặng (x)',
        width: 9,
        help: 'Ghi x nếu đề nghị truy tặng (người đã mất); để trống nếu không.',
        input: 'mark',
      },
      {
        header: 'Số CCCD',
        width: 16,
        help: 'Không bắt buộc. 12 chữ số (hoặc 9 chữ số CMND), giữ nguyên số 0 ở đầu.',
        input: 'idNumber',
      },
      ACHIEVEMENT,
      NOTE,
    ],
  },
  {
    subjectType: 'tap_the',
    name: 'Tập thể',
    columns: [
      STT,
      {
        header: 'Tên tập thể',
        width: 40,
        help: 'Bắt buộc. Tên đầy đủ, ví dụ: Phòng Tài chính - Kế hoạch huyện Tuy Phong.',
      },
      {
        header: 'Doanh nghiệp (x)',
        width: 13,
        help: 'Ghi x nếu tập thể là doanh nghiệp; để trống nếu không.',
        input: 'mark',
      },
      AWARD_FORM,
      ACHIEVEMENT,
      NOTE,
    ],
  },
  {
    subjectType: 'ho_gia_dinh',
    name: 'Hộ gia đình',
    columns: [
      STT,
      {
        header: 'Tên hộ gia đình',
        width: 36,
        help: 'Bắt buộc. Ví dụ: Hộ ông Nguyễn Văn An, thôn 2, xã Phan Dũng.',
      },
      AWARD_FORM,
      ACHIEVEMENT,
      NOTE,
    ],
  },
];

const FONT: Partial<ExcelJS.Font> = { name: EXCEL_FONT_NAME, size: 12 };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};

/** exceljs 4.4 writes sheet-level validations (one `sqref` per range) but leaves them out of its typings. */
type RangeValidation = Omit<ExcelJS.DataValidation, 'type'> & {
  type: ExcelJS.DataValidation['type'] | 'any';
};
interface WithValidations {
  dataValidations: { add(address: string, validation: RangeValidation): void };
}

/**
 * The Excel file units download, fill and send back: one sheet per subject type with headers on
 * row 1, drop-downs on rows 2..1001 (award forms from a hidden "Danh mục" sheet, since an inline
 * list is capped at 255 characters), CCCD and birth-date columns formatted as text, and a
 * "Hướng dẫn" sheet. The "Hộ gia đình" sheet appears only when a form allows households.
 */
export async function writeCandidateTemplate(options: CandidateTemplateOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT Desk';
  workbook.created = new Date();
  workbook.title = 'Mẫu danh sách đề nghị khen thưởng';
  if (options.movementTitle !== undefined) workbook.subject = options.movementTitle;

  const formsFor = (type: SubjectType): string[] => [
    ...new Set(options.awardForms.filter((f) => f.subjectTypes.includes(type)).map((f) => f.name)),
  ];
  const sheets = TEMPLATE_SHEETS.filter(
    (s) => s.subjectType !== 'ho_gia_dinh' || formsFor('ho_gia_dinh').length > 0,
  );

  // Tabs in this order (the file opens on "Cá nhân"); the catalogue is filled before the data
  // sheets because their drop-downs need its ranges.
  const dataSheets = sheets.map((spec) => ({
    spec,
    sheet: workbook.addWorksheet(spec.name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }],
      pageSetup: {
        paperSize: PAPER_A4,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: '1:1',
      },
      headerFooter: { oddFooter: `&C&"${EXCEL_FONT_NAME},Regular"&11Trang &P/&N` },
    }),
  }));
  const help = workbook.addWorksheet(HELP_SHEET, {
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const catalogue = workbook.addWorksheet(CATALOGUE_SHEET, { state: 'hidden' });

  const listRanges = writeCatalogue(catalogue, sheets, formsFor, options.awardForms);
  for (const { spec, sheet } of dataSheets)
    writeDataSheet(sheet, spec, listRanges.get(spec.subjectType));
  writeHelp(help, sheets, options);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Fills the hidden catalogue and returns, per subject type, the range its drop-down lists. */
function writeCatalogue(
  sheet: ExcelJS.Worksheet,
  sheets: readonly TemplateSheet[],
  formsFor: (type: SubjectType) => string[],
  awardForms: CandidateTemplateOptions['awardForms'],
): Map<SubjectType, string> {
  const ranges = new Map<SubjectType, string>();
  sheets.forEach((spec, i) => {
    const column = columnLetter(i + 1);
    const names = formsFor(spec.subjectType);
    sheet.getCell(`${column}1`).value = `Dùng cho sheet ${spec.name}`;
    names.forEach((name, j) => (sheet.getCell(`${column}${j + 2}`).value = excelText(name)));
    sheet.getColumn(i + 1).width = 45;
    if (names.length > 0) {
      ranges.set(
        spec.subjectType,
        `'${CATALOGUE_SHEET}'!$${column}$2:$${column}$${names.length + 1}`,
      );
    }
  });
  // Code ↔ name, for whoever reads the file back by hand.
  const codeColumn = sheets.length + 2;
  sheet.getCell(1, codeColumn).value = 'Mã';
  sheet.getCell(1, codeColumn + 1).value = 'Tên';
  sheet.getColumn(codeColumn).width = 28;
  sheet.getColumn(codeColumn + 1).width = 45;
  awardForms.forEach((form, j) => {
    sheet.getCell(j + 2, codeColumn).value = excelText(form.code);
    sheet.getCell(j + 2, codeColumn + 1).value = excelText(form.name);
  });
  return ranges;
}

function writeDataSheet(
  sheet: ExcelJS.Worksheet,
  spec: TemplateSheet,
  awardFormRange: string | undefined,
): void {
  const validations = (sheet as unknown as WithValidations).dataValidations;
  const lastRow = TEMPLATE_DATA_ROWS + 1;
  const header = sheet.getRow(1);
  header.height = 33;

  spec.columns.forEach((column, i) => {
    const letter = columnLetter(i + 1);
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = column.width;
    // Column-level style: what the unit types later inherits the font (and, below, the text format).
    // Set before the header cells, which exceljs would otherwise restyle with the column.
    sheetColumn.font = FONT;
    const range = `${letter}2:${letter}${lastRow}`;

    switch (column.input) {
      case undefined:
        break;
      case 'awardForm':
        if (awardFormRange !== undefined) {
          validations.add(range, {
            type: 'list',
            allowBlank: true,
            formulae: [awardFormRange],
            showErrorMessage: true,
            errorStyle: 'stop',
            errorTitle: 'Hình thức khen thưởng',
            error: 'Chọn một hình thức trong danh sách thả xuống.',
          });
        }
        break;
      case 'gender':
        validations.add(range, {
          type: 'list',
          allowBlank: true,
          formulae: ['"Nam,Nữ"'],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: 'Giới tính',
          error: 'Chỉ nhận Nam hoặc Nữ.',
        });
        break;
      case 'mark':
        validations.add(range, {
          type: 'list',
          allowBlank: true,
          formulae: ['"x"'],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: column.header,
          error: 'Ghi x nếu đúng, để trống nếu không.',
        });
        break;
      case 'honorific':
        // A suggestion only: ranks and titles (Đại tá, Thượng tá…) are accepted too.
        validations.add(range, {
          type: 'list',
          allowBlank: true,
          formulae: ['"Ông,Bà"'],
          showErrorMessage: false,
        });
        break;
      case 'birth':
        sheetColumn.numFmt = TEXT_FORMAT;
        validations.add(range, {
          type: 'any',
          formulae: [],
          showInputMessage: true,
          promptTitle: 'Ngày sinh',
          prompt: 'dd/mm/yyyy hoặc năm sinh',
        });
        break;
      case 'idNumber':
        sheetColumn.numFmt = TEXT_FORMAT;
        break;
      default: {
        const unknown: never = column.input;
        throw new Error(`Kiểu cột không rõ: ${String(unknown)}`);
      }
    }
  });

  spec.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

function writeHelp(
  sheet: ExcelJS.Worksheet,
  sheets: readonly TemplateSheet[],
  options: CandidateTemplateOptions,
): void {
  sheet.columns = [{ width: 16 }, { width: 28 }, { width: 80 }];
  const lines: { text: string; bold?: boolean; size?: number }[] = [
    { text: 'HƯỚNG DẪN ĐIỀN DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', bold: true, size: 14 },
  ];
  // The title already reads "Phong trào thi đua …": printed as is, without a label.
  if (options.movementTitle !== undefined) lines.push({ text: options.movementTitle, bold: true });
  if (options.unitName !== undefined) lines.push({ text: `Đơn vị: ${options.unitName}` });
  const sheetNames = sheets.map((s) => `"${s.name}"`).join(', ');
  lines.push(
    { text: '' },
    { text: 'Quy định chung', bold: true },
    {
      text: `1. Ghi mỗi đối tượng trên một dòng, từ dòng 2, ở đúng sheet: ${sheetNames}. Doanh nghiệp ghi ở sheet "Tập thể".`,
    },
    {
      text: '2. Không đổi tên, xóa hoặc chèn cột ở dòng tiêu đề (dòng 1); không gộp ô; không đổi tên sheet.',
    },
    {
      text: '3. Các cột có danh sách thả xuống: bấm vào ô rồi chọn; không gõ nội dung khác danh sách.',
    },
    {
      text: '4. Ngày sinh ghi dd/mm/yyyy (ví dụ 09/02/1988); chỉ biết năm sinh thì ghi năm (ví dụ 1988).',
    },
    {
      text: '5. Dùng phông chữ Unicode (Times New Roman, Arial); không dùng phông TCVN3 (.VnTime) hoặc VNI.',
    },
    {
      text: '6. Lưu tệp đúng định dạng Excel .xlsx (Excel Workbook); không lưu thành .xls, .csv hoặc .ods.',
      bold: true,
    },
    { text: '' },
    { text: 'Các cột', bold: true },
  );
  let row = 1;
  for (const line of lines) {
    const cell = sheet.getCell(row, 1);
    cell.value = excelText(line.text);
    cell.font = { ...FONT, bold: line.bold ?? false, size: line.size ?? 12 };
    if (line.text !== '') sheet.mergeCells(row, 1, row, 3);
    cell.alignment = { vertical: 'middle', wrapText: true };
    row += 1;
  }

  const tableRow = (values: string[], bold: boolean) => {
    values.forEach((value, i) => {
      const cell = sheet.getCell(row, i + 1);
      cell.value = excelText(value);
      cell.font = { ...FONT, bold };
      cell.border = THIN_BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    row += 1;
  };
  tableRow(['Sheet', 'Cột', 'Cách ghi'], true);
  for (const spec of sheets) {
    for (const column of spec.columns) tableRow([spec.name, column.header, column.help], false);
  }

  row += 1;
  sheet.getCell(row, 1).value = 'Hình thức khen thưởng được đề nghị';
  sheet.getCell(row, 1).font = { ...FONT, bold: true };
  sheet.mergeCells(row, 1, row, 3);
  row += 1;
  tableRow(['Thứ tự', 'Dùng cho', 'Hình thức'], true); // not the data headers: the importer must not take this for a list
  options.awardForms.forEach((form, i) =>
    tableRow(
      [String(i + 1), form.subjectTypes.map((t) => SUBJECT_TYPE_LABELS[t]).join(', '), form.name],
      false,
    ),
  );
}
