/**
 * Which sheets are read, and the zip stream handed to exceljs's streaming `WorkbookReader`.
 *
 * exceljs buffers a worksheet to a temp file when it comes before `sharedStrings.xml` (the order Excel
 * writes), and attaches cell fonts (needed for TCVN3/VNI detection) only if `styles.xml` came first.
 * So the stream is rebuilt in our order — generated workbook parts, styles, shared strings, then the
 * chosen sheets in tab order — copying compressed bytes unchanged: no temp files, hidden sheets never
 * inflated, and reading stops once the row limit is passed. Sheet order, hidden state and the 1904
 * date system are read here, so the generated `workbook.xml` carries nothing (defined names, views)
 * that could trip exceljs. A full `workbook.xlsx.load` fallback would keep the whole workbook in memory.
 */
import zlib from 'node:zlib';
import { LIMITS, MSG, MiB, Refusal } from './refusals';
import { compactKey } from './text-keys';
import { HEAD_BYTES, type ZipEntry, inflateEntry, localEntry } from './zip-container';

/** A part given to exceljs: its zip entry, or a rewritten copy (see `unprefixed`). */
interface PlannedPart {
  entry: ZipEntry;
  rewritten: Buffer | null;
}

interface PlannedSheet extends PlannedPart {
  name: string;
}

export interface Plan {
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

export async function planWorkbook(
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
  /** A part the guard already inflated: its size counts as if inflated here. */
  const counted = (scanned: { size: number; head: string }, cap: number): string => {
    if (scanned.size > cap) throw new Refusal(MSG.tooBig(Math.round(cap / MiB)));
    total += scanned.size;
    if (total > LIMITS.total) throw new Refusal(MSG.tooBig(LIMITS.total / MiB));
    return scanned.head;
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
    const head = entry.scanned
      ? counted(entry.scanned, cap)
      : (await inflate(entry, cap, false)).head;
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
export function resolvePart(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** Attributes of every `<name …>` element (any namespace prefix). Enough for workbook/rels/styles. */
export function xmlElements(xml: string, name: string): Map<string, string>[] {
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
export function* planStream(buf: Buffer, plan: Plan): Generator<Buffer> {
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
