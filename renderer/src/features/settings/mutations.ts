import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../api/client';
import { settingsQueries } from './queries';

export function useUpdateSettingsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'settings.update'>) => call('settings.update', input),
    onSuccess: (saved) => {
      // The saved row is the truth: show it at once, then let every reader refresh.
      queryClient.setQueryData(settingsQueries.detail().queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: settingsQueries.all() });
    },
  });
}
