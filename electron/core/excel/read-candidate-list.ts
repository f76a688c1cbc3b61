/**
 * Reads a unit's candidate list (danh sách đề nghị khen thưởng) from an .xlsx file (domain.md §4.7, §7).
 *
 * The reader never throws for bad input and never executes anything from the file: every problem is an
 * `ImportIssue` (sheet, Excel row, column letter, header text, Vietnamese message) and `rows` holds only
 * the rows without errors. The caller refuses to commit while any error exists.
 *
 * How the file is read, and why:
 * 1. The container is checked from its bytes first (OLE/.xls, PDF, text, HTML, truncated zip,
 *    encrypted entries), and the zip's central directory is read by hand: declared sizes are checked,
 *    then every part we will parse is inflated once into a byte counter (nothing kept except the small
 *    XML parts), so a zip bomb is refused before any XML parser sees it, even when its headers lie.
 * 2. exceljs's streaming `WorkbookReader` reads the sheets row by row. Two of its behaviours shaped the
 *    next step: it buffers a worksheet to a temp file whenever the worksheet comes before
 *    `sharedStrings.xml` in the zip (Excel and exceljs both write them in that order), and it resolves
 *    cell styles (so `cell.font.name`, needed for TCVN3/VNI detection) only if `styles.xml` was read
 *    before the worksheet. So we feed it a rebuilt zip stream in our own order — workbook parts, styles,
 *    shared strings, then only the sheets we want, in tab order — copying each entry's compressed bytes
 *    unchanged. Result: no temp files, fonts available on every styled cell, hidden sheets never
 *    inflated, and reading stops as soon as the row limit is passed. Fonts were checked in stream mode
 *    (tests assert `.VnTime`/`VNI-Times` files are detected); what streaming loses: cells without a
 *    style id get no font (we use the workbook's default font from `styles.xml`), rich-text runs lose
 *    their own font names (exceljs bug: `rFont` is read from a missing property), merged ranges are
 *    not reported (we infer merged header parents from empty cells), and formula results that are
 *    errors come back as NaN.
 * 3. `workbook.xml` and its relationships are replaced by minimal generated parts: we read sheet
 *    order, hidden state and the 1904 date system from the originals ourselves and need nothing else
 *    there (defined names, views), so none of it can trip exceljs's parser.
 * 4. exceljs matches element names literally: a sheet, shared-strings or styles part written with a
 *    namespace prefix (`<x:row>`, OpenXML-SDK tools) would read as empty, so such a part is handed
 *    over inflated and without its prefix.
 * A full `workbook.xlsx.load` fallback was not needed: it would keep the whole workbook in memory.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../../shared/domain/award-form';
import type {
  CandidateDraft,
  CandidateRow,
  EncodingNotice,
  ImportIssue,
  ParsedCandidateList,
  SheetLayout,
} from '../../../shared/domain/candidate-list';
import { isValidIsoDate, todayIso } from '../../../shared/domain/dates';
import { birthYearOf, type Gender } from '../../../shared/domain/nomination';
import {
  decodeLegacy,
  detectLegacyEncoding,
  type LegacyEncoding,
} from '../../../shared/text/legacy-encodings';
import { personNameKey, splitHonorific } from '../../../shared/text/person-name';
import { normalizeText, searchKey } from '../../../shared/text/vietnamese';

export interface ReadAwardForm {
  code: string;
  name: string;
  printName: string;
  subjectTypes: SubjectType[];
  allowsPosthumous: boolean;
}

export interface ReadOptions {
  /** The forms a row may ask for (the movement's, or the whole catalogue). */
  awardForms: ReadAwardForm[];
  /** Used when a sheet has no "loại đối tượng" column and its name/title says nothing. */
  defaultSubjectType?: SubjectType;
  /** Data rows allowed in the whole file (default 20 000); more → one error and no rows. */
  maxRows?: number;
  /** Rows read so far; `total` is null while unknown and equals `done` at the end. */
  onProgress?: (done: number, total: number | null) => void;
}

export const DEFAULT_MAX_ROWS = 20_000;
/** Rows past the limit still read before giving up (signature blocks, blank lines, section rows). */
const ROW_MARGIN = 200;
const HEADER_SCAN_ROWS = 30;
const PROGRESS_EVERY = 500;
const MiB = 1024 * 1024;
const LIMITS = {
  /** Sum of every part we inflate (sheets + shared strings + styles + workbook). */
  total: 1024 * MiB,
  sheet: 512 * MiB,
  sharedStrings: 256 * MiB,
  styles: 32 * MiB,
  smallXml: 16 * MiB,
  maxSheets: 255,
} as const;

/** Field limits of shared/domain/nomination.ts. */
const TEXT_LIMITS = {
  fullName: 300,
  honorific: 40,
  ethnicity: 50,
  position: 300,
  workplace: 500,
  achievement: 4000,
  note: 1000,
} as const;

const SAVE_AS_XLSX =
  'Mở tệp bằng Excel rồi chọn Lưu thành (Save As), kiểu “Excel Workbook (*.xlsx)”, sau đó nhập lại tệp mới.';
const MSG = {
  empty: 'Tệp rỗng (0 byte): không có gì để đọc.',
  xls: 'Tệp .xls (Excel 97-2003) không đọc được: mở bằng Excel rồi Lưu thành (Save As) dạng .xlsx.',
  encrypted:
    'Tệp Excel được đặt mật khẩu (mã hóa) nên không đọc được: mở bằng Excel, gỡ mật khẩu (File → Info → Protect Workbook → Encrypt with Password, xóa mật khẩu) rồi lưu lại dạng .xlsx.',
  pdf: `Tệp là PDF, không phải tệp Excel .xlsx: cần tệp danh sách gốc dạng Excel (.xlsx). ${SAVE_AS_XLSX}`,
  html: `Tệp là trang HTML/XML được đặt đuôi Excel, không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`,
  text: `Tệp là văn bản (CSV/TXT), không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`,
  notExcel: `Tệp không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`,
  ods: `Tệp OpenDocument (.ods) chưa đọc được: không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`,
  docx: 'Tệp là văn bản Word (.docx), không phải tệp Excel .xlsx: cần tệp danh sách dạng Excel.',
  corrupt:
    'Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể tải về hoặc sao chép chưa xong): mở thử bằng Excel, lưu lại rồi nhập lại.',
  tooBig: (mb: number) =>
    `Tệp quá lớn để đọc (nội dung giải nén vượt ${mb} MB): hãy chia danh sách thành nhiều tệp nhỏ hơn.`,
  tooManySheets: `Tệp có quá nhiều sheet (trên ${LIMITS.maxSheets}): hãy chỉ giữ các sheet danh sách.`,
  tooManyRows: (max: number) =>
    `Tệp có hơn ${max.toLocaleString('vi-VN')} dòng dữ liệu: hãy chia danh sách thành nhiều tệp, mỗi tệp tối đa ${max.toLocaleString('vi-VN')} dòng.`,
  noSheets:
    'Tệp Excel không có sheet nào để đọc (mọi sheet đều bị ẩn hoặc là sheet hướng dẫn/danh mục).',
  emptyWorkbook: 'Tệp Excel trống: không sheet nào có dữ liệu.',
  noForms:
    'Chưa có hình thức khen thưởng nào được phép cho danh sách này: chọn hình thức trước khi nhập.',
  noRows: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.',
} as const;

// ---------------------------------------------------------------------------------------------
// Public entry point

/**
 * Reads every visible list sheet of an .xlsx file into candidate drafts.
 * Never throws for bad input: problems are issues, and refusals are one error with no rows.
 *
 * @example
 * const parsed = await readCandidateList(bytes, { awardForms: movementForms });
 * if (parsed.issues.some((i) => i.severity === 'error')) showIssues(parsed.issues);
 */
export async function readCandidateList(
  source: Buffer,
  options: ReadOptions,
): Promise<ParsedCandidateList> {
  try {
    if (options.awardForms.length === 0) return refusal(MSG.noForms);
    const container = inspectContainer(source);
    if ('refusal' in container) return refusal(container.refusal);
    const plan = await planWorkbook(source, container.entries);
    if ('refusal' in plan) return refusal(plan.refusal);
    return await readPlannedSheets(source, plan, options);
  } catch (error) {
    if (error instanceof Refusal) return refusal(error.message);
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return refusal(`${MSG.corrupt} (Chi tiết kỹ thuật: ${detail})`);
  }
}

class Refusal extends Error {}

function refusal(message: string): ParsedCandidateList {
  return {
    sheets: [],
    rows: [],
    issues: [fileIssue('error', message)],
    encodings: [],
  };
}

function fileIssue(severity: ImportIssue['severity'], message: string): ImportIssue {
  return { severity, sheet: null, row: null, column: null, columnLabel: null, message };
}

// ---------------------------------------------------------------------------------------------
// 1. Container: magic bytes and the zip central directory

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  dataStart: number;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function inspectContainer(buf: Buffer): { entries: Map<string, ZipEntry> } | { refusal: string } {
  if (buf.length === 0) return { refusal: MSG.empty };
  if (buf.subarray(0, 4).equals(OLE_MAGIC.subarray(0, 4))) {
    // Compound File: a legacy .xls, or an .xlsx encrypted with a password (EncryptedPackage stream).
    const encrypted = buf.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return { refusal: encrypted ? MSG.encrypted : MSG.xls };
  }
  const head = buf.subarray(0, 4);
  if (head[0] === 0x50 && head[1] === 0x4b) return readCentralDirectory(buf);
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return { refusal: MSG.pdf };
  // Excel's "Unicode Text" export: UTF-16 with a byte-order mark.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { refusal: MSG.text };
  }
  const start = buf
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  if (start.startsWith('<')) return { refusal: MSG.html };
  const sample = buf.subarray(0, 4096);
  const binary = sample.some((b) => b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(b));
  return { refusal: binary ? MSG.notExcel : MSG.text };
}

function readCentralDirectory(
  buf: Buffer,
): { entries: Map<string, ZipEntry> } | { refusal: string } {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { refusal: MSG.corrupt };
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    return { refusal: MSG.tooBig(Math.round(buf.length / MiB)) }; // zip64: far beyond any list
  }
  if (cdOffset + cdSize > eocd) return { refusal: MSG.corrupt };
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  let declaredTotal = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) return { refusal: MSG.corrupt };
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf
      .subarray(p + 46, p + 46 + nameLength)
      .toString('utf8')
      .replace(/\\/g, '/');
    p += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      return { refusal: MSG.tooBig(4096) };
    }
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== 0x04034b50) {
      return { refusal: MSG.corrupt };
    }
    const dataStart =
      localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > buf.length) return { refusal: MSG.corrupt };
    if (flags & 0x1) return { refusal: MSG.encrypted };
    if (name.endsWith('/')) continue;
    declaredTotal += uncompressedSize;
    entries.set(name.toLowerCase(), {
      name,
      flags,
      method,
      crc,
      compressedSize,
      uncompressedSize,
      dataStart,
    });
  }
  if (!entries.has('xl/workbook.xml')) {
    if (entries.has('word/document.xml')) return { refusal: MSG.docx };
    if (entries.has('content.xml') && entries.has('mimetype')) return { refusal: MSG.ods };
    return { refusal: MSG.notExcel };
  }
  if (declaredTotal > LIMITS.total) return { refusal: MSG.tooBig(LIMITS.total / MiB) };
  return { entries };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50 && i + 22 + buf.readUInt16LE(i + 20) <= buf.length) {
      return i;
    }
  }
  return -1;
}

const HEAD_BYTES = 4096;

/** Inflates one entry into a counter (and keeps the bytes when asked); refuses past `cap`. */
async function inflateEntry(
  buf: Buffer,
  entry: ZipEntry,
  cap: number,
  keep: boolean,
): Promise<{ size: number; bytes: Buffer | null; head: string }> {
  const compressed = buf.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (compressed.length > cap) throw new Refusal(MSG.tooBig(Math.round(cap / MiB)));
    const head = compressed.subarray(0, HEAD_BYTES).toString('latin1');
    return { size: compressed.length, bytes: keep ? compressed : null, head };
  }
  if (entry.method !== 8) throw new Refusal(MSG.corrupt);
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    const chunks: Buffer[] = [];
    let size = 0;
    let head = '';
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (head.length < HEAD_BYTES) head += chunk.subarray(0, HEAD_BYTES).toString('latin1');
      size += chunk.length;
      if (size > cap) fail(new Refusal(MSG.tooBig(Math.round(cap / MiB))));
      else if (keep) chunks.push(chunk);
    });
    inflater.on('error', () => fail(new Refusal(MSG.corrupt)));
    inflater.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ size, bytes: keep ? Buffer.concat(chunks) : null, head });
    });
    inflater.end(compressed);
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Plan: which sheets, in which order, and the zip stream fed to exceljs

/** A part given to exceljs: its zip entry, or a rewritten copy (see `unprefixed`). */
interface PlannedPart {
  entry: ZipEntry;
  rewritten: Buffer | null;
}

interface PlannedSheet extends PlannedPart {
  name: string;
}

interface Plan {
  sheets: PlannedSheet[];
  sharedStrings: PlannedPart | null;
  styles: PlannedPart | null;
  date1904: boolean;
  defaultFont: string | null;
}

const SKIPPED_SHEET_NAMES = [
  'huongdan',
  'hdsd',
  'ghichu',
  'danhmuc',
  'note',
  'instruction',
  'readme',
  'thamso',
];

function compactKey(text: string): string {
  return headerKey(text).replace(/ /g, '');
}

async function planWorkbook(
  buf: Buffer,
  entries: Map<string, ZipEntry>,
): Promise<Plan | { refusal: string }> {
  let total = 0;
  const inflate = async (entry: ZipEntry, cap: number, keep: boolean) => {
    const result = await inflateEntry(buf, entry, cap, keep);
    total += result.size;
    if (total > LIMITS.total) throw new Refusal(MSG.tooBig(LIMITS.total / MiB));
    return result;
  };
  const readXml = async (entry: ZipEntry | undefined, cap: number): Promise<string> =>
    entry ? ((await inflate(entry, cap, true)).bytes?.toString('utf8') ?? '') : '';

  const workbookXml = await readXml(entries.get('xl/workbook.xml'), LIMITS.smallXml);
  const relsXml = await readXml(entries.get('xl/_rels/workbook.xml.rels'), LIMITS.smallXml);
  const rels = new Map<string, { target: string; type: string }>();
  for (const attrs of xmlElements(relsXml, 'Relationship')) {
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target && attrs.get('TargetMode') !== 'External') {
      rels.set(id, { target: resolvePart(target), type: attrs.get('Type') ?? '' });
    }
  }
  const relOfType = (suffix: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target.toLowerCase();
  const stylesEntry = entries.get(relOfType('/styles') ?? 'xl/styles.xml') ?? null;
  const sharedEntry = entries.get(relOfType('/sharedStrings') ?? 'xl/sharedstrings.xml') ?? null;

  const sheets: PlannedSheet[] = [];
  let sheetElements = 0;
  for (const attrs of xmlElements(workbookXml, 'sheet')) {
    sheetElements++;
    if (sheetElements > LIMITS.maxSheets) return { refusal: MSG.tooManySheets };
    const name = attrs.get('name') ?? `Sheet${sheetElements}`;
    const state = attrs.get('state') ?? 'visible';
    const relId = [...attrs.entries()].find(([k]) => /(^|:)id$/.test(k))?.[1];
    const rel = relId ? rels.get(relId) : undefined;
    if (!rel || !rel.type.endsWith('/worksheet')) continue; // chart sheets, dialog sheets
    const entry = entries.get(rel.target.toLowerCase());
    if (!entry) continue;
    if (state !== 'visible') continue;
    const key = compactKey(name);
    if (SKIPPED_SHEET_NAMES.some((s) => key.includes(s))) continue;
    sheets.push({ name, entry, rewritten: null });
  }
  if (sheetElements === 0) return { refusal: MSG.emptyWorkbook };
  if (sheets.length === 0) return { refusal: MSG.noSheets };

  const part = async (entry: ZipEntry, cap: number): Promise<PlannedPart> => {
    const { head } = await inflate(entry, cap, false);
    return { entry, rewritten: await unprefixed(buf, entry, cap, head) };
  };
  const stylesXml = await readXml(stylesEntry ?? undefined, LIMITS.styles);
  const styles =
    stylesEntry && stylesXml ? { entry: stylesEntry, rewritten: withoutPrefix(stylesXml) } : null;
  const sharedStrings = sharedEntry ? await part(sharedEntry, LIMITS.sharedStrings) : null;
  for (const sheet of sheets) sheet.rewritten = (await part(sheet.entry, LIMITS.sheet)).rewritten;

  const workbookPr = xmlElements(workbookXml, 'workbookPr')[0];
  const date1904 = ['1', 'true'].includes(workbookPr?.get('date1904') ?? '');
  return {
    sheets,
    sharedStrings,
    styles,
    date1904,
    defaultFont: defaultFontName(stylesXml),
  };
}

/**
 * exceljs matches element names literally, so a part written with a namespace prefix
 * (`<x:worksheet><x:sheetData><x:row>…`, as OpenXML-SDK-based tools do) reads as empty.
 * Such a part is inflated once more and handed over without the prefix; others stay as they are.
 */
async function unprefixed(
  buf: Buffer,
  entry: ZipEntry,
  cap: number,
  head: string,
): Promise<Buffer | null> {
  if (rootPrefix(head) === null) return null;
  const { bytes } = await inflateEntry(buf, entry, cap, true);
  return withoutPrefix((bytes ?? Buffer.alloc(0)).toString('utf8'));
}

function rootPrefix(head: string): string | null {
  return /<([A-Za-z_][\w.-]*):(?:worksheet|sst|styleSheet)\b/.exec(head)?.[1] ?? null;
}

function withoutPrefix(xml: string): Buffer | null {
  const prefix = rootPrefix(xml.slice(0, HEAD_BYTES));
  if (prefix === null) return null;
  const tag = new RegExp(`<(/?)${prefix.replace(/\./g, '\\.')}:`, 'g');
  return Buffer.from(xml.replace(tag, '<$1'), 'utf8');
}

/** `worksheets/sheet1.xml`, `/xl/worksheets/sheet1.xml`, `../xl/x.xml` → `xl/...`. */
function resolvePart(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** Attributes of every `<name …>` element (any namespace prefix). Enough for workbook/rels/styles. */
function xmlElements(xml: string, name: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>`, 'g');
  for (const m of xml.matchAll(re)) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs.set(a[1] ?? '', decodeXmlEntities(a[2] ?? a[3] ?? ''));
    }
    out.push(attrs);
  }
  return out;
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    const lower = e.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** The font of cell style 0, which exceljs's stream reader does not attach to unstyled cells. */
function defaultFontName(stylesXml: string): string | null {
  const fontsBlock = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(stylesXml)?.[1];
  const xfsBlock = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1];
  if (!fontsBlock) return null;
  const fonts = [
    ...fontsBlock.matchAll(/<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/g),
  ];
  const fontId = Number(xfsBlock ? (xmlElements(xfsBlock, 'xf')[0]?.get('fontId') ?? 0) : 0);
  const font = fonts[Number.isInteger(fontId) ? fontId : 0]?.[1] ?? '';
  return xmlElements(font, 'name')[0]?.get('val') ?? null;
}

/** The zip stream given to exceljs: our parts first, then the chosen sheets as sheet1..n. */
function* planStream(buf: Buffer, plan: Plan): Generator<Buffer> {
  const storedXml = (name: string, xml: string) => {
    const data = Buffer.from(xml, 'utf8');
    return localEntry(name, 0, zlib.crc32(data), data, data.length);
  };
  const copied = (name: string, { entry: e, rewritten }: PlannedPart) =>
    rewritten
      ? localEntry(name, 0, zlib.crc32(rewritten), rewritten, rewritten.length)
      : localEntry(
          name,
          e.method,
          e.crc,
          buf.subarray(e.dataStart, e.dataStart + e.compressedSize),
          e.uncompressedSize,
        );
  const sheetList = plan.sheets
    .map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const relList = plan.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  yield* storedXml(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relList}</Relationships>`,
  );
  yield* storedXml(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}"><workbookPr${plan.date1904 ? ' date1904="1"' : ''}/><sheets>${sheetList}</sheets></workbook>`,
  );
  if (plan.styles) yield* copied('xl/styles.xml', plan.styles);
  yield* plan.sharedStrings
    ? copied('xl/sharedStrings.xml', plan.sharedStrings)
    : storedXml(
        'xl/sharedStrings.xml',
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
      );
  for (const [i, sheet] of plan.sheets.entries()) {
    yield* copied(`xl/worksheets/sheet${i + 1}.xml`, sheet);
  }
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A zip local entry with sizes in the header (no data descriptor), data sliced in 1 MiB chunks. */
function* localEntry(
  name: string,
  method: number,
  crc: number,
  data: Buffer,
  uncompressedSize: number,
): Generator<Buffer> {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt16LE(method, 8);
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(uncompressedSize, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  yield Buffer.concat([header, nameBytes]);
  for (let i = 0; i < data.length; i += MiB) yield data.subarray(i, i + MiB);
}

// ---------------------------------------------------------------------------------------------
// 3. Cells

type Extracted =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; encoding: LegacyEncoding | null; before: string }
  | { kind: 'number'; value: number; dateFormat: boolean }
  | { kind: 'date'; date: Date }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; message: string };

const EMPTY: Extracted = { kind: 'empty' };

/** Text cells repeat (forms, positions, "Nam"): their decoding is cached per read, bounded. */
type TextCache = Map<string, Extracted>;
const TEXT_CACHE_SIZE = 20_000;

function extractValue(
  value: unknown,
  font: string | undefined,
  numFmt: string,
  cache: TextCache,
): Extracted {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textValue(value, font, cache);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return {
        kind: 'error',
        message: 'Công thức trong ô trả về lỗi (#N/A, #VALUE!…): sửa trong Excel',
      };
    }
    return { kind: 'number', value, dateFormat: isDateFormat(numFmt) };
  }
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { kind: 'error', message: 'Ô ngày tháng không hợp lệ' }
      : { kind: 'date', date: value };
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      const runs = v.richText as { text?: unknown }[];
      return textValue(
        runs.map((r) => (typeof r.text === 'string' ? r.text : '')).join(''),
        font,
        cache,
      );
    }
    if ('error' in v) {
      return {
        kind: 'error',
        message: `Ô có lỗi ${String(v.error)}: sửa trong Excel rồi nhập lại`,
      };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined || v.result === null) {
        return {
          kind: 'error',
          message:
            'Ô có công thức không có giá trị (chưa được tính): mở tệp bằng Excel, lưu lại rồi nhập lại',
        };
      }
      return extractValue(v.result, font, numFmt, cache);
    }
    if ('text' in v) return extractValue(v.text, font, numFmt, cache); // hyperlink: its text
  }
  return { kind: 'error', message: 'Ô có kiểu dữ liệu không đọc được' };
}

function textValue(raw: string, font: string | undefined, cache: TextCache): Extracted {
  if (raw.length > 200) return decodeText(raw, font);
  const key = `${font ?? ''}\u0000${raw}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= TEXT_CACHE_SIZE) cache.clear();
  const result = decodeText(raw, font);
  cache.set(key, result);
  return result;
}

function decodeText(raw: string, font: string | undefined): Extracted {
  if (raw.trim() === '') return EMPTY;
  const detected = detectLegacyEncoding(raw, font);
  if (!detected) {
    const text = normalizeText(raw);
    return text === '' ? EMPTY : { kind: 'text', text, encoding: null, before: text };
  }
  const text = normalizeText(decodeLegacy(raw, detected));
  if (text === '') return EMPTY;
  const before = normalizeText(raw);
  return { kind: 'text', text, encoding: text !== before ? detected : null, before };
}

function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function asText(x: Extracted): string | null {
  switch (x.kind) {
    case 'empty':
    case 'error':
      return null;
    case 'text':
      return x.text;
    case 'number':
      return String(x.value);
    case 'bool':
      return x.value ? 'TRUE' : 'FALSE';
    case 'date':
      return formatUtcDate(x.date);
  }
}

function formatUtcDate(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) {
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// 4. Headers

type Field =
  | 'index'
  | 'fullName'
  | 'unitName'
  | 'honorific'
  | 'gender'
  | 'gender.nam'
  | 'gender.nu'
  | 'birth'
  | 'birth.nam'
  | 'birth.nu'
  | 'ethnicity'
  | 'position'
  | 'department'
  | 'workplace'
  | 'awardFormCode'
  | 'titleFormCode'
  | 'subjectType'
  | 'isLeader'
  | 'isEnterprise'
  | 'posthumous'
  | 'achievement'
  | 'idNumber'
  | 'note';

/**
 * Header labels per field, compared with `headerKey` (case, marks, đ/d, punctuation, spaces ignored;
 * text in parentheses is tried with and without). `unitName` ("Tên đơn vị", "Cơ quan") is the name
 * column of a collective list, or the workplace when the sheet also has a person-name column.
 */
const SYNONYMS: [Field, string[]][] = [
  ['index', ['STT', 'TT', 'Số TT', 'Số thứ tự']],
  [
    'fullName',
    [
      'Họ và tên',
      'Họ tên',
      'Tên cá nhân',
      'Tên tập thể, cá nhân',
      'Tên cá nhân, tập thể',
      'Tên tập thể/cá nhân/hộ gia đình',
      'Tên tập thể, cá nhân, hộ gia đình',
      'Tên tập thể hoặc cá nhân',
      'Tên tập thể',
      'Tên đơn vị/tập thể',
      'Tên tập thể/đơn vị',
      'Tên đơn vị, tập thể',
      'Tên doanh nghiệp',
      'Tên hộ gia đình',
      'Họ và tên chủ hộ',
      'Tên đối tượng',
      'Họ và tên/Tên tập thể',
      'Tên tập thể/Họ và tên',
    ],
  ],
  ['unitName', ['Tên đơn vị', 'Đơn vị', 'Cơ quan', 'Tên cơ quan, đơn vị', 'Cơ quan, đơn vị']],
  [
    'honorific',
    [
      'Danh xưng',
      'Tên gọi',
      'Tên gọi (Ông/Bà/Chức danh)',
      'Xưng hô',
      'Ông/Bà',
      'Cấp bậc',
      'Quân hàm',
    ],
  ],
  ['gender', ['Giới tính', 'Nam/Nữ', 'Nam, nữ', 'Phái', 'Giới']],
  [
    'birth',
    [
      'Ngày sinh',
      'Năm sinh',
      'Ngày, tháng, năm sinh',
      'Ngày tháng năm sinh',
      'Sinh ngày',
      'Ngày/tháng/năm sinh',
      'Ngày sinh/Năm sinh',
    ],
  ],
  ['ethnicity', ['Dân tộc']],
  [
    'position',
    ['Chức vụ', 'Chức vụ, chức danh', 'Chức danh', 'Chức vụ/chức danh', 'Chức vụ hiện nay'],
  ],
  [
    'department',
    [
      'Tên phòng ban/khối, tổ công tác',
      'Phòng ban',
      'Phòng, ban',
      'Phòng ban/khối',
      'Bộ phận',
      'Tổ công tác',
      'Khoa, phòng',
    ],
  ],
  [
    'workplace',
    [
      'Đơn vị công tác',
      'Nơi công tác',
      'Tên đơn vị/tập thể công tác',
      'Cơ quan công tác',
      'Cơ quan, đơn vị công tác',
      'Tên đơn vị công tác',
      'Chức vụ, đơn vị công tác',
      'Chức vụ và đơn vị công tác',
      'Đơn vị công tác/Nơi công tác',
    ],
  ],
  [
    'awardFormCode',
    [
      'Hình thức',
      'Hình thức đề nghị',
      'Hình thức khen thưởng',
      'Danh hiệu thi đua/Hình thức khen thưởng',
      'Hình thức khen thưởng/Danh hiệu thi đua',
      'Mã hình thức khen thưởng',
      'Mã hình thức',
      'Hình thức khen thưởng đề nghị',
      'Hình thức đề nghị khen thưởng',
      'Đề nghị hình thức',
      'Hình thức/danh hiệu',
      'Danh hiệu/hình thức',
      'Hình thức, danh hiệu đề nghị',
      'Hình thức khen',
    ],
  ],
  [
    'titleFormCode',
    [
      'Mã danh hiệu thi đua',
      'Mã danh hiệu',
      'Danh hiệu thi đua',
      'Danh hiệu',
      'Danh hiệu đề nghị',
      'Danh hiệu thi đua đề nghị',
    ],
  ],
  [
    'subjectType',
    [
      'Loại đối tượng',
      'Phân loại khen thưởng',
      'Đối tượng',
      'Đối tượng khen thưởng',
      'Cá nhân/Tập thể',
      'Tập thể/Cá nhân',
      'Loại',
    ],
  ],
  [
    'isLeader',
    [
      'Lãnh đạo',
      'Lãnh đạo quản lý',
      'Lãnh đạo, quản lý',
      'Là lãnh đạo',
      'Là lãnh đạo quản lý',
      'LĐQL',
    ],
  ],
  ['isEnterprise', ['Doanh nghiệp', 'Là doanh nghiệp', 'DN']],
  ['posthumous', ['Truy tặng', 'Đề nghị truy tặng', 'Được truy tặng']],
  [
    'achievement',
    [
      'Tóm tắt thành tích',
      'Thành tích',
      'Thành tích đạt được',
      'Tóm tắt thành tích đạt được',
      'Tóm tắt thành tích chủ yếu',
      'Nội dung thành tích',
      'Thành tích chủ yếu',
    ],
  ],
  [
    'idNumber',
    [
      'Số CCCD',
      'CCCD',
      'CMND',
      'Số định danh',
      'Số định danh cá nhân',
      'Mã định danh',
      'Số CMND',
      'Số CCCD/CMND',
      'Số CMND/CCCD',
      'CCCD/CMND',
      'Số căn cước',
      'Căn cước công dân',
      'Số căn cước công dân',
    ],
  ],
  ['note', ['Ghi chú']],
];

/** Lower case, no marks, đ→d, punctuation → space, single spaces. */
function headerKey(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const FIELD_BY_KEY = new Map<string, Field>();
for (const [field, labels] of SYNONYMS) {
  for (const label of labels) {
    for (const key of labelKeys(label)) if (!FIELD_BY_KEY.has(key)) FIELD_BY_KEY.set(key, field);
  }
}

function labelKeys(label: string): string[] {
  const full = headerKey(label);
  const bare = headerKey(label.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*]/g, ' '));
  const noStar = bare.replace(/ ?\*+$/, '');
  return [...new Set([full, bare, noStar])].filter((k) => k !== '');
}

function fieldOfLabel(label: string): Field | null {
  for (const key of labelKeys(label)) {
    const field = FIELD_BY_KEY.get(key);
    if (field) return field;
  }
  return null;
}

function genderOfLabel(label: string): Gender | null {
  const key = headerKey(label);
  if (key === 'nam') return 'nam';
  if (key === 'nu') return 'nu';
  return null;
}

const PERSON_NAME_HEADERS = new Set(['ho va ten', 'ho ten', 'ten ca nhan']);
const COLLECTIVE_NAME_HEADERS = new Set([
  'ten tap the',
  'ten don vi tap the',
  'ten tap the don vi',
  'ten don vi',
  'don vi',
  'co quan',
  'ten doanh nghiep',
  'ten co quan don vi',
  'co quan don vi',
]);
const HOUSEHOLD_NAME_HEADERS = new Set(['ten ho gia dinh', 'ho va ten chu ho']);

interface Column {
  col: number;
  letter: string;
  header: string;
  field: Field | null;
}

// ---------------------------------------------------------------------------------------------
// 5. Values

type Parsed<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

const ok = <T>(value: T, warning?: string): Parsed<T> =>
  warning === undefined ? { ok: true, value } : { ok: true, value, warning };
const bad = (message: string): Parsed<never> => ({ ok: false, message });

interface Birth {
  birthDate: string | null;
  birthYear: number | null;
}

function parseBirth(x: Extracted, date1904: boolean, today: string): Parsed<Birth> | null {
  const year = Number(today.slice(0, 4));
  const fromIso = (iso: string, shown: string): Parsed<Birth> => {
    if (!isValidIsoDate(iso)) return bad(`Ngày sinh “${shown}” không có thật`);
    if (iso > today) return bad(`Ngày sinh “${shown}” ở tương lai`);
    if (iso < '1900-01-01') return bad(`Ngày sinh “${shown}” trước năm 1900`);
    return ok({ birthDate: iso, birthYear: null });
  };
  const fromYear = (y: number, shown: string): Parsed<Birth> => {
    if (y > year) return bad(`Năm sinh “${shown}” ở tương lai`);
    if (y < 1900) return bad(`Năm sinh “${shown}” không hợp lệ: phải từ 1900 đến ${year}`);
    return ok({ birthDate: null, birthYear: y });
  };
  const fromSerial = (serial: number): Parsed<Birth> => {
    const days = Math.floor(serial);
    if (days < (date1904 ? 1 : 61)) return bad(`Ngày sinh “${serial}” không phải một ngày`);
    const d = new Date((days - (date1904 ? 24107 : 25569)) * 86_400_000);
    return fromIso(d.toISOString().slice(0, 10), formatUtcDate(d));
  };
  switch (x.kind) {
    case 'empty':
      return null;
    case 'error':
      return bad(x.message);
    case 'bool':
      return bad(`Ngày sinh “${x.value ? 'TRUE' : 'FALSE'}” không phải ngày tháng`);
    case 'date': {
      // exceljs builds dates at UTC midnight from the serial: read them in UTC.
      const iso = x.date.toISOString().slice(0, 10);
      return fromIso(iso, formatUtcDate(x.date));
    }
    case 'number': {
      const v = x.value;
      if (!x.dateFormat && Number.isInteger(v) && v >= 1000 && v <= 9999)
        return fromYear(v, String(v));
      if (v >= 1 && v < 2_958_466) return fromSerial(v);
      return bad(`Ngày sinh “${v}” không hợp lệ`);
    }
    case 'text': {
      const t = x.text;
      let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
      if (m) return fromIso(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, t);
      m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
      if (m) return fromIso(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`, t);
      if (/^\d{4}$/.test(t)) return fromYear(Number(t), t);
      m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
      if (m) {
        const month = Number(m[1]);
        if (month < 1 || month > 12) return bad(`Ngày sinh “${t}” không có thật`);
        const r = fromYear(Number(m[2]), t);
        return r.ok ? ok(r.value, `Chỉ có tháng/năm sinh “${t}”: lưu năm sinh ${m[2]}`) : r;
      }
      if (/^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2}$/.test(t)) {
        return bad(`Ngày sinh “${t}” cần năm đủ 4 chữ số (dd/mm/yyyy)`);
      }
      return bad(
        `Ngày sinh “${t}” không đọc được: ghi dạng dd/mm/yyyy (ví dụ 09/02/1988) hoặc chỉ năm sinh (1988)`,
      );
    }
  }
}

const MALE = new Set(['nam', 'm', 'male', 'trai', 'ong']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai', 'ba']);

function parseGender(x: Extracted): Parsed<Gender> | null {
  if (x.kind === 'empty') return null;
  if (x.kind === 'error') return bad(x.message);
  const t = asText(x) ?? '';
  const key = headerKey(t);
  if (MALE.has(key)) return ok('nam');
  if (FEMALE.has(key)) return ok('nu');
  return bad(`Giới tính “${t}” không đọc được: chỉ nhận Nam hoặc Nữ`);
}

const TRUE_WORDS = new Set(['x', 'v', 'co', '1', 'true', 'yes', 'y', 'dung', 'c', 'ok']);
const FALSE_WORDS = new Set(['', 'khong', 'k', '0', 'false', 'no', 'n']);
const CHECK_MARKS = /^[✓✔☑√🗸]$/u;

function parseFlag(x: Extracted, label: string): Parsed<boolean> {
  switch (x.kind) {
    case 'empty':
      return ok(false);
    case 'error':
      return bad(x.message);
    case 'bool':
      return ok(x.value);
    case 'number':
      if (x.value === 1) return ok(true);
      if (x.value === 0) return ok(false);
      break;
    case 'text': {
      const key = headerKey(x.text);
      if (TRUE_WORDS.has(key) || CHECK_MARKS.test(x.text) || key === headerKey(label))
        return ok(true);
      if (FALSE_WORDS.has(key) || /^[-–—]$/.test(x.text)) return ok(false);
      break;
    }
    case 'date':
      break;
  }
  return bad(
    `Cột “${label}” chỉ nhận “x” (có) hoặc để trống (không), không hiểu “${asText(x) ?? ''}”`,
  );
}

function parseSubjectType(x: Extracted): Parsed<{ type: SubjectType; enterprise: boolean }> | null {
  if (x.kind === 'empty') return null;
  if (x.kind === 'error') return bad(x.message);
  const t = asText(x) ?? '';
  const type = subjectOfText(t, true);
  if (type) return ok(type);
  return bad(
    `Loại đối tượng “${t}” không rõ: chỉ nhận cá nhân, tập thể, hộ gia đình hoặc doanh nghiệp`,
  );
}

/** "Cá nhân", "TT", "ca_nhan", "Hộ gia đình", "Doanh nghiệp" …; `exact` for a cell, else a hint. */
function subjectOfText(
  text: string,
  exact: boolean,
): { type: SubjectType; enterprise: boolean } | null {
  const key = compactKey(text);
  if (exact) {
    if (['cn', 'canhan'].includes(key) || key.startsWith('canhan')) {
      return { type: 'ca_nhan', enterprise: false };
    }
    if (['hgd', 'hogiadinh', 'ho'].includes(key) || key.startsWith('hogiadinh')) {
      return { type: 'ho_gia_dinh', enterprise: false };
    }
    if (['dn', 'doanhnghiep', 'congty'].includes(key) || key.startsWith('doanhnghiep')) {
      return { type: 'tap_the', enterprise: true };
    }
    if (
      ['tt', 'tapthe', 'coquan', 'donvi', 'htx', 'hoptacxa'].includes(key) ||
      key.startsWith('tapthe')
    ) {
      return { type: 'tap_the', enterprise: false };
    }
    return null;
  }
  const found = new Set<SubjectType>();
  if (key.includes('canhan')) found.add('ca_nhan');
  if (key.includes('tapthe')) found.add('tap_the');
  if (key.includes('hogiadinh')) found.add('ho_gia_dinh');
  const only = found.size === 1 ? [...found][0] : undefined;
  return only ? { type: only, enterprise: false } : null;
}

function parseIdNumber(x: Extracted): Parsed<string> | null {
  switch (x.kind) {
    case 'empty':
      return null;
    case 'error':
      return bad(x.message);
    case 'number': {
      const v = x.value;
      if (!Number.isSafeInteger(v) || v < 0) {
        return bad(`Số CCCD “${v}” không hợp lệ: cần 9 hoặc 12 chữ số (định dạng cột là Text)`);
      }
      const digits = String(v);
      if (digits.length === 12 || digits.length === 9) return ok(digits);
      if (digits.length === 10 || digits.length === 11 || digits.length === 8) {
        const padded = digits.padStart(digits.length === 8 ? 9 : 12, '0');
        return ok(
          padded,
          `CCCD có ${digits.length} chữ số, có thể mất số 0 ở đầu (ô kiểu số): đã đọc thành ${padded}, hãy kiểm tra và định dạng cột là Text`,
        );
      }
      return bad(`Số CCCD “${digits}” không hợp lệ: cần 9 hoặc 12 chữ số`);
    }
    case 'text': {
      const digits = x.text.replace(/[\s.-]/g, '');
      if (/^(\d{9}|\d{12})$/.test(digits)) return ok(digits);
      return bad(`Số CCCD “${x.text}” không hợp lệ: cần 9 hoặc 12 chữ số`);
    }
    case 'bool':
    case 'date':
      return bad(`Số CCCD “${asText(x) ?? ''}” không hợp lệ: cần 9 hoặc 12 chữ số`);
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Award forms

/** Key for form names: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" ≡ "Bằng khen Chủ tịch UBND tỉnh". */
function formKey(text: string): string {
  return ` ${headerKey(text)} `
    .replace(/ u?y ban nhan dan /g, ' ubnd ')
    .replace(/ cua /g, ' ')
    .replace(/^ bk /, ' bang khen ')
    .replace(/^ gk /, ' giay khen ')
    .replace(/^ hcld /, ' huan chuong lao dong ')
    .replace(/ cstd /g, ' chien si thi dua ')
    .replace(/ ldtt /g, ' lao dong tien tien ')
    .replace(/ ttldxs /g, ' tap the lao dong xuat sac ')
    .replace(/ ttldtt /g, ' tap the lao dong tien tien ')
    .trim();
}

type FormMatch = { form: ReadAwardForm } | { error: string };

class FormMatcher {
  private readonly cache = new Map<string, FormMatch>();
  private readonly prepared: { form: ReadAwardForm; exact: Set<string>; names: string[] }[];

  constructor(private readonly forms: ReadAwardForm[]) {
    this.prepared = forms.map((form) => {
      const names = [...new Set([formKey(form.name), formKey(form.printName)])].filter(Boolean);
      const exact = new Set([
        searchKey(form.code),
        headerKey(form.code),
        searchKey(form.name),
        searchKey(form.printName),
        ...names,
      ]);
      return { form, exact, names };
    });
  }

  get single(): ReadAwardForm | null {
    return this.forms.length === 1 ? (this.forms[0] ?? null) : null;
  }

  allowedList(): string {
    const names = this.forms.map((f) => f.name);
    return names.length > 8 ? `${names.slice(0, 8).join('; ')}; …` : names.join('; ');
  }

  match(text: string): FormMatch {
    let result = this.cache.get(text);
    if (!result) {
      result = this.compute(text);
      this.cache.set(text, result);
    }
    return result;
  }

  private compute(text: string): FormMatch {
    const raw = searchKey(text);
    const key = formKey(text);
    const exact = this.prepared.filter((p) => p.exact.has(raw) || p.exact.has(key));
    if (exact.length === 1) return { form: exact[0]!.form };
    if (exact.length > 1) return this.ambiguous(text, exact);
    const padded = ` ${key} `;
    // The cell says more than a form name ("… tỉnh Quảng Bình"): the longest contained name wins.
    const contained = this.prepared
      .map((p) => ({
        p,
        len: Math.max(0, ...p.names.filter((n) => padded.includes(` ${n} `)).map((n) => n.length)),
      }))
      .filter((c) => c.len > 0)
      .sort((a, b) => b.len - a.len);
    if (contained.length > 0) {
      const best = contained.filter((c) => c.len === contained[0]!.len);
      return best.length === 1
        ? { form: best[0]!.p.form }
        : this.ambiguous(
            text,
            best.map((c) => c.p),
          );
    }
    // The cell says less ("Bằng khen Chủ tịch tỉnh"): a unique form containing it.
    if (key.length >= 3) {
      const containing = this.prepared.filter((p) =>
        p.names.some((n) => ` ${n} `.includes(padded)),
      );
      if (containing.length === 1) return { form: containing[0]!.form };
      if (containing.length > 1) return this.ambiguous(text, containing);
    }
    return {
      error: `Hình thức “${text}” không có trong danh sách được phép (${this.allowedList()})`,
    };
  }

  private ambiguous(text: string, matches: { form: ReadAwardForm }[]): FormMatch {
    const names = matches.map((m) => m.form.name).join('; ');
    return {
      error: `Hình thức “${text}” khớp với nhiều hình thức (${names}): ghi đầy đủ tên hình thức`,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// 7. Reading sheets

interface RowCells {
  number: number;
  cells: Map<number, Extracted>;
}

interface DuplicateEntry {
  sheet: string;
  row: number;
  birthDate: string | null;
  birthYear: number | null;
}

interface EncodingStat {
  sheetIndex: number;
  notice: EncodingNotice;
}

interface ColumnEncoding {
  sheet: string;
  sheetIndex: number;
  letter: string;
  label: string;
  legacy: Map<LegacyEncoding, number>;
  unicode: number;
}

class TooManyRows extends Error {}

/** State shared by all sheets of one file. */
class ReadContext {
  readonly issues: { sheetIndex: number; col: number; issue: ImportIssue }[] = [];
  readonly rows: CandidateRow[] = [];
  readonly layouts: SheetLayout[] = [];
  readonly encodingStats = new Map<string, EncodingStat>();
  readonly columnEncodings = new Map<string, ColumnEncoding>();
  readonly duplicates = new Map<string, DuplicateEntry[]>();
  readonly forms: FormMatcher;
  readonly maxRows: number;
  readonly today = todayIso();
  readonly textCache: TextCache = new Map();
  /** Non-empty rows seen under headers (includes signature/section rows): the stop signal. */
  rawRows = 0;
  /** Rows that are candidates (with or without errors). */
  dataRows = 0;
  sheetsWithContent = 0;

  constructor(
    readonly options: ReadOptions,
    readonly plan: Plan,
  ) {
    this.forms = new FormMatcher(options.awardForms);
    this.maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  }

  add(sheetIndex: number, col: number, issue: ImportIssue): void {
    this.issues.push({ sheetIndex, col, issue });
  }

  progress(): void {
    if (this.dataRows % PROGRESS_EVERY === 0) this.report(this.dataRows, null);
  }

  report(done: number, total: number | null): void {
    try {
      this.options.onProgress?.(done, total);
    } catch {
      // A failing progress callback must not stop the import.
    }
  }
}

async function readPlannedSheets(
  buf: Buffer,
  plan: Plan,
  options: ReadOptions,
): Promise<ParsedCandidateList> {
  const ctx = new ReadContext(options, plan);
  const input = Readable.from(planStream(buf, plan), { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const parsers: SheetParser[] = [];
  try {
    let index = 0;
    for await (const worksheet of reader) {
      const planned = plan.sheets[index];
      if (!planned) break;
      const parser = new SheetParser(planned.name, index, ctx);
      parsers.push(parser);
      index++;
      for await (const row of worksheet) {
        if (!parser.push(row)) break;
      }
      parser.finish();
    }
  } catch (error) {
    if (error instanceof TooManyRows) return refusal(MSG.tooManyRows(ctx.maxRows));
    throw error;
  }
  if (ctx.dataRows > ctx.maxRows) return refusal(MSG.tooManyRows(ctx.maxRows));

  const withHeader = parsers.filter((p) => p.columns !== null);
  if (withHeader.length === 0) {
    if (ctx.sheetsWithContent === 0) return refusal(MSG.emptyWorkbook);
    const names = parsers.map((p) => `'${p.name}'`).join(', ');
    return refusal(
      `Không tìm thấy dòng tiêu đề danh sách (có cột “Họ và tên” hoặc “Tên tập thể”, “Hình thức khen thưởng”…) trong ${HEADER_SCAN_ROWS} dòng đầu của sheet nào (đã xem: ${names}).`,
    );
  }
  if (ctx.dataRows === 0 && !ctx.issues.some((i) => i.issue.severity === 'error')) {
    ctx.add(-1, 0, fileIssue('error', MSG.noRows));
  }
  ctx.report(ctx.dataRows, ctx.dataRows);
  return finishResult(ctx);
}

function finishResult(ctx: ReadContext): ParsedCandidateList {
  for (const c of ctx.columnEncodings.values()) {
    if (c.legacy.size > 0 && c.unicode > 0) {
      const legacy = [...c.legacy.entries()]
        .map(([enc, n]) => `${n} ô ${enc === 'vni' ? 'VNI' : 'TCVN3'}`)
        .join(', ');
      ctx.add(c.sheetIndex, letterToNumber(c.letter), {
        severity: 'warning',
        sheet: c.sheet,
        row: null,
        column: c.letter,
        columnLabel: c.label,
        message: `Cột “${c.label}” lẫn hai kiểu mã chữ: ${legacy} đã chuyển sang Unicode, ${c.unicode} ô vốn là Unicode — kiểm tra lại các ô đã chuyển`,
      });
    }
    if (new Set([...c.legacy.keys()].map((e) => (e === 'vni' ? 'vni' : 'tcvn3'))).size > 1) {
      ctx.add(c.sheetIndex, letterToNumber(c.letter), {
        severity: 'warning',
        sheet: c.sheet,
        row: null,
        column: c.letter,
        columnLabel: c.label,
        message: `Cột “${c.label}” có cả chữ TCVN3 và VNI: kiểm tra lại các ô đã chuyển`,
      });
    }
  }
  const issues = ctx.issues
    .map((entry, order) => ({ ...entry, order }))
    .sort(
      (a, b) =>
        a.sheetIndex - b.sheetIndex ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.col - b.col ||
        a.order - b.order,
    )
    .map((entry) => entry.issue);
  const encodings = [...ctx.encodingStats.values()]
    .sort(
      (a, b) =>
        a.sheetIndex - b.sheetIndex ||
        letterToNumber(a.notice.column) - letterToNumber(b.notice.column),
    )
    .map((s) => s.notice);
  return { sheets: ctx.layouts, rows: ctx.rows, issues, encodings };
}

function letterToNumber(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const SIGNATURE_STRONG = [
  /^(nguoi lap( bieu)?|lap bieu)\b/,
  /^thu truong\b/,
  /\bthu truong (don vi|co quan)\b/,
  /^(tong cong|tong so)\b/,
  /^cong( \d.*)?$/,
  /\bky (ten|ghi ro)\b/,
  /\bghi ro ho (va )?ten\b/,
  /^(xac nhan|noi nhan)\b/,
  /\bngay( \d+)? thang( \d+)? nam\b/,
  /^(tm|kt|tl|ktm)\b/,
];
const SIGNATURE_WEAK = [
  /\b(giam doc|chu tich|truong phong|hieu truong|bi thu|thu truong|pho giam doc|truong ban)\b/,
];

function looksLikeSignature(text: string, strongOnly: boolean): boolean {
  const key = headerKey(text);
  if (SIGNATURE_STRONG.some((re) => re.test(key))) return true;
  return !strongOnly && SIGNATURE_WEAK.some((re) => re.test(key));
}

const PERSON_FIELDS: readonly Field[] = [
  'gender',
  'gender.nam',
  'gender.nu',
  'birth',
  'birth.nam',
  'birth.nu',
];

const SECTION_NUMBER = /^(?:[IVXLC]+|[A-Z])\s*[.)/-]\s*\S/;
const SECTION_INDEX = /^(?:[IVXLC]+|[A-Z])\.?$/;

class SheetParser {
  columns: Column[] | null = null;
  private buffered: RowCells[] = [];
  private noHeader = false;
  private stopped = false;
  private headerRow = 0;
  private dataFrom = 0;
  private numberingChecked = false;
  private readonly byField = new Map<Field, Column>();
  private sheetSubject: { type: SubjectType; enterprise: boolean } | null = null;
  private sectionSubject: { type: SubjectType; enterprise: boolean } | null = null;
  private signatureRow: number | null = null;
  private hasContent = false;
  private layout: SheetLayout | null = null;

  constructor(
    readonly name: string,
    private readonly index: number,
    private readonly ctx: ReadContext,
  ) {}

  /** Takes one row; false when the rest of the sheet need not be read. */
  push(row: ExcelJS.Row): boolean {
    if (this.stopped) return false;
    const cells = this.extract(row);
    if (cells.cells.size > 0 && !this.hasContent) {
      this.hasContent = true;
      this.ctx.sheetsWithContent++;
    }
    if (this.columns === null) {
      if (cells.number <= HEADER_SCAN_ROWS + 1) {
        if (cells.cells.size > 0) this.buffered.push(cells);
        return true;
      }
      this.decideHeader();
      if (this.columns === null || this.stopped) return false;
    }
    this.processRow(cells);
    return !this.stopped;
  }

  finish(): void {
    if (this.columns === null && !this.noHeader) this.decideHeader();
    if (this.layout) this.layout.dataRows = this.dataRowCount;
  }

  private dataRowCount = 0;

  private extract(row: ExcelJS.Row): RowCells {
    const cells = new Map<number, Extracted>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const font =
        (cell.font as Partial<ExcelJS.Font> | undefined)?.name ?? this.ctx.plan.defaultFont;
      const value = extractValue(cell.value, font ?? undefined, cell.numFmt, this.ctx.textCache);
      if (value.kind !== 'empty') cells.set(col, value);
    });
    return { number: row.number, cells };
  }

  // -- header ---------------------------------------------------------------------------------

  private decideHeader(): void {
    const candidates = this.buffered.filter((r) => r.number <= HEADER_SCAN_ROWS);
    let best: RowCells | null = null;
    let bestScore = 1;
    for (const row of candidates) {
      const fields = new Set<Field>();
      for (const x of row.cells.values()) {
        if (x.kind !== 'text') continue;
        const field = fieldOfLabel(x.text);
        if (field) fields.add(field);
      }
      if (fields.size > bestScore) {
        best = row;
        bestScore = fields.size;
      }
    }
    if (!best) {
      this.noHeader = true;
      this.buffered = [];
      if (this.hasContent) {
        this.ctx.add(this.index, 0, {
          severity: 'warning',
          sheet: this.name,
          row: null,
          column: null,
          columnLabel: null,
          message: `Sheet '${this.name}' không có dòng tiêu đề danh sách trong ${HEADER_SCAN_ROWS} dòng đầu nên được bỏ qua`,
        });
      }
      return;
    }
    this.headerRow = best.number;
    const next = this.buffered.find((r) => r.number === best.number + 1);
    const sub = next && this.isSubHeader(best, next) ? next : null;
    this.dataFrom = (sub ? sub.number : best.number) + 1;
    this.columns = this.buildColumns(best, sub);
    this.resolveSheetSubject(best);
    const layout: SheetLayout = {
      name: this.name,
      headerRow: this.headerRow,
      columns: this.columns.map((c) => ({ column: c.letter, header: c.header, field: c.field })),
      dataRows: 0,
    };
    this.layout = layout;
    this.ctx.layouts.push(layout);
    if (!this.checkRequiredColumns()) {
      this.stopped = true;
      this.buffered = [];
      return;
    }
    const rest = this.buffered.filter((r) => r.number >= this.dataFrom);
    this.buffered = [];
    for (const row of rest) {
      if (this.stopped) break;
      this.processRow(row);
    }
  }

  private isSubHeader(header: RowCells, next: RowCells): boolean {
    let nameCol: number | null = null;
    for (const [col, x] of header.cells) {
      if (x.kind === 'text' && ['fullName', 'unitName'].includes(fieldOfLabel(x.text) ?? '')) {
        nameCol = col;
      }
    }
    if (nameCol !== null && next.cells.has(nameCol)) return false;
    let signal = false;
    for (const [col, x] of next.cells) {
      if (x.kind !== 'text') return false;
      if (genderOfLabel(x.text) || fieldOfLabel(x.text) || !header.cells.has(col)) signal = true;
    }
    return signal;
  }

  private buildColumns(header: RowCells, sub: RowCells | null): Column[] {
    const labelOf = (r: RowCells | null, col: number): string | null => {
      const x = r?.cells.get(col);
      return x && x.kind === 'text' ? x.text : null;
    };
    const cols = new Set<number>([...header.cells.keys(), ...(sub ? sub.cells.keys() : [])]);
    const sorted = [...cols].sort((a, b) => a - b);
    const columns: Column[] = [];
    for (const col of sorted) {
      const own = labelOf(header, col);
      const subLabel = labelOf(sub, col);
      let parent = own;
      if (parent === null && subLabel !== null) {
        // A merged parent keeps its text in its first cell: take the nearest label on the left.
        for (let c = col - 1; c >= 1 && parent === null; c--) parent = labelOf(header, c);
      }
      const parentField = parent === null ? null : fieldOfLabel(parent);
      let field: Field | null = null;
      let headerText = own ?? '';
      if (subLabel !== null) {
        headerText = parent && parent !== subLabel ? `${parent} - ${subLabel}` : subLabel;
        const g = genderOfLabel(subLabel);
        if (g) {
          field = parentField === 'birth' ? `birth.${g}` : `gender.${g}`;
        } else {
          field = fieldOfLabel(subLabel) ?? (own !== null ? parentField : null);
        }
      } else if (own !== null) {
        const g = genderOfLabel(own);
        field = g ? `gender.${g}` : fieldOfLabel(own);
      }
      if (headerText === '') continue;
      columns.push({ col, letter: colLetter(col), header: headerText, field });
    }
    // The first column wins for each field; the rest are listed but ignored.
    const hasPersonName = columns.some((c) => c.field === 'fullName');
    for (const c of columns) {
      if (c.field === 'unitName') c.field = hasPersonName ? 'workplace' : 'fullName';
      if (c.field === null) continue;
      if (this.byField.has(c.field)) c.field = null;
      else this.byField.set(c.field, c);
    }
    if (!this.byField.has('awardFormCode')) {
      const title = this.byField.get('titleFormCode');
      if (title) {
        title.field = 'awardFormCode';
        this.byField.delete('titleFormCode');
        this.byField.set('awardFormCode', title);
      }
    }
    return columns;
  }

  private checkRequiredColumns(): boolean {
    const missing: string[] = [];
    if (!this.byField.has('fullName')) missing.push('“Họ và tên” (hoặc “Tên tập thể”)');
    if (!this.byField.has('awardFormCode') && !this.ctx.forms.single) {
      missing.push(
        `“Hình thức khen thưởng” (danh sách được phép có ${this.ctx.options.awardForms.length} hình thức: ${this.ctx.forms.allowedList()})`,
      );
    }
    if (missing.length === 0) return true;
    this.ctx.add(this.index, 0, {
      severity: 'error',
      sheet: this.name,
      row: this.headerRow,
      column: null,
      columnLabel: null,
      message: `Dòng tiêu đề thiếu cột ${missing.join(' và cột ')}`,
    });
    return false;
  }

  private resolveSheetSubject(header: RowCells): void {
    if (this.byField.has('subjectType')) return;
    const titleText = this.buffered
      .filter((r) => r.number < header.number)
      .flatMap((r) => [...r.cells.values()].map((x) => asText(x) ?? ''))
      .join(' ');
    const nameHeader = this.byField.get('fullName');
    const nameKey = nameHeader ? headerKey(nameHeader.header) : '';
    const fromHeader: SubjectType | null = PERSON_NAME_HEADERS.has(nameKey)
      ? 'ca_nhan'
      : COLLECTIVE_NAME_HEADERS.has(nameKey)
        ? 'tap_the'
        : HOUSEHOLD_NAME_HEADERS.has(nameKey)
          ? 'ho_gia_dinh'
          : null;
    const personColumns = PERSON_FIELDS.some((f) => this.byField.has(f));
    const defaultType = this.ctx.options.defaultSubjectType;
    this.sheetSubject =
      subjectOfText(this.name, false) ??
      subjectOfText(titleText, false) ??
      (defaultType ? { type: defaultType, enterprise: false } : null) ??
      (personColumns ? { type: 'ca_nhan', enterprise: false } : null) ??
      (fromHeader ? { type: fromHeader, enterprise: false } : null);
  }

  // -- data rows ------------------------------------------------------------------------------

  private cell(row: RowCells, field: Field): Extracted {
    const c = this.byField.get(field);
    return (c && row.cells.get(c.col)) ?? EMPTY;
  }

  private processRow(row: RowCells): void {
    if (row.cells.size === 0) return;
    const mapped = [...this.byField.values()].filter(
      (c) => c.field !== 'index' && row.cells.has(c.col),
    );
    if (!this.numberingChecked) {
      this.numberingChecked = true;
      if (this.isNumberingRow(row)) return;
    }
    this.ctx.rawRows++;
    if (this.ctx.rawRows > this.ctx.maxRows + ROW_MARGIN) throw new TooManyRows();

    const nameCell = this.cell(row, 'fullName');
    const nameText = asText(nameCell);
    const texts = [...row.cells.values()].map((x) => asText(x) ?? '');
    const candidate = this.looksLikeCandidate(row);

    // A trailing block ("Tổng cộng", "Người lập biểu", signers' names, the date line) ends the
    // list. What follows it is ignored, unless it reads like a real candidate row.
    if (this.signatureRow !== null) {
      if (nameText !== null && candidate) {
        this.issue(
          row.number,
          this.byField.get('fullName') ?? null,
          'error',
          `Dòng này nằm sau phần ký tên/“Tổng cộng” ở dòng ${this.signatureRow}: chuyển dòng lên trên phần ký tên hoặc xóa phần ký tên ở giữa`,
        );
      }
      return;
    }
    const signature =
      !candidate &&
      (nameText !== null
        ? looksLikeSignature(nameText, true)
        : texts.some((t) => t !== '' && looksLikeSignature(t, false)));
    if (signature) {
      this.signatureRow = row.number;
      return;
    }
    if (mapped.length === 0) return; // only STT or unlabelled columns: template padding
    if (nameText !== null && mapped.length === 1 && this.isSection(row, nameText)) return;
    if (nameText === null && nameCell.kind !== 'error') {
      const c = this.byField.get('fullName') ?? null;
      this.issue(
        row.number,
        c,
        'error',
        `Thiếu ${c?.header ?? 'tên'}: dòng có dữ liệu nhưng chưa ghi tên`,
      );
      this.countDataRow();
      return;
    }
    this.countDataRow();
    this.parseCandidate(row);
  }

  /** A form the list allows, a birth date or a gender that reads: the row is a person or unit. */
  private looksLikeCandidate(row: RowCells): boolean {
    for (const field of ['awardFormCode', 'titleFormCode'] as const) {
      const t = asText(this.cell(row, field));
      if (t !== null && 'form' in this.ctx.forms.match(t)) return true;
    }
    for (const field of ['birth', 'birth.nam', 'birth.nu'] as const) {
      if (parseBirth(this.cell(row, field), this.ctx.plan.date1904, this.ctx.today)?.ok)
        return true;
    }
    return parseGender(this.cell(row, 'gender'))?.ok === true;
  }

  private countDataRow(): void {
    this.dataRowCount++;
    this.ctx.dataRows++;
    this.ctx.progress();
  }

  private isNumberingRow(row: RowCells): boolean {
    if (row.cells.size < 2) return false;
    for (const x of row.cells.values()) {
      if (x.kind === 'number' && Number.isInteger(x.value)) continue;
      if (x.kind === 'text' && /^[([]?\d{1,2}[)\]]?$/.test(x.text)) continue;
      return false;
    }
    return true;
  }

  private isSection(row: RowCells, nameText: string): boolean {
    const index = this.cell(row, 'index');
    const indexText = index.kind === 'text' ? index.text : '';
    const bare = nameText.replace(/^(?:[IVXLC]+|[A-Z])\s*[.)/-]\s*/, '');
    const key = headerKey(bare);
    const subjectWord = /^(danh sach )?(cac )?(tap the|ca nhan|ho gia dinh|doanh nghiep)$/.test(
      key,
    );
    if (!SECTION_INDEX.test(indexText) && !SECTION_NUMBER.test(nameText) && !subjectWord) {
      return false;
    }
    const subject = subjectOfText(bare, false);
    if (subject) this.sectionSubject = subject;
    return true;
  }

  private issue(
    row: number,
    column: Column | null,
    severity: ImportIssue['severity'],
    message: string,
  ): void {
    this.ctx.add(this.index, column?.col ?? 0, {
      severity,
      sheet: this.name,
      row,
      column: column?.letter ?? null,
      columnLabel: column?.header ?? null,
      message,
    });
  }

  private parseCandidate(row: RowCells): void {
    let errors = 0;
    const failed = new Set<Field>();
    const col = (f: Field) => this.byField.get(f) ?? null;
    /** One error per cell: the first problem found is the one to fix. */
    const fail = (field: Field, message: string) => {
      errors++;
      if (failed.has(field)) return;
      failed.add(field);
      this.issue(row.number, col(field), 'error', message);
    };
    const warn = (field: Field, message: string) =>
      this.issue(row.number, col(field), 'warning', message);
    const converted: string[] = [];

    // Every mapped cell: cell errors, encodings.
    for (const c of this.byField.values()) {
      const x = row.cells.get(c.col);
      if (!x || c.field === 'index') continue;
      if (x.kind === 'error') fail(c.field!, x.message);
      this.trackEncoding(c, x, converted);
    }

    const text = (field: Field, limit: number | null): string | null => {
      const t = asText(this.cell(row, field));
      if (t !== null && limit !== null && t.length > limit) {
        fail(
          field,
          `${col(field)?.header ?? field} dài ${t.length} ký tự, vượt giới hạn ${limit} ký tự`,
        );
      }
      return t;
    };

    // Subject type: column > section row > sheet name/title/default/columns > the form's only type.
    let subject = this.sectionSubject ?? this.sheetSubject;
    const typeCell = parseSubjectType(this.cell(row, 'subjectType'));
    if (typeCell && !typeCell.ok) fail('subjectType', typeCell.message);
    else if (typeCell) subject = typeCell.value;

    // Award form.
    let form: ReadAwardForm | null = null;
    const formText = asText(this.cell(row, 'awardFormCode'));
    const titleText = asText(this.cell(row, 'titleFormCode'));
    const formField: Field =
      formText === null && titleText !== null ? 'titleFormCode' : 'awardFormCode';
    if (formText !== null && titleText !== null) {
      fail(
        'titleFormCode',
        `Mỗi dòng chỉ ghi một hình thức: dòng này có cả “${formText}” và “${titleText}”`,
      );
    } else if (formText !== null || titleText !== null) {
      const m = this.ctx.forms.match((formText ?? titleText)!);
      if ('error' in m) fail(formField, m.error);
      else form = m.form;
    } else if (this.ctx.forms.single) {
      form = this.ctx.forms.single;
    } else if (this.cell(row, 'awardFormCode').kind !== 'error') {
      fail(
        'awardFormCode',
        `Chưa ghi hình thức khen thưởng (được phép: ${this.ctx.forms.allowedList()})`,
      );
    }
    if (!subject && form && form.subjectTypes.length === 1) {
      subject = { type: form.subjectTypes[0]!, enterprise: false };
    }
    if (!subject) {
      fail(
        this.byField.has('subjectType') ? 'subjectType' : 'fullName',
        'Không xác định được loại đối tượng (cá nhân, tập thể hay hộ gia đình): thêm cột “Loại đối tượng” hoặc ghi rõ trong tên sheet',
      );
      return;
    }
    const isPerson = subject.type === 'ca_nhan';

    // Name and honorific.
    let fullName = text('fullName', null) ?? '';
    const explicitHonorific = text('honorific', TEXT_LIMITS.honorific);
    let honorific = explicitHonorific;
    if (isPerson) {
      const split = splitHonorific(fullName);
      fullName = split.name;
      honorific = explicitHonorific ?? split.honorific;
      if (honorific !== null && honorific.length > TEXT_LIMITS.honorific) {
        fail(
          'honorific',
          `Danh xưng dài ${honorific.length} ký tự, vượt giới hạn ${TEXT_LIMITS.honorific} ký tự`,
        );
      }
    }
    if (fullName === '') fail('fullName', 'Thiếu tên: ô chỉ có danh xưng');
    if (fullName.length > TEXT_LIMITS.fullName) {
      fail(
        'fullName',
        `${col('fullName')?.header ?? 'Tên'} dài ${fullName.length} ký tự, vượt giới hạn ${TEXT_LIMITS.fullName} ký tự`,
      );
    }

    // Gender and birth (persons only).
    let gender: Gender | null = null;
    let birth: Birth = { birthDate: null, birthYear: null };
    if (isPerson) {
      const g = parseGender(this.cell(row, 'gender'));
      if (g && !g.ok) fail('gender', g.message);
      else if (g) gender = g.value;
      const marks: [Field, Gender][] = [
        ['gender.nam', 'nam'],
        ['gender.nu', 'nu'],
      ];
      const marked: Gender[] = [];
      for (const [field, value] of marks) {
        if (!this.byField.has(field)) continue;
        const flag = parseFlag(this.cell(row, field), col(field)?.header ?? value);
        if (!flag.ok) fail(field, flag.message);
        else if (flag.value) marked.push(value);
      }
      const birthCells: [Field, Gender | null][] = [
        ['birth', null],
        ['birth.nam', 'nam'],
        ['birth.nu', 'nu'],
      ];
      const births: { field: Field; value: Birth; gender: Gender | null }[] = [];
      for (const [field, value] of birthCells) {
        const b = parseBirth(this.cell(row, field), this.ctx.plan.date1904, this.ctx.today);
        if (!b) continue;
        if (!b.ok) fail(field, b.message);
        else {
          births.push({ field, value: b.value, gender: value });
          if (b.warning) warn(field, b.warning);
        }
      }
      if (births.length > 1)
        fail(births[1]!.field, 'Ghi ngày sinh ở hơn một cột (Nam và Nữ): chỉ ghi một');
      const first = births[0];
      if (first) {
        birth = first.value;
        if (first.gender) marked.push(first.gender);
      }
      const markedSet = new Set(marked);
      if (markedSet.size > 1) {
        fail(
          marked.includes('nu')
            ? this.byField.has('gender.nu')
              ? 'gender.nu'
              : 'birth.nu'
            : 'gender',
          'Đánh dấu cả Nam và Nữ',
        );
      } else if (markedSet.size === 1) {
        const only = marked[0]!;
        if (gender !== null && gender !== only) fail('gender', 'Giới tính mâu thuẫn giữa các cột');
        gender = only;
      }
      if (gender === null && !this.hasGenderColumn() && honorific !== null) {
        const h = headerKey(honorific);
        if (h === 'ong') gender = 'nam';
        if (h === 'ba') gender = 'nu';
      }
    }

    if (!isPerson) {
      for (const field of PERSON_FIELDS) {
        if (this.cell(row, field).kind !== 'empty') {
          warn(
            field,
            `Dòng là ${SUBJECT_TYPE_LABELS[subject.type]} nên bỏ qua ${col(field)?.header ?? field}`,
          );
        }
      }
    }

    const ethnicity = text('ethnicity', TEXT_LIMITS.ethnicity);
    const position = text('position', TEXT_LIMITS.position);
    const department = text('department', null);
    const workplaceOnly = text('workplace', null);
    const workplace =
      department && workplaceOnly
        ? `${department}, ${workplaceOnly}`
        : (department ?? workplaceOnly);
    if (workplace !== null && workplace.length > TEXT_LIMITS.workplace) {
      fail(
        this.byField.has('workplace') ? 'workplace' : 'department',
        `Đơn vị công tác dài ${workplace.length} ký tự, vượt giới hạn ${TEXT_LIMITS.workplace} ký tự`,
      );
    }
    const achievement = text('achievement', TEXT_LIMITS.achievement);
    const note = text('note', TEXT_LIMITS.note);

    const flag = (field: Field): boolean => {
      const c = col(field);
      if (!c) return false;
      const r = parseFlag(this.cell(row, field), c.header);
      if (!r.ok) {
        if (this.cell(row, field).kind !== 'error') fail(field, r.message);
        return false;
      }
      return r.value;
    };
    const isLeader = flag('isLeader');
    const isEnterprise = flag('isEnterprise') || subject.enterprise;
    const posthumous = flag('posthumous');

    let idNumber: string | null = null;
    const id = parseIdNumber(this.cell(row, 'idNumber'));
    if (id && !id.ok) {
      if (this.cell(row, 'idNumber').kind !== 'error') fail('idNumber', id.message);
    } else if (id) {
      idNumber = id.value;
      if (id.warning) warn('idNumber', id.warning);
    }

    // Form against subject and posthumous.
    const label = SUBJECT_TYPE_LABELS[subject.type];
    if (form && !form.subjectTypes.includes(subject.type)) {
      fail(formField, `Hình thức “${form.name}” không dành cho ${label}`);
    }
    if (posthumous && !isPerson) {
      fail('posthumous', `Chỉ cá nhân mới được truy tặng (dòng này là ${label})`);
    } else if (posthumous && form && !form.allowsPosthumous) {
      fail('posthumous', `Hình thức “${form.name}” không được truy tặng`);
    }

    if (fullName !== '') this.checkDuplicate(row.number, subject.type, fullName, birth, fail);
    if (errors > 0 || !form) return;
    const draft: CandidateDraft = {
      subjectType: subject.type,
      honorific,
      fullName,
      gender,
      birthDate: birth.birthDate,
      birthYear: birth.birthYear,
      ethnicity,
      position,
      workplace,
      awardFormCode: form.code,
      isLeader,
      isEnterprise,
      posthumous,
      achievement,
      idNumber,
      note,
    };
    this.ctx.rows.push({ sheet: this.name, row: row.number, draft, converted });
  }

  private hasGenderColumn(): boolean {
    return ['gender', 'gender.nam', 'gender.nu', 'birth.nam', 'birth.nu'].some((f) =>
      this.byField.has(f as Field),
    );
  }

  private checkDuplicate(
    rowNumber: number,
    type: SubjectType,
    fullName: string,
    birth: Birth,
    fail: (field: Field, message: string) => void,
  ): void {
    const key = `${type}|${personNameKey(fullName)}`;
    const seen = this.ctx.duplicates.get(key) ?? [];
    const twin = seen.find((s) => sameBirth(s, birth));
    if (twin) {
      fail(
        'fullName',
        `Trùng với dòng ${twin.row} sheet '${twin.sheet}': cùng tên, cùng ngày/năm sinh, cùng loại ${SUBJECT_TYPE_LABELS[type]}`,
      );
      return;
    }
    seen.push({ sheet: this.name, row: rowNumber, ...birth });
    this.ctx.duplicates.set(key, seen);
  }

  private trackEncoding(c: Column, x: Extracted, converted: string[]): void {
    if (x.kind !== 'text') return;
    const key = `${this.index}:${c.letter}`;
    let column = this.ctx.columnEncodings.get(key);
    if (!column) {
      column = {
        sheet: this.name,
        sheetIndex: this.index,
        letter: c.letter,
        label: c.header,
        legacy: new Map(),
        unicode: 0,
      };
      this.ctx.columnEncodings.set(key, column);
    }
    if (x.encoding === null) {
      if (VIETNAMESE_LETTER.test(x.text)) column.unicode++;
      return;
    }
    converted.push(c.letter);
    column.legacy.set(x.encoding, (column.legacy.get(x.encoding) ?? 0) + 1);
    const statKey = `${key}:${x.encoding}`;
    let stat = this.ctx.encodingStats.get(statKey);
    if (!stat) {
      stat = {
        sheetIndex: this.index,
        notice: {
          sheet: this.name,
          column: c.letter,
          columnLabel: c.header,
          encoding: x.encoding,
          cellCount: 0,
          examples: [],
        },
      };
      this.ctx.encodingStats.set(statKey, stat);
    }
    stat.notice.cellCount++;
    if (stat.notice.examples.length < 3)
      stat.notice.examples.push({ before: x.before, after: x.text });
  }
}

function sameBirth(a: Birth, b: Birth): boolean {
  if (a.birthDate !== null && b.birthDate !== null) return a.birthDate === b.birthDate;
  const ya = birthYearOf(a);
  const yb = birthYearOf(b);
  if (ya !== null && yb !== null) return ya === yb;
  return ya === null && yb === null;
}
