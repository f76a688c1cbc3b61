import { SUBJECT_TYPE_LABELS } from '../../../shared/domain/award-form';
import { formatDateVi } from '../../../shared/domain/dates';
import type { DossierRequirement, DossierRequirementData } from '../../../shared/domain/dossier';
import { normalizeText } from '../../../shared/text/vietnamese';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import { AppError, notFound } from '../errors';
import * as repo from './requirements.repo';

/**
 * The checklist requirements (domain.md §3.3–3.4): which documents a dossier must contain, by
 * procedure × award form × subject type × condition, each with its legal source and validity.
 * Provinces add their own (e.g. Hà Nội QĐ 17/2019 for enterprises), so the records are editable.
 *
 * A checklist is generated from these records when a dossier is received and regenerated when the
 * dossier changes (its forms, procedure, nominations); see `syncChecklist` in dossiers.repo.ts.
 * Editing a record therefore never rewrites the dossiers already in the register.
 */
export interface RequirementsService {
  list(): DossierRequirement[];
  /** @throws AppError VALIDATION (unknown award form, subject the form does not award), CONFLICT (duplicate) */
  create(input: DossierRequirementData): DossierRequirement;
  /** @throws AppError NOT_FOUND, VALIDATION, CONFLICT as `create` */
  update(id: number, input: DossierRequirementData): DossierRequirement;
  /** @throws AppError NOT_FOUND */
  delete(id: number): { id: number };
}

const invalid = (field: string, fieldLabel: string, message: string) =>
  new AppError('VALIDATION', message, [{ field, fieldLabel, message }]);

/** Labels differing only by case or spacing are the same document on a checklist to a reader. */
const labelKey = (label: string) => normalizeText(label).toLocaleLowerCase('vi');

/** Open ends are unbounded; ISO dates compare as text. */
const overlaps = (
  a: { validFrom: string | null; validTo: string | null },
  b: { validFrom: string | null; validTo: string | null },
) =>
  (a.validFrom === null || b.validTo === null || a.validFrom <= b.validTo) &&
  (b.validFrom === null || a.validTo === null || b.validFrom <= a.validTo);

function validityText(r: { validFrom: string | null; validTo: string | null }): string {
  if (r.validFrom === null && r.validTo === null) return 'không thời hạn';
  return [
    r.validFrom !== null ? `từ ${formatDateVi(r.validFrom)}` : null,
    r.validTo !== null ? `đến ${formatDateVi(r.validTo)}` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

export function createRequirementsService(db: Db): RequirementsService {
  const get = (id: number) => {
    const found = repo.getRequirement(db, id);
    if (!found) throw notFound(`giấy tờ có mã số ${id} trong danh mục hồ sơ`);
    return found;
  };

  /** Refuses an unknown award form, a subject the form does not award, and duplicates. */
  const check = (input: DossierRequirementData, selfId: number | null): void => {
    if (input.awardFormCode !== null) {
      const form = catalog.listAwardForms(db).find((f) => f.code === input.awardFormCode);
      if (!form) {
        throw invalid(
          'awardFormCode',
          'Hình thức khen thưởng',
          `Hình thức “${input.awardFormCode}” không có trong danh mục.`,
        );
      }
      if (input.subjectType !== null && !form.subjectTypes.includes(input.subjectType)) {
        throw invalid(
          'subjectType',
          'Đối tượng',
          `“${form.name}” không khen cho ${SUBJECT_TYPE_LABELS[input.subjectType]}.`,
        );
      }
    }
    const twin = repo
      .listRequirements(db)
      .find(
        (r) =>
          r.id !== selfId &&
          r.docType === input.docType &&
          labelKey(r.label) === labelKey(input.label) &&
          r.procedure === input.procedure &&
          r.awardFormCode === input.awardFormCode &&
          r.subjectType === input.subjectType &&
          r.condition === input.condition &&
          overlaps(r, input),
      );
    if (twin) {
      const message =
        `Danh mục đã có “${twin.label}” cho cùng thủ tục, hình thức, đối tượng và điều kiện, ` +
        `hiệu lực ${validityText(twin)} (căn cứ: ${twin.legalSource}). ` +
        'Sửa giấy tờ đó, hoặc cho hai giấy tờ hiệu lực nối tiếp nhau.';
      throw new AppError('CONFLICT', message, [
        { field: 'label', fieldLabel: 'Tên giấy tờ', message },
      ]);
    }
  };

  return {
    list: () => repo.listRequirements(db),
    create(input) {
      const id = db
        .transaction(() => {
          check(input, null);
          return repo.insertRequirement(db, {
            ...input,
            sortOrder: input.sortOrder ?? repo.nextSortOrder(db),
          });
        })
        .immediate();
      return get(id);
    },
    update(id, input) {
      const before = get(id);
      db.transaction(() => {
        check(input, id);
        // Leaving the position empty keeps the record where it was.
        repo.updateRequirement(db, id, {
          ...input,
          sortOrder: input.sortOrder ?? before.sortOrder,
        });
      }).immediate();
      return get(id);
    },
    delete(id) {
      get(id);
      // Only the record goes. Checklist items already generated from it stay in their dossiers
      // with their state (đã nhận, thiếu, không áp dụng) and note: no dossier is touched here.
      // If such a dossier's checklist is regenerated later (its forms or nominations change),
      // `reconcileChecklist` drops the item only while it is still untouched (thiếu, no note).
      repo.deleteRequirement(db, id);
      return { id };
    },
  };
}
