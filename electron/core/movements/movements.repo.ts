import type {
  Movement,
  MovementData,
  MovementSummary,
  QuotaRule,
} from '../../../shared/domain/movement';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

const parse = <T>(json: string): T => JSON.parse(json) as T;

export function insertMovement(db: Db, m: MovementData, now: string): number {
  const result = statement(
    db,
    `INSERT INTO movements (number, symbol, issued_date, issuing_body, title, implements_plan, receiving_body,
                            procedure, legal_regime_code, start_date, end_date, preset_code, created_at, updated_at)
     VALUES (@number, @symbol, @issuedDate, @issuingBody, @title, @implementsPlan, @receivingBody,
             @procedure, @legalRegimeCode, @startDate, @endDate, @presetCode, @now, @now)`,
  ).run(headerParams(m, now));
  const id = Number(result.lastInsertRowid);
  insertChildren(db, id, m);
  return id;
}

export function updateMovement(db: Db, id: number, m: MovementData, now: string): void {
  statement(
    db,
    `UPDATE movements SET number = @number, symbol = @symbol, issued_date = @issuedDate,
            issuing_body = @issuingBody, title = @title, implements_plan = @implementsPlan,
            receiving_body = @receivingBody, procedure = @procedure, legal_regime_code = @legalRegimeCode,
            start_date = @startDate, end_date = @endDate, preset_code = @presetCode, updated_at = @now
     WHERE id = @id`,
  ).run({ ...headerParams(m, now), id });
  for (const table of [
    'movement_award_forms',
    'movement_periods',
    'movement_deadlines',
    'movement_routes',
  ]) {
    statement(db, `DELETE FROM ${table} WHERE movement_id = ?`).run(id);
  }
  // Rules keep their ids where they keep their position, so the board's references stay stable.
  const existing = (
    statement(db, 'SELECT id FROM quota_rules WHERE movement_id = ? ORDER BY sort_order').all(
      id,
    ) as {
      id: number;
    }[]
  ).map((r) => r.id);
  insertChildren(db, id, m, existing);
}

function headerParams(m: MovementData, now: string) {
  return {
    number: m.number ?? null,
    symbol: m.symbol ?? null,
    issuedDate: m.issuedDate,
    issuingBody: m.issuingBody,
    title: m.title,
    implementsPlan: m.implementsPlan ?? null,
    receivingBody: m.receivingBody ?? null,
    procedure: m.procedure,
    legalRegimeCode: m.legalRegimeCode,
    startDate: m.startDate,
    endDate: m.endDate,
    presetCode: m.presetCode,
    now,
  };
}

function insertChildren(db: Db, id: number, m: MovementData, ruleIds: number[] = []): void {
  m.awardForms.forEach((f, i) =>
    statement(
      db,
      `INSERT INTO movement_award_forms (movement_id, award_form_code, subject_types, procedure, note, sort_order)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, f.awardFormCode, JSON.stringify(f.subjectTypes), f.procedure, f.note ?? null, i),
  );
  m.periods.forEach((p, i) =>
    statement(
      db,
      `INSERT INTO movement_periods (movement_id, code, name, start_date, end_date, note, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, p.code, p.name, p.startDate, p.endDate, p.note ?? null, i),
  );
  m.deadlines.forEach((d, i) =>
    statement(
      db,
      `INSERT INTO movement_deadlines (movement_id, kind, label, date, inclusive, clause, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, d.kind, d.label, d.date, d.inclusive ? 1 : 0, d.clause ?? null, i),
  );
  m.routes.forEach((r, i) =>
    statement(
      db,
      'INSERT INTO movement_routes (movement_id, proposer, route_to, scope, sort_order) VALUES (?, ?, ?, ?, ?)',
    ).run(id, r.proposer, r.routeTo, r.scope ?? null, i),
  );
  const keep = ruleIds.slice(0, m.quotaRules.length);
  const drop = ruleIds.slice(m.quotaRules.length);
  for (const ruleId of drop) statement(db, 'DELETE FROM quota_rules WHERE id = ?').run(ruleId);
  m.quotaRules.forEach((r, i) => {
    const params = {
      movementId: id,
      kind: r.kind,
      scope: r.scope,
      unitKindCodes: JSON.stringify(r.unitKindCodes),
      unitSectors: JSON.stringify(r.unitSectors),
      awardFormCode: r.awardFormCode,
      periodCode: r.periodCode,
      limits: JSON.stringify(r.limits),
      overrides: JSON.stringify(r.overrides),
      clause: r.clause,
      clauseText: r.clauseText ?? null,
      sortOrder: i,
    };
    const ruleId = keep[i];
    if (ruleId === undefined) {
      statement(
        db,
        `INSERT INTO quota_rules (movement_id, kind, scope, unit_kind_codes, unit_sectors, award_form_code,
                                  period_code, limits, overrides, clause, clause_text, sort_order)
         VALUES (@movementId, @kind, @scope, @unitKindCodes, @unitSectors, @awardFormCode, @periodCode,
                 @limits, @overrides, @clause, @clauseText, @sortOrder)`,
      ).run(params);
    } else {
      statement(
        db,
        `UPDATE quota_rules SET kind = @kind, scope = @scope, unit_kind_codes = @unitKindCodes,
                unit_sectors = @unitSectors, award_form_code = @awardFormCode, period_code = @periodCode,
                limits = @limits, overrides = @overrides, clause = @clause, clause_text = @clauseText,
                sort_order = @sortOrder
         WHERE id = @id`,
      ).run({ ...params, id: ruleId });
    }
  });
}

export function getMovement(db: Db, id: number): Movement | undefined {
  const header = statement(
    db,
    `SELECT id, number, symbol, issued_date AS issuedDate, issuing_body AS issuingBody, title,
            implements_plan AS implementsPlan, receiving_body AS receivingBody, procedure,
            legal_regime_code AS legalRegimeCode, start_date AS startDate, end_date AS endDate,
            preset_code AS presetCode, updated_at AS updatedAt
     FROM movements WHERE id = ?`,
  ).get(id) as
    Omit<Movement, 'awardForms' | 'periods' | 'deadlines' | 'quotaRules' | 'routes'> | undefined;
  if (!header) return undefined;
  const awardForms = (
    statement(
      db,
      `SELECT award_form_code AS awardFormCode, subject_types AS subjectTypes, procedure, note
       FROM movement_award_forms WHERE movement_id = ? ORDER BY sort_order`,
    ).all(id) as {
      awardFormCode: string;
      subjectTypes: string;
      procedure: 'thuong' | 'don_gian' | null;
      note: string | null;
    }[]
  ).map((f) => ({
    ...f,
    subjectTypes: parse<Movement['awardForms'][number]['subjectTypes']>(f.subjectTypes),
  }));
  const periods = statement(
    db,
    `SELECT code, name, start_date AS startDate, end_date AS endDate, note
     FROM movement_periods WHERE movement_id = ? ORDER BY sort_order`,
  ).all(id) as Movement['periods'];
  const deadlines = (
    statement(
      db,
      `SELECT kind, label, date, inclusive, clause FROM movement_deadlines WHERE movement_id = ? ORDER BY sort_order`,
    ).all(id) as (Omit<Movement['deadlines'][number], 'inclusive'> & { inclusive: number })[]
  ).map((d) => ({ ...d, inclusive: d.inclusive === 1 }));
  const routes = statement(
    db,
    'SELECT proposer, route_to AS routeTo, scope FROM movement_routes WHERE movement_id = ? ORDER BY sort_order',
  ).all(id) as Movement['routes'];
  return { ...header, awardForms, periods, deadlines, quotaRules: listQuotaRules(db, id), routes };
}

export function listQuotaRules(db: Db, movementId: number): QuotaRule[] {
  const rows = statement(
    db,
    `SELECT id, kind, scope, unit_kind_codes AS unitKindCodes, unit_sectors AS unitSectors,
            award_form_code AS awardFormCode, period_code AS periodCode, limits, overrides, clause,
            clause_text AS clauseText
     FROM quota_rules WHERE movement_id = ? ORDER BY sort_order`,
  ).all(movementId) as (Omit<
    QuotaRule,
    'unitKindCodes' | 'unitSectors' | 'limits' | 'overrides'
  > & {
    unitKindCodes: string;
    unitSectors: string;
    limits: string;
    overrides: string;
  })[];
  return rows.map((r) => ({
    ...r,
    unitKindCodes: parse<string[]>(r.unitKindCodes),
    unitSectors: parse<string[]>(r.unitSectors),
    limits: parse<QuotaRule['limits']>(r.limits),
    overrides: parse<QuotaRule['overrides']>(r.overrides),
  }));
}

export function listMovements(db: Db): MovementSummary[] {
  return statement(
    db,
    `SELECT m.id, m.number, m.symbol, m.issued_date AS issuedDate, m.issuing_body AS issuingBody, m.title,
            m.updated_at AS updatedAt,
            (SELECT count(*) FROM nominations n WHERE n.movement_id = m.id) AS nominationCount,
            (SELECT count(*) FROM quota_rules q WHERE q.movement_id = m.id) AS ruleCount
     FROM movements m ORDER BY coalesce(m.issued_date, m.created_at) DESC, m.id DESC`,
  ).all() as MovementSummary[];
}

export function deleteMovement(db: Db, id: number): void {
  statement(db, 'DELETE FROM movements WHERE id = ?').run(id);
}

export function countNominations(db: Db, movementId: number): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM nominations WHERE movement_id = ?').get(
      movementId,
    ) as {
      n: number;
    }
  ).n;
}

/** Distinct sectors of units, by search key (for checking "riêng ngành …" overrides). */
export function listUnitSectors(db: Db): string[] {
  return (
    statement(db, 'SELECT DISTINCT sector FROM units WHERE sector IS NOT NULL').all() as {
      sector: string;
    }[]
  ).map((r) => r.sector);
}
