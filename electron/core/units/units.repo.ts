import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

/** A row of `units` as the UI sees it (joined with its kind's name and child count). */
export interface UnitRow {
  id: number;
  parentId: number | null;
  name: string;
  shortName: string | null;
  kindCode: string;
  kindName: string;
  sector: string | null;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  childCount: number;
  updatedAt: string;
}

export interface UnitRecord {
  parentId: number | null;
  name: string;
  shortName: string | null;
  kindCode: string;
  sector: string | null;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  searchKey: string;
}

const SELECT_UNIT = `
  SELECT u.id, u.parent_id AS parentId, u.name, u.short_name AS shortName, u.kind_code AS kindCode,
         k.name AS kindName, u.sector, u.code, u.valid_from AS validFrom, u.valid_to AS validTo,
         u.note, u.updated_at AS updatedAt,
         (SELECT count(*) FROM units c WHERE c.parent_id = u.id) AS childCount
  FROM units u JOIN unit_kinds k ON k.code = u.kind_code`;

export function listUnits(db: Db, searchKeyFragment?: string): UnitRow[] {
  if (searchKeyFragment) {
    return statement(db, `${SELECT_UNIT} WHERE instr(u.search_key, ?) > 0`).all(
      searchKeyFragment,
    ) as UnitRow[];
  }
  return statement(db, SELECT_UNIT).all() as UnitRow[];
}

export function getUnit(db: Db, id: number): UnitRow | undefined {
  return statement(db, `${SELECT_UNIT} WHERE u.id = ?`).get(id) as UnitRow | undefined;
}

export function insertUnit(db: Db, unit: UnitRecord, now: string): number {
  const result = statement(
    db,
    `INSERT INTO units (parent_id, name, short_name, kind_code, sector, code, valid_from, valid_to,
                          note, search_key, created_at, updated_at)
       VALUES (@parentId, @name, @shortName, @kindCode, @sector, @code, @validFrom, @validTo,
               @note, @searchKey, @now, @now)`,
  ).run({ ...unit, now });
  return Number(result.lastInsertRowid);
}

export function updateUnit(db: Db, id: number, unit: UnitRecord, now: string): void {
  statement(
    db,
    `UPDATE units SET parent_id = @parentId, name = @name, short_name = @shortName,
            kind_code = @kindCode, sector = @sector, code = @code, valid_from = @validFrom,
            valid_to = @validTo, note = @note, search_key = @searchKey, updated_at = @now
     WHERE id = @id`,
  ).run({ ...unit, id, now });
}

export function deleteUnit(db: Db, id: number): void {
  statement(db, 'DELETE FROM units WHERE id = ?').run(id);
}

export function countChildren(db: Db, id: number): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM units WHERE parent_id = ?').get(id) as { n: number }
  ).n;
}

/** Whether `candidateId` is `id` itself or one of its descendants. */
export function isSelfOrDescendant(db: Db, id: number, candidateId: number): boolean {
  const row = statement(
    db,
    `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
       SELECT 1 AS found FROM sub WHERE id = ?`,
  ).get(id, candidateId);
  return row !== undefined;
}

/** A sibling with the same name (search key) whose validity overlaps, other than `exceptId`. */
export function findOverlappingSibling(
  db: Db,
  unit: Pick<UnitRecord, 'parentId' | 'searchKey' | 'validFrom' | 'validTo'>,
  exceptId: number | null,
): { id: number; name: string } | undefined {
  return statement(
    db,
    `SELECT id, name FROM units
       WHERE parent_id IS @parentId AND search_key = @searchKey AND id IS NOT @exceptId
         AND (valid_from IS NULL OR @validTo IS NULL OR valid_from <= @validTo)
         AND (valid_to IS NULL OR @validFrom IS NULL OR @validFrom <= valid_to)
       LIMIT 1`,
  ).get({ ...unit, exceptId }) as { id: number; name: string } | undefined;
}

export function findUnitByCode(db: Db, code: string): { id: number; name: string } | undefined {
  return statement(db, 'SELECT id, name FROM units WHERE code = ?').get(code) as
    { id: number; name: string } | undefined;
}

export function listUnitKinds(db: Db): { code: string; name: string; isArmedForces: number }[] {
  return statement(
    db,
    'SELECT code, name, is_armed_forces AS isArmedForces FROM unit_kinds ORDER BY sort_order, name',
  ).all() as { code: string; name: string; isArmedForces: number }[];
}

export function unitKindExists(db: Db, code: string): boolean {
  return statement(db, 'SELECT 1 FROM unit_kinds WHERE code = ?').get(code) !== undefined;
}
