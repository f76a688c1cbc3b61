import type { SubjectType, VotingRule } from '../../../shared/domain/award-form';
import type { CouncilRules, SessionAgenda, SessionDetail } from '../../../shared/domain/council';
import type {
  Ballot,
  BallotCheck,
  BallotEnterData,
  BallotEntered,
  BallotMark,
  ChairDecisionData,
  CorrectionData,
  GroupResult,
  NomineeResult,
  OpenVotingData,
  Outcome,
  OverQuotaRule,
  Reconciliation,
  RoundCountsData,
  SecondRoundData,
  SelectionUsage,
  SessionVoting,
  TotalsData,
  VotingRound,
  WrittenOpinion,
  WrittenOpinionData,
} from '../../../shared/domain/council-voting';
import { formatDateVi } from '../../../shared/domain/dates';
import { DOSSIER_TRANSITIONS } from '../../../shared/domain/dossier';
import {
  BASE_LABELS,
  baseOf,
  checkBallot,
  percentText,
  reconcile,
  tallyBallots,
  type BallotCheckResult,
  type Mark,
  type NomineeCount,
  type Section,
} from '../../../shared/rules/tally';
import { rankGroup, type TieResolution } from '../../../shared/rules/tally-ranking';
import { minimumYes, passesThreshold } from '../../../shared/rules/voting';
import { listVotingRules } from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import * as dossiersRepo from '../dossiers/dossiers.repo';
import { AppError, notFound } from '../errors';
import type { SessionRow } from './councils.repo';
import * as repo from './voting.repo';

export interface CouncilVotingService {
  voting(sessionId: number): SessionVoting;
  openVoting(input: OpenVotingData): SessionVoting;
  enterBallot(input: BallotEnterData): BallotEntered;
  ballot(roundId: number, number: number): Ballot;
  deleteBallot(
    roundId: number,
    number: number,
  ): { roundId: number; number: number; reconciliation: Reconciliation };
  setCounts(input: RoundCountsData): SessionVoting;
  enterTotals(input: TotalsData): SessionVoting;
  openSecondRound(input: SecondRoundData): SessionVoting;
  deleteRound(id: number): SessionVoting;
  setWrittenOpinion(input: WrittenOpinionData): SessionVoting;
  deleteWrittenOpinion(sessionId: number, memberId: number): SessionVoting;
  chairDecide(input: ChairDecisionData): SessionVoting;
  correct(input: CorrectionData): SessionVoting;
  selectionUsage(movementId: number, periodCode: string | null): SelectionUsage[];
  /** Why the session cannot conclude (quorum aside); empty when it can. */
  blocking(sessionId: number): string[];
  /** Inside the conclusion transaction, before the session is marked concluded. */
  freeze(sessionId: number, sessionDate: string): void;
}

/** What the voting core needs from the councils service. */
export interface VotingDeps {
  sessionRow(id: number): SessionRow;
  session(id: number): SessionDetail;
  agenda(id: number): SessionAgenda;
  rules(councilId: number): CouncilRules;
}

const SUBJECT_LABELS: Record<SubjectType, string> = {
  tap_the: 'tập thể',
  ca_nhan: 'cá nhân',
  ho_gia_dinh: 'hộ gia đình',
};

const invalid = (field: string, fieldLabel: string, message: string) =>
  new AppError('VALIDATION', message, [{ field, fieldLabel, message }]);

interface SectionData {
  row: repo.SectionRow;
  section: Section;
  nominees: repo.NomineeRow[];
}

interface RoundData {
  row: repo.RoundRow;
  sections: SectionData[];
  ballots: { row: repo.BallotRow; marks: Map<number, Mark> }[];
  totals: Map<number, { yes: number; no: number }>;
  mode: 'ballots' | 'totals' | null;
  counts: Map<number, NomineeCount>;
  checks: BallotCheckResult[];
  returned: number;
  valid: number;
  invalidCount: number;
  reconciliation: Reconciliation;
}

interface Loaded {
  session: SessionDetail;
  rules: {
    overQuotaRule: OverQuotaRule;
    tieRule: 'second_round' | 'chair_decides';
    numbered: boolean;
  };
  presentVoting: number;
  totalVoting: number;
  rounds: RoundData[];
  written: repo.WrittenRow[];
  chair: repo.ChairDecisionRow[];
}

export function createCouncilVotingService(
  db: Db,
  clock: () => Date,
  deps: VotingDeps,
): CouncilVotingService {
  const now = () => clock().toISOString();
  const votingRules = () => new Map(listVotingRules(db).map((r) => [r.code, r]));

  const sectionLabel = (s: { awardFormName: string; subjectType: SubjectType }) =>
    `${s.awardFormName} – ${SUBJECT_LABELS[s.subjectType]}`;

  /** Tally and reconciliation of one round from its ballots (or its totals). */
  function tallyRound(
    row: repo.RoundRow,
    secs: SectionData[],
    roundBallots: RoundData['ballots'],
    roundTotals: RoundData['totals'],
    overQuotaRule: OverQuotaRule,
    presentVoting: number,
  ): RoundData {
    const mode =
      row.totalsReturned !== null ? 'totals' : roundBallots.length > 0 ? 'ballots' : null;
    let counts: Map<number, NomineeCount>;
    let checks: BallotCheckResult[] = [];
    let returned: number;
    let valid: number;
    if (mode === 'totals') {
      returned = row.totalsReturned!;
      valid = returned - row.totalsInvalid!;
      counts = new Map();
      for (const s of secs) {
        for (const n of s.nominees) {
          const t = roundTotals.get(n.nominationId);
          counts.set(n.nominationId, { yes: t?.yes ?? 0, no: t?.no ?? 0, validBallots: valid });
        }
      }
    } else {
      const tally = tallyBallots(
        secs.map((s) => s.section),
        roundBallots,
        overQuotaRule,
      );
      counts = tally.perNominee;
      checks = tally.checks;
      returned = tally.returned;
      valid = tally.valid;
    }
    const invalidCount = returned - valid;
    const names = new Map(
      secs.flatMap((s) => s.nominees.map((n) => [n.nominationId, n.fullName] as const)),
    );
    const check = reconcile({
      issued: row.ballotsIssued,
      returned,
      notReturned: row.notReturned,
      valid,
      invalid: invalidCount,
      voters: presentVoting,
      ...(mode === 'totals'
        ? {
            rows: [...roundTotals.entries()].map(([id, t]) => ({
              name: names.get(id) ?? String(id),
              yes: t.yes,
              no: t.no,
            })),
          }
        : {}),
    });
    return {
      row,
      sections: secs,
      ballots: roundBallots,
      totals: roundTotals,
      mode,
      counts,
      checks,
      returned,
      valid,
      invalidCount,
      reconciliation: {
        issued: row.ballotsIssued,
        returned,
        notReturned: row.notReturned,
        valid,
        invalid: invalidCount,
        ...check,
      },
    };
  }

  function load(sessionId: number): Loaded {
    const session = deps.session(sessionId);
    const councilRules = deps.rules(session.councilId);
    const snapshot = repo.sessionRuleSnapshot(db, sessionId);
    const rules = {
      overQuotaRule: snapshot.overQuotaRule ?? councilRules.overQuotaRule,
      tieRule: snapshot.tieRule ?? councilRules.tieRule,
      numbered: councilRules.numberedBallots,
    };
    const voting = session.roster.filter((r) => r.isVoting);
    const presentVoting = voting.filter((r) => r.attendance === 'present').length;
    const sections = repo.listSections(db, sessionId);
    const nominees = repo.listNominees(db, sessionId);
    const ballots = repo.listBallots(db, sessionId);
    const totals = repo.listTotals(db, sessionId);
    const rounds = repo.listRounds(db, sessionId).map((row): RoundData => {
      const secs = sections
        .filter((s) => s.roundId === row.id)
        .map((s) => {
          const list = nominees.filter((n) => n.sectionId === s.id);
          return {
            row: s,
            nominees: list,
            section: {
              key: `${s.awardFormCode}|${s.subjectType}`,
              label: sectionLabel(s),
              quota: s.quota,
              nominees: list.map((n) => ({ id: n.nominationId, name: n.fullName })),
            },
          };
        });
      const roundBallots = ballots
        .filter((b) => b.roundId === row.id)
        .map((b) => ({
          row: b,
          marks: new Map<number, Mark>(b.marks.map((m) => [m.nominationId, m.mark])),
        }));
      const roundTotals = new Map(
        totals.filter((t) => t.roundId === row.id).map((t) => [t.nominationId, t]),
      );
      return tallyRound(row, secs, roundBallots, roundTotals, rules.overQuotaRule, presentVoting);
    });
    return {
      session,
      rules,
      presentVoting,
      totalVoting: voting.length,
      rounds,
      written: repo.listWritten(db, sessionId),
      chair: repo.listChairDecisions(db, sessionId),
    };
  }

  function writtenOpinions(l: Loaded): (WrittenOpinion & { counted: boolean })[] {
    const first = l.rounds[0];
    const byMember = new Map<number, repo.WrittenRow[]>();
    for (const w of l.written) byMember.set(w.memberId, [...(byMember.get(w.memberId) ?? []), w]);
    return [...byMember.entries()].map(([memberId, rows]) => {
      const member = l.session.roster.find((r) => r.memberId === memberId);
      const marks = new Map(rows.map((r) => [r.nominationId, r.mark]));
      const result = first
        ? checkBallot(
            first.sections.map((s) => s.section),
            marks,
            l.rules.overQuotaRule,
          )
        : { valid: true, reasons: [], sections: [], rowIssues: [] };
      return {
        memberId,
        fullName: member?.fullName ?? `Thành viên mã số ${memberId}`,
        receivedDate: rows[0]?.receivedDate ?? null,
        marks: rows.map((r) => ({ nominationId: r.nominationId, mark: r.mark })),
        check: first ? toCheck(first, 0, result) : emptyCheck(),
        // Only a voting member marked "vắng mặt, có ý kiến bằng văn bản" on the roster counts.
        counted: member?.isVoting === true && member.attendance === 'absent_written',
      };
    });
  }

  const emptyCheck = (): BallotCheck => ({
    roundId: 0,
    number: 0,
    valid: true,
    reasons: [],
    sections: [],
    rowIssues: [],
  });

  function toCheck(round: RoundData, number: number, r: BallotCheckResult): BallotCheck {
    return {
      roundId: round.row.id,
      number,
      valid: r.valid,
      reasons: [...r.reasons, ...r.rowIssues.map((i) => i.message)],
      sections: round.sections.map((s, i) => ({
        awardFormCode: s.row.awardFormCode,
        subjectType: s.row.subjectType,
        quota: s.row.quota,
        yes: r.sections[i]?.yes ?? 0,
        no: r.sections[i]?.no ?? 0,
        valid: r.sections[i]?.valid ?? true,
        reasons: r.sections[i]?.reasons ?? [],
      })),
      rowIssues: r.rowIssues.map((i) => ({
        nominationId: i.nominationId,
        fullName: i.name,
        mark: i.mark,
        message: i.message,
      })),
    };
  }

  function toRoundView(round: RoundData): VotingRound {
    return {
      id: round.row.id,
      number: round.row.number,
      kind: round.row.number === 1 ? 'first' : 'second',
      awardFormCode: round.row.awardFormCode,
      subjectType: round.row.subjectType,
      places: round.row.places,
      entryMode: round.mode,
      ballotsIssued: round.row.ballotsIssued,
      numbered: round.row.numbered,
      sections: round.sections.map((s) => ({
        awardFormCode: s.row.awardFormCode,
        awardFormName: s.row.awardFormName,
        subjectType: s.row.subjectType,
        quota: s.row.quota,
        nominees: s.nominees.map((n) => ({
          nominationId: n.nominationId,
          fullName: n.fullName,
          position: n.position,
          proposingUnitName: n.proposingUnitName,
          dossierId: n.dossierId,
        })),
      })),
      ballots: round.ballots.map((b, i) => {
        const c = toCheck(round, b.row.number, round.checks[i]!);
        return { number: b.row.number, valid: c.valid, reasons: c.reasons };
      }),
      reconciliation: round.reconciliation,
      openedAt: round.row.openedAt,
    };
  }

  interface Computed {
    groups: GroupResult[];
    /** Per group key, the rows to freeze. */
    rows: repo.ResultRow[];
  }

  /** Results of a draft session, computed from the entered data. */
  function compute(l: Loaded): Computed {
    const first = l.rounds[0];
    if (!first) return { groups: [], rows: [] };
    const rulesByCode = votingRules();
    const written = writtenOpinions(l);
    const groups: GroupResult[] = [];
    const rows: repo.ResultRow[] = [];
    const entered = first.mode !== null;
    first.sections.forEach((s, sectionIndex) => {
      const rule = s.row.votingRuleCode ? (rulesByCode.get(s.row.votingRuleCode) ?? null) : null;
      const countWritten = rule?.allowWrittenFromAbsent === true;
      // Written opinions whose section counts (a section over the quota does not).
      const writers = written.filter((w) => w.counted && w.check.sections[sectionIndex]?.valid);
      const writtenMarks = new Map<number, { yes: number; no: number }>();
      for (const w of writers) {
        for (const m of w.marks) {
          const t = writtenMarks.get(m.nominationId) ?? { yes: 0, no: 0 };
          if (m.mark === 'yes') t.yes++;
          else if (m.mark === 'no') t.no++;
          writtenMarks.set(m.nominationId, t);
        }
      }
      const computed = s.nominees.map((n) => {
        const c = first.counts.get(n.nominationId) ?? { yes: 0, no: 0, validBallots: 0 };
        const w = writtenMarks.get(n.nominationId) ?? { yes: 0, no: 0 };
        const writtenYes = countWritten ? w.yes : 0;
        const writtenNo = countWritten ? w.no : 0;
        const yes = c.yes + writtenYes;
        const no = c.no + writtenNo;
        const base = rule
          ? baseOf(rule.base, {
              totalMembers: l.totalVoting,
              present: l.presentVoting,
              writtenCounted: countWritten ? writers.length : 0,
              validBallots: c.validBallots + (countWritten ? writers.length : 0),
            })
          : 0;
        const passed =
          rule && entered
            ? passesThreshold(yes, base, {
                thresholdNum: rule.thresholdNum,
                thresholdDen: rule.thresholdDen,
                comparator: rule.comparator,
              })
            : null;
        return { n, yes, no, writtenYes, writtenNo, base, passed };
      });
      const key = (r: { awardFormCode: string | null; subjectType: SubjectType | null }) =>
        r.awardFormCode === s.row.awardFormCode && r.subjectType === s.row.subjectType;
      const resolutions: TieResolution[] = [
        ...l.rounds
          .filter((r) => r.row.number > 1 && key(r.row))
          .map((r): TieResolution => ({
            kind: 'second_round',
            roundId: r.row.id,
            tiedIds: r.sections.flatMap((x) => x.nominees.map((n) => n.nominationId)),
            places: r.row.places ?? 0,
            votes:
              r.mode === null
                ? null
                : new Map([...r.counts.entries()].map(([id, c]) => [id, c.yes])),
          })),
        ...l.chair
          .filter((d) => key(d))
          .map((d): TieResolution => ({
            kind: 'chair_decides',
            tiedIds: d.tiedIds,
            places: d.places,
            selectedIds: d.selectedIds,
          })),
      ];
      const ranking = rankGroup(
        computed.map((c) => ({ id: c.n.nominationId, yes: c.yes, passed: c.passed })),
        s.row.quota,
        resolutions,
      );
      const byId = new Map(computed.map((c) => [c.n.nominationId, c]));
      const nominees: NomineeResult[] = ranking.nominees.map((r) => {
        const c = byId.get(r.id)!;
        return {
          nominationId: r.id,
          fullName: c.n.fullName,
          position: c.n.position,
          proposingUnitName: c.n.proposingUnitName,
          dossierId: c.n.dossierId,
          yes: c.yes,
          no: c.no,
          writtenYes: c.writtenYes,
          writtenNo: c.writtenNo,
          base: c.base,
          percent: percentText(c.yes, c.base),
          passed: c.passed,
          rank: r.rank,
          status: r.status,
          resolvedBy: r.resolvedBy,
          secondRoundYes: r.secondRoundYes,
          outcome: null,
          corrected: false,
        };
      });
      const names = (ids: readonly number[]) =>
        ids.map((id) => byId.get(id)?.n.fullName ?? String(id)).join(', ');
      const tie = ranking.tie
        ? {
            nominationIds: ranking.tie.ids,
            places: ranking.tie.places,
            votes: ranking.tie.votes,
            pendingRoundId: ranking.tie.pendingRoundId,
            message:
              `${sectionLabel(s.row)}: ${names(ranking.tie.ids)} bằng nhau (${ranking.tie.votes} phiếu) tại vị trí ` +
              `cuối chỉ tiêu, tranh ${ranking.tie.places} chỗ còn lại (chỉ tiêu ${s.row.quota ?? 0}). ` +
              (ranking.tie.pendingRoundId !== null
                ? 'Đã mở vòng bỏ phiếu lại: nhập phiếu của vòng đó.'
                : l.rules.tieRule === 'chair_decides'
                  ? 'Bỏ phiếu lại giữa các trường hợp này, hoặc ghi quyết định của Chủ tịch Hội đồng.'
                  : 'Cần bỏ phiếu lại giữa các trường hợp này (Quy chế: bỏ phiếu lại vòng hai).'),
          }
        : null;
      const baseKind = rule?.base ?? 'total_members';
      const baseCount =
        baseKind === 'total_members'
          ? `${l.totalVoting}`
          : baseKind === 'present_members'
            ? `${l.presentVoting + (countWritten ? writers.length : 0)}`
            : 'theo từng trường hợp';
      groups.push({
        awardFormCode: s.row.awardFormCode,
        awardFormName: s.row.awardFormName,
        subjectType: s.row.subjectType,
        quota: s.row.quota,
        votingRule: rule
          ? {
              ...rule,
              minimumYes:
                rule.base === 'valid_ballots'
                  ? minimumYes(first.valid, rule)
                  : minimumYes(nominees[0]?.base ?? 0, rule),
            }
          : null,
        baseLabel: `${BASE_LABELS[baseKind]} (${baseCount})`,
        nominees,
        tie,
        selected: ranking.selected,
      });
      if (rule) {
        nominees.forEach((r) => {
          const c = byId.get(r.nominationId)!;
          rows.push({
            nominationId: r.nominationId,
            awardFormCode: s.row.awardFormCode,
            awardFormName: s.row.awardFormName,
            subjectType: s.row.subjectType,
            quota: s.row.quota,
            fullName: c.n.fullName,
            position: c.n.position,
            proposingUnitName: c.n.proposingUnitName,
            dossierId: c.n.dossierId,
            yes: r.yes,
            no: r.no,
            writtenYes: r.writtenYes,
            writtenNo: r.writtenNo,
            base: r.base,
            baseKind: rule.base,
            votingRuleCode: rule.code,
            thresholdNum: rule.thresholdNum,
            thresholdDen: rule.thresholdDen,
            comparator: rule.comparator,
            passed: r.passed === true,
            rank: r.rank,
            secondRoundYes: r.secondRoundYes,
            resolvedBy: r.resolvedBy,
            outcome: r.status === 'selected' ? 'selected' : 'not_selected',
            sortOrder: 0,
          });
        });
      }
    });
    return { groups, rows };
  }

  /** Results of a concluded session: the frozen rows, with the outcome after corrections. */
  function frozenGroups(sessionId: number): GroupResult[] {
    const rulesByCode = votingRules();
    const corrections = repo.listCorrections(db, sessionId);
    const latest = new Map<number, repo.CorrectionRow>();
    for (const c of corrections) latest.set(c.nominationId, c);
    const groups = new Map<string, GroupResult>();
    for (const r of repo.listResults(db, sessionId)) {
      const key = `${r.awardFormCode}|${r.subjectType}`;
      let g = groups.get(key);
      if (!g) {
        const rule = rulesByCode.get(r.votingRuleCode);
        const frozenRule: VotingRule = {
          code: r.votingRuleCode,
          name: rule?.name ?? r.votingRuleCode,
          method: rule?.method ?? 'secret_ballot',
          base: r.baseKind,
          thresholdNum: r.thresholdNum,
          thresholdDen: r.thresholdDen,
          comparator: r.comparator,
          allowWrittenFromAbsent: rule?.allowWrittenFromAbsent ?? false,
          source: rule?.source ?? '',
          validFrom: rule?.validFrom ?? null,
          validTo: rule?.validTo ?? null,
        };
        g = {
          awardFormCode: r.awardFormCode,
          awardFormName: r.awardFormName,
          subjectType: r.subjectType,
          quota: r.quota,
          votingRule: { ...frozenRule, minimumYes: minimumYes(r.base, frozenRule) },
          baseLabel: `${BASE_LABELS[r.baseKind]} (${r.baseKind === 'valid_ballots' ? 'theo từng trường hợp' : r.base})`,
          nominees: [],
          tie: null,
          selected: 0,
        };
        groups.set(key, g);
      }
      const correction = latest.get(r.nominationId);
      const outcome = correction?.outcome ?? r.outcome;
      g.nominees.push({
        nominationId: r.nominationId,
        fullName: r.fullName,
        position: r.position,
        proposingUnitName: r.proposingUnitName,
        dossierId: r.dossierId,
        yes: r.yes,
        no: r.no,
        writtenYes: r.writtenYes,
        writtenNo: r.writtenNo,
        base: r.base,
        percent: percentText(r.yes, r.base),
        passed: r.passed,
        rank: r.rank,
        status: r.passed ? r.outcome : 'not_passed',
        resolvedBy: r.resolvedBy,
        secondRoundYes: r.secondRoundYes,
        outcome,
        corrected: correction !== undefined,
      });
      if (outcome === 'selected') g.selected++;
    }
    return [...groups.values()];
  }

  function blockingOf(l: Loaded, groups: GroupResult[]): string[] {
    const out: string[] = [];
    if (l.session.status === 'concluded') return out;
    const agenda = deps.agenda(l.session.id);
    const first = l.rounds[0];
    if (!first) {
      if (agenda.nominationCount > 0) {
        out.push(
          `Có ${agenda.nominationCount} trường hợp trình Hội đồng nhưng chưa phát phiếu và kiểm phiếu.`,
        );
      }
      return out;
    }
    const onBallot = new Set(first.sections.flatMap((s) => s.nominees.map((n) => n.nominationId)));
    const onAgenda = agenda.groups.flatMap((g) => g.nominations);
    const added = onAgenda.filter((n) => !onBallot.has(n.id));
    if (added.length > 0) {
      out.push(
        `Danh sách trình Hội đồng có thêm ${added.length} trường hợp sau khi phát phiếu ` +
          `(${added
            .slice(0, 5)
            .map((n) => n.fullName)
            .join(', ')}${added.length > 5 ? ', …' : ''}): lập lại phiếu vòng một.`,
      );
    }
    const agendaIds = new Set(onAgenda.map((n) => n.id));
    const removed = first.sections.flatMap((s) =>
      s.nominees.filter((n) => !agendaIds.has(n.nominationId)),
    );
    if (removed.length > 0) {
      out.push(
        `${removed.length} trường hợp trên phiếu không còn trong danh sách trình Hội đồng ` +
          `(${removed
            .slice(0, 5)
            .map((n) => n.fullName)
            .join(', ')}${removed.length > 5 ? ', …' : ''}): lập lại phiếu vòng một.`,
      );
    }
    for (const r of l.rounds) {
      for (const d of r.reconciliation.discrepancies) out.push(`Vòng ${r.row.number}: ${d}`);
    }
    const date = l.session.date;
    for (const g of groups) {
      const label = sectionLabel(g);
      if (g.votingRule === null) {
        out.push(
          `${label}: chưa có quy tắc biểu quyết (tỷ lệ, cách tính). Ghi quy tắc riêng của Hội đồng trong Quy tắc.`,
        );
      }
      const rule = g.votingRule;
      if (
        rule &&
        ((rule.validFrom !== null && date < rule.validFrom) ||
          (rule.validTo !== null && date > rule.validTo))
      ) {
        out.push(
          `${label}: quy tắc “${rule.name}” (${rule.source}) áp dụng ` +
            `${rule.validFrom ? `từ ${formatDateVi(rule.validFrom)} ` : ''}` +
            `${rule.validTo ? `đến ${formatDateVi(rule.validTo)}` : ''}, không áp dụng cho phiên họp ngày ` +
            `${formatDateVi(date)}. Ghi quy tắc riêng của Hội đồng trong Quy tắc.`,
        );
      }
      if (g.tie) out.push(g.tie.message);
    }
    return out;
  }

  function view(sessionId: number): SessionVoting {
    const l = load(sessionId);
    const concluded = l.session.status === 'concluded';
    const groups = concluded ? frozenGroups(sessionId) : compute(l).groups;
    const blocking = blockingOf(l, groups);
    const names = new Map(
      l.rounds.flatMap((r) =>
        r.sections.flatMap((s) => s.nominees.map((n) => [n.nominationId, n.fullName] as const)),
      ),
    );
    return {
      sessionId,
      status: l.session.status,
      tieRule: l.rules.tieRule,
      overQuotaRule: l.rules.overQuotaRule,
      numberedBallots: l.rules.numbered,
      presentVoting: l.presentVoting,
      totalVoting: l.totalVoting,
      rounds: l.rounds.map(toRoundView),
      writtenOpinions: writtenOpinions(l).map(({ counted: _counted, ...w }) => w),
      groups,
      chairDecisions: l.chair.map((d) => ({
        id: d.id,
        awardFormCode: d.awardFormCode,
        subjectType: d.subjectType,
        tiedNominationIds: d.tiedIds,
        selectedNominationIds: d.selectedIds,
        decidedBy: d.decidedBy,
        note: d.note,
        recordedAt: d.recordedAt,
      })),
      corrections: repo.listCorrections(db, sessionId).map((c) => ({
        ...c,
        fullName: names.get(c.nominationId) ?? String(c.nominationId),
      })),
      blocking,
      canConclude: !concluded && l.session.quorum.met && blocking.length === 0,
    };
  }

  function draft(sessionId: number, action: string): SessionRow {
    const row = deps.sessionRow(sessionId);
    if (row.status === 'concluded') {
      throw new AppError(
        'CONFLICT',
        `Phiên họp ngày ${formatDateVi(row.date)} đã kết thúc: không ${action} được nữa. ` +
          'Việc đính chính phải được lập thành một văn bản riêng, có lý do.',
      );
    }
    return row;
  }

  function roundOf(id: number, action: string): { round: repo.RoundRow; session: SessionRow } {
    const round = repo.getRound(db, id);
    if (!round) throw notFound(`vòng bỏ phiếu có mã số ${id}`);
    return { round, session: draft(round.sessionId, action) };
  }

  function roundData(l: Loaded, id: number): RoundData {
    return l.rounds.find((r) => r.row.id === id)!;
  }

  /** Marks by nomination; refuses rows that are not on the round's ballot, or twice. */
  function checkMarks(
    round: RoundData,
    marks: readonly { nominationId: number; mark: BallotMark }[],
  ): Map<number, Mark> {
    const onBallot = new Set(round.sections.flatMap((s) => s.nominees.map((n) => n.nominationId)));
    const out = new Map<number, Mark>();
    marks.forEach((m, i) => {
      if (!onBallot.has(m.nominationId)) {
        throw invalid(
          `marks.${i}.nominationId`,
          'Trường hợp',
          `Trường hợp mã số ${m.nominationId} không có trong phiếu vòng ${round.row.number}.`,
        );
      }
      if (out.has(m.nominationId)) {
        throw invalid(
          `marks.${i}.nominationId`,
          'Trường hợp',
          `Trường hợp mã số ${m.nominationId} được ghi hai lần trên cùng một phiếu.`,
        );
      }
      out.set(m.nominationId, m.mark);
    });
    return out;
  }

  function nextFree(round: repo.RoundRow): number | null {
    const used = new Set(repo.ballotNumbers(db, round.id));
    for (let n = 1; n <= round.ballotsIssued; n++) if (!used.has(n)) return n;
    return null;
  }

  /** Creates a round with its sections and nominees. */
  function insertRound(
    sessionId: number,
    r: {
      number: number;
      awardFormCode: string | null;
      subjectType: SubjectType | null;
      places: number | null;
      ballotsIssued: number;
      numbered: boolean;
    },
    sections: {
      awardFormCode: string;
      awardFormName: string;
      subjectType: SubjectType;
      quota: number | null;
      votingRuleCode: string | null;
      nominees: Omit<repo.NomineeRow, 'sectionId' | 'sortOrder'>[];
    }[],
  ): void {
    const roundId = repo.insertRound(db, { sessionId, ...r }, now());
    sections.forEach((s, i) => {
      const sectionId = repo.insertSection(db, roundId, {
        awardFormCode: s.awardFormCode,
        awardFormName: s.awardFormName,
        subjectType: s.subjectType,
        quota: s.quota,
        votingRuleCode: s.votingRuleCode,
        sortOrder: i,
      });
      s.nominees.forEach((n, j) => repo.insertNominee(db, { ...n, sectionId, sortOrder: j }));
    });
  }

  function groupOf(v: SessionVoting, awardFormCode: string, subjectType: SubjectType): GroupResult {
    const g = v.groups.find(
      (x) => x.awardFormCode === awardFormCode && x.subjectType === subjectType,
    );
    if (!g) {
      throw invalid(
        'awardFormCode',
        'Hình thức khen thưởng',
        `Phiếu vòng một không có nhóm “${awardFormCode}” – ${SUBJECT_LABELS[subjectType]}.`,
      );
    }
    return g;
  }

  return {
    voting: view,
    openVoting({ sessionId, spares }) {
      const row = draft(sessionId, 'phát phiếu');
      const l = load(sessionId);
      const agenda = deps.agenda(sessionId);
      if (agenda.nominationCount === 0) {
        throw new AppError(
          'CONFLICT',
          'Chưa có trường hợp nào trình Hội đồng (hồ sơ ở trạng thái “Trình Hội đồng”): chưa phát phiếu được.',
        );
      }
      if (l.presentVoting === 0) {
        throw new AppError(
          'CONFLICT',
          'Chưa điểm danh thành viên có mặt: số phiếu phát ra bằng số thành viên có mặt cộng phiếu dự phòng.',
        );
      }
      const first = l.rounds[0];
      if (first) {
        if (first.mode !== null || l.written.length > 0 || l.rounds.length > 1) {
          throw new AppError(
            'CONFLICT',
            'Đã nhập phiếu, tổng số phiếu hoặc ý kiến bằng văn bản của vòng một (hoặc đã có vòng sau): ' +
              'xóa các dữ liệu đó trước khi lập lại phiếu.',
          );
        }
      }
      db.transaction(() => {
        if (first) repo.deleteRound(db, first.row.id);
        insertRound(
          row.id,
          {
            number: 1,
            awardFormCode: null,
            subjectType: null,
            places: null,
            ballotsIssued: l.presentVoting + spares,
            numbered: l.rules.numbered,
          },
          agenda.groups.map((g) => ({
            awardFormCode: g.awardFormCode,
            awardFormName: g.awardFormName,
            subjectType: g.subjectType,
            quota: g.quota,
            votingRuleCode: g.votingRuleCode,
            nominees: g.nominations.map((n) => ({
              nominationId: n.id,
              fullName: n.fullName,
              position: n.position,
              proposingUnitName: n.proposingUnitName,
              dossierId: n.dossierId,
            })),
          })),
        );
      })();
      return view(sessionId);
    },
    enterBallot({ roundId, number, marks, replace }) {
      const { round } = roundOf(roundId, 'nhập phiếu');
      const l = load(round.sessionId);
      const data = roundData(l, roundId);
      if (data.mode === 'totals') {
        throw new AppError(
          'CONFLICT',
          `Vòng ${round.number} đã nhập tổng số phiếu: xóa tổng số (gửi 0 phiếu thu về) trước khi nhập từng phiếu.`,
        );
      }
      const byNomination = checkMarks(data, marks);
      const target = number ?? nextFree(round);
      if (target === null) {
        throw new AppError(
          'CONFLICT',
          `Đã nhập đủ ${round.ballotsIssued} phiếu phát ra của vòng ${round.number}: ` +
            'sửa số phiếu phát ra nếu có thêm phiếu.',
        );
      }
      if (target > round.ballotsIssued) {
        throw invalid(
          'number',
          'Số phiếu',
          `Phiếu số ${target} vượt số phiếu phát ra của vòng ${round.number} (${round.ballotsIssued}).`,
        );
      }
      const existing = repo.getBallot(db, roundId, target);
      if (existing && !replace) {
        throw new AppError(
          'CONFLICT',
          `Phiếu số ${target} của vòng ${round.number} đã được nhập: chọn “Nhập lại” để thay phiếu này.`,
        );
      }
      db.transaction(() => {
        if (existing) repo.deleteBallot(db, roundId, target);
        repo.insertBallot(
          db,
          roundId,
          target,
          [...byNomination.entries()].map(([nominationId, mark]) => ({ nominationId, mark })),
          now(),
        );
      })();
      // Re-tally this round only, with the new ballot in place of any it replaced.
      const after = tallyRound(
        { ...round },
        data.sections,
        [
          ...data.ballots.filter((b) => b.row.number !== target),
          {
            row: { id: 0, roundId, number: target, marks: [], enteredAt: '' },
            marks: byNomination,
          },
        ],
        data.totals,
        l.rules.overQuotaRule,
        l.presentVoting,
      );
      const check = checkBallot(
        after.sections.map((s) => s.section),
        byNomination,
        l.rules.overQuotaRule,
      );
      return {
        ballot: toCheck(after, target, check),
        reconciliation: after.reconciliation,
        nextNumber: nextFree(round),
      };
    },
    ballot(roundId, number) {
      const round = repo.getRound(db, roundId);
      if (!round) throw notFound(`vòng bỏ phiếu có mã số ${roundId}`);
      const row = repo.getBallot(db, roundId, number);
      if (!row) throw notFound(`phiếu số ${number} của vòng ${round.number}`);
      const l = load(round.sessionId);
      const data = roundData(l, roundId);
      const marks = new Map(row.marks.map((m) => [m.nominationId, m.mark]));
      const check = checkBallot(
        data.sections.map((s) => s.section),
        marks,
        l.rules.overQuotaRule,
      );
      return {
        ...toCheck(data, number, check),
        marks: data.sections.flatMap((s) =>
          s.nominees.map((n) => ({
            nominationId: n.nominationId,
            mark: marks.get(n.nominationId) ?? 'blank',
          })),
        ),
        enteredAt: row.enteredAt,
      };
    },
    deleteBallot(roundId, number) {
      const { round } = roundOf(roundId, 'xóa phiếu');
      if (!repo.getBallot(db, roundId, number)) {
        throw notFound(`phiếu số ${number} của vòng ${round.number}`);
      }
      repo.deleteBallot(db, roundId, number);
      return {
        roundId,
        number,
        reconciliation: roundData(load(round.sessionId), roundId).reconciliation,
      };
    },
    setCounts({ roundId, ballotsIssued, notReturned }) {
      const { round } = roundOf(roundId, 'sửa số phiếu');
      const highest = Math.max(0, ...repo.ballotNumbers(db, roundId));
      if (ballotsIssued < highest) {
        throw invalid(
          'ballotsIssued',
          'Số phiếu phát ra',
          `Đã nhập phiếu số ${highest}: số phiếu phát ra không thể nhỏ hơn ${highest}.`,
        );
      }
      if (notReturned > ballotsIssued) {
        throw invalid(
          'notReturned',
          'Số phiếu không thu về',
          `Số phiếu không thu về (${notReturned}) lớn hơn số phiếu phát ra (${ballotsIssued}).`,
        );
      }
      repo.setRoundCounts(db, roundId, ballotsIssued, notReturned);
      return view(round.sessionId);
    },
    enterTotals({ roundId, returned, invalid: invalidCount, rows }) {
      const { round } = roundOf(roundId, 'nhập tổng số phiếu');
      if (repo.countBallots(db, roundId) > 0) {
        throw new AppError(
          'CONFLICT',
          `Vòng ${round.number} đã nhập từng phiếu: xóa các phiếu đã nhập trước khi nhập tổng số.`,
        );
      }
      const l = load(round.sessionId);
      const data = roundData(l, roundId);
      checkMarks(
        data,
        rows.map((r) => ({ nominationId: r.nominationId, mark: 'yes' as const })),
      );
      if (invalidCount > returned) {
        throw invalid(
          'invalid',
          'Số phiếu không hợp lệ',
          `Số phiếu không hợp lệ (${invalidCount}) lớn hơn số phiếu thu về (${returned}).`,
        );
      }
      const clear = returned === 0 && rows.length === 0;
      repo.replaceTotals(db, roundId, clear ? null : returned, clear ? null : invalidCount, rows);
      return view(round.sessionId);
    },
    openSecondRound({ sessionId, awardFormCode, subjectType, spares }) {
      draft(sessionId, 'mở vòng bỏ phiếu lại');
      const v = view(sessionId);
      const l = load(sessionId);
      const g = groupOf(v, awardFormCode, subjectType);
      const label = sectionLabel(g);
      if (!g.tie) {
        throw new AppError(
          'CONFLICT',
          `${label}: không có trường hợp bằng phiếu tại vị trí cuối chỉ tiêu, không cần bỏ phiếu lại.`,
        );
      }
      if (g.tie.pendingRoundId !== null) {
        const pending = l.rounds.find((r) => r.row.id === g.tie!.pendingRoundId);
        throw new AppError(
          'CONFLICT',
          `${label}: đã mở vòng ${pending?.row.number ?? ''} cho các trường hợp bằng phiếu; nhập phiếu của vòng đó.`,
        );
      }
      const unbalanced = l.rounds.filter(
        (r) =>
          (r.row.number === 1 ||
            (r.row.awardFormCode === awardFormCode && r.row.subjectType === subjectType)) &&
          !r.reconciliation.balanced,
      );
      if (unbalanced.length > 0) {
        throw new AppError(
          'CONFLICT',
          'Số phiếu chưa khớp, chưa xác định được các trường hợp bằng phiếu: ' +
            unbalanced
              .flatMap((r) =>
                r.reconciliation.discrepancies.map((d) => `Vòng ${r.row.number}: ${d}`),
              )
              .join(' '),
        );
      }
      const first = l.rounds[0]!;
      const section = first.sections.find(
        (s) => s.row.awardFormCode === awardFormCode && s.row.subjectType === subjectType,
      )!;
      const tied = section.nominees.filter((n) => g.tie!.nominationIds.includes(n.nominationId));
      db.transaction(() =>
        insertRound(
          sessionId,
          {
            number: Math.max(...l.rounds.map((r) => r.row.number)) + 1,
            awardFormCode,
            subjectType,
            places: g.tie!.places,
            ballotsIssued: l.presentVoting + spares,
            numbered: l.rules.numbered,
          },
          [
            {
              awardFormCode,
              awardFormName: section.row.awardFormName,
              subjectType,
              quota: g.tie!.places,
              votingRuleCode: section.row.votingRuleCode,
              nominees: tied.map(({ sectionId: _s, sortOrder: _o, ...n }) => n),
            },
          ],
        ),
      )();
      return view(sessionId);
    },
    deleteRound(id) {
      const { round } = roundOf(id, 'hủy vòng bỏ phiếu');
      const l = load(round.sessionId);
      const data = roundData(l, id);
      const last = Math.max(...l.rounds.map((r) => r.row.number));
      if (data.mode !== null) {
        throw new AppError(
          'CONFLICT',
          `Vòng ${round.number} đã có phiếu hoặc tổng số phiếu: xóa các phiếu trước khi hủy vòng.`,
        );
      }
      if (round.number !== last) {
        throw new AppError(
          'CONFLICT',
          `Chỉ hủy được vòng bỏ phiếu sau cùng (vòng ${last}), không phải vòng ${round.number}.`,
        );
      }
      if (round.number === 1 && l.written.length > 0) {
        throw new AppError(
          'CONFLICT',
          'Đã ghi ý kiến bằng văn bản theo phiếu vòng một: xóa các ý kiến đó trước khi hủy vòng.',
        );
      }
      repo.deleteRound(db, id);
      return view(round.sessionId);
    },
    setWrittenOpinion({ sessionId, memberId, receivedDate, marks }) {
      draft(sessionId, 'ghi ý kiến bằng văn bản');
      const l = load(sessionId);
      const member = l.session.roster.find((r) => r.memberId === memberId);
      if (!member || !member.isVoting) {
        throw invalid(
          'memberId',
          'Thành viên vắng mặt',
          `Thành viên mã số ${memberId} không phải thành viên có quyền biểu quyết của phiên họp.`,
        );
      }
      if (member.attendance !== 'absent_written') {
        throw invalid(
          'memberId',
          'Thành viên vắng mặt',
          `${member.fullName} chưa được điểm danh là “Vắng mặt, có ý kiến bằng văn bản”.`,
        );
      }
      const first = l.rounds[0];
      if (!first) {
        throw new AppError(
          'CONFLICT',
          'Chưa phát phiếu vòng một: ý kiến bằng văn bản được ghi theo danh sách của phiếu.',
        );
      }
      const byNomination = checkMarks(first, marks);
      db.transaction(() => {
        repo.deleteWritten(db, sessionId, memberId);
        repo.insertWritten(
          db,
          sessionId,
          memberId,
          receivedDate,
          first.sections.flatMap((s) =>
            s.nominees.map((n) => ({
              nominationId: n.nominationId,
              mark: byNomination.get(n.nominationId) ?? 'blank',
            })),
          ),
          now(),
        );
      })();
      return view(sessionId);
    },
    deleteWrittenOpinion(sessionId, memberId) {
      draft(sessionId, 'xóa ý kiến bằng văn bản');
      repo.deleteWritten(db, sessionId, memberId);
      return view(sessionId);
    },
    chairDecide({ sessionId, awardFormCode, subjectType, selectedNominationIds, decidedBy, note }) {
      draft(sessionId, 'ghi quyết định của Chủ tịch');
      const v = view(sessionId);
      if (v.tieRule !== 'chair_decides') {
        throw new AppError(
          'CONFLICT',
          'Quy chế của Hội đồng quy định bỏ phiếu lại khi bằng phiếu, không phải Chủ tịch quyết định: ' +
            'mở vòng bỏ phiếu lại (hoặc sửa Quy tắc của Hội đồng nếu Quy chế đã đổi).',
        );
      }
      const g = groupOf(v, awardFormCode, subjectType);
      const label = sectionLabel(g);
      if (!g.tie) {
        throw new AppError(
          'CONFLICT',
          `${label}: không có trường hợp bằng phiếu tại vị trí cuối chỉ tiêu cần Chủ tịch quyết định.`,
        );
      }
      if (g.tie.pendingRoundId !== null) {
        throw new AppError(
          'CONFLICT',
          `${label}: đã mở vòng bỏ phiếu lại cho các trường hợp này; hủy vòng đó trước nếu Chủ tịch quyết định.`,
        );
      }
      const chosen = [...new Set(selectedNominationIds)];
      const outside = chosen.filter((id) => !g.tie!.nominationIds.includes(id));
      if (outside.length > 0) {
        throw invalid(
          'selectedNominationIds',
          'Trường hợp được Chủ tịch chọn',
          `Chỉ chọn trong các trường hợp bằng phiếu; mã số ${outside.join(', ')} không thuộc số đó.`,
        );
      }
      if (chosen.length !== g.tie.places) {
        throw invalid(
          'selectedNominationIds',
          'Trường hợp được Chủ tịch chọn',
          `Còn ${g.tie.places} chỗ trong chỉ tiêu: chọn đúng ${g.tie.places} trường hợp (đã chọn ${chosen.length}).`,
        );
      }
      repo.insertChairDecision(
        db,
        sessionId,
        {
          awardFormCode,
          subjectType,
          places: g.tie.places,
          tiedIds: g.tie.nominationIds,
          selectedIds: chosen,
          decidedBy,
          note,
        },
        now(),
      );
      return view(sessionId);
    },
    correct(input) {
      const row = deps.sessionRow(input.sessionId);
      if (row.status !== 'concluded') {
        throw new AppError(
          'CONFLICT',
          'Phiên họp chưa kết thúc: sửa trực tiếp phiếu hoặc số phiếu, không cần văn bản đính chính.',
        );
      }
      const results = repo.listResults(db, input.sessionId);
      const result = results.find((r) => r.nominationId === input.nominationId);
      if (!result) {
        throw invalid(
          'nominationId',
          'Trường hợp',
          `Trường hợp mã số ${input.nominationId} không có trong kết quả của phiên họp này.`,
        );
      }
      if (input.actDate < row.date) {
        throw invalid(
          'actDate',
          'Ngày đính chính',
          `Ngày đính chính ${formatDateVi(input.actDate)} trước ngày họp ${formatDateVi(row.date)}.`,
        );
      }
      const corrections = repo.listCorrections(db, input.sessionId);
      const effective = (id: number): Outcome =>
        corrections.filter((c) => c.nominationId === id).at(-1)?.outcome ??
        results.find((r) => r.nominationId === id)!.outcome;
      const previousOutcome = effective(input.nominationId);
      if (input.outcome === 'selected' && previousOutcome !== 'selected' && result.quota !== null) {
        const selected = results.filter(
          (r) =>
            r.awardFormCode === result.awardFormCode &&
            r.subjectType === result.subjectType &&
            effective(r.nominationId) === 'selected',
        ).length;
        if (selected + 1 > result.quota) {
          throw invalid(
            'outcome',
            'Kết quả sau đính chính',
            `${result.awardFormName} – ${SUBJECT_LABELS[result.subjectType]} đã chọn ${selected}/${result.quota}: ` +
              'chọn thêm sẽ vượt chỉ tiêu. Lập đính chính bỏ chọn trường hợp khác trước.',
          );
        }
      }
      db.transaction(() => {
        const correctionId = repo.insertCorrection(db, { ...input, previousOutcome }, now());
        const current = repo.getOutcome(db, input.nominationId);
        // A later session's outcome for the nomination stays; only this session's is superseded.
        if (!current || current.sessionId === input.sessionId) {
          repo.upsertOutcome(
            db,
            {
              nominationId: input.nominationId,
              sessionId: input.sessionId,
              outcome: input.outcome,
              correctionId,
            },
            now(),
          );
        }
      })();
      return view(input.sessionId);
    },
    selectionUsage(movementId, periodCode) {
      return repo.selectionUsage(db, movementId, periodCode).map((r) => ({
        ...r,
        selected: Number(r.selected),
        notSelected: Number(r.notSelected),
        sessionIds: JSON.parse(r.sessionIds) as number[],
      }));
    },
    blocking(sessionId) {
      const l = load(sessionId);
      return blockingOf(l, compute(l).groups);
    },
    freeze(sessionId, sessionDate) {
      const l = load(sessionId);
      const { rows } = compute(l);
      repo.insertResults(
        db,
        sessionId,
        rows.map((r, i) => ({ ...r, sortOrder: i })),
      );
      repo.snapshotSessionRules(db, sessionId, l.rules.overQuotaRule, l.rules.tieRule);
      const stamp = now();
      for (const r of rows) {
        repo.upsertOutcome(
          db,
          { nominationId: r.nominationId, sessionId, outcome: r.outcome, correctionId: null },
          stamp,
        );
      }
      const dossierIds = [...new Set(rows.map((r) => r.dossierId))];
      // The dossiers' own status machine must allow the move (Trình Hội đồng → Đã xét).
      const allowed = DOSSIER_TRANSITIONS.trinh_hoi_dong.includes('da_xet');
      for (const d of allowed ? repo.fullyConsideredDossiers(db, dossierIds) : []) {
        dossiersRepo.setStatus(
          db,
          d.id,
          'da_xet',
          sessionDate < d.receivedDate ? d.receivedDate : sessionDate,
          `Hội đồng đã xét tại phiên họp ngày ${formatDateVi(sessionDate)}`,
          stamp,
        );
      }
    },
  };
}
