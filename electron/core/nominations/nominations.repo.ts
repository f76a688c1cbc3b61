import type { Nomination, NominationData } from '../../../shared/domain/nomination';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

type NominationRow = Omit<Nomination, 'posthumous' | 'selected'> & {
  posthumous: number;
  selected: number;
};

const SELECT = `
  SELECT n.id, n.movement_id AS movementId, n.period_code AS periodCode, n.proposing_unit_id AS proposingUnitId,
         u.name AS proposingUnitName, n.workplace_unit_id AS workplaceUnitId, n.award_form_code AS awardFormCode,
         n.subject_type AS subjectType, n.full_name AS fullName, n.posthumous, n.selected
  FROM nominations n JOIN units u ON u.id = n.proposing_unit_id`;

const toNomination = (r: NominationRow): Nomination => ({
  ...r,
  posthumous: r.posthumous === 1,
  selected: r.selected === 1,
});

export function listNominations(db: Db, movementId: number): Nomination[] {
  return (
    statement(db, `${SELECT} WHERE n.movement_id = ? ORDER BY n.id`).all(
      movementId,
    ) as NominationRow[]
  ).map(toNomination);
}

export function getNomination(db: Db, id: number): Nomination | undefined {
  const row = statement(db, `${SELECT} WHERE n.id = ?`).get(id) as NominationRow | undefined;
  return row ? toNomination(row) : undefined;
}

export function insertNomination(
  db: Db,
  n: NominationData,
  searchKey: string,
  now: string,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO nominations (movement_id, period_code, proposing_unit_id, workplace_unit_id, award_form_code,
                                subject_type, full_name, posthumous, search_key, created_at, updated_at)
       VALUES (@movementId, @periodCode, @proposingUnitId, @workplaceUnitId, @awardFormCode, @subjectType,
               @fullName, @posthumous, @searchKey, @now, @now)`,
    ).run({ ...n, posthumous: n.posthumous ? 1 : 0, searchKey, now }).lastInsertRowid,
  );
}

export function setNominationSelected(db: Db, id: number, selected: boolean, now: string): void {
  statement(db, 'UPDATE nominations SET selected = ?, updated_at = ? WHERE id = ?').run(
    selected ? 1 : 0,
    now,
    id,
  );
}

export function deleteNomination(db: Db, id: number): void {
  statement(db, 'DELETE FROM nominations WHERE id = ?').run(id);
}
