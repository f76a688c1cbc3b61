import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Results shown at most; one more is asked for, to know whether there are more. */
export const SEARCH_LIMIT = 200;

/** Query keys and loaders of the search across every movement's nominations. */
export const nominationSearchQueries = {
  all: () => ['nominationSearch'] as const,
  results: (query: string) =>
    queryOptions({
      queryKey: [...nominationSearchQueries.all(), query] as const,
      queryFn: () => call('nominations.list', { query, limit: SEARCH_LIMIT + 1 }),
    }),
};
