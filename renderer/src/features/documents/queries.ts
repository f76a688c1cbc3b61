import { queryOptions } from '@tanstack/react-query';
import type { RegisterFilter } from '../../../../shared/domain/document';
import { call } from '../../api/client';

/** Query keys and loaders of documents (invalidate everything with `documentQueries.all()`). */
export const documentQueries = {
  all: () => ['documents'] as const,
  defaults: (movementId: number, date: string | null, roundTo: 1 | 1000) =>
    queryOptions({
      queryKey: [...documentQueries.all(), 'defaults', movementId, date, roundTo] as const,
      queryFn: () => call('documents.decisionDefaults', { movementId, date, roundTo }),
    }),
  register: (filter: RegisterFilter) =>
    queryOptions({
      queryKey: [...documentQueries.all(), 'register', filter] as const,
      queryFn: () => call('documents.register', filter),
    }),
};
