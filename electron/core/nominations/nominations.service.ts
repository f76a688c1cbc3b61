import type { ErrorDetails } from '../../../shared/contract/errors';
import {
  birthYearOf,
  type Nomination,
  type NominationData,
  type NominationListFilter,
  type NominationUpdateData,
} from '../../../shared/domain/nomination';
import { SUBJECT_TYPE_LABELS, type AwardForm } from '../../../shared/domain/award-form';
import type { Movement } from '../../../shared/domain/movement';
import { splitHonorific } from '../../../shared/text/person-name';
import { viSortKey } from '../../../shared/text/sort-key';
import { searchKey } from '../../../shared/text/vietnamese';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import * as dossiersRepo from '../dossiers/dossiers.repo';
import { AppError, notFound } from '../errors';
import * as movementsRepo from '../movements/movements.repo';
import * as unitsRepo from '../units/units.repo';
import * as repo from './nominations.repo';

export interface NominationsService {
  list(filter: NominationListFilter): Nomination[];
  get(id: number, withIdNumber: boolean): Nomination;
  create(input: NominationData): Nomination;
  update(id: number, input: NominationUpdateData): Nomination;
  setSelected(id: number, selected: boolean): Nomination;
  delete(id: number): { id: number };
}

/** The stored keys: search (folded words), name/person (duplicates, history), sort (list order). */
export function nominationKeys(n: {
  subjectType: NominationData['subjectType'];
  honorific: string | null;
  fullName: string;
  position: string | null;
  workplace: string | null;
  birthDate: string | null;
  birthYear: number | null;
}): repo.NominationKeys {
  // One split of the name serves the three keys (an import computes thousands).
  const name = splitHonorific(n.fullName).name;
  const nameKey = searchKey(name);
  const year = birthYearOf(n);
  const words = name.split(' ');
  const given = words.length > 1 ? words[words.length - 1]! : name;
  const family = words.length > 1 ? words[0]! : '';
  const middle = words.slice(1, -1).join(' ');
  return {
    searchKey: searchKey(
      [n.honorific, n.fullName, n.position, n.workplace].filter(Boolean).join(' '),
    ),
    nameKey,
    personKey: `${n.subjectType}|${nameKey}|${year ?? ''}`,
    // Collectives before persons, then Vietnamese order (persons by tên, họ, tên đệm).
    sortKey:
      n.subjectType === 'ca_nhan'
        ? `1${viSortKey(`${given} ${family} ${middle}`)}`
        : `0${viSortKey(n.fullName)}`,
  };
}

/** Checks every nomination must pass, whoever enters it (form, UI, import). Pure over its context. */
/** A module function, not a closure per call: an import checks thousands of rows. */
function addProblem(
  problems: ErrorDetails[],
  field: string,
  fieldLabel: string,
  message: string,
): void {
  problems.push({ field, fieldLabel, message });
}

export function nominationProblems(
  n: NominationData,
  ctx: { movement: Movement; forms: readonly AwardForm[] },
): ErrorDetails[] {
  const problems: ErrorDetails[] = [];
  const form = ctx.forms.find((f) => f.code === n.awardFormCode);
  if (!form) {
    addProblem(
      problems,
      'awardFormCode',
      'Hình thức khen thưởng',
      `Hình thức “${n.awardFormCode}” không có trong danh mục.`,
    );
    return problems;
  }
  if (!form.subjectTypes.includes(n.subjectType)) {
    addProblem(
      problems,
      'awardFormCode',
      'Hình thức khen thưởng',
      `${form.name} không dùng cho ${SUBJECT_TYPE_LABELS[n.subjectType]}.`,
    );
  }
  const inMovement = ctx.movement.awardForms.find((f) => f.awardFormCode === n.awardFormCode);
  if (ctx.movement.awardForms.length > 0) {
    if (!inMovement) {
      addProblem(
        problems,
        'awardFormCode',
        'Hình thức khen thưởng',
        `Phong trào không có hình thức “${form.name}”.`,
      );
    } else if (!inMovement.subjectTypes.includes(n.subjectType)) {
      addProblem(
        problems,
        'subjectType',
        'Đối tượng',
        `Phong trào chỉ xét ${form.name} cho ${inMovement.subjectTypes.map((s) => SUBJECT_TYPE_LABELS[s]).join(', ')}.`,
      );
    }
  }
  if (n.posthumous && n.subjectType !== 'ca_nhan') {
    addProblem(problems, 'posthumous', 'Truy tặng', 'Chỉ truy tặng cho cá nhân.');
  } else if (n.posthumous && !form.allowsPosthumous) {
    addProblem(problems, 'posthumous', 'Truy tặng', `${form.name} không có hình thức truy tặng.`);
  }
  if (n.periodCode !== null && !ctx.movement.periods.some((p) => p.code === n.periodCode)) {
    addProblem(problems, 'periodCode', 'Đợt', `Phong trào không có đợt “${n.periodCode}”.`);
  }
  if (
    n.subjectType !== 'ca_nhan' &&
    (n.gender !== null || n.birthDate !== null || n.birthYear !== null)
  ) {
    addProblem(problems, 'subjectType', 'Đối tượng', 'Giới tính, ngày sinh chỉ ghi cho cá nhân.');
  }
  if (
    n.birthDate !== null &&
    n.birthYear !== null &&
    Number(n.birthDate.slice(0, 4)) !== n.birthYear
  ) {
    addProblem(problems, 'birthYear', 'Năm sinh', 'Năm sinh khác với năm của ngày sinh.');
  }
  return problems;
}

export function createNominationsService(db: Db, clock: () => Date): NominationsService {
  const get = (id: number, withIdNumber = false) => {
    const n = repo.getNomination(db, id, withIdNumber);
    if (!n) throw notFound(`trường hợp đề nghị có mã số ${id}`);
    return n;
  };
  const invalid = (field: string, fieldLabel: string, message: string) =>
    new AppError('VALIDATION', message, [{ field, fieldLabel, message }]);

  const check = (input: NominationData) => {
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
    if (input.dossierId !== null) {
      const dossier = dossiersRepo.getDossierHeader(db, input.dossierId);
      if (!dossier) throw invalid('dossierId', 'Hồ sơ', `Không có hồ sơ mã số ${input.dossierId}.`);
      if (
        dossier.movementId !== input.movementId ||
        dossier.proposingUnitId !== input.proposingUnitId
      ) {
        throw invalid('dossierId', 'Hồ sơ', 'Hồ sơ thuộc phong trào hoặc đơn vị đề nghị khác.');
      }
    }
    const problems = nominationProblems(input, { movement, forms: catalog.listAwardForms(db) });
    if (problems.length > 0) {
      throw new AppError('VALIDATION', problems.map((p) => p.message).join(' '), problems);
    }
  };

  return {
    list(filter) {
      if (filter.movementId !== undefined && !movementsRepo.getMovement(db, filter.movementId))
        throw notFound(`phong trào có mã số ${filter.movementId}`);
      return repo.listNominations(db, filter, searchKey(filter.query ?? ''));
    },
    get,
    create(input) {
      check(input);
      const id = db.transaction(() => {
        const newId = repo.insertNomination(
          db,
          input,
          nominationKeys(input),
          clock().toISOString(),
        );
        if (input.dossierId !== null) dossiersRepo.syncChecklist(db, input.dossierId);
        return newId;
      })();
      return get(id);
    },
    update(id, changes) {
      const before = get(id, true);
      const input: NominationData = {
        ...changes,
        idNumber: changes.idNumber === undefined ? before.idNumber : changes.idNumber,
      };
      check(input);
      db.transaction(() => {
        repo.updateNomination(db, id, input, nominationKeys(input), clock().toISOString());
        for (const dossierId of new Set([before.dossierId, input.dossierId])) {
          if (dossierId !== null) dossiersRepo.syncChecklist(db, dossierId);
        }
      })();
      return get(id);
    },
    setSelected(id, selected) {
      get(id);
      repo.setNominationSelected(db, id, selected, clock().toISOString());
      return get(id);
    },
    delete(id) {
      const before = get(id);
      db.transaction(() => {
        repo.deleteNomination(db, id);
        if (before.dossierId !== null) dossiersRepo.syncChecklist(db, before.dossierId);
      })();
      return { id };
    },
  };
}
