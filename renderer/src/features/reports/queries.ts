import { queryOptions } from '@tanstack/react-query';
import type { Input } from '../../../../shared/contract';
import { call } from '../../api/client';

/** Query keys and loaders of the Báo cáo screen. */
export const reportQueries = {
  all: () => ['reports'] as const,
  summary: (input: Input<'reports.summaryList'>) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'summary', input] as const,
      queryFn: () => call('reports.summaryList', input),
    }),
  statistics: (input: Input<'reports.statistics'>) =>
    queryOptions({
      queryKey: [...reportQueries.all(), 'statistics', input] as const,
      queryFn: () => call('reports.statistics', input),
    }),
};
