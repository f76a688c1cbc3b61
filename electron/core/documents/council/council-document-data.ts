/**
 * From the council core's outputs (session detail, agenda, voting: rounds, results, ties) to the
 * plain data of the council documents. Pure functions: no database, no rendering.
 */
import type { SubjectType } from '../../../../shared/domain/award-form';
import type { SessionAgenda, SessionDetail } from '../../../../shared/domain/council';
import { COUNCIL_ROLE_LABELS } from '../../../../shared/domain/council';
import type {
  GroupResult,
  NomineeResult,
  SessionVoting,
  VotingRound,
} from '../../../../shared/domain/council-voting';
import { NOMINEE_STATUS_LABELS } from '../../../../shared/domain/council-voting';
import { AppError } from '../../errors';
import type {
  BallotData,
  BallotGroup,
  CouncilHeading,
  CouncilMinutesData,
  MinutesPerson,
  ResultGroup,
  ResultRow,
  VoteCountMember,
  VoteCountMinutesData,
} from './council-data';
import { formatPercent, groupTitle } from './council-layout';

/** What the agency settings give the council documents. */
export interface AgencyHeading {
  /** Tên cơ quan ban hành of the agency: the body the council belongs to. */
  issuingBody: string;
  placeName: string;
}

export function councilHeading(agency: AgencyHeading, session: SessionDetail): CouncilHeading {
  return {
    governingBody: agency.issuingBody,
    councilName: session.councilName,
    placeName: agency.placeName,
  };
}

const METHOD_LABELS = {
  secret_ballot: 'bỏ phiếu kín',
  show_of_hands: 'biểu quyết giơ tay',
  written: 'lấy ý kiến bằng văn bản',
} as const;

/** "Xét đề nghị khen thưởng Phong trào …, đợt dot1". */
function subjectLine(session: SessionDetail): string {
  const period = session.periodCode ? `, đợt ${session.periodCode}` : '';
  return `Xét đề nghị khen thưởng - ${session.movementTitle.trim()}${period}`;
}

const detailOf = (n: { position: string | null; proposingUnitName: string }) =>
  [n.position, n.proposingUnitName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');

function usesSecretBallot(voting: SessionVoting | null): boolean {
  const methods = voting?.groups.map((g) => g.votingRule?.method).filter(Boolean) ?? [];
  return methods.length === 0 || methods.includes('secret_ballot');
}

export interface BallotOptions {
  /** Round number (1 = first); null: the latest round, or the agenda when voting is not open. */
  round: number | null;
  /** Spare ballots on top of the present voting members; null: the round's issued count. */
  spares: number | null;
  /** null: the council's setting recorded on the round. */
  numbered: boolean | null;
}

function findRound(voting: SessionVoting | null, round: number | null): VotingRound | null {
  const rounds = voting?.rounds ?? [];
  if (round === null) return rounds.at(-1) ?? null;
  const found = rounds.find((r) => r.number === round);
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `Phiên họp chưa có vòng bỏ phiếu lần ${round}` +
        (rounds.length ? ` (đã có ${rounds.length} vòng).` : ': chưa phát phiếu vòng một.'),
    );
  }
  return found;
}

/**
 * Ballots of a round: its sections (a second round lists only the tied nominees, with the
 * places left as its quota). Before voting opens, the agenda gives the first-round sections.
 */
export function ballotDataFrom(
  heading: CouncilHeading,
  session: SessionDetail,
  agenda: SessionAgenda,
  voting: SessionVoting | null,
  options: BallotOptions,
): BallotData {
  const round = findRound(voting, options.round);
  const groups: BallotGroup[] = round
    ? round.sections.map((s) => ({
        awardForm: s.awardFormName,
        subjectType: s.subjectType,
        quota: s.quota,
        nominees: s.nominees.map((n) => ({ name: n.fullName, detail: detailOf(n) })),
      }))
    : agenda.groups.map((g) => ({
        awardForm: g.awardFormName,
        subjectType: g.subjectType,
        quota: g.quota,
        nominees: g.nominations.map((n) => ({ name: n.fullName, detail: detailOf(n) })),
      }));
  const present = voting?.presentVoting ?? session.quorum.present;
  const copies =
    options.spares !== null
      ? present + options.spares
      : round && round.ballotsIssued > 0
        ? round.ballotsIssued
        : present + 2;
  return {
    heading,
    title: usesSecretBallot(voting) ? 'Phiếu bầu' : 'Phiếu biểu quyết',
    subject: subjectLine(session),
    sessionDate: session.date,
    round: round?.number ?? 1,
    copies,
    numbered: options.numbered ?? round?.numbered ?? voting?.numberedBallots ?? true,
    groups,
  };
}

/** "từ 90% trở lên", "trên 1/2". */
export function thresholdLabel(rule: GroupResult['votingRule']): string {
  if (!rule) return 'theo Quy chế hoạt động của Hội đồng';
  const value =
    rule.thresholdDen === 100
      ? `${rule.thresholdNum}%`
      : `${rule.thresholdNum}/${rule.thresholdDen}`;
  return rule.comparator === 'gte' ? `từ ${value} trở lên` : `trên ${value}`;
}

const isSelected = (n: NomineeResult) =>
  n.outcome !== null ? n.outcome === 'selected' : n.status === 'selected';

function resultLabel(n: NomineeResult): string {
  const corrected = n.corrected ? ', đã đính chính' : '';
  const chosen = isSelected(n) ? 'Được chọn' : 'Không được chọn';
  if (n.resolvedBy === 'second_round') {
    return `${chosen} sau bỏ phiếu lần 2 (${n.secondRoundYes ?? 0} phiếu)${corrected}`;
  }
  if (n.resolvedBy === 'chair_decides') {
    return `${chosen} theo quyết định của Chủ tịch Hội đồng${corrected}`;
  }
  const base =
    n.outcome !== null
      ? n.outcome === 'selected'
        ? NOMINEE_STATUS_LABELS.selected
        : n.status === 'not_passed'
          ? NOMINEE_STATUS_LABELS.not_passed
          : NOMINEE_STATUS_LABELS.not_selected
      : NOMINEE_STATUS_LABELS[n.status];
  return `${base}${corrected}`;
}

function resultGroup(g: GroupResult): ResultGroup {
  return {
    awardForm: g.awardFormName,
    subjectType: g.subjectType,
    quota: g.quota,
    baseLabel: g.baseLabel,
    thresholdLabel: thresholdLabel(g.votingRule),
    rows: g.nominees.map((n): ResultRow => ({
      name: n.fullName,
      detail: detailOf(n),
      yes: n.yes,
      no: n.no,
      percent: n.percent,
      result: resultLabel(n),
      selected: isSelected(n),
    })),
  };
}

const joinNames = (names: readonly string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;

/** One sentence per resolved tie: who was tied, how it was resolved, who was chosen. */
export function tieResolutions(voting: SessionVoting): string[] {
  const sentences: string[] = [];
  const nameOf = new Map(
    voting.groups.flatMap((g) => g.nominees.map((n) => [n.nominationId, n.fullName] as const)),
  );
  const keyOf = (awardFormCode: string, subjectType: SubjectType) =>
    `${awardFormCode}|${subjectType}`;
  const decided = new Set(voting.chairDecisions.map((d) => keyOf(d.awardFormCode, d.subjectType)));
  for (const g of voting.groups) {
    const title = groupTitle(g.awardFormName, g.subjectType);
    const revoted = g.nominees.filter((n) => n.resolvedBy === 'second_round');
    if (revoted.length > 0 && !decided.has(keyOf(g.awardFormCode, g.subjectType))) {
      const votes = revoted[0]!.yes;
      const results = revoted
        .map(
          (n) =>
            `${n.fullName} ${n.secondRoundYes ?? 0} phiếu${isSelected(n) ? ' (được chọn)' : ''}`,
        )
        .join('; ');
      sentences.push(
        `${title}: ${joinNames(revoted.map((n) => n.fullName))} cùng đạt ${votes} phiếu tại vị trí ` +
          `cuối chỉ tiêu; Hội đồng bỏ phiếu lần 2 giữa các trường hợp này, kết quả: ${results}.`,
      );
    }
  }
  for (const d of voting.chairDecisions) {
    const g = voting.groups.find(
      (x) => x.awardFormCode === d.awardFormCode && x.subjectType === d.subjectType,
    );
    const title = g ? groupTitle(g.awardFormName, g.subjectType) : d.awardFormCode;
    const tied = d.tiedNominationIds.map((id) => nameOf.get(id) ?? `#${id}`);
    const chosen = d.selectedNominationIds.map((id) => nameOf.get(id) ?? `#${id}`);
    const note = d.note?.trim() ? ` ${d.note.trim().replace(/\.?$/u, '.')}` : '';
    sentences.push(
      `${title}: ${joinNames(tied)} bằng phiếu tại vị trí cuối chỉ tiêu; Chủ tịch Hội đồng ` +
        `(${d.decidedBy.trim()}) quyết định chọn ${joinNames(chosen)}.${note}`,
    );
  }
  return sentences;
}

export interface MinutesOptions {
  number: string;
  endTime: string;
}

function person(entry: SessionDetail['roster'][number]): MinutesPerson {
  return {
    name: entry.fullName,
    role: COUNCIL_ROLE_LABELS[entry.role],
    position: entry.position ?? '',
  };
}

const CHAIR_ORDER = ['chu_tich', 'pho_chu_tich_thuong_truc', 'pho_chu_tich', 'uy_vien'] as const;

/** The Biên bản họp Hội đồng of a session with its voting results. */
export function minutesDataFrom(
  heading: CouncilHeading,
  session: SessionDetail,
  voting: SessionVoting,
  options: MinutesOptions,
): CouncilMinutesData {
  const present = session.roster.filter((r) => r.attendance === 'present');
  const chairEntry = CHAIR_ORDER.map((role) => present.find((r) => r.role === role)).find(Boolean);
  // A non-voting secretary is often not marked on the roll (and concluding records unmarked
  // members as absent), yet writes the minutes.
  const secretaryEntry =
    present.find((r) => r.role === 'thu_ky') ??
    session.roster.find((r) => r.role === 'thu_ky' && !r.isVoting);
  const blank: MinutesPerson = { name: '', role: '', position: '' };
  const chair = chairEntry
    ? { ...person(chairEntry), role: `${person(chairEntry).role} Hội đồng` }
    : blank;
  const methods = [
    ...new Set(voting.groups.map((g) => g.votingRule?.method).filter((m) => m !== undefined)),
  ].map((m) => METHOD_LABELS[m]);
  const presentVoting = present.filter((r) => r.isVoting);
  const absent = session.roster.filter((r) => r.isVoting && r.attendance !== 'present');
  return {
    heading,
    number: options.number,
    symbol: 'BB-HĐTĐKT',
    date: session.date,
    summary: `V/v xét, đề nghị khen thưởng - ${session.movementTitle.trim()}`,
    startTime: session.startTime ?? '',
    endTime: options.endTime,
    place: session.place ?? '……………………',
    purpose: `xét, đề nghị khen thưởng - ${session.movementTitle.trim()}${session.periodCode ? `, đợt ${session.periodCode}` : ''}`,
    chair,
    secretary: secretaryEntry ? person(secretaryEntry) : blank,
    totalMembers: session.quorum.votingMembers,
    present: presentVoting.map(person),
    absent: absent.map((r) => ({
      ...person(r),
      reason: r.reason ?? '',
      writtenOpinion: r.attendance === 'absent_written',
    })),
    method: methods.length > 0 ? methods.join('; ') : 'bỏ phiếu kín',
    proceedings: [
      'Cơ quan Thường trực Hội đồng báo cáo tiêu chuẩn, chỉ tiêu khen thưởng và tóm tắt thành tích ' +
        'của các trường hợp đề nghị; các thành viên Hội đồng thảo luận, cho ý kiến.',
    ],
    groups: voting.groups.map(resultGroup),
    tieResolutions: tieResolutions(voting),
    secretaryTitle: 'Thư ký',
    chairTitle: chairEntry?.role === 'chu_tich' ? 'Chủ tịch' : 'Chủ trì',
  };
}

export interface VoteCountOptions {
  round: number | null;
  number: string;
  startTime: string;
  endTime: string;
  /** Trưởng ban first; empty: three blank lines to fill by hand. */
  committee: VoteCountMember[];
}

/**
 * The Biên bản kiểm phiếu of one round: its reconciliation and the ballot votes per nominee
 * (written opinions are not ballots and are left out). Second-round counts of "không đồng ý"
 * are not kept per nominee, so they print as "-".
 */
export function voteCountDataFrom(
  heading: CouncilHeading,
  session: SessionDetail,
  voting: SessionVoting,
  options: VoteCountOptions,
): VoteCountMinutesData {
  const round = findRound(voting, options.round);
  if (!round) {
    throw new AppError(
      'VALIDATION',
      'Chưa in được Biên bản kiểm phiếu: phiên họp chưa phát phiếu (chưa mở bỏ phiếu vòng một).',
    );
  }
  const rec = round.reconciliation;
  const results = new Map(
    voting.groups.flatMap((g) => g.nominees.map((n) => [n.nominationId, n] as const)),
  );
  const groups: ResultGroup[] = round.sections.map((s) => ({
    awardForm: s.awardFormName,
    subjectType: s.subjectType,
    quota: s.quota,
    baseLabel: `số phiếu hợp lệ (${rec.valid})`,
    thresholdLabel: '',
    rows: s.nominees.map((n): ResultRow => {
      const r = results.get(n.nominationId);
      const first = round.kind === 'first';
      const yes = first ? (r ? r.yes - r.writtenYes : 0) : (r?.secondRoundYes ?? 0);
      const no = first ? (r ? r.no - r.writtenNo : 0) : null;
      return {
        name: n.fullName,
        detail: detailOf(n),
        yes,
        no,
        percent: formatPercent(yes, rec.valid),
        result: '',
        selected: false,
      };
    }),
  }));
  const committee =
    options.committee.length > 0
      ? options.committee
      : [
          { name: '', role: 'Trưởng ban', position: '' },
          { name: '', role: 'Thành viên', position: '' },
          { name: '', role: 'Thành viên', position: '' },
        ];
  return {
    heading,
    number: options.number,
    symbol: 'BB-BKP',
    date: session.date,
    summary: `V/v kiểm phiếu ${round.number > 1 ? `lần ${round.number} ` : ''}xét, đề nghị khen thưởng - ${session.movementTitle.trim()}`,
    startTime: options.startTime,
    endTime: options.endTime,
    place: session.place ?? '……………………',
    round: round.number,
    committee,
    ballots: {
      issued: rec.issued,
      returned: rec.returned,
      valid: rec.valid,
      invalid: rec.invalid,
    },
    groups,
  };
}
