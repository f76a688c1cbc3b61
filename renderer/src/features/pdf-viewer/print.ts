import type { PDFDocumentProxy } from './pdfjs';

/** About 200 dpi: sharp text on office printers without huge images. */
const PRINT_DPI = 200;
const MM_PER_POINT = 25.4 / 72;
const ROOT_CLASS = 'pdf-print-root';

let printRoot: HTMLElement | null = null;
let pageStyle: HTMLStyleElement | null = null;
let urls: string[] = [];

/** Removes the print-only images (after printing, when the viewer closes, before a new job). */
export function clearPrint(): void {
  window.removeEventListener('afterprint', clearPrint);
  printRoot?.remove();
  pageStyle?.remove();
  urls.forEach((url) => URL.revokeObjectURL(url));
  printRoot = null;
  pageStyle = null;
  urls = [];
}

const toPng = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob'))),
      'image/png',
    ),
  );

const mm = (points: number) => `${(points * MM_PER_POINT).toFixed(2)}mm`;

/**
 * Renders every page at print resolution into images in a print-only container (one sheet per
 * page, at the page's own size, so A4 landscape lists print right), then opens the print dialog.
 * The print stylesheet (pdf-viewer.css) hides the rest of the app while the container exists.
 */
export async function printPdf(
  pdf: PDFDocumentProxy,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<void> {
  clearPrint();
  const root = document.createElement('div');
  root.className = ROOT_CLASS;
  const sizes = new Map<string, string>();
  const sheets: HTMLElement[] = [];
  const total = pdf.numPages;
  onProgress(0, total);
  try {
    for (let n = 1; n <= total; n += 1) {
      signal.throwIfAborted();
      const page = await pdf.getPage(n);
      const size = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: PRINT_DPI / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport, intent: 'print', background: '#ffffff' }).promise;
      const url = URL.createObjectURL(await toPng(canvas));
      urls.push(url);
      // Release the pixels now: 120 pages × 8 MB would not fit otherwise.
      canvas.width = 0;
      canvas.height = 0;
      page.cleanup();

      const width = mm(size.width);
      const height = mm(size.height);
      const key = `${width} ${height}`;
      if (!sizes.has(key)) sizes.set(key, `pdf-sheet-${sizes.size}`);
      const sheet = document.createElement('div');
      sheet.className = 'pdf-print-sheet';
      sheet.style.width = width;
      sheet.style.height = height;
      sheet.style.setProperty('page', sizes.get(key)!);
      const image = document.createElement('img');
      image.src = url;
      image.alt = '';
      sheet.append(image);
      sheets.push(sheet);
      onProgress(n, total);
    }
    root.append(...sheets);
    await Promise.all(sheets.map((sheet) => sheet.querySelector('img')!.decode()));
    signal.throwIfAborted();
  } catch (error) {
    urls.forEach((url) => URL.revokeObjectURL(url));
    urls = [];
    throw error;
  }

  // One named @page per paper size met in the file; the first one is also the default.
  const [first] = sizes.keys();
  const style = document.createElement('style');
  style.textContent = [
    `@page { size: ${first ?? 'A4'}; margin: 0; }`,
    ...[...sizes].map(([size, name]) => `@page ${name} { size: ${size}; margin: 0; }`),
  ].join('\n');
  document.head.append(style);
  document.body.append(root);
  printRoot = root;
  pageStyle = style;
  window.addEventListener('afterprint', clearPrint, { once: true });
  window.print();
}
