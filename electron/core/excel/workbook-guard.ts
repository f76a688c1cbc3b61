/**
 * The one gate every user .xlsx passes before exceljs (or any XML parser) sees it. After the container
 * check (zip-container.ts: magic bytes, central directory, declared sizes), each entry name is checked
 * for path tricks, external links and its declared compression ratio, then every XML part is inflated
 * once in 64 KiB chunks through a tag scanner that refuses a DOCTYPE/ENTITY (entity expansion), deep
 * nesting, too many rows or shared strings, or more bytes than the directory declared. Nothing is
 * kept but the small workbook parts (for sheet names in messages): memory stays at one chunk.
 */
import zlib from 'node:zlib';
import { LIMITS, MSG, MiB } from './candidate-list/refusals';
import { resolvePart, xmlElements } from './candidate-list/workbook-plan';
import {
  HEAD_BYTES,
  type ZipEntry,
  inflateEntry,
  inspectContainer,
} from './candidate-list/zip-container';

export const GUARD_LIMITS = {
  maxEntries: 2000,
  /** SpreadsheetML is shallow (worksheet/sheetData/row/c/is/r/t); 64 leaves room for extensions. */
  maxDepth: 64,
  /** `<row>` elements in the whole file, empty ones included (Excel's own limit is 1 048 576 per sheet). */
  maxRowElements: 250_000,
  maxSharedStrings: 500_000,
  /** Inflated/compressed ratio refused once a part passes `ratioFrom` bytes. */
  maxRatio: 200,
  ratioFrom: 8 * MiB,
} as const;

const nf = (n: number) => n.toLocaleString('vi-VN');

export const GUARD_MSG = {
  tooManyEntries: `Tệp .xlsx có quá nhiều phần bên trong (trên ${nf(GUARD_LIMITS.maxEntries)}): không phải một danh sách bình thường, có thể là tệp được tạo ra để gây hại.`,
  badName: (name: string) =>
    `Tệp .xlsx có phần mang đường dẫn bất thường (“${name.slice(0, 120)}”): tệp không được tạo bằng Excel hoặc đã bị sửa, không đọc.`,
  externalLink: (name: string) =>
    `Tệp có liên kết tới tệp Excel khác (${name}): số liệu có thể không còn đúng. Trong Excel chọn Data → Edit Links → Break Link (hoặc chép rồi dán dạng giá trị), lưu lại rồi nhập lại.`,
  doctype: (part: string) =>
    `Phần ${part} của tệp có khai báo DOCTYPE/ENTITY, điều mà Excel không bao giờ ghi: tệp bị sửa hoặc được tạo ra để gây hại, không đọc.`,
  tooDeep: (part: string) =>
    `Phần ${part} của tệp lồng nhau quá ${GUARD_LIMITS.maxDepth} tầng: không phải dữ liệu Excel bình thường, không đọc.`,
  tooManyRowElements: (part: string) =>
    `Tệp có hơn ${nf(GUARD_LIMITS.maxRowElements)} dòng (tính cả dòng trống, dừng ở ${part}): xóa các dòng trống thừa ở cuối sheet hoặc chia danh sách thành nhiều tệp.`,
  tooManySharedStrings: (part: string) =>
    `Bảng chữ dùng chung (${part}) có hơn ${nf(GUARD_LIMITS.maxSharedStrings)} mục: quá lớn cho một danh sách, hãy chia thành nhiều tệp.`,
  lying: (part: string) =>
    `Phần ${part} của tệp giải nén ra nhiều hơn kích thước tệp tự khai báo: tệp bị sửa hoặc là “bom nén” (zip bomb), không đọc.`,
  ratio: (part: string) =>
    `Phần ${part} của tệp giải nén ra lớn gấp hơn ${GUARD_LIMITS.maxRatio} lần dung lượng nén: đây là “bom nén” (zip bomb), không đọc.`,
  tooBig: (part: string, mb: number) =>
    `Phần ${part} của tệp giải nén vượt ${mb} MB: tệp quá lớn để đọc, hãy chia danh sách thành nhiều tệp nhỏ hơn.`,
  corrupt: (part: string) => `${MSG.corrupt} (Phần hỏng: ${part}.)`,
} as const;

export type GuardResult = { entries: Map<string, ZipEntry> } | { refusal: string };

class GuardRefusal extends Error {}

/**
 * Checks an .xlsx before it is parsed. Resolves to the zip entries, or to one Vietnamese refusal
 * that names the part at fault. Never throws for bad input.
 */
export async function guardWorkbook(buf: Buffer): Promise<GuardResult> {
  const container = inspectContainer(buf);
  if ('refusal' in container) return container;
  const { entries } = container;
  if (entries.size > GUARD_LIMITS.maxEntries) return { refusal: GUARD_MSG.tooManyEntries };
  for (const entry of entries.values()) {
    if (!safeName(entry.name)) return { refusal: GUARD_MSG.badName(entry.name) };
    if (/^xl\/externallinks\/[^/]+\.xml$/i.test(entry.name)) {
      return { refusal: GUARD_MSG.externalLink(entry.name) };
    }
  }
  for (const entry of entries.values()) {
    const { uncompressedSize: size, compressedSize } = entry;
    if (size > GUARD_LIMITS.ratioFrom && size > GUARD_LIMITS.maxRatio * compressedSize) {
      return { refusal: GUARD_MSG.ratio(entry.name) };
    }
  }
  const counts = { rows: 0, total: 0 };
  try {
    // The workbook and its relationships first: once they pass, they give the sheets' names.
    const first = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
    for (const key of first) {
      const entry = entries.get(key);
      if (entry) await scanPart(buf, entry, counts, entry.name);
    }
    const labels = await sheetLabels(buf, entries);
    for (const [key, entry] of entries) {
      if (first.includes(key) || !/\.(xml|rels|vml)$/i.test(entry.name)) continue;
      await scanPart(buf, entry, counts, labels.get(key) ?? entry.name);
    }
  } catch (error) {
    if (error instanceof GuardRefusal) return { refusal: error.message };
    throw error;
  }
  return { entries };
}

/** Zip names as written by Excel: relative, forward slashes, no `..`, no drive, no control characters. */
function safeName(name: string): boolean {
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f]/.test(name)) return false;
  return !name.split('/').some((segment) => segment === '..' || segment === '.');
}

interface ScanState {
  depth: number;
  rows: number;
  strings: number;
  /** The end of the previous chunk when it cut a tag in two. */
  carry: string;
}

/** `sheet 'Danh sách' (xl/worksheets/sheet1.xml)` for each worksheet part, by lower-case name. */
async function sheetLabels(
  buf: Buffer,
  entries: Map<string, ZipEntry>,
): Promise<Map<string, string>> {
  const text = async (key: string) => {
    const entry = entries.get(key);
    if (!entry) return '';
    const { bytes } = await inflateEntry(buf, entry, LIMITS.smallXml, true);
    return bytes?.toString('utf8') ?? '';
  };
  const rels = new Map<string, string>();
  for (const attrs of xmlElements(await text('xl/_rels/workbook.xml.rels'), 'Relationship')) {
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target) rels.set(id, resolvePart(target).toLowerCase());
  }
  const labels = new Map<string, string>();
  for (const attrs of xmlElements(await text('xl/workbook.xml'), 'sheet')) {
    const relId = [...attrs.entries()].find(([k]) => /(^|:)id$/.test(k))?.[1];
    const key = relId ? rels.get(relId) : undefined;
    const entry = key ? entries.get(key) : undefined;
    if (key && entry) labels.set(key, `sheet '${attrs.get('name') ?? ''}' (${entry.name})`);
  }
  return labels;
}

async function scanPart(
  buf: Buffer,
  entry: ZipEntry,
  counts: { rows: number; total: number },
  part: string,
): Promise<void> {
  const compressed = buf.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const state: ScanState = { depth: 0, rows: 0, strings: 0, carry: '' };
  const isSharedStrings = /sharedstrings[^/]*\.xml$/i.test(entry.name);
  let size = 0;
  let head = '';
  const onChunk = (chunk: Buffer) => {
    if (head.length < HEAD_BYTES) head += chunk.subarray(0, HEAD_BYTES).toString('latin1');
    size += chunk.length;
    counts.total += chunk.length;
    // The central directory's size is what the checks above trusted: hold the inflater to it.
    if (size > entry.uncompressedSize) throw new GuardRefusal(GUARD_MSG.lying(part));
    if (size > LIMITS.sheet) throw new GuardRefusal(GUARD_MSG.tooBig(part, LIMITS.sheet / MiB));
    if (counts.total > LIMITS.total) throw new GuardRefusal(MSG.tooBig(LIMITS.total / MiB));
    if (size > GUARD_LIMITS.ratioFrom && size > GUARD_LIMITS.maxRatio * compressed.length) {
      throw new GuardRefusal(GUARD_MSG.ratio(part));
    }
    const before = state.rows;
    scanChunk(state, chunk.toString('latin1'), part);
    counts.rows += state.rows - before;
    if (counts.rows > GUARD_LIMITS.maxRowElements) {
      throw new GuardRefusal(GUARD_MSG.tooManyRowElements(part));
    }
    if (isSharedStrings && state.strings > GUARD_LIMITS.maxSharedStrings) {
      throw new GuardRefusal(GUARD_MSG.tooManySharedStrings(part));
    }
  };
  if (entry.method === 0) {
    for (let i = 0; i < compressed.length; i += 64 * 1024) {
      onChunk(compressed.subarray(i, i + 64 * 1024));
    }
    entry.scanned = { size, head };
    return;
  }
  if (entry.method !== 8) throw new GuardRefusal(GUARD_MSG.corrupt(part));
  await new Promise<void>((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      if (error) reject(error);
      else resolve();
    };
    inflater.on('data', (chunk: Buffer) => {
      try {
        onChunk(chunk);
      } catch (error) {
        finish(error as Error);
      }
    });
    inflater.on('error', () => finish(new GuardRefusal(GUARD_MSG.corrupt(part))));
    inflater.on('end', () => finish());
    inflater.end(compressed);
  });
  // The plan reuses these instead of inflating the part once more (workbook-plan.ts).
  entry.scanned = { size, head };
}

/**
 * Walks the tags of one chunk (latin1: the markup is ASCII, text bytes are never interpreted).
 * Depth rises on a start tag and falls on an end tag or `/>`; counts `<row` and `<si` elements.
 */
function scanChunk(state: ScanState, text: string, part: string): void {
  const s = state.carry + text;
  state.carry = '';
  let i = s.indexOf('<');
  while (i >= 0) {
    const end = tagEnd(s, i);
    if (end < 0) {
      keepCut(state, s, i, part);
      return;
    }
    const next = s.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      const head = s.slice(i + 2, i + 9).toUpperCase();
      if (head.startsWith('DOCTYPE') || head.startsWith('ENTITY')) {
        throw new GuardRefusal(GUARD_MSG.doctype(part));
      }
      if (head.startsWith('[CDATA[')) {
        const close = s.indexOf(']]>', i);
        if (close < 0) {
          keepCut(state, s, i, part);
          return;
        }
        i = s.indexOf('<', close + 3);
        continue;
      }
      if (head.startsWith('--')) {
        const close = s.indexOf('-->', i);
        if (close < 0) {
          keepCut(state, s, i, part);
          return;
        }
        i = s.indexOf('<', close + 3);
        continue;
      }
    } else if (next === 0x2f /* / */) {
      state.depth--;
    } else if (next !== 0x3f /* ? */) {
      if (s.charCodeAt(end - 1) !== 0x2f) {
        state.depth++;
        if (state.depth > GUARD_LIMITS.maxDepth) throw new GuardRefusal(GUARD_MSG.tooDeep(part));
      }
      const name = localName(s, i + 1);
      if (name === 'row') state.rows++;
      else if (name === 'si') state.strings++;
    }
    i = s.indexOf('<', end + 1);
  }
}

/** The `>` closing the tag at `from`, skipping quoted attribute values (`a="x > y"`); -1 if cut. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let j = from + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return j;
    }
  }
  return -1;
}

/** Keeps markup cut by the chunk boundary; markup longer than 64 KiB is nothing Excel writes. */
function keepCut(state: ScanState, s: string, from: number, part: string): void {
  if (s.length - from > 64 * 1024) throw new GuardRefusal(GUARD_MSG.corrupt(part));
  state.carry = s.slice(from);
}

function localName(s: string, from: number): string {
  let j = from;
  let start = from;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 0x3a /* : */) start = j + 1;
    else if (c === 0x20 || c === 0x2f || c === 0x3e || c === 0x09 || c === 0x0a || c === 0x0d) {
      break;
    }
    j++;
    if (j - from > 40) break;
  }
  return s.slice(start, j);
}
