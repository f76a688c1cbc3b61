import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';

/** One column of an exported list. `key` picks the value out of each row. */
export interface ListColumn {
  header: string;
  /** Excel character widths; a default per kind when absent. */
  width?: number;
  key: string;
  /**
   * `text` (default) and `date` are written as text — dates arrive already formatted dd/mm/yyyy;
   * `number` keeps numbers numeric; `center` is text, centred.
   */
  kind?: 'text' | 'date' | 'number' | 'center';
  /** Excel number format of a `number` column, e.g. `#,##0` (shown with the reader's separators). */
  numFmt?: string;
}

/**
 * A row across the whole table, between data rows: a section heading, a caption or a total.
 * Not numbered; STT counts from 1 again after it (as each table of a printed list does).
 */
export interface ListBand {
  /** Placed before `rows[before]`; `rows.length` puts it after the last row. Ties keep their order. */
  before: number;
  text: string;
  /** heading: bold; caption: bold italic; total: bold, centred. */
  style: 'heading' | 'caption' | 'total';
  /** Cells after the text by column key (a total's amount): the text spans the columns before the first. */
  values?: Record<string, string | number | null>;
}

/** Any list view the user can print or hand on, as one sheet. */
export interface ListDocument {
  sheetName: string;
  /** e.g. 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Phong trào …': merged across the table, bold, centred. */
  titleLines: string[];
  subtitle?: string;
  columns: ListColumn[];
  /** Written in the order given: the caller sorts (Vietnamese collation). */
  rows: Record<string, string | number | null>[];
  /** Section headings, captions and totals among the rows. */
  bands?: ListBand[];
  footerLines?: string[];
  /** Landscape when absent. */
  orientation?: 'landscape' | 'portrait';
}

export const EXCEL_FONT_NAME = 'Times New Roman';
export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Excel's "Text" number format: what the user types later in the cell stays text too. */
export const TEXT_FORMAT = '@';
/** Excel refuses to open a file with a longer cell. */
export const MAX_CELL_CHARS = 32_767;
/** A4 in SpreadsheetML's paperSize codes. */
export const PAPER_A4 = 9;

const DEFAULT_WIDTH = { text: 25, date: 12, number: 12, center: 12 } as const;
const STT_WIDTH = 6;
const FONT: Partial<ExcelJS.Font> = { name: EXCEL_FONT_NAME, size: 12 };
const TITLE_FONT: Partial<ExcelJS.Font> = { name: EXCEL_FONT_NAME, size: 13, bold: true };

/**
 * Text as an Excel cell stores it. exceljs drops the C0 controls XML forbids but not U+FFFE/U+FFFF.
 * Excel reads `_xHHHH_` in a string as an escaped character, so a literal one needs its underscore
 * escaped (`_x005F_`) to come back unchanged; and an XML parser turns a raw CR into LF, so CR is
 * written the way Excel writes it, `_x000D_`.
 */
export function excelText(value: string): string {
  return value
    .replace(/[\uFFFE\uFFFF]/g, '')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/\r/g, '_x000D_');
}

/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. An apostrophe becomes ’, since
 * exceljs does not double it when it quotes the name in the print-titles reference.
 */
export function excelSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/'/g, '’')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned === '' ? 'Danh sách' : cleaned;
}

/**
 * Writes a list as an .xlsx: title lines, a header row with STT first, bordered data rows (and
 * bands across the table: section headings, captions, totals),
 * A4 landscape fitted to one page wide, the header row repeated on every printed page,
 * frozen under the header, "Trang n/N" in the page footer.
 *
 * Every text — including one starting with = + - @ — is a shared string (`t="s"`), never a
 * formula, so no cell of a list can run anything when opened.
 * Uses exceljs's streaming writer (rows leave memory as they are committed): 10,000 rows take
 * under a second.
 *
 * @throws AppError('VALIDATION') when a cell holds more than 32,767 characters.
 */
export async function writeListWorkbook(list: ListDocument): Promise<Buffer> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'TĐKT Desk';
  workbook.created = new Date();

  const columnCount = list.columns.length + 1;
  const lastColumn = columnLetter(columnCount);
  const bannerRows = list.titleLines.length + (list.subtitle === undefined ? 0 : 1);
  const headerRow = bannerRows === 0 ? 1 : bannerRows + 2; // a blank row between banner and table

  const sheet = workbook.addWorksheet(excelSheetName(list.sheetName), {
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: list.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as needed
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: `&C&"${EXCEL_FONT_NAME},Regular"&11Trang &P/&N` },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
  });
  sheet.columns = [
    { width: STT_WIDTH },
    ...list.columns.map((c) => ({ width: c.width ?? DEFAULT_WIDTH[c.kind ?? 'text'] })),
  ];

  const writeBanner = (rowNumber: number, text: string, font: Partial<ExcelJS.Font>) => {
    const row = sheet.getRow(rowNumber);
    const cell = row.getCell(1);
    cell.value = excelText(text);
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (columnCount > 1) sheet.mergeCells(`A${rowNumber}:${lastColumn}${rowNumber}`);
    row.commit();
  };
  list.titleLines.forEach((line, i) => writeBanner(i + 1, line, TITLE_FONT));
  if (list.subtitle !== undefined) {
    writeBanner(list.titleLines.length + 1, list.subtitle, { ...FONT, italic: true });
  }

  const header = sheet.getRow(headerRow);
  ['STT', ...list.columns.map((c) => c.header)].forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = excelText(text);
    cell.font = { ...FONT, bold: true };
    cell.border = THIN_BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.commit();

  const writeValue = (
    cell: ExcelJS.Cell,
    rowNumber: number,
    column: ListColumn,
    i: number,
    value: string | number | null,
    font: Partial<ExcelJS.Font>,
  ) => {
    const kind = column.kind ?? 'text';
    cell.font = font;
    cell.border = THIN_BORDER;
    if (typeof value === 'number' && kind === 'number') {
      if (!Number.isFinite(value)) throw new Error(`Giá trị số không hợp lệ ở cột ${column.key}`);
      cell.value = value;
      if (column.numFmt !== undefined) cell.numFmt = column.numFmt;
      cell.alignment = { horizontal: 'right', vertical: 'middle' };
      return;
    }
    if (value !== null) {
      const text = excelText(String(value));
      if (text.length > MAX_CELL_CHARS) {
        throw new AppError(
          'VALIDATION',
          `Ô ở dòng ${rowNumber}, cột "${column.header}" dài quá ${MAX_CELL_CHARS} ký tự, Excel không mở được.`,
          [{ row: rowNumber, column: columnLetter(i + 2), fieldLabel: column.header }],
        );
      }
      cell.value = text;
    }
    cell.numFmt = TEXT_FORMAT;
    cell.alignment =
      kind === 'text'
        ? { horizontal: 'left', vertical: 'middle', wrapText: true }
        : { horizontal: 'center', vertical: 'middle', wrapText: true };
  };

  const writeBand = (rowNumber: number, band: ListBand) => {
    const row = sheet.getRow(rowNumber);
    const values = band.values ?? {};
    const firstValue = list.columns.findIndex((c) => values[c.key] !== undefined);
    // The text spans STT and the columns before the first value.
    const spanEnd = firstValue === -1 ? columnCount : firstValue + 1;
    const font = { ...FONT, bold: true, italic: band.style === 'caption' };
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      cell.font = font;
      cell.border = THIN_BORDER;
    }
    const text = excelText(band.text);
    if (text.length > MAX_CELL_CHARS) {
      throw new AppError(
        'VALIDATION',
        `Ô ở dòng ${rowNumber}, cột A dài quá ${MAX_CELL_CHARS} ký tự, Excel không mở được.`,
        [{ row: rowNumber, column: 'A' }],
      );
    }
    const master = row.getCell(1);
    master.value = text;
    master.numFmt = TEXT_FORMAT;
    master.alignment = {
      horizontal: band.style === 'total' ? 'center' : 'left',
      vertical: 'middle',
      wrapText: true,
    };
    list.columns.forEach((column, i) => {
      const value = values[column.key];
      if (i + 2 > spanEnd && value !== undefined) {
        writeValue(row.getCell(i + 2), rowNumber, column, i, value, font);
      }
    });
    if (spanEnd > 1) sheet.mergeCells(`A${rowNumber}:${columnLetter(spanEnd)}${rowNumber}`);
    row.commit();
  };

  // Stable sort: bands placed at the same row keep the caller's order.
  const bands = [...(list.bands ?? [])].sort((a, b) => a.before - b.before);
  let nextBand = 0;
  let lastRow = headerRow;
  let stt = 0;
  const writeBandsBefore = (index: number) => {
    while (nextBand < bands.length && bands[nextBand]!.before <= index) {
      lastRow += 1;
      writeBand(lastRow, bands[nextBand]!);
      nextBand += 1;
      stt = 0;
    }
  };

  list.rows.forEach((data, index) => {
    writeBandsBefore(index);
    lastRow += 1;
    stt += 1;
    const rowNumber = lastRow;
    const row = sheet.getRow(rowNumber);
    const sttCell = row.getCell(1);
    sttCell.value = stt;
    sttCell.font = FONT;
    sttCell.border = THIN_BORDER;
    sttCell.alignment = { horizontal: 'center', vertical: 'middle' };
    list.columns.forEach((column, i) => {
      writeValue(row.getCell(i + 2), rowNumber, column, i, data[column.key] ?? null, FONT);
    });
    row.commit();
  });
  writeBandsBefore(Number.POSITIVE_INFINITY);

  const footerStart = lastRow + 2; // one blank row after the table
  (list.footerLines ?? []).forEach((line, i) => {
    const rowNumber = footerStart + i;
    const row = sheet.getRow(rowNumber);
    const cell = row.getCell(1);
    cell.value = excelText(line);
    cell.font = FONT;
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    if (columnCount > 1) sheet.mergeCells(`A${rowNumber}:${lastColumn}${rowNumber}`);
    row.commit();
  });

  sheet.commit();
  const [bytes] = await Promise.all([buffer(out), workbook.commit()]);
  return bytes;
}

/** 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
