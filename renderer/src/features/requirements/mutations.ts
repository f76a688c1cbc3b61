import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../api/client';
import { requirementQueries } from './queries';

/**
 * Only the requirement list is refreshed: dossiers already in the register keep their checklist
 * until it is regenerated, so nothing else on screen changes.
 */
export function useCreateRequirementMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'requirements.create'>) => call('requirements.create', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requirementQueries.all() }),
  });
}

export function useUpdateRequirementMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'requirements.update'>) => call('requirements.update', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requirementQueries.all() }),
  });
}

export function useDeleteRequirementMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('requirements.delete', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requirementQueries.all() }),
  });
}
