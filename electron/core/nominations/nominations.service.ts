import type { Nomination, NominationData } from '../../../shared/domain/nomination';
import { normalizeText, searchKey } from '../../../shared/text/vietnamese';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import { AppError, notFound } from '../errors';
import * as movementsRepo from '../movements/movements.repo';
import * as unitsRepo from '../units/units.repo';
import * as repo from './nominations.repo';

export interface NominationsService {
  list(movementId: number): Nomination[];
  create(input: NominationData): Nomination;
  setSelected(id: number, selected: boolean): Nomination;
  delete(id: number): { id: number };
}

export function createNominationsService(db: Db, clock: () => Date): NominationsService {
  const get = (id: number) => {
    const n = repo.getNomination(db, id);
    if (!n) throw notFound(`trường hợp đề nghị có mã số ${id}`);
    return n;
  };
  const invalid = (field: string, fieldLabel: string, message: string) =>
    new AppError('VALIDATION', message, [{ field, fieldLabel }]);

  return {
    list(movementId) {
      if (!movementsRepo.getMovement(db, movementId))
        throw notFound(`phong trào có mã số ${movementId}`);
      return repo.listNominations(db, movementId);
    },
    create(input) {
      const movement = movementsRepo.getMovement(db, input.movementId);
      if (!movement)
        throw invalid('movementId', 'Phong trào', `Không có phong trào mã số ${input.movementId}.`);
      if (!unitsRepo.getUnit(db, input.proposingUnitId)) {
        throw invalid(
          'proposingUnitId',
          'Đơn vị đề nghị',
          `Không có đơn vị mã số ${input.proposingUnitId}.`,
        );
      }
      if (input.workplaceUnitId !== null && !unitsRepo.getUnit(db, input.workplaceUnitId)) {
        throw invalid(
          'workplaceUnitId',
          'Đơn vị công tác',
          `Không có đơn vị mã số ${input.workplaceUnitId}.`,
        );
      }
      if (!catalog.awardFormExists(db, input.awardFormCode)) {
        throw invalid(
          'awardFormCode',
          'Hình thức khen thưởng',
          `Hình thức “${input.awardFormCode}” không có trong danh mục.`,
        );
      }
      if (input.periodCode !== null && !movement.periods.some((p) => p.code === input.periodCode)) {
        throw invalid('periodCode', 'Đợt', `Phong trào không có đợt “${input.periodCode}”.`);
      }
      const fullName = normalizeText(input.fullName);
      const id = repo.insertNomination(
        db,
        { ...input, fullName },
        searchKey(fullName),
        clock().toISOString(),
      );
      return get(id);
    },
    setSelected(id, selected) {
      get(id);
      repo.setNominationSelected(db, id, selected, clock().toISOString());
      return get(id);
    },
    delete(id) {
      get(id);
      repo.deleteNomination(db, id);
      return { id };
    },
  };
}
