import { call } from '../../api/client';
import { downloadFile } from '../dossiers/files';

/** Downloads the PDF or the DOCX of an issued decision. */
export async function downloadIssued(id: number, kind: 'pdf' | 'docx'): Promise<void> {
  const file =
    kind === 'pdf'
      ? await call('documents.decisionPdf', { id })
      : await call('documents.decisionDocx', { id });
  downloadFile(file);
}
