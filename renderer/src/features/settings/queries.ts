import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Query keys and loaders of the agency settings (invalidate with `settingsQueries.all()`). */
export const settingsQueries = {
  all: () => ['settings'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'detail'] as const,
      queryFn: () => call('settings.get', {}),
    }),
};
