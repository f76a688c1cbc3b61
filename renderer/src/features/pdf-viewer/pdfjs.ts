/**
 * pdf.js set up for the app's CSP (shared/security/csp.ts): the worker is a same-origin script
 * bundled by Vite (worker-src falls back to script-src 'self'), and nothing is fetched from
 * elsewhere: our PDFs embed their fonts, so no CMaps, standard fonts, ICC profiles or wasm.
 * pdf.js 6 has no eval path any longer (its `isEvalSupported` option is gone).
 * This module is loaded on demand, so pdf.js stays out of the app's start-up bundle.
 */
import { getDocument, GlobalWorkerOptions, VerbosityLevel } from 'pdfjs-dist';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
// `?worker&url`: Vite bundles the worker as a `.js` chunk (the server maps `.js`, not `.mjs`).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url';

GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
export { RenderingCancelledException } from 'pdfjs-dist';

export function loadPdf(data: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    data,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    // Canvases stay on the main thread: printing reads them back with toBlob().
    disableWorkerRendering: true,
    verbosity: VerbosityLevel.ERRORS,
  });
}
