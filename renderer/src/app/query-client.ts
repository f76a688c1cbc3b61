import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/**
 * The data lives on this machine and only this window changes it, so: no refetch on focus, and no
 * retry of an answer the server gave on purpose (validation, not found) — only a lost connection.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && (!(error instanceof ApiError) || error.code === 'INTERNAL'),
      },
      mutations: { retry: false },
    },
  });
}
