import { queryOptions } from '@tanstack/react-query';
import type { SessionListFilter } from '../../../../shared/domain/council';
import { call } from '../../api/client';

/**
 * Query keys and loaders of councils and their sessions. Everything lives under
 * `councilQueries.all()`, so one invalidation after a change refreshes every reader.
 */
export const councilQueries = {
  all: () => ['councils'] as const,
  list: () =>
    queryOptions({
      queryKey: [...councilQueries.all(), 'list'] as const,
      queryFn: () => call('councils.list', {}),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...councilQueries.all(), 'detail', id] as const,
      queryFn: () => call('councils.get', { id }),
    }),
  rules: (councilId: number) =>
    queryOptions({
      queryKey: [...councilQueries.all(), 'rules', councilId] as const,
      queryFn: () => call('councilRules.get', { councilId }),
    }),
  sessions: (filter: SessionListFilter) =>
    queryOptions({
      queryKey: [...councilQueries.all(), 'sessions', filter] as const,
      queryFn: () => call('sessions.list', filter),
    }),
  session: (id: number) =>
    queryOptions({
      queryKey: [...councilQueries.all(), 'session', id] as const,
      queryFn: () => call('sessions.get', { id }),
    }),
  /** Rounds, ballots, reconciliation, results per group, ties, why it cannot conclude yet. */
  voting: (sessionId: number) =>
    queryOptions({
      queryKey: [...councilQueries.all(), 'voting', sessionId] as const,
      queryFn: () => call('sessions.voting', { id: sessionId }),
    }),
  agenda: (sessionId: number) =>
    queryOptions({
      queryKey: [...councilQueries.all(), 'agenda', sessionId] as const,
      queryFn: () => call('sessions.agenda', { id: sessionId }),
    }),
};
