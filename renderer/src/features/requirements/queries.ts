import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/** Query keys and loaders of the checklist requirements (Cài đặt → Giấy tờ trong hồ sơ). */
export const requirementQueries = {
  all: () => ['requirements'] as const,
  list: () =>
    queryOptions({
      queryKey: [...requirementQueries.all(), 'list'] as const,
      queryFn: () => call('requirements.list', {}),
    }),
};
