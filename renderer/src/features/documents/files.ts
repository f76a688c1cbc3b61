import { call } from '../../api/client';
import type { DocType } from '../../../../shared/domain/document';
import { downloadFile } from '../dossiers/files';

/** Downloads the PDF or the DOCX of an issued decision or Tờ trình. */
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
  downloadFile(file);
}
