import type { DossierRequirement } from '../../../shared/domain/dossier';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

/** The fields of a requirement record as stored (everything but the id). */
export type RequirementFields = Omit<DossierRequirement, 'id'>;

const SELECT = `
  SELECT id, procedure, award_form_code AS awardFormCode, subject_type AS subjectType, condition,
         doc_type AS docType, label, copies, mandatory, legal_source AS legalSource,
         valid_from AS validFrom, valid_to AS validTo, sort_order AS sortOrder
  FROM dossier_requirements`;

type Row = Omit<DossierRequirement, 'mandatory'> & { mandatory: number };
const toRequirement = (r: Row): DossierRequirement => ({ ...r, mandatory: r.mandatory === 1 });

/** Every requirement record, in checklist order (the checklist generator filters them). */
export function listRequirements(db: Db): DossierRequirement[] {
  return (statement(db, `${SELECT} ORDER BY sort_order, id`).all() as Row[]).map(toRequirement);
}

export function getRequirement(db: Db, id: number): DossierRequirement | undefined {
  const row = statement(db, `${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  return row ? toRequirement(row) : undefined;
}

/** The next free position at the end of the list (seeded records use steps of 10). */
export function nextSortOrder(db: Db): number {
  const row = statement(db, 'SELECT MAX(sort_order) AS n FROM dossier_requirements').get() as {
    n: number | null;
  };
  return (row.n ?? 0) + 10;
}

const params = (r: RequirementFields) => ({ ...r, mandatory: r.mandatory ? 1 : 0 });

export function insertRequirement(db: Db, r: RequirementFields): number {
  return Number(
    statement(
      db,
      `INSERT INTO dossier_requirements (procedure, award_form_code, subject_type, condition, doc_type, label,
         copies, mandatory, legal_source, valid_from, valid_to, sort_order)
       VALUES (@procedure, @awardFormCode, @subjectType, @condition, @docType, @label,
         @copies, @mandatory, @legalSource, @validFrom, @validTo, @sortOrder)`,
    ).run(params(r)).lastInsertRowid,
  );
}

export function updateRequirement(db: Db, id: number, r: RequirementFields): void {
  statement(
    db,
    `UPDATE dossier_requirements SET procedure = @procedure, award_form_code = @awardFormCode,
       subject_type = @subjectType, condition = @condition, doc_type = @docType, label = @label,
       copies = @copies, mandatory = @mandatory, legal_source = @legalSource, valid_from = @validFrom,
       valid_to = @validTo, sort_order = @sortOrder
     WHERE id = @id`,
  ).run({ ...params(r), id });
}

export function deleteRequirement(db: Db, id: number): void {
  statement(db, 'DELETE FROM dossier_requirements WHERE id = ?').run(id);
}
