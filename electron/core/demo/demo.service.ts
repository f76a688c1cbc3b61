import { MovementInput } from '../../../shared/domain/movement';
import { BINH_THUAN_2021 } from '../../../shared/presets/binh-thuan-2021';
import type { Db } from '../db/open-database';
import { AppError } from '../errors';
import type { MovementsService } from '../movements/movements.service';
import type { UnitsService } from '../units/units.service';
import { BINH_THUAN_UNITS } from './binh-thuan-units';

export interface DemoService {
  /** Whether the database is empty enough to offer the demo (no units, no movements). */
  available(): boolean;
  /** The Bình Thuận 2021 plan with the province's district-level units and departments. */
  load(): { unitCount: number; movementId: number };
}

export function createDemoService(
  db: Db,
  units: UnitsService,
  movements: MovementsService,
): DemoService {
  const isEmpty = () => units.list({}).length === 0 && movements.list().length === 0;
  return {
    available: isEmpty,
    load() {
      return db.transaction(() => {
        if (!isEmpty()) {
          throw new AppError(
            'CONFLICT',
            'Chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu còn trống (chưa có đơn vị, phong trào nào).',
          );
        }
        const idByKey = new Map<string, number>();
        for (const u of BINH_THUAN_UNITS) {
          const parentId = u.parentKey ? idByKey.get(u.parentKey) : null;
          const created = units.create({
            name: u.name,
            kindCode: u.kindCode,
            sector: u.sector,
            parentId: parentId ?? null,
            validTo: u.validTo,
            note: 'Dữ liệu mẫu (Bình Thuận 2021)',
          });
          idByKey.set(u.key, created.id);
        }
        const movement = movements.create(MovementInput.parse(BINH_THUAN_2021.movement));
        return { unitCount: idByKey.size, movementId: movement.id };
      })();
    },
  };
}
