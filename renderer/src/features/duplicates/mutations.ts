import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../api/client';
import { dossierQueries } from '../dossiers/queries';
import { movementQueries } from '../movements/queries';
import { nominationSearchQueries } from '../search/queries';
import { duplicateQueries } from './queries';

/**
 * “Khác người” or “Gộp”. A merge removes one nomination, so everything that lists or counts
 * nominations is refreshed too: movements (board, counts), dossiers, search results.
 */
export function useResolveDuplicateMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'duplicates.resolve'>) => call('duplicates.resolve', input),
    onSuccess: (_result, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: duplicateQueries.all() }),
        ...(input.decision === 'gop'
          ? [
              queryClient.invalidateQueries({ queryKey: movementQueries.all() }),
              queryClient.invalidateQueries({ queryKey: dossierQueries.all() }),
              queryClient.invalidateQueries({ queryKey: nominationSearchQueries.all() }),
            ]
          : []),
      ]),
  });
}
