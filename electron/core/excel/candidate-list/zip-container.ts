/**
 * The file's bytes, checked before any XML parser sees them. The container is recognised from its
 * magic bytes (OLE/.xls or encrypted .xlsx, PDF, text, HTML, truncated zip) so the user is told what
 * the file really is. The zip central directory is read by hand: declared sizes are checked, then each
 * part we will parse is inflated once into a byte counter, so a zip bomb is refused even when its
 * headers lie. `localEntry` writes entries back for the stream handed to exceljs (workbook-plan.ts).
 */
import zlib from 'node:zlib';
import { LIMITS, MSG, MiB, Refusal } from './refusals';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  dataStart: number;
  /** Set by the guard once it has inflated the part: its real size and first bytes (latin1). */
  scanned?: { size: number; head: string };
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function inspectContainer(
  buf: Buffer,
): { entries: Map<string, ZipEntry> } | { refusal: string } {
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

export const HEAD_BYTES = 4096;

/** Inflates one entry into a counter (and keeps the bytes when asked); refuses past `cap`. */
export async function inflateEntry(
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

/** A zip local entry with sizes in the header (no data descriptor), data sliced in 1 MiB chunks. */
export function* localEntry(
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
