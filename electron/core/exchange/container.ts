import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PackageManifest,
} from '../../../shared/domain/exchange';
import { AppError } from '../errors';

/**
 * The `.tdkt` container (README.md in this folder):
 *   "TDKTGOI1" | uint32 BE manifest length | manifest JSON | gzip(payload JSON) | sha256 of all before
 * The manifest stays readable without decompressing; the trailer makes any changed byte detectable.
 */
export const MAGIC = Buffer.from('TDKTGOI1', 'ascii');
const HEADER_BYTES = MAGIC.length + 4;
const TRAILER_BYTES = 32;
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Largest package file accepted. */
export const MAX_PACKAGE_BYTES = 150 * 1024 * 1024;
/** Largest payload once decompressed: beyond it a package is refused before inflating it. */
export const MAX_PAYLOAD_BYTES = 200 * 1024 * 1024;

export const sha256 = (data: Buffer | string): string =>
  createHash('sha256').update(data).digest('hex');

/** JSON with object keys sorted at every level: the same data always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export const tampered = (fileName: string, part?: string) =>
  new AppError(
    'VALIDATION',
    `Gói hồ sơ đã bị thay đổi sau khi xuất (tệp “${fileName}”${part ? `, ${part}` : ''}): không nhận.`,
  );

const foreign = (fileName: string, what: string) =>
  new AppError(
    'VALIDATION',
    `Tệp “${fileName}” không phải gói hồ sơ TĐKT Desk (${what}): không nhận. Chọn tệp .tdkt do chương trình xuất ra.`,
  );

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Builds the file; `manifest.payload` is filled in here. */
export function writeContainer(
  manifest: Omit<PackageManifest, 'payload'>,
  payloadJson: string,
): Buffer {
  const raw = Buffer.from(payloadJson, 'utf8');
  // mtime 0 and fixed level: the same payload compresses to the same bytes.
  const compressed = gzipSync(raw, { level: 9 });
  const full: PackageManifest = {
    ...manifest,
    payload: {
      size: raw.length,
      sha256: sha256(raw),
      compressedSize: compressed.length,
      compressedSha256: sha256(compressed),
    },
  };
  const manifestBytes = Buffer.from(canonicalJson(full), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(manifestBytes.length);
  const body = Buffer.concat([MAGIC, length, manifestBytes, compressed]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Reads and checks the envelope only: no decompression. */
export function readManifest(
  fileName: string,
  file: Buffer,
): { manifest: PackageManifest; compressed: Buffer } {
  if (file.length >= 4 && file.subarray(0, 4).toString('binary') === 'PK\x03\x04') {
    throw foreign(fileName, 'đây là tệp nén ZIP hoặc Excel');
  }
  if (file.length < HEADER_BYTES + TRAILER_BYTES || !file.subarray(0, 8).equals(MAGIC)) {
    throw foreign(fileName, 'thiếu dấu hiệu nhận dạng của gói');
  }
  if (file.length > MAX_PACKAGE_BYTES) {
    throw new AppError(
      'VALIDATION',
      `Gói hồ sơ “${fileName}” lớn ${mb(file.length)}, quá giới hạn ${mb(MAX_PACKAGE_BYTES)}: không nhận.`,
    );
  }
  const body = file.subarray(0, file.length - TRAILER_BYTES);
  const trailer = file.subarray(file.length - TRAILER_BYTES);
  if (!createHash('sha256').update(body).digest().equals(trailer)) {
    throw tampered(fileName, 'mã kiểm tra toàn tệp không khớp');
  }
  const manifestLength = file.readUInt32BE(MAGIC.length);
  if (manifestLength > MAX_MANIFEST_BYTES || HEADER_BYTES + manifestLength > body.length) {
    throw tampered(fileName, 'phần mô tả gói hỏng');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      body.subarray(HEADER_BYTES, HEADER_BYTES + manifestLength).toString('utf8'),
    ) as unknown;
  } catch {
    throw tampered(fileName, 'phần mô tả gói hỏng');
  }
  const head = parsed as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== PACKAGE_FORMAT) {
    throw foreign(fileName, 'không có mã định dạng gói hồ sơ');
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw new AppError(
      'VALIDATION',
      `Gói “${fileName}” theo định dạng phiên bản ${head.formatVersion}, mới hơn phiên bản chương trình này đọc được (${PACKAGE_FORMAT_VERSION}): cập nhật chương trình rồi nhận lại.`,
    );
  }
  const manifest = PackageManifest.safeParse(parsed);
  if (!manifest.success) throw tampered(fileName, 'phần mô tả gói không đúng định dạng');
  const compressed = body.subarray(HEADER_BYTES + manifestLength);
  const declared = manifest.data.payload;
  if (
    compressed.length !== declared.compressedSize ||
    sha256(compressed) !== declared.compressedSha256
  ) {
    throw tampered(fileName, 'phần nội dung nén');
  }
  return { manifest: manifest.data, compressed };
}

/** Inflates the payload within the declared size (never more than MAX_PAYLOAD_BYTES). */
export function inflatePayload(
  fileName: string,
  manifest: PackageManifest,
  compressed: Buffer,
): Buffer {
  const declared = manifest.payload.size;
  if (declared > MAX_PAYLOAD_BYTES) {
    throw new AppError(
      'VALIDATION',
      `Gói “${fileName}” khai báo nội dung ${mb(declared)} khi giải nén, quá giới hạn ${mb(MAX_PAYLOAD_BYTES)}: không nhận.`,
    );
  }
  let raw: Buffer;
  try {
    raw = gunzipSync(compressed, { maxOutputLength: Math.max(1, declared) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new AppError(
        'VALIDATION',
        `Gói “${fileName}” giải nén ra nhiều hơn kích thước khai báo (${mb(declared)}): có thể là tệp độc hại, không nhận.`,
      );
    }
    throw tampered(fileName, 'phần nội dung nén không giải nén được');
  }
  if (raw.length !== declared || sha256(raw) !== manifest.payload.sha256) {
    throw tampered(fileName, 'nội dung sau giải nén');
  }
  return raw;
}
