import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AwardFormInput } from '../../../../shared/domain/award-form';
import { call } from '../../api/client';
import { catalogQueries } from './queries';

export function useSaveAwardFormMutation(mode: 'create' | 'update') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AwardFormInput) =>
      call(mode === 'create' ? 'awardForms.create' : 'awardForms.update', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogQueries.all() }),
  });
}
