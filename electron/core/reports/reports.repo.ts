import type { ReportRow } from '../../../shared/domain/report';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

type Raw = Omit<ReportRow, 'isLeader' | 'posthumous' | 'selected' | 'awarded'> & {
  isLeader: number;
  posthumous: number;
  selected: number;
  awarded: number;
};

/**
 * The nominations of a movement (one period when given) with their unit, unit kind, form and
 * stages: selected = the selected flag or a council outcome 'selected'; awarded = an awardee of
 * an issued decision.
 */
export function listReportRows(db: Db, movementId: number, periodCode: string | null): ReportRow[] {
  const rows = statement(
    db,
    `SELECT n.id, n.honorific, n.full_name AS fullName, n.subject_type AS subjectType, n.gender,
            n.position, n.workplace, n.is_leader AS isLeader, n.posthumous,
            n.award_form_code AS awardFormCode, f.name AS awardFormName, f.sort_order AS awardFormOrder,
            u.id AS unitId, u.name AS unitName, k.code AS unitKindCode, k.name AS unitKindName,
            k.sort_order AS unitKindOrder,
            (n.selected = 1 OR o.outcome = 'selected') AS selected,
            EXISTS (SELECT 1 FROM document_awardees a
                      JOIN issued_documents d ON d.id = a.document_id AND d.status = 'issued'
                     WHERE a.nomination_id = n.id) AS awarded
       FROM nominations n
       JOIN units u ON u.id = n.proposing_unit_id
       JOIN unit_kinds k ON k.code = u.kind_code
       JOIN award_forms f ON f.code = n.award_form_code
       LEFT JOIN nomination_outcomes o ON o.nomination_id = n.id
      WHERE n.movement_id = @movementId
        AND (@periodCode IS NULL OR n.period_code = @periodCode)`,
  ).all({ movementId, periodCode }) as Raw[];
  return rows.map((r) => ({
    ...r,
    isLeader: r.isLeader === 1,
    posthumous: r.posthumous === 1,
    selected: r.selected === 1,
    awarded: r.awarded === 1,
  }));
}

export function periodName(db: Db, movementId: number, periodCode: string): string | null {
  const row = statement(
    db,
    'SELECT name FROM movement_periods WHERE movement_id = ? AND code = ?',
  ).get(movementId, periodCode) as { name: string } | undefined;
  return row?.name ?? null;
}
