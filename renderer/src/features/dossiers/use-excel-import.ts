import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportPreview } from '../../../../shared/domain/candidate-list';
import { errorText } from '../../components/api-errors';
import { newProgressToken, readAsBase64 } from './files';
import { useCommitImportMutation, usePreviewImportMutation } from './mutations';
import { dossierQueries } from './queries';

const PROGRESS_POLL_MS = 300;

interface ImportFile {
  fileName: string;
  contentBase64: string;
}

/**
 * One Excel list on its way into a dossier: read on the server (preview, nothing written), shown,
 * then committed with the same bytes — all rows or none. Progress is polled while the server works.
 */
export function useExcelImport(dossierId: number) {
  const preview = usePreviewImportMutation();
  const commit = useCommitImportMutation();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [result, setResult] = useState<ImportPreview | null>(null);
  const [error, setErrorState] = useState<{ text: string; during: 'read' | 'commit' } | null>(null);
  const setError = (text: string | null, during: 'read' | 'commit' = 'read') =>
    setErrorState(text === null ? null : { text, during });
  const [token, setToken] = useState<string | null>(null);
  const busy = preview.isPending || commit.isPending;

  const progress = useQuery({
    ...dossierQueries.importProgress(token ?? ''),
    enabled: busy && token !== null,
    refetchInterval: PROGRESS_POLL_MS,
  });

  /** Reads a (new or corrected) file; the last preview stays shown until the new one is ready. */
  const read = async (picked: File) => {
    setError(null);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(picked);
    } catch (e) {
      setError(errorText(e));
      return;
    }
    const next = { fileName: picked.name, contentBase64 };
    const progressToken = newProgressToken();
    setToken(progressToken);
    setFile(next);
    try {
      setResult(await preview.mutateAsync({ dossierId, ...next, progressToken }));
    } catch (e) {
      setResult(null);
      setError(errorText(e));
    }
  };

  /** Imports the previewed file; resolves to the number of rows written, or null on refusal. */
  const save = async (): Promise<number | null> => {
    if (!file) return null;
    setError(null);
    const progressToken = newProgressToken();
    setToken(progressToken);
    try {
      const { imported } = await commit.mutateAsync({ dossierId, ...file, progressToken });
      setResult(null);
      setFile(null);
      return imported;
    } catch (e) {
      setError(errorText(e), 'commit');
      return null;
    }
  };

  const close = () => {
    setResult(null);
    setFile(null);
    setError(null);
  };

  return {
    read,
    save,
    close,
    fileName: file?.fileName ?? null,
    preview: result,
    error: error?.text ?? null,
    /** Whether the last refusal came from the import itself (not from reading the file). */
    commitRefused: error?.during === 'commit',
    clearError: () => setError(null),
    reading: preview.isPending,
    committing: commit.isPending,
    progress: busy ? (progress.data ?? null) : null,
  };
}

export type ExcelImport = ReturnType<typeof useExcelImport>;
