import type { AgencySettings, AgencySettingsData } from '../../../shared/domain/settings';
import { distinctLevels, sameLevel } from '../../../shared/rules/decision-authority';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import { AppError } from '../errors';
import { getAgencySettings, saveAgencySettings } from './settings.repo';

export interface SettingsService {
  get(): AgencySettings;
  update(input: AgencySettingsData): AgencySettings;
}

const LEVEL_LABEL = 'Cấp thẩm quyền khen thưởng của người ký';

/**
 * The signer's level must be one of the catalogue's levels (the catalogue is editable, so its
 * levels are the list); saved in the catalogue's spelling.
 */
function catalogueLevel(db: Db, level: string): string {
  const levels = distinctLevels(catalog.listAwardForms(db).map((f) => f.level));
  const found = levels.find((l) => sameLevel(l, level));
  if (found === undefined) {
    throw new AppError(
      'VALIDATION',
      `Cấp “${level}” không có trong Danh mục hình thức khen thưởng (Cài đặt): hãy chọn một trong các cấp ${levels.map((l) => `“${l}”`).join(', ')}.`,
      [{ field: 'decisionLevel', fieldLabel: LEVEL_LABEL }],
    );
  }
  return found;
}

export function createSettingsService(db: Db, clock: () => Date): SettingsService {
  return {
    get: () => getAgencySettings(db),
    update(input) {
      const decisionLevel =
        typeof input.decisionLevel === 'string'
          ? catalogueLevel(db, input.decisionLevel)
          : input.decisionLevel;
      saveAgencySettings(db, { ...input, decisionLevel }, clock().toISOString());
      return getAgencySettings(db);
    },
  };
}
