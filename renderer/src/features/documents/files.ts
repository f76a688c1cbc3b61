import { call } from '../../api/client';
import type { DocType } from '../../../../shared/domain/document';
import { downloadFile, showFile } from '../dossiers/files';

/** Shows the PDF (in-app viewer, with print and download) or downloads the DOCX of an issued decision or Tờ trình. */
export async function downloadIssued(
  id: number,
  kind: 'pdf' | 'docx',
  docType: DocType = 'quyet_dinh',
): Promise<void> {
  const file =
    docType === 'to_trinh'
      ? kind === 'pdf'
        ? await call('documents.submissionPdf', { id })
        : await call('documents.submissionDocx', { id })
      : kind === 'pdf'
        ? await call('documents.decisionPdf', { id })
        : await call('documents.decisionDocx', { id });
  if (kind === 'pdf') showFile(file);
  else downloadFile(file);
}
