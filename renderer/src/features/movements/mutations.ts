import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import type { Movement } from '../../../../shared/domain/movement';
import { call } from '../../api/client';
import { demoQueries } from '../overview/queries';
import { movementQueries } from './queries';

/** After a movement is created, saved or deleted: the list, its counts, and the demo offer. */
function useMovementSaved() {
  const queryClient = useQueryClient();
  return (movement: Movement) => {
    // The saved movement is the truth: show it at once, then refresh every reader.
    queryClient.setQueryData(movementQueries.detail(movement.id).queryKey, movement);
    void queryClient.invalidateQueries({ queryKey: demoQueries.all() });
    return queryClient.invalidateQueries({ queryKey: movementQueries.all() });
  };
}

export function useCreateMovementMutation() {
  const onSaved = useMovementSaved();
  return useMutation({
    mutationFn: (input: Input<'movements.create'>) => call('movements.create', input),
    onSuccess: onSaved,
  });
}

export function useCreateMovementFromPresetMutation() {
  const onSaved = useMovementSaved();
  return useMutation({
    mutationFn: (presetCode: string) => call('movements.createFromPreset', { presetCode }),
    onSuccess: onSaved,
  });
}

export function useUpdateMovementMutation() {
  const onSaved = useMovementSaved();
  return useMutation({
    mutationFn: (input: Input<'movements.update'>) => call('movements.update', input),
    onSuccess: onSaved,
  });
}

export function useDeleteMovementMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('movements.delete', { id }),
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: movementQueries.detail(id).queryKey });
      void queryClient.invalidateQueries({ queryKey: demoQueries.all() });
      return queryClient.invalidateQueries({ queryKey: movementQueries.list().queryKey });
    },
  });
}

/** A nomination changes the board (usage, violations), the nominations and the list's counts. */
function useInvalidateNominations(movementId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: movementQueries.board(movementId).queryKey }),
      queryClient.invalidateQueries({ queryKey: movementQueries.nominations(movementId).queryKey }),
      queryClient.invalidateQueries({ queryKey: movementQueries.list().queryKey }),
    ]);
}

export function useCreateNominationMutation(movementId: number) {
  const invalidate = useInvalidateNominations(movementId);
  return useMutation({
    mutationFn: (input: Input<'nominations.create'>) => call('nominations.create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateNominationMutation(movementId: number) {
  const invalidate = useInvalidateNominations(movementId);
  return useMutation({
    mutationFn: (input: Input<'nominations.update'>) => call('nominations.update', input),
    onSuccess: invalidate,
  });
}

export function useSetNominationSelectedMutation(movementId: number) {
  const invalidate = useInvalidateNominations(movementId);
  return useMutation({
    mutationFn: (input: Input<'nominations.setSelected'>) => call('nominations.setSelected', input),
    onSuccess: invalidate,
  });
}

export function useDeleteNominationMutation(movementId: number) {
  const invalidate = useInvalidateNominations(movementId);
  return useMutation({
    mutationFn: (id: number) => call('nominations.delete', { id }),
    onSuccess: invalidate,
  });
}
