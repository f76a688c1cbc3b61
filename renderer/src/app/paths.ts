/** Route paths (Vietnamese slugs: people read them in the address bar). */
export const PATHS = {
  overview: '/tong-quan',
  movements: '/phong-trao',
  units: '/don-vi',
  dossiers: '/ho-so',
  council: '/hoi-dong',
  documents: '/van-ban',
  reports: '/bao-cao',
  settings: '/cai-dat',
} as const;
export type RoutePath = (typeof PATHS)[keyof typeof PATHS];
