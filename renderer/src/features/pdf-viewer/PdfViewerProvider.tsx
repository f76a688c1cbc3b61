import { lazy, Suspense, useEffect } from 'react';
import { closePdfPreview, markViewerMounted, useOpenPdf } from './store';

// The viewer (and pdf.js with it) loads the first time a PDF is opened, not at start-up.
const PdfViewerModal = lazy(() =>
  import('./PdfViewerModal').then((module) => ({ default: module.PdfViewerModal })),
);

/** Mounted once in the app root: shows the PDF `openPdfPreview` asked for. */
export function PdfViewerProvider() {
  const opened = useOpenPdf();
  useEffect(() => markViewerMounted(), []);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <PdfViewerModal key={opened.id} file={opened.file} onClose={closePdfPreview} />
    </Suspense>
  );
}
