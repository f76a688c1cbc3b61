import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../api/client';
import { unitQueries } from './queries';

function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: unitQueries.all() });
}

export function useCreateUnitMutation() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: Input<'units.create'>) => call('units.create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateUnitMutation() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: Input<'units.update'>) => call('units.update', input),
    onSuccess: invalidate,
  });
}

export function useDeleteUnitMutation() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (id: number) => call('units.delete', { id }),
    onSuccess: invalidate,
  });
}
