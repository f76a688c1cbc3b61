import { queryOptions } from '@tanstack/react-query';
import type { DossierListFilter } from '../../../../shared/domain/dossier';
import { call } from '../../api/client';

/** What the dossier grid asks the server for: one dossier's list, searched, with or without CCCD. */
export interface DossierNominationsFilter {
  dossierId: number;
  query: string;
  withIdNumber: boolean;
}

/**
 * Query keys and loaders of dossiers. Everything lives under `dossierQueries.all()`: the register
 * (per filter), each dossier, its nominations and the intake board, so one invalidation after an
 * intake change refreshes every reader.
 */
export const dossierQueries = {
  all: () => ['dossiers'] as const,
  lists: () => [...dossierQueries.all(), 'list'] as const,
  list: (filter: DossierListFilter) =>
    queryOptions({
      queryKey: [...dossierQueries.lists(), filter] as const,
      queryFn: () => call('dossiers.list', filter),
    }),
  detail: (id: number) =>
    queryOptions({
      queryKey: [...dossierQueries.all(), 'detail', id] as const,
      queryFn: () => call('dossiers.get', { id }),
    }),
  nominationsOf: (dossierId: number) =>
    [...dossierQueries.all(), 'nominations', dossierId] as const,
  nominations: ({ dossierId, query, withIdNumber }: DossierNominationsFilter) =>
    queryOptions({
      queryKey: [...dossierQueries.nominationsOf(dossierId), query, withIdNumber] as const,
      queryFn: () =>
        call('nominations.list', { dossierId, withIdNumber, ...(query ? { query } : {}) }),
    }),
  /** One nomination with its CCCD, for the edit form (the grid hides it by default). */
  nomination: (id: number) =>
    queryOptions({
      queryKey: [...dossierQueries.all(), 'nomination', id] as const,
      queryFn: () => call('nominations.get', { id, withIdNumber: true }),
      staleTime: 0,
    }),
  intakeBoard: (movementId: number, periodCode: string | null) =>
    queryOptions({
      queryKey: [...dossierQueries.all(), 'intake', movementId, periodCode] as const,
      queryFn: () => call('dossiers.intakeBoard', { movementId, periodCode }),
    }),
  /** How far the server got in reading an Excel file (polled while it reads). */
  importProgress: (progressToken: string) =>
    queryOptions({
      queryKey: ['imports', 'progress', progressToken] as const,
      queryFn: () => call('imports.progress', { progressToken }),
      retry: false,
      gcTime: 0,
    }),
};
