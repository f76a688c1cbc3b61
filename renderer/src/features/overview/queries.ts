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

/** Whether the sample data can be offered: only while the database is still empty. */
export const demoQueries = {
  all: () => ['demo'] as const,
  status: () =>
    queryOptions({
      queryKey: [...demoQueries.all(), 'status'] as const,
      queryFn: () => call('demo.status', {}),
      // Units added on another screen end the offer: ask again each time the card is shown.
      staleTime: 0,
    }),
};
