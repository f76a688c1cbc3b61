import type { SubjectType } from '../../../shared/domain/award-form';
import type {
  BallotMark,
  CorrectionData,
  Outcome,
  OverQuotaRule,
} from '../../../shared/domain/council-voting';
import type { TieRule } from '../../../shared/domain/council';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface RoundRow {
  id: number;
  sessionId: number;
  number: number;
  awardFormCode: string | null;
  subjectType: SubjectType | null;
  places: number | null;
  ballotsIssued: number;
  notReturned: number;
  numbered: boolean;
  totalsReturned: number | null;
  totalsInvalid: number | null;
  openedAt: string;
}

const SELECT_ROUND = `
  SELECT id, session_id AS sessionId, number, award_form_code AS awardFormCode, subject_type AS subjectType, places,
         ballots_issued AS ballotsIssued, not_returned AS notReturned, numbered, totals_returned AS totalsReturned,
         totals_invalid AS totalsInvalid, opened_at AS openedAt
  FROM voting_rounds`;
const toRound = (r: Omit<RoundRow, 'numbered'> & { numbered: number }): RoundRow => ({
  ...r,
  numbered: r.numbered === 1,
});

export function listRounds(db: Db, sessionId: number): RoundRow[] {
  return (
    statement(db, `${SELECT_ROUND} WHERE session_id = ? ORDER BY number`).all(sessionId) as (Omit<
      RoundRow,
      'numbered'
    > & { numbered: number })[]
  ).map(toRound);
}

export function getRound(db: Db, id: number): RoundRow | undefined {
  const row = statement(db, `${SELECT_ROUND} WHERE id = ?`).get(id) as
    (Omit<RoundRow, 'numbered'> & { numbered: number }) | undefined;
  return row ? toRound(row) : undefined;
}

export function insertRound(
  db: Db,
  r: {
    sessionId: number;
    number: number;
    awardFormCode: string | null;
    subjectType: SubjectType | null;
    places: number | null;
    ballotsIssued: number;
    numbered: boolean;
  },
  now: string,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO voting_rounds (session_id, number, award_form_code, subject_type, places, ballots_issued, numbered,
         opened_at)
       VALUES (@sessionId, @number, @awardFormCode, @subjectType, @places, @ballotsIssued, @numbered, @now)`,
    ).run({ ...r, numbered: r.numbered ? 1 : 0, now }).lastInsertRowid,
  );
}

export function deleteRound(db: Db, id: number): void {
  statement(db, 'DELETE FROM voting_rounds WHERE id = ?').run(id);
}

export function setRoundCounts(db: Db, id: number, issued: number, notReturned: number): void {
  statement(db, 'UPDATE voting_rounds SET ballots_issued = ?, not_returned = ? WHERE id = ?').run(
    issued,
    notReturned,
    id,
  );
}

export interface SectionRow {
  id: number;
  roundId: number;
  awardFormCode: string;
  awardFormName: string;
  subjectType: SubjectType;
  quota: number | null;
  votingRuleCode: string | null;
  sortOrder: number;
}

export interface NomineeRow {
  sectionId: number;
  nominationId: number;
  fullName: string;
  position: string | null;
  proposingUnitName: string;
  dossierId: number;
  sortOrder: number;
}

export function insertSection(
  db: Db,
  roundId: number,
  s: Omit<SectionRow, 'id' | 'roundId'>,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO round_sections (round_id, award_form_code, award_form_name, subject_type, quota, voting_rule_code,
         sort_order)
       VALUES (@roundId, @awardFormCode, @awardFormName, @subjectType, @quota, @votingRuleCode, @sortOrder)`,
    ).run({ ...s, roundId }).lastInsertRowid,
  );
}

export function insertNominee(db: Db, n: NomineeRow): void {
  statement(
    db,
    `INSERT INTO round_nominees (section_id, nomination_id, full_name, position, proposing_unit_name, dossier_id,
       sort_order)
     VALUES (@sectionId, @nominationId, @fullName, @position, @proposingUnitName, @dossierId, @sortOrder)`,
  ).run(n);
}

export function listSections(db: Db, sessionId: number): SectionRow[] {
  return statement(
    db,
    `SELECT s.id, s.round_id AS roundId, s.award_form_code AS awardFormCode, s.award_form_name AS awardFormName,
            s.subject_type AS subjectType, s.quota, s.voting_rule_code AS votingRuleCode, s.sort_order AS sortOrder
     FROM round_sections s JOIN voting_rounds r ON r.id = s.round_id
     WHERE r.session_id = ? ORDER BY r.number, s.sort_order`,
  ).all(sessionId) as SectionRow[];
}

export function listNominees(db: Db, sessionId: number): NomineeRow[] {
  return statement(
    db,
    `SELECT n.section_id AS sectionId, n.nomination_id AS nominationId, n.full_name AS fullName, n.position,
            n.proposing_unit_name AS proposingUnitName, n.dossier_id AS dossierId, n.sort_order AS sortOrder
     FROM round_nominees n
     JOIN round_sections s ON s.id = n.section_id
     JOIN voting_rounds r ON r.id = s.round_id
     WHERE r.session_id = ? ORDER BY r.number, s.sort_order, n.sort_order`,
  ).all(sessionId) as NomineeRow[];
}

export interface BallotRow {
  id: number;
  roundId: number;
  number: number;
  marks: { nominationId: number; mark: BallotMark }[];
  enteredAt: string;
}

type StoredBallot = Omit<BallotRow, 'marks'> & { marks: string };
const toBallot = (r: StoredBallot): BallotRow => ({
  ...r,
  marks: (JSON.parse(r.marks) as [number, BallotMark][]).map(([nominationId, mark]) => ({
    nominationId,
    mark,
  })),
});

export function listBallots(db: Db, sessionId: number): BallotRow[] {
  return (
    statement(
      db,
      `SELECT b.id, b.round_id AS roundId, b.number, b.marks, b.entered_at AS enteredAt
       FROM ballots b JOIN voting_rounds r ON r.id = b.round_id
       WHERE r.session_id = ? ORDER BY r.number, b.number`,
    ).all(sessionId) as StoredBallot[]
  ).map(toBallot);
}

export function getBallot(db: Db, roundId: number, number: number): BallotRow | undefined {
  const row = statement(
    db,
    `SELECT id, round_id AS roundId, number, marks, entered_at AS enteredAt
     FROM ballots WHERE round_id = ? AND number = ?`,
  ).get(roundId, number) as StoredBallot | undefined;
  return row ? toBallot(row) : undefined;
}

export function ballotNumbers(db: Db, roundId: number): number[] {
  return (
    statement(db, 'SELECT number FROM ballots WHERE round_id = ? ORDER BY number').all(roundId) as {
      number: number;
    }[]
  ).map((r) => r.number);
}

/** Stores the ballot's non-blank marks (a missing row is an unmarked row). */
export function insertBallot(
  db: Db,
  roundId: number,
  number: number,
  marks: readonly { nominationId: number; mark: BallotMark }[],
  now: string,
): number {
  const stored = marks.filter((m) => m.mark !== 'blank').map((m) => [m.nominationId, m.mark]);
  return Number(
    statement(
      db,
      'INSERT INTO ballots (round_id, number, marks, entered_at) VALUES (?, ?, ?, ?)',
    ).run(roundId, number, JSON.stringify(stored), now).lastInsertRowid,
  );
}

export function deleteBallot(db: Db, roundId: number, number: number): void {
  statement(db, 'DELETE FROM ballots WHERE round_id = ? AND number = ?').run(roundId, number);
}

export function countBallots(db: Db, roundId: number): number {
  return (
    statement(db, 'SELECT COUNT(*) AS c FROM ballots WHERE round_id = ?').get(roundId) as {
      c: number;
    }
  ).c;
}

export function listTotals(
  db: Db,
  sessionId: number,
): { roundId: number; nominationId: number; yes: number; no: number }[] {
  return statement(
    db,
    `SELECT t.round_id AS roundId, t.nomination_id AS nominationId, t.yes, t.no
     FROM round_totals t JOIN voting_rounds r ON r.id = t.round_id WHERE r.session_id = ?`,
  ).all(sessionId) as { roundId: number; nominationId: number; yes: number; no: number }[];
}

/** Replaces a round's totals; `returned` null clears the totals mode. */
export function replaceTotals(
  db: Db,
  roundId: number,
  returned: number | null,
  invalid: number | null,
  rows: readonly { nominationId: number; yes: number; no: number }[],
): void {
  statement(db, 'DELETE FROM round_totals WHERE round_id = ?').run(roundId);
  statement(
    db,
    'UPDATE voting_rounds SET totals_returned = ?, totals_invalid = ? WHERE id = ?',
  ).run(returned, invalid, roundId);
  const insert = statement(
    db,
    'INSERT INTO round_totals (round_id, nomination_id, yes, no) VALUES (?, ?, ?, ?)',
  );
  for (const r of rows) insert.run(roundId, r.nominationId, r.yes, r.no);
}

export interface WrittenRow {
  memberId: number;
  nominationId: number;
  mark: BallotMark;
  receivedDate: string | null;
}

export function listWritten(db: Db, sessionId: number): WrittenRow[] {
  return statement(
    db,
    `SELECT member_id AS memberId, nomination_id AS nominationId, mark, received_date AS receivedDate
     FROM written_opinions WHERE session_id = ? ORDER BY member_id, nomination_id`,
  ).all(sessionId) as WrittenRow[];
}

export function deleteWritten(db: Db, sessionId: number, memberId: number): void {
  statement(db, 'DELETE FROM written_opinions WHERE session_id = ? AND member_id = ?').run(
    sessionId,
    memberId,
  );
}

/** Every nominee gets a row (blank included), so an opinion with no mark at all is still recorded. */
export function insertWritten(
  db: Db,
  sessionId: number,
  memberId: number,
  receivedDate: string | null,
  marks: readonly { nominationId: number; mark: BallotMark }[],
  now: string,
): void {
  const insert = statement(
    db,
    `INSERT INTO written_opinions (session_id, member_id, nomination_id, mark, received_date, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const m of marks) insert.run(sessionId, memberId, m.nominationId, m.mark, receivedDate, now);
}

export interface ChairDecisionRow {
  id: number;
  awardFormCode: string;
  subjectType: SubjectType;
  places: number;
  tiedIds: number[];
  selectedIds: number[];
  decidedBy: string;
  note: string | null;
  recordedAt: string;
}

export function listChairDecisions(db: Db, sessionId: number): ChairDecisionRow[] {
  return (
    statement(
      db,
      `SELECT id, award_form_code AS awardFormCode, subject_type AS subjectType, places, tied_ids AS tiedIds,
              selected_ids AS selectedIds, decided_by AS decidedBy, note, recorded_at AS recordedAt
       FROM chair_decisions WHERE session_id = ? ORDER BY id`,
    ).all(sessionId) as (Omit<ChairDecisionRow, 'tiedIds' | 'selectedIds'> & {
      tiedIds: string;
      selectedIds: string;
    })[]
  ).map((r) => ({
    ...r,
    tiedIds: JSON.parse(r.tiedIds) as number[],
    selectedIds: JSON.parse(r.selectedIds) as number[],
  }));
}

export function insertChairDecision(
  db: Db,
  sessionId: number,
  d: Omit<ChairDecisionRow, 'id' | 'recordedAt'>,
  now: string,
): void {
  statement(
    db,
    `INSERT INTO chair_decisions (session_id, award_form_code, subject_type, places, tied_ids, selected_ids,
       decided_by, note, recorded_at)
     VALUES (@sessionId, @awardFormCode, @subjectType, @places, @tiedIds, @selectedIds, @decidedBy, @note, @now)`,
  ).run({
    ...d,
    tiedIds: JSON.stringify(d.tiedIds),
    selectedIds: JSON.stringify(d.selectedIds),
    sessionId,
    now,
  });
}

export interface ResultRow {
  nominationId: number;
  awardFormCode: string;
  awardFormName: string;
  subjectType: SubjectType;
  quota: number | null;
  fullName: string;
  position: string | null;
  proposingUnitName: string;
  dossierId: number;
  yes: number;
  no: number;
  writtenYes: number;
  writtenNo: number;
  base: number;
  baseKind: 'total_members' | 'present_members' | 'valid_ballots';
  votingRuleCode: string;
  thresholdNum: number;
  thresholdDen: number;
  comparator: 'gte' | 'gt';
  passed: boolean;
  rank: number | null;
  secondRoundYes: number | null;
  resolvedBy: 'second_round' | 'chair_decides' | null;
  outcome: Outcome;
  sortOrder: number;
}

export function insertResults(db: Db, sessionId: number, rows: readonly ResultRow[]): void {
  const insert = statement(
    db,
    `INSERT INTO session_results (session_id, nomination_id, award_form_code, award_form_name, subject_type, quota,
       full_name, position, proposing_unit_name, dossier_id, yes, no, written_yes, written_no, base, base_kind,
       voting_rule_code, threshold_num, threshold_den, comparator, passed, rank, second_round_yes, resolved_by, outcome,
       sort_order)
     VALUES (@sessionId, @nominationId, @awardFormCode, @awardFormName, @subjectType, @quota, @fullName, @position,
       @proposingUnitName, @dossierId, @yes, @no, @writtenYes, @writtenNo, @base, @baseKind, @votingRuleCode,
       @thresholdNum, @thresholdDen, @comparator, @passed, @rank, @secondRoundYes, @resolvedBy, @outcome, @sortOrder)`,
  );
  for (const r of rows) insert.run({ ...r, passed: r.passed ? 1 : 0, sessionId });
}

export function listResults(db: Db, sessionId: number): ResultRow[] {
  return (
    statement(
      db,
      `SELECT nomination_id AS nominationId, award_form_code AS awardFormCode, award_form_name AS awardFormName,
              subject_type AS subjectType, quota, full_name AS fullName, position,
              proposing_unit_name AS proposingUnitName, dossier_id AS dossierId, yes, no, written_yes AS writtenYes,
              written_no AS writtenNo, base, base_kind AS baseKind, voting_rule_code AS votingRuleCode,
              threshold_num AS thresholdNum, threshold_den AS thresholdDen, comparator, passed, rank,
              second_round_yes AS secondRoundYes, resolved_by AS resolvedBy, outcome, sort_order AS sortOrder
       FROM session_results WHERE session_id = ? ORDER BY sort_order`,
    ).all(sessionId) as (Omit<ResultRow, 'passed'> & { passed: number })[]
  ).map((r) => ({ ...r, passed: r.passed === 1 }));
}

export interface CorrectionRow {
  id: number;
  nominationId: number;
  previousOutcome: Outcome;
  outcome: Outcome;
  yes: number | null;
  no: number | null;
  reason: string;
  actDate: string;
  recordedBy: string;
  reference: string | null;
  recordedAt: string;
}

export function listCorrections(db: Db, sessionId: number): CorrectionRow[] {
  return statement(
    db,
    `SELECT id, nomination_id AS nominationId, previous_outcome AS previousOutcome, outcome, yes, no, reason,
            act_date AS actDate, recorded_by AS recordedBy, reference, recorded_at AS recordedAt
     FROM session_corrections WHERE session_id = ? ORDER BY id`,
  ).all(sessionId) as CorrectionRow[];
}

export function insertCorrection(
  db: Db,
  c: CorrectionData & { previousOutcome: Outcome },
  now: string,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO session_corrections (session_id, nomination_id, previous_outcome, outcome, yes, no, reason,
         act_date, recorded_by, reference, recorded_at)
       VALUES (@sessionId, @nominationId, @previousOutcome, @outcome, @yes, @no, @reason, @actDate, @recordedBy,
         @reference, @now)`,
    ).run({ ...c, now }).lastInsertRowid,
  );
}

export function upsertOutcome(
  db: Db,
  o: { nominationId: number; sessionId: number; outcome: Outcome; correctionId: number | null },
  now: string,
): void {
  statement(
    db,
    `INSERT INTO nomination_outcomes (nomination_id, session_id, outcome, correction_id, updated_at)
     VALUES (@nominationId, @sessionId, @outcome, @correctionId, @now)
     ON CONFLICT (nomination_id) DO UPDATE SET session_id = excluded.session_id, outcome = excluded.outcome,
       correction_id = excluded.correction_id, updated_at = excluded.updated_at`,
  ).run({ ...o, now });
  // The quota board counts selection quotas on this flag: the council's result is what it shows.
  statement(db, 'UPDATE nominations SET selected = ?, updated_at = ? WHERE id = ?').run(
    o.outcome === 'selected' ? 1 : 0,
    now,
    o.nominationId,
  );
}

export function getOutcome(
  db: Db,
  nominationId: number,
): { sessionId: number; outcome: Outcome } | undefined {
  return statement(
    db,
    'SELECT session_id AS sessionId, outcome FROM nomination_outcomes WHERE nomination_id = ?',
  ).get(nominationId) as { sessionId: number; outcome: Outcome } | undefined;
}

/** Dossiers among `ids` still "Trình Hội đồng" whose every nomination has a council outcome. */
export function fullyConsideredDossiers(
  db: Db,
  ids: readonly number[],
): { id: number; receivedDate: string }[] {
  if (ids.length === 0) return [];
  return statement(
    db,
    `SELECT d.id, d.received_date AS receivedDate FROM dossiers d
     WHERE d.id IN (SELECT value FROM json_each(?)) AND d.status = 'trinh_hoi_dong'
       AND NOT EXISTS (SELECT 1 FROM nominations n
                       WHERE n.dossier_id = d.id
                         AND NOT EXISTS (SELECT 1 FROM nomination_outcomes o WHERE o.nomination_id = n.id))
     ORDER BY d.id`,
  ).all(JSON.stringify(ids)) as { id: number; receivedDate: string }[];
}

/** Council outcomes of a movement's nominations, per award form × subject type. */
export function selectionUsage(
  db: Db,
  movementId: number,
  periodCode: string | null,
): {
  awardFormCode: string;
  subjectType: SubjectType;
  selected: number;
  notSelected: number;
  sessionIds: string;
}[] {
  return statement(
    db,
    `SELECT n.award_form_code AS awardFormCode, n.subject_type AS subjectType,
            SUM(o.outcome = 'selected') AS selected, SUM(o.outcome = 'not_selected') AS notSelected,
            json_group_array(DISTINCT o.session_id) AS sessionIds
     FROM nomination_outcomes o JOIN nominations n ON n.id = o.nomination_id
     WHERE n.movement_id = @movementId AND (@periodCode IS NULL OR n.period_code = @periodCode)
     GROUP BY n.award_form_code, n.subject_type
     ORDER BY n.award_form_code, n.subject_type`,
  ).all({ movementId, periodCode }) as {
    awardFormCode: string;
    subjectType: SubjectType;
    selected: number;
    notSelected: number;
    sessionIds: string;
  }[];
}

/** Records the ballot and tie rules in force on the day, before the session is marked concluded. */
export function snapshotSessionRules(
  db: Db,
  sessionId: number,
  overQuotaRule: OverQuotaRule,
  tieRule: TieRule,
): void {
  statement(db, 'UPDATE council_sessions SET over_quota_rule = ?, tie_rule = ? WHERE id = ?').run(
    overQuotaRule,
    tieRule,
    sessionId,
  );
}

export function sessionRuleSnapshot(
  db: Db,
  sessionId: number,
): { overQuotaRule: OverQuotaRule | null; tieRule: TieRule | null } {
  return statement(
    db,
    'SELECT over_quota_rule AS overQuotaRule, tie_rule AS tieRule FROM council_sessions WHERE id = ?',
  ).get(sessionId) as { overQuotaRule: OverQuotaRule | null; tieRule: TieRule | null };
}
