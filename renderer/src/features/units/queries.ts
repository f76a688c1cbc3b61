import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/**
 * Query keys and loaders of units. Every unit query lives under `unitQueries.all()`, so one
 * invalidation after a change refreshes the tree, the tables and the search results.
 */
export const unitQueries = {
  all: () => ['units'] as const,
  /** All units (no query) or the server's diacritic-insensitive search. */
  list: (query = '') =>
    queryOptions({
      queryKey: [...unitQueries.all(), 'list', query] as const,
      queryFn: () => call('units.list', query ? { query } : {}),
    }),
  /** The catalogue of unit kinds: fixed data, fetched once. */
  kinds: () =>
    queryOptions({
      queryKey: ['unitKinds', 'list'] as const,
      queryFn: () => call('unitKinds.list', {}),
      staleTime: Infinity,
    }),
};
