import { z } from 'zod';
import { AgencySettings, AgencySettingsInput } from '../domain/settings';
import { method } from './define';

export const settingsContract = {
  'settings.get': method('Thông tin cơ quan và người ký', z.strictObject({}), AgencySettings),
  'settings.update': method(
    'Lưu thông tin cơ quan và người ký',
    AgencySettingsInput,
    AgencySettings,
  ),
} as const;
