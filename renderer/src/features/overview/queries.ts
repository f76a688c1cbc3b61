import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Facts about the running program (version, data file, mode); they do not change while it runs. */
export const appQueries = {
  all: () => ['app'] as const,
  info: () =>
    queryOptions({
      queryKey: [...appQueries.all(), 'info'] as const,
      queryFn: () => call('app.info', {}),
      staleTime: Infinity,
    }),
};
