import {
  ApartmentOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  FolderOpenOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { CouncilPage } from '../features/council/CouncilPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { DossiersPage } from '../features/dossiers/DossiersPage';
import { MovementsPage } from '../features/movements/MovementsPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UnitsPage } from '../features/units/UnitsPage';
import { appMessages } from './messages.vi';
import { PATHS, type RoutePath } from './paths';

export interface AppRoute {
  path: RoutePath;
  label: string;
  icon: ReactNode;
  Page: ComponentType;
}

const nav = appMessages.nav;

/** The screens, in sidebar order. */
export const ROUTES: readonly AppRoute[] = [
  {
    path: PATHS.overview,
    label: nav.overview,
    icon: <DashboardOutlined aria-hidden />,
    Page: OverviewPage,
  },
  {
    path: PATHS.movements,
    label: nav.movements,
    icon: <FlagOutlined aria-hidden />,
    Page: MovementsPage,
  },
  { path: PATHS.units, label: nav.units, icon: <ApartmentOutlined aria-hidden />, Page: UnitsPage },
  {
    path: PATHS.dossiers,
    label: nav.dossiers,
    icon: <FolderOpenOutlined aria-hidden />,
    Page: DossiersPage,
  },
  {
    path: PATHS.council,
    label: nav.council,
    icon: <TeamOutlined aria-hidden />,
    Page: CouncilPage,
  },
  {
    path: PATHS.documents,
    label: nav.documents,
    icon: <FileTextOutlined aria-hidden />,
    Page: DocumentsPage,
  },
  {
    path: PATHS.reports,
    label: nav.reports,
    icon: <BarChartOutlined aria-hidden />,
    Page: ReportsPage,
  },
  {
    path: PATHS.settings,
    label: nav.settings,
    icon: <SettingOutlined aria-hidden />,
    Page: SettingsPage,
  },
];

/**
 * `/` (where the app starts) is the overview; a screen also owns the paths below it
 * (`/phong-trao/12` is the Phong trào screen showing one movement); an unknown path has no route.
 */
export function findRoute(path: string): AppRoute | undefined {
  const wanted = path === '/' ? PATHS.overview : path;
  return ROUTES.find((route) => route.path === wanted || wanted.startsWith(`${route.path}/`));
}
