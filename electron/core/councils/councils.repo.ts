import type { SubjectType } from '../../../shared/domain/award-form';
import type {
  AttendanceStatus,
  CouncilData,
  CouncilMember,
  CouncilRole,
  CouncilRulesData,
  SessionCreateData,
  SessionSummary,
  SessionUpdateData,
  TieRule,
} from '../../../shared/domain/council';
import type { OverQuotaRule } from '../../../shared/domain/council-voting';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface CouncilRow {
  id: number;
  name: string;
  issuingBody: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  memberCount: number;
  votingMemberCount: number;
  movementIds: string;
  updatedAt: string;
}

const SELECT_COUNCIL = `
  SELECT c.id, c.name, c.issuing_body AS issuingBody, c.decision_number AS decisionNumber,
         c.decision_date AS decisionDate, c.valid_from AS validFrom, c.valid_to AS validTo, c.note,
         c.updated_at AS updatedAt,
         (SELECT COUNT(*) FROM council_members m WHERE m.council_id = c.id) AS memberCount,
         (SELECT COUNT(*) FROM council_members m WHERE m.council_id = c.id AND m.is_voting = 1) AS votingMemberCount,
         (SELECT COALESCE(json_group_array(mv.id), '[]') FROM movements mv WHERE mv.council_id = c.id) AS movementIds
  FROM councils c`;

export function listCouncils(db: Db): CouncilRow[] {
  return statement(
    db,
    `${SELECT_COUNCIL} ORDER BY c.valid_from DESC, c.id DESC`,
  ).all() as CouncilRow[];
}

export function getCouncil(db: Db, id: number): CouncilRow | undefined {
  return statement(db, `${SELECT_COUNCIL} WHERE c.id = ?`).get(id) as CouncilRow | undefined;
}

export function insertCouncil(db: Db, c: CouncilData, now: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO councils (name, issuing_body, decision_number, decision_date, valid_from, valid_to, note,
         created_at, updated_at)
       VALUES (@name, @issuingBody, @decisionNumber, @decisionDate, @validFrom, @validTo, @note, @now, @now)`,
    ).run({ ...c, now }).lastInsertRowid,
  );
}

export function updateCouncil(db: Db, id: number, c: CouncilData, now: string): void {
  statement(
    db,
    `UPDATE councils SET name = @name, issuing_body = @issuingBody, decision_number = @decisionNumber,
       decision_date = @decisionDate, valid_from = @validFrom, valid_to = @validTo, note = @note, updated_at = @now
     WHERE id = @id`,
  ).run({ ...c, id, now });
}

export function deleteCouncil(db: Db, id: number): void {
  statement(db, 'DELETE FROM councils WHERE id = ?').run(id);
}

export function countSessions(db: Db, councilId: number): number {
  return (
    statement(db, 'SELECT COUNT(*) AS c FROM council_sessions WHERE council_id = ?').get(
      councilId,
    ) as {
      c: number;
    }
  ).c;
}

type MemberRow = Omit<CouncilMember, 'isVoting'> & { isVoting: number };
const SELECT_MEMBER = `
  SELECT id, council_id AS councilId, full_name AS fullName, position, role, is_voting AS isVoting,
         term_from AS termFrom, term_to AS termTo, sort_order AS sortOrder
  FROM council_members`;
const toMember = (r: MemberRow): CouncilMember => ({ ...r, isVoting: r.isVoting === 1 });

export function listMembers(db: Db, councilId: number): CouncilMember[] {
  return (
    statement(db, `${SELECT_MEMBER} WHERE council_id = ? ORDER BY sort_order, id`).all(
      councilId,
    ) as MemberRow[]
  ).map(toMember);
}

export function getMember(db: Db, id: number): CouncilMember | undefined {
  const row = statement(db, `${SELECT_MEMBER} WHERE id = ?`).get(id) as MemberRow | undefined;
  return row ? toMember(row) : undefined;
}

export interface MemberRecord {
  fullName: string;
  position: string | null;
  role: CouncilRole;
  isVoting: boolean;
  termFrom: string;
  termTo: string | null;
  sortOrder: number;
}

export function nextMemberSortOrder(db: Db, councilId: number): number {
  const row = statement(
    db,
    'SELECT MAX(sort_order) AS n FROM council_members WHERE council_id = ?',
  ).get(councilId) as { n: number | null };
  return (row.n ?? 0) + 10;
}

export function insertMember(db: Db, councilId: number, m: MemberRecord, now: string): number {
  return Number(
    statement(
      db,
      `INSERT INTO council_members (council_id, full_name, position, role, is_voting, term_from, term_to, sort_order,
         created_at, updated_at)
       VALUES (@councilId, @fullName, @position, @role, @isVoting, @termFrom, @termTo, @sortOrder, @now, @now)`,
    ).run({ ...m, councilId, isVoting: m.isVoting ? 1 : 0, now }).lastInsertRowid,
  );
}

export function updateMember(db: Db, id: number, m: MemberRecord, now: string): void {
  statement(
    db,
    `UPDATE council_members SET full_name = @fullName, position = @position, role = @role, is_voting = @isVoting,
       term_from = @termFrom, term_to = @termTo, sort_order = @sortOrder, updated_at = @now
     WHERE id = @id`,
  ).run({ ...m, id, isVoting: m.isVoting ? 1 : 0, now });
}

export function deleteMember(db: Db, id: number): void {
  statement(db, 'DELETE FROM council_members WHERE id = ?').run(id);
}

export function countMemberAttendance(db: Db, memberId: number): number {
  return (
    statement(db, 'SELECT COUNT(*) AS c FROM session_attendance WHERE member_id = ?').get(
      memberId,
    ) as { c: number }
  ).c;
}

export interface RulesRow {
  councilId: number;
  quorumNum: number;
  quorumDen: number;
  quorumComparator: 'gte' | 'gt';
  tieRule: TieRule;
  overQuotaRule: OverQuotaRule;
  numberedBallots: boolean;
  source: string;
}

export function getRules(db: Db, councilId: number): RulesRow | undefined {
  const row = statement(
    db,
    `SELECT council_id AS councilId, quorum_num AS quorumNum, quorum_den AS quorumDen,
            quorum_comparator AS quorumComparator, tie_rule AS tieRule, over_quota_rule AS overQuotaRule,
            numbered_ballots AS numberedBallots, source
     FROM council_rules WHERE council_id = ?`,
  ).get(councilId) as (Omit<RulesRow, 'numberedBallots'> & { numberedBallots: number }) | undefined;
  return row ? { ...row, numberedBallots: row.numberedBallots === 1 } : undefined;
}

export function saveRules(
  db: Db,
  r: Omit<RulesRow, 'councilId'> & { councilId: number },
  now: string,
): void {
  statement(
    db,
    `INSERT INTO council_rules (council_id, quorum_num, quorum_den, quorum_comparator, tie_rule, over_quota_rule,
       numbered_ballots, source, updated_at)
     VALUES (@councilId, @quorumNum, @quorumDen, @quorumComparator, @tieRule, @overQuotaRule, @numberedBallots,
       @source, @now)
     ON CONFLICT (council_id) DO UPDATE SET quorum_num = excluded.quorum_num, quorum_den = excluded.quorum_den,
       quorum_comparator = excluded.quorum_comparator, tie_rule = excluded.tie_rule,
       over_quota_rule = excluded.over_quota_rule, numbered_ballots = excluded.numbered_ballots,
       source = excluded.source, updated_at = excluded.updated_at`,
  ).run({ ...r, numberedBallots: r.numberedBallots ? 1 : 0, now });
}

export type OverrideRow = CouncilRulesData['overrides'][number];

export function listOverrides(db: Db, councilId: number): OverrideRow[] {
  return statement(
    db,
    `SELECT o.award_form_code AS awardFormCode, o.subject_type AS subjectType, o.voting_rule_code AS votingRuleCode,
            o.source
     FROM council_voting_overrides o JOIN award_forms f ON f.code = o.award_form_code
     WHERE o.council_id = ? ORDER BY f.sort_order, o.award_form_code, o.subject_type`,
  ).all(councilId) as OverrideRow[];
}

export function replaceOverrides(
  db: Db,
  councilId: number,
  overrides: readonly OverrideRow[],
): void {
  statement(db, 'DELETE FROM council_voting_overrides WHERE council_id = ?').run(councilId);
  const insert = statement(
    db,
    `INSERT INTO council_voting_overrides (council_id, award_form_code, subject_type, voting_rule_code, source)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const o of overrides) {
    insert.run(councilId, o.awardFormCode, o.subjectType, o.votingRuleCode, o.source);
  }
}

export function votingRuleExists(db: Db, code: string): boolean {
  return statement(db, 'SELECT 1 FROM voting_rules WHERE code = ?').get(code) !== undefined;
}

/** Each award form's catalogue default voting rule, its name and its order. */
export function listAwardFormVoting(
  db: Db,
): { code: string; name: string; defaultVotingRuleCode: string | null; sortOrder: number }[] {
  return statement(
    db,
    `SELECT code, name, default_voting_rule_code AS defaultVotingRuleCode, sort_order AS sortOrder
     FROM award_forms ORDER BY sort_order, name`,
  ).all() as {
    code: string;
    name: string;
    defaultVotingRuleCode: string | null;
    sortOrder: number;
  }[];
}

export function getMovementCouncil(
  db: Db,
  movementId: number,
): { id: number; title: string; councilId: number | null } | undefined {
  return statement(db, 'SELECT id, title, council_id AS councilId FROM movements WHERE id = ?').get(
    movementId,
  ) as { id: number; title: string; councilId: number | null } | undefined;
}

export function setMovementCouncil(db: Db, movementId: number, councilId: number | null): void {
  statement(db, 'UPDATE movements SET council_id = ? WHERE id = ?').run(councilId, movementId);
}

export type SessionRow = SessionSummary & {
  quorumNum: number | null;
  quorumDen: number | null;
  quorumComparator: 'gte' | 'gt' | null;
};

const SELECT_SESSION = `
  SELECT s.id, s.council_id AS councilId, c.name AS councilName, s.movement_id AS movementId,
         m.title AS movementTitle, s.period_code AS periodCode, s.date, s.start_time AS startTime, s.place,
         s.note, s.status, s.concluded_at AS concludedAt, s.updated_at AS updatedAt, s.quorum_num AS quorumNum,
         s.quorum_den AS quorumDen, s.quorum_comparator AS quorumComparator
  FROM council_sessions s
  JOIN councils c ON c.id = s.council_id
  JOIN movements m ON m.id = s.movement_id`;

export function listSessions(
  db: Db,
  filter: { councilId?: number | undefined; movementId?: number | undefined },
): SessionRow[] {
  return statement(
    db,
    `${SELECT_SESSION}
     WHERE (@councilId IS NULL OR s.council_id = @councilId) AND (@movementId IS NULL OR s.movement_id = @movementId)
     ORDER BY s.date DESC, s.id DESC`,
  ).all({
    councilId: filter.councilId ?? null,
    movementId: filter.movementId ?? null,
  }) as SessionRow[];
}

export function getSession(db: Db, id: number): SessionRow | undefined {
  return statement(db, `${SELECT_SESSION} WHERE s.id = ?`).get(id) as SessionRow | undefined;
}

export function insertSession(
  db: Db,
  s: Omit<SessionCreateData, 'councilId'> & { councilId: number },
  now: string,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO council_sessions (council_id, movement_id, period_code, date, start_time, place, note, status,
         created_at, updated_at)
       VALUES (@councilId, @movementId, @periodCode, @date, @startTime, @place, @note, 'draft', @now, @now)`,
    ).run({ ...s, now }).lastInsertRowid,
  );
}

export function updateSession(db: Db, s: SessionUpdateData, now: string): void {
  statement(
    db,
    `UPDATE council_sessions SET period_code = @periodCode, date = @date, start_time = @startTime, place = @place,
       note = @note, updated_at = @now
     WHERE id = @id`,
  ).run({ ...s, now });
}

export interface AttendanceRow {
  memberId: number;
  status: AttendanceStatus;
  reason: string | null;
  memberName: string | null;
  memberPosition: string | null;
  memberRole: CouncilRole | null;
  memberVoting: number | null;
  sortOrder: number | null;
}

export function listAttendance(db: Db, sessionId: number): AttendanceRow[] {
  return statement(
    db,
    `SELECT member_id AS memberId, status, reason, member_name AS memberName, member_position AS memberPosition,
            member_role AS memberRole, member_voting AS memberVoting, sort_order AS sortOrder
     FROM session_attendance WHERE session_id = ? ORDER BY sort_order, member_id`,
  ).all(sessionId) as AttendanceRow[];
}

export function setAttendance(
  db: Db,
  sessionId: number,
  e: { memberId: number; status: AttendanceStatus; reason: string | null },
  now: string,
): void {
  statement(
    db,
    `INSERT INTO session_attendance (session_id, member_id, status, reason, updated_at)
     VALUES (@sessionId, @memberId, @status, @reason, @now)
     ON CONFLICT (session_id, member_id) DO UPDATE SET status = excluded.status, reason = excluded.reason,
       updated_at = excluded.updated_at`,
  ).run({ ...e, sessionId, now });
}

/** Freezes the roster into the attendance rows (unmarked members recorded as absent) and the quorum rule. */
export function concludeSession(
  db: Db,
  sessionId: number,
  roster: readonly CouncilMember[],
  quorum: { num: number; den: number; comparator: 'gte' | 'gt' },
  now: string,
): void {
  const snapshot = statement(
    db,
    `INSERT INTO session_attendance (session_id, member_id, status, reason, member_name, member_position, member_role,
       member_voting, sort_order, updated_at)
     VALUES (@sessionId, @id, 'absent', NULL, @fullName, @position, @role, @isVoting, @sortOrder, @now)
     ON CONFLICT (session_id, member_id) DO UPDATE SET member_name = excluded.member_name,
       member_position = excluded.member_position, member_role = excluded.member_role,
       member_voting = excluded.member_voting, sort_order = excluded.sort_order`,
  );
  roster.forEach((m, i) =>
    snapshot.run({ ...m, isVoting: m.isVoting ? 1 : 0, sortOrder: i, sessionId, now }),
  );
  // Marks of people outside the roster on that day never count: drop them from the record.
  statement(db, 'DELETE FROM session_attendance WHERE session_id = ? AND member_name IS NULL').run(
    sessionId,
  );
  statement(
    db,
    `UPDATE council_sessions SET status = 'concluded', concluded_at = @now, quorum_num = @num, quorum_den = @den,
       quorum_comparator = @comparator, updated_at = @now
     WHERE id = @sessionId`,
  ).run({ ...quorum, sessionId, now });
}

export interface AgendaNominationRow {
  id: number;
  awardFormCode: string;
  subjectType: SubjectType;
  fullName: string;
  position: string | null;
  proposingUnitName: string;
  dossierId: number;
  dossierLabel: string;
}

/** Nominations sent to the council: their dossier is "Trình Hội đồng" (period: the session's, if any). */
export function listAgendaNominations(
  db: Db,
  movementId: number,
  periodCode: string | null,
): AgendaNominationRow[] {
  return statement(
    db,
    `SELECT n.id, n.award_form_code AS awardFormCode, n.subject_type AS subjectType, n.full_name AS fullName,
            n.position, u.name AS proposingUnitName, d.id AS dossierId,
            d.incoming_number || '/' || d.year AS dossierLabel
     FROM nominations n
     JOIN dossiers d ON d.id = n.dossier_id
     JOIN units u ON u.id = n.proposing_unit_id
     WHERE n.movement_id = @movementId AND d.status = 'trinh_hoi_dong'
       AND (@periodCode IS NULL OR n.period_code = @periodCode)
     ORDER BY n.sort_key, n.id`,
  ).all({ movementId, periodCode }) as AgendaNominationRow[];
}
