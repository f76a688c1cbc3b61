/** Bytes in and out of the browser: files travel base64-encoded in the API (both transports). */

import { isViewerMounted, openPdfPreview } from '../pdf-viewer/store';

/** Largest attachment the server keeps (its `MAX_ATTACHMENT_BYTES`). */
export const MAX_FILE_BYTES = 14 * 1024 * 1024;

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
};
/** What a browser tab shows by itself; other files are downloaded. */
const VIEWABLE = new Set(['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'txt']);

const extensionOf = (fileName: string) =>
  /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

export function mimeOf(fileName: string): string {
  return MIME_BY_EXTENSION[extensionOf(fileName)] ?? 'application/octet-stream';
}

/** The file's bytes as base64 (without the `data:…;base64,` prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsDataURL(file);
  });
}

export function blobFromBase64(contentBase64: string, fileName: string): Blob {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeOf(fileName) });
}

/** Saves a generated file through the browser's download (`<a download>`). */
export function downloadFile(file: { fileName: string; contentBase64: string }): void {
  const url = URL.createObjectURL(blobFromBase64(file.contentBase64, file.fileName));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is not needed any longer.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Shows a file: PDFs in the app's own viewer (print and download from there); other files the
 * browser can display (images, text) in a new tab; anything else, or where no tab may open
 * (Electron denies new windows), is downloaded.
 */
export function showFile(file: { fileName: string; contentBase64: string }): void {
  const extension = extensionOf(file.fileName);
  if (extension === 'pdf' && isViewerMounted()) {
    openPdfPreview(file);
    return;
  }
  if (VIEWABLE.has(extension)) {
    const url = URL.createObjectURL(blobFromBase64(file.contentBase64, file.fileName));
    // Without `noopener`: with it, window.open always answers null and the fallback would run too.
    const opened = window.open(url, '_blank');
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    if (opened !== null) {
      opened.opener = null;
      return;
    }
  }
  downloadFile(file);
}

/** `1,2 MB`, `350 KB`, `12 byte`: Vietnamese decimal comma. */
export function formatSize(bytes: number): string {
  const format = (value: number) =>
    value.toLocaleString('vi-VN', { maximumFractionDigits: value < 10 ? 1 : 0 });
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}

/** A fresh token the server reports progress under. */
export function newProgressToken(): string {
  return crypto.randomUUID();
}
