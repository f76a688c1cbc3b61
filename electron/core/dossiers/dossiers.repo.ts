import type { Procedure, SubjectType } from '../../../shared/domain/award-form';
import type {
  ChecklistItem,
  ChecklistState,
  DossierCreateData,
  DossierFile,
  DossierStatus,
} from '../../../shared/domain/dossier';
import { reconcileChecklist, requiredDocuments } from '../../../shared/rules/checklist';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { listRequirements } from './requirements.repo';

export interface DossierRow {
  id: number;
  year: number;
  incomingNumber: number;
  receivedDate: string;
  proposingUnitId: number;
  proposingUnitName: string;
  documentNumber: string | null;
  documentDate: string | null;
  movementId: number | null;
  movementTitle: string | null;
  periodCode: string | null;
  procedure: Procedure;
  status: DossierStatus;
  statusDate: string;
  statusReason: string | null;
  note: string | null;
  nominationCount: number;
  missingMandatory: number;
  fileCount: number;
  awardFormCodes: string;
  updatedAt: string;
}

const SELECT = `
  SELECT d.id, d.year, d.incoming_number AS incomingNumber, d.received_date AS receivedDate,
         d.proposing_unit_id AS proposingUnitId, u.name AS proposingUnitName,
         d.document_number AS documentNumber, d.document_date AS documentDate, d.movement_id AS movementId,
         m.title AS movementTitle, d.period_code AS periodCode, d.procedure, d.status,
         d.status_date AS statusDate, d.status_reason AS statusReason, d.note, d.updated_at AS updatedAt,
         (SELECT COUNT(*) FROM nominations n WHERE n.dossier_id = d.id) AS nominationCount,
         (SELECT COUNT(*) FROM dossier_checklist_items c
           WHERE c.dossier_id = d.id AND c.mandatory = 1 AND c.state = 'thieu') AS missingMandatory,
         (SELECT COUNT(*) FROM dossier_files f WHERE f.dossier_id = d.id) AS fileCount,
         (SELECT COALESCE(json_group_array(award_form_code), '[]') FROM dossier_award_forms a
           WHERE a.dossier_id = d.id) AS awardFormCodes
  FROM dossiers d
  JOIN units u ON u.id = d.proposing_unit_id
  LEFT JOIN movements m ON m.id = d.movement_id`;

export function listDossierRows(
  db: Db,
  filter: {
    movementId?: number | undefined;
    periodCode?: string | undefined;
    proposingUnitId?: number | undefined;
    status?: DossierStatus | undefined;
    year?: number | undefined;
  },
): DossierRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [key, column] of [
    ['movementId', 'd.movement_id'],
    ['periodCode', 'd.period_code'],
    ['proposingUnitId', 'd.proposing_unit_id'],
    ['status', 'd.status'],
    ['year', 'd.year'],
  ] as const) {
    if (filter[key] !== undefined) {
      where.push(`${column} = @${key}`);
      params[key] = filter[key];
    }
  }
  return statement(
    db,
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.year DESC, d.incoming_number DESC`,
  ).all(params) as DossierRow[];
}

export function getDossierRow(db: Db, id: number): DossierRow | undefined {
  return statement(db, `${SELECT} WHERE d.id = ?`).get(id) as DossierRow | undefined;
}

export function getDossierHeader(
  db: Db,
  id: number,
):
  | {
      id: number;
      movementId: number | null;
      proposingUnitId: number;
      periodCode: string | null;
      status: DossierStatus;
    }
  | undefined {
  return statement(
    db,
    `SELECT id, movement_id AS movementId, proposing_unit_id AS proposingUnitId, period_code AS periodCode, status
     FROM dossiers WHERE id = ?`,
  ).get(id) as ReturnType<typeof getDossierHeader>;
}

export function nextIncomingNumber(db: Db, year: number): number {
  const row = statement(db, 'SELECT MAX(incoming_number) AS n FROM dossiers WHERE year = ?').get(
    year,
  ) as {
    n: number | null;
  };
  return (row.n ?? 0) + 1;
}

export function insertDossier(
  db: Db,
  d: DossierCreateData,
  numbering: { year: number; incomingNumber: number },
  now: string,
): number {
  const id = Number(
    statement(
      db,
      `INSERT INTO dossiers (year, incoming_number, received_date, proposing_unit_id, document_number, document_date,
         movement_id, period_code, procedure, status, status_date, note, created_at, updated_at)
       VALUES (@year, @incomingNumber, @receivedDate, @proposingUnitId, @documentNumber, @documentDate,
         @movementId, @periodCode, @procedure, 'da_nhan', @receivedDate, @note, @now, @now)`,
    ).run({ ...d, ...numbering, now }).lastInsertRowid,
  );
  replaceAwardForms(db, id, d.awardFormCodes);
  insertHistory(db, id, 'da_nhan', d.receivedDate, null, now);
  return id;
}

export function updateDossier(db: Db, id: number, d: DossierCreateData, now: string): void {
  statement(
    db,
    `UPDATE dossiers SET received_date = @receivedDate, proposing_unit_id = @proposingUnitId,
       document_number = @documentNumber, document_date = @documentDate, movement_id = @movementId,
       period_code = @periodCode, procedure = @procedure, note = @note, updated_at = @now
     WHERE id = @id`,
  ).run({ ...d, id, now });
  replaceAwardForms(db, id, d.awardFormCodes);
}

function replaceAwardForms(db: Db, id: number, codes: readonly string[]): void {
  statement(db, 'DELETE FROM dossier_award_forms WHERE dossier_id = ?').run(id);
  const insert = statement(
    db,
    'INSERT INTO dossier_award_forms (dossier_id, award_form_code) VALUES (?, ?)',
  );
  for (const code of new Set(codes)) insert.run(id, code);
}

export function setStatus(
  db: Db,
  id: number,
  status: DossierStatus,
  date: string,
  reason: string | null,
  now: string,
): void {
  statement(
    db,
    'UPDATE dossiers SET status = ?, status_date = ?, status_reason = ?, updated_at = ? WHERE id = ?',
  ).run(status, date, reason, now, id);
  insertHistory(db, id, status, date, reason, now);
}

function insertHistory(
  db: Db,
  id: number,
  status: DossierStatus,
  date: string,
  reason: string | null,
  now: string,
): void {
  statement(
    db,
    'INSERT INTO dossier_status_history (dossier_id, status, date, reason, at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, status, date, reason, now);
}

export function listHistory(
  db: Db,
  id: number,
): { status: DossierStatus; date: string; reason: string | null; at: string }[] {
  return statement(
    db,
    'SELECT status, date, reason, at FROM dossier_status_history WHERE dossier_id = ? ORDER BY id',
  ).all(id) as { status: DossierStatus; date: string; reason: string | null; at: string }[];
}

export function deleteDossier(db: Db, id: number): void {
  statement(db, 'DELETE FROM dossiers WHERE id = ?').run(id);
}

export function listChecklist(db: Db, dossierId: number): ChecklistItem[] {
  return (
    statement(
      db,
      `SELECT id, doc_type AS docType, label, copies, mandatory, legal_source AS legalSource, state, note
       FROM dossier_checklist_items WHERE dossier_id = ? ORDER BY sort_order, id`,
    ).all(dossierId) as (Omit<ChecklistItem, 'mandatory'> & { mandatory: number })[]
  ).map((r) => ({ ...r, mandatory: r.mandatory === 1 }));
}

export function getChecklistItem(
  db: Db,
  id: number,
): (ChecklistItem & { dossierId: number }) | undefined {
  const row = statement(
    db,
    `SELECT id, dossier_id AS dossierId, doc_type AS docType, label, copies, mandatory,
            legal_source AS legalSource, state, note
     FROM dossier_checklist_items WHERE id = ?`,
  ).get(id) as
    (Omit<ChecklistItem, 'mandatory'> & { mandatory: number; dossierId: number }) | undefined;
  return row ? { ...row, mandatory: row.mandatory === 1 } : undefined;
}

export function setChecklistState(
  db: Db,
  id: number,
  state: ChecklistState,
  note: string | null,
): void {
  statement(db, 'UPDATE dossier_checklist_items SET state = ?, note = ? WHERE id = ?').run(
    state,
    note,
    id,
  );
}

/** Regenerates the checklist from the requirement records, keeping what the secretary ticked. */
export function syncChecklist(db: Db, dossierId: number): void {
  const header = statement(
    db,
    'SELECT procedure, received_date AS receivedDate FROM dossiers WHERE id = ?',
  ).get(dossierId) as { procedure: Procedure; receivedDate: string } | undefined;
  if (!header) return;
  const forms = (
    statement(
      db,
      'SELECT award_form_code AS code FROM dossier_award_forms WHERE dossier_id = ?',
    ).all(dossierId) as { code: string }[]
  ).map((f) => f.code);
  const subjects = statement(
    db,
    `SELECT DISTINCT subject_type AS subjectType, MAX(is_enterprise) AS enterprise
     FROM nominations WHERE dossier_id = ? GROUP BY subject_type`,
  ).all(dossierId) as { subjectType: SubjectType; enterprise: number }[];
  const required = requiredDocuments(listRequirements(db), {
    procedure: header.procedure,
    awardFormCodes: forms,
    subjectTypes: subjects.map((s) => s.subjectType),
    hasEnterprise: subjects.some((s) => s.enterprise === 1),
    receivedDate: header.receivedDate,
  });
  const { add, update, removeIds } = reconcileChecklist(listChecklist(db, dossierId), required);
  const insert = statement(
    db,
    `INSERT INTO dossier_checklist_items (dossier_id, doc_type, label, copies, mandatory, legal_source, state,
       sort_order) VALUES (?, ?, ?, ?, ?, ?, 'thieu', ?)`,
  );
  for (const r of add) {
    insert.run(
      dossierId,
      r.docType,
      r.label,
      r.copies,
      r.mandatory ? 1 : 0,
      r.legalSource,
      r.sortOrder,
    );
  }
  const refresh = statement(
    db,
    'UPDATE dossier_checklist_items SET copies = ?, mandatory = ?, legal_source = ?, sort_order = ? WHERE id = ?',
  );
  for (const r of update)
    refresh.run(r.copies, r.mandatory ? 1 : 0, r.legalSource, r.sortOrder, r.id);
  const remove = statement(db, 'DELETE FROM dossier_checklist_items WHERE id = ?');
  for (const id of removeIds) remove.run(id);
}

export function listFiles(db: Db, dossierId: number): DossierFile[] {
  return statement(
    db,
    `SELECT id, file_name AS fileName, sha256, size, added_at AS addedAt FROM dossier_files
     WHERE dossier_id = ? ORDER BY id`,
  ).all(dossierId) as DossierFile[];
}

export function getFile(
  db: Db,
  id: number,
): (DossierFile & { dossierId: number; storedName: string }) | undefined {
  return statement(
    db,
    `SELECT id, dossier_id AS dossierId, file_name AS fileName, sha256, size, stored_name AS storedName,
            added_at AS addedAt
     FROM dossier_files WHERE id = ?`,
  ).get(id) as (DossierFile & { dossierId: number; storedName: string }) | undefined;
}

export function insertFile(
  db: Db,
  f: {
    dossierId: number;
    fileName: string;
    sha256: string;
    size: number;
    storedName: string;
    now: string;
  },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO dossier_files (dossier_id, file_name, sha256, size, stored_name, added_at)
       VALUES (@dossierId, @fileName, @sha256, @size, @storedName, @now)`,
    ).run(f).lastInsertRowid,
  );
}

export function deleteFile(db: Db, id: number): void {
  statement(db, 'DELETE FROM dossier_files WHERE id = ?').run(id);
}

export function countMovementDossiers(db: Db, movementId: number): number {
  return (
    statement(db, 'SELECT COUNT(*) AS c FROM dossiers WHERE movement_id = ?').get(movementId) as {
      c: number;
    }
  ).c;
}
