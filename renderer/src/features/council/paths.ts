import { PATHS } from '../../app/paths';

/** Tabs of a council's screen, by the slug shown in the address (`#/hoi-dong/3?the=phien-hop`). */
export const COUNCIL_TABS = {
  members: 'thanh-vien',
  rules: 'quy-tac',
  movements: 'phong-trao',
  sessions: 'phien-hop',
} as const;
export type CouncilTab = keyof typeof COUNCIL_TABS;

/** `#/hoi-dong/phien-hop/5`: one session. */
export const SESSION_SLUG = 'phien-hop';

export function councilPath(id: number, tab?: CouncilTab): string {
  const base = `${PATHS.council}/${id}`;
  return tab ? `${base}?the=${COUNCIL_TABS[tab]}` : base;
}

export const sessionPath = (id: number) => `${PATHS.council}/${SESSION_SLUG}/${id}`;

/** The tab named in the current address, if any. */
export function councilTabFromHash(hash: string): CouncilTab | null {
  const match = /[?&]the=([a-z-]+)/.exec(hash);
  if (!match) return null;
  const entry = Object.entries(COUNCIL_TABS).find(([, slug]) => slug === match[1]);
  return entry ? (entry[0] as CouncilTab) : null;
}
