import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Query keys and loaders of the catalogues (award forms, legal regimes). */
export const catalogQueries = {
  all: () => ['catalog'] as const,
  awardForms: () =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'awardForms'] as const,
      queryFn: () => call('awardForms.list', {}),
    }),
  votingRules: () =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'votingRules'] as const,
      queryFn: () => call('votingRules.list', {}),
    }),
  legalRegimes: () =>
    queryOptions({
      queryKey: [...catalogQueries.all(), 'legalRegimes'] as const,
      queryFn: () => call('legalRegimes.list', {}),
    }),
};
