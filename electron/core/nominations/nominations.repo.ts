import type { SubjectType } from '../../../shared/domain/award-form';
import type {
  Nomination,
  NominationData,
  NominationListFilter,
} from '../../../shared/domain/nomination';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

/** Columns computed by the service from the typed fields. */
export interface NominationKeys {
  searchKey: string;
  nameKey: string;
  personKey: string;
  sortKey: string;
}

type NominationRow = Omit<
  Nomination,
  'posthumous' | 'selected' | 'isLeader' | 'isEnterprise' | 'hasIdNumber'
> & {
  posthumous: number;
  selected: number;
  isLeader: number;
  isEnterprise: number;
};

const COLUMNS = `
  n.id, n.movement_id AS movementId, n.period_code AS periodCode, n.proposing_unit_id AS proposingUnitId,
  u.name AS proposingUnitName, n.dossier_id AS dossierId,
  CASE WHEN d.id IS NULL THEN NULL ELSE d.incoming_number || '/' || d.year END AS dossierLabel,
  n.workplace_unit_id AS workplaceUnitId, n.award_form_code AS awardFormCode, f.name AS awardFormName,
  n.subject_type AS subjectType, n.honorific, n.full_name AS fullName, n.gender, n.birth_date AS birthDate,
  n.birth_year AS birthYear, n.ethnicity, n.position, n.workplace, n.is_leader AS isLeader,
  n.is_enterprise AS isEnterprise, n.posthumous, n.achievement, n.id_number AS idNumber, n.note, n.selected,
  n.person_key AS personKey, n.source`;
const FROM = `
  FROM nominations n
  JOIN units u ON u.id = n.proposing_unit_id
  JOIN award_forms f ON f.code = n.award_form_code
  LEFT JOIN dossiers d ON d.id = n.dossier_id`;

const toNomination =
  (withIdNumber: boolean) =>
  (r: NominationRow): Nomination => ({
    ...r,
    posthumous: r.posthumous === 1,
    selected: r.selected === 1,
    isLeader: r.isLeader === 1,
    isEnterprise: r.isEnterprise === 1,
    hasIdNumber: r.idNumber !== null,
    idNumber: withIdNumber ? r.idNumber : null,
  });

/** FTS5 query: every word is a prefix; the words are already folded by `searchKey`. */
export function ftsQuery(foldedQuery: string): string | null {
  const words = foldedQuery.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

export function listNominations(
  db: Db,
  filter: NominationListFilter,
  foldedQuery = '',
): Nomination[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.movementId !== undefined) {
    where.push('n.movement_id = @movementId');
    params['movementId'] = filter.movementId;
  }
  if (filter.dossierId !== undefined) {
    where.push('n.dossier_id = @dossierId');
    params['dossierId'] = filter.dossierId;
  }
  if (filter.proposingUnitId !== undefined) {
    where.push('n.proposing_unit_id = @proposingUnitId');
    params['proposingUnitId'] = filter.proposingUnitId;
  }
  if (filter.periodCode !== undefined) {
    where.push('n.period_code IS @periodCode');
    params['periodCode'] = filter.periodCode;
  }
  const match = ftsQuery(foldedQuery);
  // A broad word ("van", "nguyen", a workplace word) matches tens of thousands spread over the whole
  // list: walking the sort index and keeping the matches beats sorting them all. Fewer matches (a
  // given name: one block of the list, maybe at its end) are sorted, their sort keys read from the
  // narrow (id, sort_key) index rather than from the wide rows.
  let table = 'nominations n';
  if (match !== null) {
    where.push('n.id IN (SELECT rowid FROM nominations_fts WHERE nominations_fts MATCH @match)');
    params['match'] = match;
    if (filter.limit !== undefined && where.length === 1) {
      // Counting stops past the threshold: a broad query's full count costs as much as the walk.
      const { c } = statement(
        db,
        `SELECT COUNT(*) AS c FROM (SELECT 1 FROM nominations_fts WHERE nominations_fts MATCH ?
         LIMIT ${BROAD_MATCH + 1})`,
      ).get(match) as { c: number };
      table =
        c > BROAD_MATCH
          ? 'nominations n INDEXED BY nominations_sort'
          : 'nominations n INDEXED BY nominations_id_sort';
    }
  }
  // Filter, order and cut on the nominations table alone; join the names for the rows kept only.
  const order = 'n.sort_key, n.id';
  const ids = `SELECT n.id FROM ${table} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${order} ${filter.limit ? `LIMIT ${filter.limit}` : ''}`;
  const sql = `SELECT ${COLUMNS} ${FROM} WHERE n.id IN (${ids}) ORDER BY ${order}`;
  return (statement(db, sql).all(params) as NominationRow[]).map(toNomination(filter.withIdNumber));
}

const BROAD_MATCH = 10_000;

/** The plain `LIKE` scan the FTS index replaces (kept for the benchmark's comparison). */
export function searchByLikeScan(db: Db, foldedQuery: string, limit: number): number[] {
  const words = foldedQuery.split(' ').filter(Boolean);
  const sql = `SELECT id FROM nominations WHERE ${words.map((_, i) => `search_key LIKE @w${i}`).join(' AND ') || '1'}
    ORDER BY sort_key LIMIT ${limit}`;
  const params = Object.fromEntries(words.map((w, i) => [`w${i}`, `%${w}%`]));
  return (statement(db, sql).all(params) as { id: number }[]).map((r) => r.id);
}

export function getNomination(db: Db, id: number, withIdNumber = false): Nomination | undefined {
  const row = statement(db, `SELECT ${COLUMNS} ${FROM} WHERE n.id = ?`).get(id) as
    NominationRow | undefined;
  return row ? toNomination(withIdNumber)(row) : undefined;
}

const WRITE_PARAMS = (n: NominationData, keys: NominationKeys, now: string) => ({
  ...n,
  ...keys,
  posthumous: n.posthumous ? 1 : 0,
  isLeader: n.isLeader ? 1 : 0,
  isEnterprise: n.isEnterprise ? 1 : 0,
  now,
});

const INSERT_COLUMNS = `movement_id, period_code, proposing_unit_id, dossier_id, workplace_unit_id,
  award_form_code, subject_type, honorific, full_name, gender, birth_date, birth_year, ethnicity, position,
  workplace, is_leader, is_enterprise, posthumous, achievement, id_number, note, search_key, name_key,
  person_key, sort_key, source, import_batch_id, created_at, updated_at`;
const INSERT_SQL = `INSERT INTO nominations (${INSERT_COLUMNS})
  VALUES (${INSERT_COLUMNS.split(',')
    .map(() => '?')
    .join(', ')})`;

/** Positional values in `INSERT_COLUMNS` order: no named-parameter object per row. */
function insertValues(
  n: NominationData,
  keys: NominationKeys,
  now: string,
  source: string | null,
  batchId: number | null,
): unknown[] {
  return [
    n.movementId,
    n.periodCode,
    n.proposingUnitId,
    n.dossierId,
    n.workplaceUnitId,
    n.awardFormCode,
    n.subjectType,
    n.honorific,
    n.fullName,
    n.gender,
    n.birthDate,
    n.birthYear,
    n.ethnicity,
    n.position,
    n.workplace,
    n.isLeader ? 1 : 0,
    n.isEnterprise ? 1 : 0,
    n.posthumous ? 1 : 0,
    n.achievement,
    n.idNumber,
    n.note,
    keys.searchKey,
    keys.nameKey,
    keys.personKey,
    keys.sortKey,
    source,
    batchId,
    now,
    now,
  ];
}

/**
 * Rows of an import batch are left out by the FTS insert trigger (migration 0008) and indexed here,
 * by one INSERT … SELECT: a trigger per row costs about ten times as much for a 10,000-row list.
 */
function indexBatch(db: Db, batchId: number, fromId: number): void {
  statement(
    db,
    `INSERT INTO nominations_fts (rowid, search_key)
     SELECT id, search_key FROM nominations WHERE id >= ? AND import_batch_id = ?`,
  ).run(fromId, batchId);
}

export function insertNomination(
  db: Db,
  n: NominationData,
  keys: NominationKeys,
  now: string,
  source: { text: string | null; batchId: number | null } = { text: null, batchId: null },
): number {
  const id = Number(
    statement(db, INSERT_SQL).run(insertValues(n, keys, now, source.text, source.batchId))
      .lastInsertRowid,
  );
  if (source.batchId !== null) indexBatch(db, source.batchId, id);
  return id;
}

/** An AFTER INSERT trigger on nominations that does nothing for rows of an import batch. */
const SKIPS_BATCH_ROWS =
  /^CREATE TRIGGER \w+ AFTER INSERT ON nominations WHEN new\.import_batch_id IS NULL BEGIN /i;

/**
 * Bulk insert: the per-row triggers that skip batch rows (FTS and audit, migrations 0008/0009) still cost a
 * trigger call per row — half of the insert time of a 10,000-row list. They are dropped for the
 * insert and recreated from their own text in the same transaction, so a failure rolls both back.
 */
export function batchSkippingTriggers(db: Db): { name: string; sql: string }[] {
  return (
    statement(
      db,
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'nominations'",
    ).all() as { name: string; sql: string }[]
  ).filter((t) => SKIPS_BATCH_ROWS.test(t.sql.replace(/\s+/g, ' ')));
}

function withoutBatchSkippingTriggers(db: Db, insertRows: () => void): void {
  const triggers = batchSkippingTriggers(db);
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  try {
    insertRows();
  } finally {
    for (const t of triggers) db.exec(t.sql);
  }
}

/** Below this many rows the trigger calls cost less than dropping and recreating the triggers. */
const BULK_ROWS = 500;

/** Inserts the rows of one import batch and indexes them for search. Call inside a transaction. */
export function insertImportedNominations(
  db: Db,
  batchId: number,
  rows: readonly { n: NominationData; keys: NominationKeys; source: string }[],
  now: string,
): void {
  if (!db.inTransaction) throw new Error('insertImportedNominations needs a transaction');
  let firstId: number | null = null;
  const insertRows = () => {
    const insert = statement(db, INSERT_SQL);
    for (const r of rows) {
      const id = Number(
        insert.run(insertValues(r.n, r.keys, now, r.source, batchId)).lastInsertRowid,
      );
      firstId ??= id;
    }
  };
  if (rows.length >= BULK_ROWS) withoutBatchSkippingTriggers(db, insertRows);
  else insertRows();
  if (firstId !== null) indexBatch(db, batchId, firstId);
}

export function updateNomination(
  db: Db,
  id: number,
  n: NominationData,
  keys: NominationKeys,
  now: string,
): void {
  statement(
    db,
    `UPDATE nominations SET movement_id = @movementId, period_code = @periodCode,
       proposing_unit_id = @proposingUnitId, dossier_id = @dossierId, workplace_unit_id = @workplaceUnitId,
       award_form_code = @awardFormCode, subject_type = @subjectType, honorific = @honorific,
       full_name = @fullName, gender = @gender, birth_date = @birthDate, birth_year = @birthYear,
       ethnicity = @ethnicity, position = @position, workplace = @workplace, is_leader = @isLeader,
       is_enterprise = @isEnterprise, posthumous = @posthumous, achievement = @achievement,
       id_number = @idNumber, note = @note, search_key = @searchKey, name_key = @nameKey,
       person_key = @personKey, sort_key = @sortKey, updated_at = @now
     WHERE id = @id`,
  ).run({ ...WRITE_PARAMS(n, keys, now), id });
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

/** What the quota checker needs, for a whole movement. */
export interface QuotaNominationRow {
  id: number;
  proposingUnitId: number;
  workplaceUnitId: number | null;
  awardFormCode: string;
  subjectType: SubjectType;
  periodCode: string | null;
  posthumous: boolean;
  selected: boolean;
}

export function listNominationsForQuota(db: Db, movementId: number): QuotaNominationRow[] {
  return (
    statement(
      db,
      `SELECT id, proposing_unit_id AS proposingUnitId, workplace_unit_id AS workplaceUnitId,
              award_form_code AS awardFormCode, subject_type AS subjectType, period_code AS periodCode,
              posthumous, selected
       FROM nominations WHERE movement_id = ? ORDER BY id`,
    ).all(movementId) as (Omit<QuotaNominationRow, 'posthumous' | 'selected'> & {
      posthumous: number;
      selected: number;
    })[]
  ).map((r) => ({ ...r, posthumous: r.posthumous === 1, selected: r.selected === 1 }));
}

/** What duplicate detection needs. */
export interface DuplicateCandidateRow {
  id: number;
  movementId: number;
  periodCode: string | null;
  proposingUnitId: number;
  proposingUnitName: string;
  dossierId: number | null;
  dossierLabel: string | null;
  awardFormCode: string;
  subjectType: SubjectType;
  fullName: string;
  nameKey: string;
  birthDate: string | null;
  birthYear: number | null;
  idNumber: string | null;
  workplace: string | null;
}

export function listDuplicateCandidates(db: Db, movementId: number): DuplicateCandidateRow[] {
  return statement(
    db,
    `SELECT n.id, n.movement_id AS movementId, n.period_code AS periodCode,
            n.proposing_unit_id AS proposingUnitId, u.name AS proposingUnitName, n.dossier_id AS dossierId,
            CASE WHEN d.id IS NULL THEN NULL ELSE d.incoming_number || '/' || d.year END AS dossierLabel,
            n.award_form_code AS awardFormCode, n.subject_type AS subjectType, n.full_name AS fullName,
            n.name_key AS nameKey, n.birth_date AS birthDate, n.birth_year AS birthYear,
            n.id_number AS idNumber, n.workplace
     FROM nominations n JOIN units u ON u.id = n.proposing_unit_id
     LEFT JOIN dossiers d ON d.id = n.dossier_id
     WHERE n.movement_id = ? ORDER BY n.id`,
  ).all(movementId) as DuplicateCandidateRow[];
}

export function insertImportBatch(
  db: Db,
  batch: {
    dossierId: number | null;
    fileName: string;
    sha256: string;
    rowCount: number;
    now: string;
  },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO import_batches (dossier_id, file_name, sha256, row_count, imported_at)
       VALUES (@dossierId, @fileName, @sha256, @rowCount, @now)`,
    ).run(batch).lastInsertRowid,
  );
}

export function countNominations(db: Db): number {
  return (statement(db, 'SELECT COUNT(*) AS c FROM nominations').get() as { c: number }).c;
}
