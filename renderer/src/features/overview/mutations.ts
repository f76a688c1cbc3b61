import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Loads the sample plan and its units; every screen's data changes, so everything is refreshed. */
export function useLoadDemoMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('demo.load', {}),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
