import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/**
 * Query keys and loaders of movements. Everything about movements lives under
 * `movementQueries.all()`: the list (with its counts), each movement, its quota board and its
 * nominations, so one invalidation after a change refreshes every reader.
 */
export const movementQueries = {
  all: () => ['movements'] as const,
  list: () =>
    queryOptions({
      queryKey: [...movementQueries.all(), 'list'] as const,
      queryFn: () => call('movements.list', {}),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...movementQueries.all(), 'detail', id] as const,
      queryFn: () => call('movements.get', { id }),
    }),
  /** Usage per unit and rule, and the violations; refreshed after every nomination change. */
  board: (movementId: number) =>
    queryOptions({
      queryKey: [...movementQueries.all(), 'board', movementId] as const,
      queryFn: () => call('quotas.board', { movementId }),
    }),
  nominations: (movementId: number) =>
    queryOptions({
      queryKey: [...movementQueries.all(), 'nominations', movementId] as const,
      queryFn: () => call('nominations.list', { movementId }),
    }),
  /**
   * One nomination with its CCCD number, for the edit form only: the number is sensitive, so the
   * answer is dropped from the cache as soon as the form closes.
   */
  nominationForEdit: (id: number) =>
    queryOptions({
      queryKey: [...movementQueries.all(), 'nomination', id, 'withIdNumber'] as const,
      queryFn: () => call('nominations.get', { id, withIdNumber: true }),
      gcTime: 0,
    }),
  /** The dossiers a nomination of this movement and unit can be attached to. */
  nominationDossiers: (movementId: number, proposingUnitId: number) =>
    queryOptions({
      queryKey: [...movementQueries.all(), 'dossiers', movementId, proposingUnitId] as const,
      queryFn: () => call('dossiers.list', { movementId, proposingUnitId }),
    }),
  /** The plans shipped with the program: fixed data. */
  presets: () =>
    queryOptions({
      queryKey: [...movementQueries.all(), 'presets'] as const,
      queryFn: () => call('movements.presets', {}),
      staleTime: Infinity,
    }),
};
