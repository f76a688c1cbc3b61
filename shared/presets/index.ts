import { BINH_THUAN_2021 } from './binh-thuan-2021';
import { NGOC_HOI_2021 } from './ngoc-hoi-2021';
import { SOC_TRANG_2021 } from './soc-trang-2021';
import { THANH_OAI_2021 } from './thanh-oai-2021';
import { TU_KY_2021 } from './tu-ky-2021';
import type { MovementPreset } from './types';

/** Plans the product was designed from (../shared/seeds), ready to create a movement from. */
export const PRESETS: readonly MovementPreset[] = [
  BINH_THUAN_2021,
  SOC_TRANG_2021,
  THANH_OAI_2021,
  NGOC_HOI_2021,
  TU_KY_2021,
];
export type { MovementPreset } from './types';
