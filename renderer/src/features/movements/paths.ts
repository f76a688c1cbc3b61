import { PATHS } from '../../app/paths';

/** Tabs of the movement screen, by the slug shown in the address (`#/phong-trao/3?the=bang-chi-tieu`). */
export const MOVEMENT_TABS = {
  general: 'thong-tin',
  forms: 'hinh-thuc',
  periods: 'dot-thoi-han',
  rules: 'chi-tieu',
  routes: 'tuyen-trinh',
  board: 'bang-chi-tieu',
  nominations: 'de-nghi',
} as const;
export type MovementTab = keyof typeof MOVEMENT_TABS;

export const NEW_MOVEMENT_SLUG = 'moi';

/**
 * The address of one movement. The tab travels after `?`, which the router ignores, so changing
 * tab does not reload the screen (and loses nothing typed).
 */
export function movementPath(id: number | typeof NEW_MOVEMENT_SLUG, tab?: MovementTab): string {
  const base = `${PATHS.movements}/${id}`;
  return tab ? `${base}?the=${MOVEMENT_TABS[tab]}` : base;
}

/** The tab named in the current address, if any. */
export function tabFromHash(hash: string): MovementTab | null {
  const match = /[?&]the=([a-z-]+)/.exec(hash);
  if (!match) return null;
  const entry = Object.entries(MOVEMENT_TABS).find(([, slug]) => slug === match[1]);
  return entry ? (entry[0] as MovementTab) : null;
}
