/** SQL of the register of issued documents and of the awardees of issued decisions. */
import {
  documentNumberLabel,
  type DocType,
  type DocumentAwardee,
  type DocumentSigner,
  type IssuedDocument,
  type RegisterFilter,
} from '../../../shared/domain/document';
import { searchKey } from '../../../shared/text/vietnamese';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface NewDocument {
  docType: DocType;
  issuingBody: string;
  year: number;
  number: number;
  symbol: string;
  summary: string;
  date: string;
  signer: DocumentSigner;
  movementId: number | null;
  contentJson: string;
  awardeeCount: number;
  totalAmount: number;
  now: string;
}

export interface NewAwardee {
  nominationId: number | null;
  awardFormCode: string;
  subjectType: DocumentAwardee['subjectType'];
  printedName: string;
  printedDetail: string;
  personKey: string | null;
  multiplier: number | null;
  amount: number | null;
}

/** Inserted directly as issued: the number is taken in the same transaction as the awardees. */
export function insertIssuedDocument(db: Db, d: NewDocument): number {
  const result = statement(
    db,
    `INSERT INTO issued_documents (doc_type, issuing_body, year, number, symbol, summary, date, signer_json,
       movement_id, status, content_json, awardee_count, total_amount, created_at, issued_at)
     VALUES (@docType, @issuingBody, @year, @number, @symbol, @summary, @date, @signerJson,
       @movementId, 'issued', @contentJson, @awardeeCount, @totalAmount, @now, @now)`,
  ).run({ ...d, signerJson: JSON.stringify(d.signer) });
  return Number(result.lastInsertRowid);
}

export function insertAwardees(db: Db, documentId: number, awardees: readonly NewAwardee[]): void {
  const insert = statement(
    db,
    `INSERT INTO document_awardees (document_id, position, nomination_id, award_form_code, subject_type,
       printed_name, printed_detail, person_key, multiplier, amount)
     VALUES (@documentId, @position, @nominationId, @awardFormCode, @subjectType,
       @printedName, @printedDetail, @personKey, @multiplier, @amount)`,
  );
  awardees.forEach((a, i) => insert.run({ ...a, documentId, position: i + 1 }));
}

/** The issued document holding this number in its series, if any. */
export function findIssuedNumber(
  db: Db,
  key: { issuingBody: string; year: number; docType: DocType; number: number },
): { id: number; date: string } | undefined {
  return statement(
    db,
    `SELECT id, date FROM issued_documents
     WHERE issuing_body = @issuingBody AND year = @year AND doc_type = @docType AND number = @number
       AND status = 'issued'`,
  ).get(key) as { id: number; date: string } | undefined;
}

export function maxIssuedNumber(
  db: Db,
  key: { issuingBody: string; year: number; docType: DocType },
): number {
  const row = statement(
    db,
    `SELECT MAX(number) AS n FROM issued_documents
     WHERE issuing_body = @issuingBody AND year = @year AND doc_type = @docType AND status = 'issued'`,
  ).get(key) as { n: number | null };
  return row.n ?? 0;
}

interface DocumentRow {
  id: number;
  docType: DocType;
  issuingBody: string;
  year: number;
  number: number | null;
  symbol: string;
  summary: string;
  date: string | null;
  signerJson: string;
  movementId: number | null;
  movementTitle: string | null;
  status: IssuedDocument['status'];
  awardeeCount: number;
  totalAmount: number;
  createdAt: string;
  issuedAt: string | null;
}

const SELECT_DOCUMENT = `
  SELECT d.id, d.doc_type AS docType, d.issuing_body AS issuingBody, d.year, d.number, d.symbol, d.summary,
    d.date, d.signer_json AS signerJson, d.movement_id AS movementId, m.title AS movementTitle, d.status,
    d.awardee_count AS awardeeCount, d.total_amount AS totalAmount, d.created_at AS createdAt,
    d.issued_at AS issuedAt
  FROM issued_documents d LEFT JOIN movements m ON m.id = d.movement_id`;

const toDocument = ({ signerJson, ...r }: DocumentRow): IssuedDocument => ({
  ...r,
  signer: JSON.parse(signerJson) as DocumentSigner,
  numberLabel: documentNumberLabel(r.number, r.symbol),
});

/** Newest first: by year, then number. */
export function listDocuments(db: Db, filter: RegisterFilter): IssuedDocument[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.movementId !== undefined) {
    where.push('d.movement_id = @movementId');
    params['movementId'] = filter.movementId;
  }
  if (filter.docType !== undefined) {
    where.push('d.doc_type = @docType');
    params['docType'] = filter.docType;
  }
  if (filter.year !== undefined) {
    where.push('d.year = @year');
    params['year'] = filter.year;
  }
  const sql = `${SELECT_DOCUMENT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY d.year DESC, d.number DESC, d.id DESC`;
  const rows = (statement(db, sql).all(params) as DocumentRow[]).map(toDocument);
  if (!filter.query) return rows;
  // Folded match on number and trích yếu: the register is small (hundreds a year).
  const words = searchKey(filter.query).split(' ').filter(Boolean);
  return rows.filter((d) => {
    const key = searchKey(`${d.numberLabel} ${d.summary}`);
    return words.every((w) => key.includes(w));
  });
}

export function getDocument(db: Db, id: number): IssuedDocument | undefined {
  const row = statement(db, `${SELECT_DOCUMENT} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
  return row ? toDocument(row) : undefined;
}

export function getDocumentContent(db: Db, id: number): string | undefined {
  const row = statement(db, 'SELECT content_json AS c FROM issued_documents WHERE id = ?').get(
    id,
  ) as { c: string } | undefined;
  return row?.c;
}

export function listAwardees(db: Db, documentId: number): DocumentAwardee[] {
  return statement(
    db,
    `SELECT position, nomination_id AS nominationId, award_form_code AS awardFormCode,
       subject_type AS subjectType, printed_name AS printedName, printed_detail AS printedDetail,
       multiplier, amount
     FROM document_awardees WHERE document_id = ? ORDER BY position`,
  ).all(documentId) as DocumentAwardee[];
}

/** Nominations of a movement already awarded by an issued decision, with that decision's number. */
export function awardedNominations(db: Db, movementId: number): Map<number, string> {
  const rows = statement(
    db,
    `SELECT a.nomination_id AS nominationId, d.number, d.symbol
     FROM document_awardees a
     JOIN issued_documents d ON d.id = a.document_id AND d.status = 'issued'
     JOIN nominations n ON n.id = a.nomination_id
     WHERE n.movement_id = ?`,
  ).all(movementId) as { nominationId: number; number: number | null; symbol: string }[];
  return new Map(rows.map((r) => [r.nominationId, documentNumberLabel(r.number, r.symbol)]));
}

/**
 * The council's outcome per nomination of a movement, when the council-voting schema is there
 * (migration 6); an empty map otherwise, so documents never depend on councils being used.
 */
export function councilOutcomes(
  db: Db,
  movementId: number,
): Map<number, 'selected' | 'not_selected'> {
  const exists = statement(
    db,
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nomination_outcomes'",
  ).get();
  if (!exists) return new Map();
  const rows = statement(
    db,
    `SELECT o.nomination_id AS id, o.outcome FROM nomination_outcomes o
     JOIN nominations n ON n.id = o.nomination_id WHERE n.movement_id = ?`,
  ).all(movementId) as { id: number; outcome: 'selected' | 'not_selected' }[];
  return new Map(rows.map((r) => [r.id, r.outcome]));
}

/**
 * The last concluded council session of a movement (date, council name) and how many of the
 * given nominations it selected; `undefined` when no session has concluded.
 */
export function concludedSession(
  db: Db,
  movementId: number,
  nominationIds: readonly number[],
): { date: string; councilName: string; selected: number; considered: number } | undefined {
  const exists = statement(
    db,
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nomination_outcomes'",
  ).get();
  if (!exists) return undefined;
  const session = statement(
    db,
    `SELECT s.id, s.date, c.name AS councilName FROM council_sessions s
     JOIN councils c ON c.id = s.council_id
     WHERE s.movement_id = ? AND s.status = 'concluded'
     ORDER BY s.date DESC, s.id DESC LIMIT 1`,
  ).get(movementId) as { id: number; date: string; councilName: string } | undefined;
  if (!session) return undefined;
  const chosen = new Set(nominationIds);
  const outcomes = statement(
    db,
    'SELECT nomination_id AS id, outcome FROM nomination_outcomes WHERE session_id = ?',
  ).all(session.id) as { id: number; outcome: string }[];
  const mine = outcomes.filter((o) => chosen.has(o.id));
  return {
    date: session.date,
    councilName: session.councilName,
    selected: mine.filter((o) => o.outcome === 'selected').length,
    considered: mine.length,
  };
}
