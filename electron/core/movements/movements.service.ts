import type { ErrorDetails } from '../../../shared/contract/errors';
import type { QuotaBoard } from '../../../shared/contract/quotas';
import {
  MovementInput,
  type Movement,
  type MovementData,
  type MovementSummary,
} from '../../../shared/domain/movement';
import { PRESETS } from '../../../shared/presets';
import { checkQuotas } from '../../../shared/rules/quota-check';
import { countMovementDossiers } from '../dossiers/dossiers.repo';
import { describeRule } from '../../../shared/rules/quota-sentences';
import { searchKey } from '../../../shared/text/vietnamese';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import { AppError, notFound } from '../errors';
import * as nominationsRepo from '../nominations/nominations.repo';
import * as unitsRepo from '../units/units.repo';
import * as repo from './movements.repo';

export interface MovementsService {
  list(): MovementSummary[];
  get(id: number): Movement;
  create(input: MovementData): Movement;
  update(id: number, input: MovementData): Movement;
  delete(id: number): { id: number };
  presets(): { code: string; label: string; description: string }[];
  createFromPreset(code: string): Movement;
  board(movementId: number): QuotaBoard;
}

export function createMovementsService(db: Db, clock: () => Date): MovementsService {
  const now = () => clock().toISOString();

  function get(id: number): Movement {
    const movement = repo.getMovement(db, id);
    if (!movement) throw notFound(`phong trào có mã số ${id}`);
    return movement;
  }

  /** References to the catalogue and to units, which the schema alone cannot check. */
  function check(m: MovementData): void {
    const problems: { message: string; detail: ErrorDetails }[] = [];
    const add = (field: string, fieldLabel: string, message: string) =>
      problems.push({ message, detail: { field, fieldLabel, message } });
    if (!catalog.legalRegimeExists(db, m.legalRegimeCode)) {
      add('legalRegimeCode', 'Chế độ pháp lý', `Không có chế độ pháp lý “${m.legalRegimeCode}”.`);
    }
    m.awardForms.forEach((f, i) => {
      if (!catalog.awardFormExists(db, f.awardFormCode)) {
        add(
          `awardForms.${i}.awardFormCode`,
          'Hình thức khen thưởng',
          `Hình thức “${f.awardFormCode}” không có trong danh mục.`,
        );
      }
    });
    const sectors = new Set(repo.listUnitSectors(db).map(searchKey));
    const kinds = new Set(unitsRepo.listUnitKinds(db).map((k) => k.code));
    m.quotaRules.forEach((r, i) => {
      r.unitKindCodes.forEach((k) => {
        if (!kinds.has(k)) {
          add(
            `quotaRules.${i}.unitKindCodes`,
            'Áp dụng cho loại đơn vị',
            `Không có loại đơn vị “${k}”.`,
          );
        }
      });
      const sectorFields = [
        ...r.unitSectors.map((s) => ({ sector: s, field: `quotaRules.${i}.unitSectors` })),
        ...r.overrides.map((o, j) => ({
          sector: o.sector,
          field: `quotaRules.${i}.overrides.${j}.sector`,
        })),
      ];
      for (const { sector, field } of sectorFields) {
        if (!sectors.has(searchKey(sector))) {
          add(
            field,
            'Ngành',
            `Chỉ tiêu ${r.clause}: không có đơn vị nào thuộc ngành “${sector}”. ` +
              'Hãy ghi ngành, lĩnh vực cho các đơn vị trong mục Đơn vị trước.',
          );
        }
      }
    });
    if (problems.length > 0) {
      throw new AppError(
        'VALIDATION',
        problems.map((p) => p.message).join(' '),
        problems.map((p) => p.detail),
      );
    }
  }

  function create(input: MovementData): Movement {
    const id = db.transaction(() => {
      check(input);
      return repo.insertMovement(db, input, now());
    })();
    return get(id);
  }

  return {
    list: () => repo.listMovements(db),
    get,
    create,
    update(id, input) {
      get(id);
      db.transaction(() => {
        check(input);
        repo.updateMovement(db, id, input, now());
      })();
      return get(id);
    },
    delete(id) {
      const movement = get(id);
      const count = repo.countNominations(db, id);
      if (count > 0) {
        throw new AppError(
          'CONFLICT',
          `Không xóa được “${movement.title}”: đã có ${count} trường hợp đề nghị khen thưởng thuộc phong trào này.`,
        );
      }
      const dossierCount = countMovementDossiers(db, id);
      if (dossierCount > 0) {
        throw new AppError(
          'CONFLICT',
          `Không xóa được “${movement.title}”: đã có ${dossierCount} hồ sơ vào sổ thuộc phong trào này.`,
        );
      }
      repo.deleteMovement(db, id);
      return { id };
    },
    presets: () => PRESETS.map(({ code, label, description }) => ({ code, label, description })),
    createFromPreset(code) {
      const preset = PRESETS.find((p) => p.code === code);
      if (!preset) throw notFound(`mẫu kế hoạch “${code}”`);
      return create(MovementInput.parse(preset.movement));
    },
    board(movementId) {
      const movement = get(movementId);
      const forms = catalog.listAwardForms(db);
      const kinds = unitsRepo.listUnitKinds(db);
      const units = unitsRepo.listUnits(db).map((u) => ({
        id: u.id,
        name: u.name,
        kindCode: u.kindCode,
        kindName: u.kindName,
        sector: u.sector,
        isArmedForces: kinds.find((k) => k.code === u.kindCode)?.isArmedForces === 1,
      }));
      const nominations = nominationsRepo.listNominationsForQuota(db, movementId);
      const report = checkQuotas({
        rules: movement.quotaRules,
        movementForms: movement.awardForms,
        forms,
        units,
        nominations,
      });
      const formName = (code: string) => forms.find((f) => f.code === code)?.name ?? code;
      const kindName = (code: string) => kinds.find((k) => k.code === code)?.name ?? code;
      const periodName = (code: string) =>
        movement.periods.find((p) => p.code === code)?.name ?? code;
      const usedUnitIds = new Set(report.usages.map((u) => u.unitId));
      for (const n of nominations) usedUnitIds.add(n.proposingUnitId);
      return {
        movementId,
        rules: movement.quotaRules.map((r) => ({
          id: r.id,
          kind: r.kind,
          scope: r.scope,
          clause: r.clause,
          clauseText: r.clauseText,
          awardFormCode: r.awardFormCode,
          sentence: describeRule(r, { formName, kindName, periodName }),
        })),
        units: units
          .filter((u) => usedUnitIds.has(u.id))
          .map(({ id, name, kindCode, kindName: kn, sector }) => ({
            id,
            name,
            kindCode,
            kindName: kn,
            sector,
          })),
        usages: report.usages,
        violations: report.violations,
        nominationCount: nominations.length,
      };
    },
  };
}
