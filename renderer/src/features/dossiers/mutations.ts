import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import type { DossierDetail } from '../../../../shared/domain/dossier';
import { call } from '../../api/client';
import { movementQueries } from '../movements/queries';
import { dossierQueries } from './queries';

/**
 * After a dossier changes: the saved detail is the truth (shown at once), then the register, the
 * intake board and the movements' counts are refreshed.
 */
function useDossierSaved() {
  const queryClient = useQueryClient();
  return (dossier: DossierDetail) => {
    queryClient.setQueryData(dossierQueries.detail(dossier.id).queryKey, dossier);
    void queryClient.invalidateQueries({ queryKey: movementQueries.all() });
    return queryClient.invalidateQueries({ queryKey: dossierQueries.all() });
  };
}

/** A nomination changes its dossier (count, checklist), the grid, the quota board and the lists. */
function useInvalidateIntake() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: dossierQueries.all() }),
      queryClient.invalidateQueries({ queryKey: movementQueries.all() }),
    ]);
}

export function useCreateDossierMutation() {
  const onSaved = useDossierSaved();
  return useMutation({
    mutationFn: (input: Input<'dossiers.create'>) => call('dossiers.create', input),
    onSuccess: onSaved,
  });
}

export function useUpdateDossierMutation() {
  const onSaved = useDossierSaved();
  return useMutation({
    mutationFn: (input: Input<'dossiers.update'>) => call('dossiers.update', input),
    onSuccess: onSaved,
  });
}

export function useDeleteDossierMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('dossiers.delete', { id }),
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: dossierQueries.detail(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: movementQueries.all() });
      return queryClient.invalidateQueries({ queryKey: dossierQueries.lists() });
    },
  });
}

export function useSetDossierStatusMutation() {
  const onSaved = useDossierSaved();
  return useMutation({
    mutationFn: (input: Input<'dossiers.setStatus'>) => call('dossiers.setStatus', input),
    onSuccess: onSaved,
  });
}

export function useSetChecklistItemMutation() {
  const onSaved = useDossierSaved();
  return useMutation({
    mutationFn: (input: Input<'dossiers.setChecklistItem'>) =>
      call('dossiers.setChecklistItem', input),
    onSuccess: onSaved,
  });
}

export function useAttachFileMutation() {
  const onSaved = useDossierSaved();
  return useMutation({
    mutationFn: (input: Input<'dossiers.attachFile'>) => call('dossiers.attachFile', input),
    onSuccess: onSaved,
  });
}

export function useRemoveFileMutation() {
  const onSaved = useDossierSaved();
  return useMutation({
    mutationFn: (fileId: number) => call('dossiers.removeFile', { fileId }),
    onSuccess: onSaved,
  });
}

export function useCreateNominationMutation() {
  const invalidate = useInvalidateIntake();
  return useMutation({
    mutationFn: (input: Input<'nominations.create'>) => call('nominations.create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateNominationMutation() {
  const invalidate = useInvalidateIntake();
  return useMutation({
    mutationFn: (input: Input<'nominations.update'>) => call('nominations.update', input),
    onSuccess: invalidate,
  });
}

export function useDeleteNominationMutation() {
  const invalidate = useInvalidateIntake();
  return useMutation({
    mutationFn: (id: number) => call('nominations.delete', { id }),
    onSuccess: invalidate,
  });
}

/** All rows of the file, or none; the preview was only a reading. */
export function useCommitImportMutation() {
  const invalidate = useInvalidateIntake();
  return useMutation({
    mutationFn: (input: Input<'imports.commit'>) => call('imports.commit', input),
    onSuccess: invalidate,
  });
}

/** Reads the file on the server and reports every problem; writes nothing. */
export function usePreviewImportMutation() {
  return useMutation({
    mutationFn: (input: Input<'imports.preview'>) => call('imports.preview', input),
  });
}
