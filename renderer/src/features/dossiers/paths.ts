import type { DossierListFilter, DossierStatus } from '../../../../shared/domain/dossier';
import { DOSSIER_STATUSES } from '../../../../shared/domain/dossier';
import { PATHS } from '../../app/paths';

/** Sub-screens of “Hồ sơ”, by the slug shown in the address (`#/ho-so/theo-doi`). */
export const DOSSIER_SLUGS = {
  intake: 'theo-doi',
  duplicates: 'trung-lap',
  search: 'tim-kiem',
} as const;

export const duplicatesPath = () => `${PATHS.dossiers}/${DOSSIER_SLUGS.duplicates}`;
export const searchPath = () => `${PATHS.dossiers}/${DOSSIER_SLUGS.search}`;
export const dossierPath = (id: number) => `${PATHS.dossiers}/${id}`;

/** The register's filters as the address keeps them (`#/ho-so?phong-trao=1&muon=1`). */
export type RegisterFilter = Omit<DossierListFilter, 'lateOnly' | 'incompleteOnly'> & {
  lateOnly: boolean;
  incompleteOnly: boolean;
};

const KEYS = {
  movementId: 'phong-trao',
  periodCode: 'dot',
  proposingUnitId: 'don-vi',
  status: 'trang-thai',
  lateOnly: 'muon',
  incompleteOnly: 'thieu',
  year: 'nam',
} as const;

function queryOf(hash: string): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

const positiveInt = (text: string | null): number | undefined => {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
};

/** The filters named in the address; anything unreadable is ignored. */
export function filterFromHash(hash: string): RegisterFilter {
  const q = queryOf(hash);
  const status = q.get(KEYS.status);
  const filter: RegisterFilter = {
    lateOnly: q.get(KEYS.lateOnly) === '1',
    incompleteOnly: q.get(KEYS.incompleteOnly) === '1',
  };
  const movementId = positiveInt(q.get(KEYS.movementId));
  if (movementId) filter.movementId = movementId;
  const periodCode = q.get(KEYS.periodCode);
  if (movementId && periodCode) filter.periodCode = periodCode;
  const unitId = positiveInt(q.get(KEYS.proposingUnitId));
  if (unitId) filter.proposingUnitId = unitId;
  if (status && (DOSSIER_STATUSES as readonly string[]).includes(status)) {
    filter.status = status as DossierStatus;
  }
  const year = positiveInt(q.get(KEYS.year));
  if (year) filter.year = year;
  return filter;
}

/** `#/ho-so?…` for these filters (only the ones set). */
export function registerPath(filter: Partial<RegisterFilter> = {}): string {
  const q = new URLSearchParams();
  if (filter.movementId) q.set(KEYS.movementId, String(filter.movementId));
  if (filter.movementId && filter.periodCode) q.set(KEYS.periodCode, filter.periodCode);
  if (filter.proposingUnitId) q.set(KEYS.proposingUnitId, String(filter.proposingUnitId));
  if (filter.status) q.set(KEYS.status, filter.status);
  if (filter.lateOnly) q.set(KEYS.lateOnly, '1');
  if (filter.incompleteOnly) q.set(KEYS.incompleteOnly, '1');
  if (filter.year) q.set(KEYS.year, String(filter.year));
  const text = q.toString();
  return text ? `${PATHS.dossiers}?${text}` : PATHS.dossiers;
}

/** The movement chosen in the address of the intake board (`?phong-trao=3&dot=d1`). */
export function intakeFromHash(hash: string): { movementId?: number; periodCode?: string } {
  const q = queryOf(hash);
  const movementId = positiveInt(q.get(KEYS.movementId));
  const periodCode = q.get(KEYS.periodCode) ?? undefined;
  return {
    ...(movementId ? { movementId } : {}),
    ...(movementId && periodCode ? { periodCode } : {}),
  };
}

export function intakePathFor(movementId: number | undefined, periodCode?: string): string {
  const q = new URLSearchParams();
  if (movementId) q.set(KEYS.movementId, String(movementId));
  if (movementId && periodCode) q.set(KEYS.periodCode, periodCode);
  const text = q.toString();
  return `${PATHS.dossiers}/${DOSSIER_SLUGS.intake}${text ? `?${text}` : ''}`;
}
