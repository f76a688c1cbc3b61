import type { AgencySettings, AgencySettingsData } from '../../../shared/domain/settings';
import type { Db } from '../db/open-database';
import { getAgencySettings, saveAgencySettings } from './settings.repo';

export interface SettingsService {
  get(): AgencySettings;
  update(input: AgencySettingsData): AgencySettings;
}

export function createSettingsService(db: Db, clock: () => Date): SettingsService {
  return {
    get: () => getAgencySettings(db),
    update(input) {
      saveAgencySettings(db, input, clock().toISOString());
      return getAgencySettings(db);
    },
  };
}
