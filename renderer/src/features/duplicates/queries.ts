import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Query keys and loaders of the duplicate check: the suspected pairs of each movement. */
export const duplicateQueries = {
  all: () => ['duplicates'] as const,
  list: (movementId: number) =>
    queryOptions({
      queryKey: [...duplicateQueries.all(), 'list', movementId] as const,
      queryFn: () => call('duplicates.list', { movementId }),
    }),
};
