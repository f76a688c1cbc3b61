export { PdfViewerProvider } from './PdfViewerProvider';
export { isViewerMounted, openPdfPreview, type PdfFile } from './store';
