import type { AppInfo } from '../../shared/contract/app';
import type { Db } from './db/open-database';
import { createSettingsService, type SettingsService } from './settings/settings.service';
import { createUnitsService, type UnitsService } from './units/units.service';

export interface Services {
  readonly app: { info(): AppInfo };
  readonly settings: SettingsService;
  readonly units: UnitsService;
}

export interface ServicesContext {
  db: Db;
  info: Omit<AppInfo, 'schemaVersion'>;
  clock?: () => Date;
}

/** The composition of the core: every service over one database connection. */
export function createServices({ db, info, clock = () => new Date() }: ServicesContext): Services {
  return {
    app: {
      info: () => ({
        ...info,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
      }),
    },
    settings: createSettingsService(db, clock),
    units: createUnitsService(db, clock),
  };
}
