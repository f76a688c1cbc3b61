import type { AppInfo } from '../../shared/contract/app';
import { createAuditService, type AuditService } from './audit/audit.service';
import type { BackupService } from './backup/backup.service';
import { createCatalogService, type CatalogService } from './catalog/catalog.service';
import type { Db } from './db/open-database';
import { createCouncilsService, type CouncilsService } from './councils/councils.service';
import {
  createCouncilDocumentsService,
  type CouncilDocumentsService,
} from './documents/council/council-documents.service';
import { createDemoService, type DemoService } from './demo/demo.service';
import { createDocumentsService, type DocumentsService } from './documents/documents.service';
import {
  createCertificatesService,
  type CertificatesService,
} from './documents/certificates/certificates.service';
import { createDossiersService, type DossiersService } from './dossiers/dossiers.service';
import {
  createRequirementsService,
  type RequirementsService,
} from './dossiers/requirements.service';
import { createDuplicatesService, type DuplicatesService } from './duplicates/duplicates.service';
import { createExportsService, type ExportsService } from './exports/exports.service';
import { createExchangeService, type ExchangeService } from './exchange/exchange.service';
import { createImportsService, type ImportsService } from './imports/imports.service';
import { createMovementsService, type MovementsService } from './movements/movements.service';
import {
  createNominationsService,
  type NominationsService,
} from './nominations/nominations.service';
import { createReportsService, type ReportsService } from './reports/reports.service';
import { createSettingsService, type SettingsService } from './settings/settings.service';
import { createUnitsService, type UnitsService } from './units/units.service';

export interface Services {
  readonly app: { info(): AppInfo };
  readonly settings: SettingsService;
  readonly units: UnitsService;
  readonly catalog: CatalogService;
  readonly movements: MovementsService;
  readonly nominations: NominationsService;
  readonly dossiers: DossiersService;
  readonly requirements: RequirementsService;
  readonly imports: ImportsService;
  readonly exports: ExportsService;
  readonly exchange: ExchangeService;
  readonly duplicates: DuplicatesService;
  readonly councils: CouncilsService;
  readonly councilDocuments: CouncilDocumentsService;
  readonly demo: DemoService;
  readonly documents: DocumentsService;
  readonly certificates: CertificatesService;
  readonly backup: BackupService;
  readonly audit: AuditService;
  readonly reports: ReportsService;
  /** Opens a stored file with the system viewer; only the desktop shell can. */
  readonly openPath: ((path: string) => Promise<boolean>) | null;
}

export interface ServicesContext {
  db: Db;
  info: Omit<AppInfo, 'schemaVersion'>;
  /** Made by the app, which owns the connection a restore replaces. */
  backup: BackupService;
  /** Where attached files are copied (inside the data folder). */
  filesDir: string;
  clock?: () => Date;
  openPath?: (path: string) => Promise<boolean>;
}

/** The composition of the core: every service over one database connection. */
export function createServices({
  db,
  info,
  backup,
  filesDir,
  clock = () => new Date(),
  openPath,
}: ServicesContext): Services {
  const units = createUnitsService(db, clock);
  const movements = createMovementsService(db, clock);
  const nominations = createNominationsService(db, clock);
  const dossiers = createDossiersService(db, clock, filesDir);
  const duplicates = createDuplicatesService(db, clock);
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
    nominations,
    dossiers,
    requirements: createRequirementsService(db),
    imports: createImportsService(db, clock),
    exports: createExportsService(db, clock, { nominations, dossiers, duplicates }),
    exchange: createExchangeService(db, clock, {
      filesDir,
      appVersion: info.appVersion,
      dossiers,
    }),
    duplicates,
    councils: createCouncilsService(db, clock),
    councilDocuments: createCouncilDocumentsService(db, clock),
    demo: createDemoService(db, units, movements),
    documents: createDocumentsService(db, clock),
    certificates: createCertificatesService(db, clock),
    backup,
    audit: createAuditService(db, clock),
    reports: createReportsService(db, clock),
    openPath: openPath ?? null,
  };
}
