import type { AppInfo } from '../../shared/contract/app';
import { createCatalogService, type CatalogService } from './catalog/catalog.service';
import type { Db } from './db/open-database';
import { createDemoService, type DemoService } from './demo/demo.service';
import { createMovementsService, type MovementsService } from './movements/movements.service';
import {
  createNominationsService,
  type NominationsService,
} from './nominations/nominations.service';
import { createSettingsService, type SettingsService } from './settings/settings.service';
import { createUnitsService, type UnitsService } from './units/units.service';

export interface Services {
  readonly app: { info(): AppInfo };
  readonly settings: SettingsService;
  readonly units: UnitsService;
  readonly catalog: CatalogService;
  readonly movements: MovementsService;
  readonly nominations: NominationsService;
  readonly demo: DemoService;
}

export interface ServicesContext {
  db: Db;
  info: Omit<AppInfo, 'schemaVersion'>;
  clock?: () => Date;
}

/** The composition of the core: every service over one database connection. */
export function createServices({ db, info, clock = () => new Date() }: ServicesContext): Services {
  const units = createUnitsService(db, clock);
  const movements = createMovementsService(db, clock);
  return {
    app: {
      info: () => ({
        ...info,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
      }),
    },
    settings: createSettingsService(db, clock),
    units,
    catalog: createCatalogService(db),
    movements,
    nominations: createNominationsService(db, clock),
    demo: createDemoService(db, units, movements),
  };
}
