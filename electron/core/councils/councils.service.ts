import {
  COUNCIL_ROLE_LABELS,
  SINGLE_HOLDER_ROLES,
  type AgendaGroup,
  type AttendanceData,
  type Council,
  type CouncilData,
  type CouncilDetail,
  type CouncilMember,
  type CouncilMemberData,
  type CouncilMemberUpdateData,
  type CouncilRules,
  type CouncilRulesData,
  type QuorumView,
  type RosterEntry,
  type SessionAgenda,
  type SessionCreateData,
  type SessionDetail,
  type SessionListFilter,
  type SessionSummary,
  type SessionUpdateData,
} from '../../../shared/domain/council';
import { SUBJECT_TYPES, type SubjectType } from '../../../shared/domain/award-form';
import { formatDateVi } from '../../../shared/domain/dates';
import { describeQuorumRule, quorumStatus, type QuorumRule } from '../../../shared/rules/quorum';
import { describeRule } from '../../../shared/rules/quota-sentences';
import type { Db } from '../db/open-database';
import { AppError, notFound } from '../errors';
import * as movementsRepo from '../movements/movements.repo';
import * as unitsRepo from '../units/units.repo';
import * as repo from './councils.repo';
import { createCouncilVotingService, type CouncilVotingService } from './voting.service';

export interface CouncilsService {
  list(): Council[];
  get(id: number): CouncilDetail;
  create(input: CouncilData): CouncilDetail;
  update(id: number, input: CouncilData): CouncilDetail;
  delete(id: number): { id: number };
  assignMovement(
    movementId: number,
    councilId: number | null,
  ): { movementId: number; councilId: number | null };
  createMember(input: CouncilMemberData): CouncilMember;
  updateMember(input: CouncilMemberUpdateData): CouncilMember;
  deleteMember(id: number): { id: number };
  rules(councilId: number): CouncilRules;
  updateRules(input: CouncilRulesData): CouncilRules;
  sessions(filter: SessionListFilter): SessionSummary[];
  session(id: number): SessionDetail;
  createSession(input: SessionCreateData): SessionDetail;
  updateSession(input: SessionUpdateData): SessionDetail;
  setAttendance(input: AttendanceData): SessionDetail;
  agenda(sessionId: number): SessionAgenda;
  conclude(sessionId: number): SessionDetail;
  /** Ballots, tallies, results, ties and corrections of the sessions. */
  voting: CouncilVotingService;
}

/** Until a council records its own regulation (quy chế hoạt động): the practice of domain.md §2.2. */
const DEFAULT_RULES = {
  quorumNum: 2,
  quorumDen: 3,
  quorumComparator: 'gte',
  tieRule: 'second_round',
  overQuotaRule: 'ballot_invalid',
  numberedBallots: true,
  source:
    'Mặc định của TĐKT Desk (thực tiễn phổ biến, domain §2.2): cần ghi căn cứ theo Quy chế hoạt động của Hội đồng',
} as const;

const invalid = (field: string, fieldLabel: string, message: string) =>
  new AppError('VALIDATION', message, [{ field, fieldLabel, message }]);

/** Whether a member's term (open end: the council's end) covers `date`. */
const inTerm = (m: { termFrom: string; termTo: string | null }, date: string) =>
  m.termFrom <= date && (m.termTo === null || date <= m.termTo);

export function createCouncilsService(db: Db, clock: () => Date): CouncilsService {
  const now = () => clock().toISOString();

  const councilRow = (id: number) => {
    const row = repo.getCouncil(db, id);
    if (!row) throw notFound(`Hội đồng có mã số ${id}`);
    return row;
  };
  const toCouncil = (row: repo.CouncilRow): Council => ({
    ...row,
    movementIds: JSON.parse(row.movementIds) as number[],
  });
  const get = (id: number): CouncilDetail => ({
    ...toCouncil(councilRow(id)),
    members: repo.listMembers(db, id),
  });

  /** Term inside the council's validity; one Chủ tịch (and one Phó Chủ tịch thường trực) at a time. */
  function checkMember(
    council: repo.CouncilRow,
    m: { fullName: string; role: CouncilMember['role']; termFrom: string; termTo: string | null },
    selfId: number | null,
  ): void {
    const validity = `${formatDateVi(council.validFrom)}–${council.validTo ? formatDateVi(council.validTo) : 'nay'}`;
    if (m.termFrom < council.validFrom) {
      throw invalid(
        'termFrom',
        'Từ ngày',
        `Nhiệm kỳ của ${m.fullName} bắt đầu ${formatDateVi(m.termFrom)}, trước khi “${council.name}” có hiệu lực (${validity}).`,
      );
    }
    if (council.validTo !== null && m.termFrom > council.validTo) {
      throw invalid(
        'termFrom',
        'Từ ngày',
        `Nhiệm kỳ của ${m.fullName} bắt đầu sau khi “${council.name}” hết hiệu lực (${validity}).`,
      );
    }
    if (council.validTo !== null && m.termTo !== null && m.termTo > council.validTo) {
      throw invalid(
        'termTo',
        'Đến ngày',
        `Nhiệm kỳ của ${m.fullName} kết thúc ${formatDateVi(m.termTo)}, sau khi “${council.name}” hết hiệu lực (${validity}).`,
      );
    }
    if (!SINGLE_HOLDER_ROLES.includes(m.role)) return;
    const end = (t: string | null) => t ?? council.validTo ?? '9999-12-31';
    const clash = repo
      .listMembers(db, council.id)
      .find(
        (o) =>
          o.id !== selfId &&
          o.role === m.role &&
          o.termFrom <= end(m.termTo) &&
          m.termFrom <= end(o.termTo),
      );
    if (clash) {
      const label = COUNCIL_ROLE_LABELS[m.role];
      throw invalid(
        'role',
        'Chức danh trong Hội đồng',
        `Mỗi thời điểm Hội đồng chỉ có một ${label}: ${clash.fullName} là ${label} từ ${formatDateVi(clash.termFrom)}` +
          `${clash.termTo ? ` đến ${formatDateVi(clash.termTo)}` : ''}. ` +
          `Hãy ghi ngày kết thúc nhiệm kỳ của ${clash.fullName} trước ngày ${formatDateVi(m.termFrom)}.`,
      );
    }
  }

  function rules(councilId: number): CouncilRules {
    councilRow(councilId);
    const r = repo.getRules(db, councilId) ?? { councilId, ...DEFAULT_RULES };
    return {
      ...r,
      quorumSentence: describeQuorumRule({
        num: r.quorumNum,
        den: r.quorumDen,
        comparator: r.quorumComparator,
      }),
      overrides: repo.listOverrides(db, councilId),
    };
  }

  const sessionRow = (id: number) => {
    const row = repo.getSession(db, id);
    if (!row) throw notFound(`phiên họp có mã số ${id}`);
    return row;
  };
  const toSummary = (row: repo.SessionRow): SessionSummary => {
    const { id, councilId, councilName, movementId, movementTitle, periodCode, date } = row;
    const { startTime, place, note, status, concludedAt, updatedAt } = row;
    return {
      id,
      councilId,
      councilName,
      movementId,
      movementTitle,
      periodCode,
      date,
      startTime,
      place,
      note,
      status,
      concludedAt,
      updatedAt,
    };
  };

  /** Voting members of the council on the session date, with their marks. */
  function roster(row: repo.SessionRow): { entries: RosterEntry[]; rule: QuorumRule } {
    const marks = repo.listAttendance(db, row.id);
    if (row.status === 'concluded') {
      // The frozen record: names and roles as they were on the day.
      return {
        entries: marks.map((a) => ({
          memberId: a.memberId,
          fullName: a.memberName ?? '',
          position: a.memberPosition,
          role: a.memberRole ?? 'uy_vien',
          isVoting: a.memberVoting === 1,
          attendance: a.status,
          reason: a.reason,
        })),
        rule: {
          num: row.quorumNum ?? DEFAULT_RULES.quorumNum,
          den: row.quorumDen ?? DEFAULT_RULES.quorumDen,
          comparator: row.quorumComparator ?? DEFAULT_RULES.quorumComparator,
        },
      };
    }
    const byMember = new Map(marks.map((a) => [a.memberId, a]));
    const r = rules(row.councilId);
    return {
      entries: repo
        .listMembers(db, row.councilId)
        .filter((m) => inTerm(m, row.date))
        .map((m) => ({
          memberId: m.id,
          fullName: m.fullName,
          position: m.position,
          role: m.role,
          isVoting: m.isVoting,
          attendance: byMember.get(m.id)?.status ?? null,
          reason: byMember.get(m.id)?.reason ?? null,
        })),
      rule: { num: r.quorumNum, den: r.quorumDen, comparator: r.quorumComparator },
    };
  }

  function quorumOf(entries: readonly RosterEntry[], rule: QuorumRule): QuorumView {
    const voting = entries.filter((e) => e.isVoting);
    return {
      ...quorumStatus({
        votingMembers: voting.length,
        // A written opinion is a vote by letter, not presence (domain.md §2.2).
        present: voting.filter((e) => e.attendance === 'present').length,
        rule,
      }),
      rule,
      writtenOpinions: voting.filter((e) => e.attendance === 'absent_written').length,
    };
  }

  function session(id: number): SessionDetail {
    const row = sessionRow(id);
    const { entries, rule } = roster(row);
    return { ...toSummary(row), roster: entries, quorum: quorumOf(entries, rule) };
  }

  function draftSession(id: number, action: string): repo.SessionRow {
    const row = sessionRow(id);
    if (row.status === 'concluded') {
      throw new AppError(
        'CONFLICT',
        `Phiên họp ngày ${formatDateVi(row.date)} đã kết thúc (${formatDateVi(row.concludedAt?.slice(0, 10))}): ` +
          `không ${action} được nữa. Việc đính chính phải được lập thành một văn bản riêng, có lý do.`,
      );
    }
    return row;
  }

  function checkSessionPlace(
    council: repo.CouncilRow,
    movementId: number,
    periodCode: string | null,
    date: string,
  ): void {
    if (date < council.validFrom || (council.validTo !== null && date > council.validTo)) {
      throw invalid(
        'date',
        'Ngày họp',
        `Ngày họp ${formatDateVi(date)} nằm ngoài thời gian hiệu lực của “${council.name}”.`,
      );
    }
    if (periodCode !== null) {
      const movement = movementsRepo.getMovement(db, movementId);
      if (!movement?.periods.some((p) => p.code === periodCode)) {
        throw invalid('periodCode', 'Đợt', `Phong trào không có đợt “${periodCode}”.`);
      }
    }
  }

  // The agenda is a method of the service below; voting asks for it only once the service exists.
  const voting = createCouncilVotingService(db, clock, {
    sessionRow,
    session,
    agenda: (id) => service.agenda(id),
    rules,
  });
  const service: CouncilsService = {
    list: () => repo.listCouncils(db).map(toCouncil),
    get,
    create(input) {
      const id = db.transaction(() => {
        const newId = repo.insertCouncil(db, input, now());
        repo.saveRules(db, { councilId: newId, ...DEFAULT_RULES }, now());
        return newId;
      })();
      return get(id);
    },
    update(id, input) {
      const before = councilRow(id);
      const outside = repo
        .listMembers(db, id)
        .filter(
          (m) =>
            m.termFrom < input.validFrom ||
            (input.validTo !== null && (m.termTo ?? '9999-12-31') > input.validTo),
        );
      if (outside.length > 0) {
        throw invalid(
          'validTo',
          'Hiệu lực đến ngày',
          `Nhiệm kỳ của ${outside.map((m) => m.fullName).join(', ')} nằm ngoài thời gian hiệu lực mới của ` +
            `“${before.name}”: sửa nhiệm kỳ của các thành viên này trước.`,
        );
      }
      repo.updateCouncil(db, id, input, now());
      return get(id);
    },
    delete(id) {
      const council = councilRow(id);
      const sessions = repo.countSessions(db, id);
      if (sessions > 0) {
        throw new AppError(
          'CONFLICT',
          `Không xóa được “${council.name}”: Hội đồng đã có ${sessions} phiên họp.`,
        );
      }
      repo.deleteCouncil(db, id);
      return { id };
    },
    assignMovement(movementId, councilId) {
      const movement = repo.getMovementCouncil(db, movementId);
      if (!movement) throw notFound(`phong trào có mã số ${movementId}`);
      if (councilId !== null) councilRow(councilId);
      repo.setMovementCouncil(db, movementId, councilId);
      return { movementId, councilId };
    },
    createMember(input) {
      const council = councilRow(input.councilId);
      const { councilId, sortOrder, ...fields } = input;
      const id = db.transaction(() => {
        checkMember(council, fields, null);
        return repo.insertMember(
          db,
          councilId,
          { ...fields, sortOrder: sortOrder ?? repo.nextMemberSortOrder(db, councilId) },
          now(),
        );
      })();
      return repo.getMember(db, id)!;
    },
    updateMember(input) {
      const before = repo.getMember(db, input.id);
      if (!before) throw notFound(`thành viên Hội đồng có mã số ${input.id}`);
      const council = councilRow(before.councilId);
      const { id, sortOrder, ...fields } = input;
      db.transaction(() => {
        checkMember(council, fields, id);
        repo.updateMember(db, id, { ...fields, sortOrder: sortOrder ?? before.sortOrder }, now());
      })();
      return repo.getMember(db, id)!;
    },
    deleteMember(id) {
      const member = repo.getMember(db, id);
      if (!member) throw notFound(`thành viên Hội đồng có mã số ${id}`);
      const sessions = repo.countMemberAttendance(db, id);
      if (sessions > 0) {
        throw new AppError(
          'CONFLICT',
          `${member.fullName} đã có tên trong ${sessions} phiên họp: không xóa, hãy ghi ngày kết thúc nhiệm kỳ.`,
        );
      }
      repo.deleteMember(db, id);
      return { id };
    },
    rules,
    updateRules(input) {
      councilRow(input.councilId);
      const forms = new Set(repo.listAwardFormVoting(db).map((f) => f.code));
      const seen = new Set<string>();
      input.overrides.forEach((o, i) => {
        if (!forms.has(o.awardFormCode)) {
          throw invalid(
            `overrides.${i}.awardFormCode`,
            'Hình thức khen thưởng',
            `Hình thức “${o.awardFormCode}” không có trong danh mục.`,
          );
        }
        if (!repo.votingRuleExists(db, o.votingRuleCode)) {
          throw invalid(
            `overrides.${i}.votingRuleCode`,
            'Quy tắc biểu quyết',
            `Không có quy tắc biểu quyết “${o.votingRuleCode}”.`,
          );
        }
        const key = `${o.awardFormCode}|${o.subjectType ?? ''}`;
        if (seen.has(key)) {
          throw invalid(
            `overrides.${i}.awardFormCode`,
            'Hình thức khen thưởng',
            `Hình thức “${o.awardFormCode}” đã có quy tắc riêng cho cùng đối tượng.`,
          );
        }
        seen.add(key);
      });
      db.transaction(() => {
        const { overrides, ...r } = input;
        const before = rules(input.councilId);
        repo.saveRules(
          db,
          {
            ...r,
            overQuotaRule: r.overQuotaRule ?? before.overQuotaRule,
            numberedBallots: r.numberedBallots ?? before.numberedBallots,
          },
          now(),
        );
        repo.replaceOverrides(db, input.councilId, overrides);
      })();
      return rules(input.councilId);
    },
    sessions: (filter) => repo.listSessions(db, filter).map(toSummary),
    session,
    createSession(input) {
      const movement = repo.getMovementCouncil(db, input.movementId);
      if (!movement)
        throw invalid('movementId', 'Phong trào', `Không có phong trào mã số ${input.movementId}.`);
      const councilId = input.councilId ?? movement.councilId;
      if (councilId === null) {
        throw invalid(
          'councilId',
          'Hội đồng',
          `Phong trào “${movement.title}” chưa được giao cho Hội đồng nào: chọn Hội đồng xét.`,
        );
      }
      if (movement.councilId !== null && movement.councilId !== councilId) {
        const named = repo.getCouncil(db, movement.councilId);
        throw invalid(
          'councilId',
          'Hội đồng',
          `Phong trào “${movement.title}” do “${named?.name ?? movement.councilId}” xét, không phải Hội đồng đã chọn.`,
        );
      }
      const council = councilRow(councilId);
      checkSessionPlace(council, input.movementId, input.periodCode, input.date);
      const id = db.transaction(() => {
        if (movement.councilId === null) repo.setMovementCouncil(db, input.movementId, councilId);
        return repo.insertSession(db, { ...input, councilId }, now());
      })();
      return session(id);
    },
    updateSession(input) {
      const row = draftSession(input.id, 'sửa');
      checkSessionPlace(councilRow(row.councilId), row.movementId, input.periodCode, input.date);
      repo.updateSession(db, input, now());
      return session(input.id);
    },
    setAttendance(input) {
      const row = draftSession(input.sessionId, 'điểm danh lại');
      const { entries } = roster(row);
      const inRoster = new Map(entries.map((e) => [e.memberId, e]));
      input.entries.forEach((e, i) => {
        if (inRoster.has(e.memberId)) return;
        const member = repo.getMember(db, e.memberId);
        const who = member ? member.fullName : `Thành viên mã số ${e.memberId}`;
        const why =
          member && member.councilId === row.councilId
            ? `không trong nhiệm kỳ vào ngày họp ${formatDateVi(row.date)}`
            : `không phải thành viên của “${row.councilName}”`;
        throw invalid(
          `entries.${i}.memberId`,
          'Thành viên',
          `${who} ${why}: không điểm danh được.`,
        );
      });
      db.transaction(() => {
        for (const e of input.entries) {
          // A reason belongs to an absence; "có mặt" keeps none.
          repo.setAttendance(
            db,
            row.id,
            { ...e, reason: e.status === 'present' ? null : e.reason },
            now(),
          );
        }
      })();
      return session(row.id);
    },
    agenda(sessionId) {
      const row = sessionRow(sessionId);
      const movement = movementsRepo.getMovement(db, row.movementId);
      if (!movement) throw notFound(`phong trào có mã số ${row.movementId}`);
      const forms = repo.listAwardFormVoting(db);
      const formName = (code: string) => forms.find((f) => f.code === code)?.name ?? code;
      const kinds = unitsRepo.listUnitKinds(db);
      const kindName = (code: string) => kinds.find((k) => k.code === code)?.name ?? code;
      const periodName = (code: string) =>
        movement.periods.find((p) => p.code === code)?.name ?? code;
      const overrides = repo.listOverrides(db, row.councilId);
      const votingRuleFor = (form: string, subject: SubjectType) =>
        overrides.find((o) => o.awardFormCode === form && o.subjectType === subject)
          ?.votingRuleCode ??
        overrides.find((o) => o.awardFormCode === form && o.subjectType === null)?.votingRuleCode ??
        forms.find((f) => f.code === form)?.defaultVotingRuleCode ??
        null;
      const selection = movement.quotaRules.filter(
        (r) =>
          r.kind === 'selection' &&
          (r.periodCode === null || row.periodCode === null || r.periodCode === row.periodCode),
      );
      const limitKey = { tap_the: 'tapThe', ca_nhan: 'caNhan', ho_gia_dinh: 'hoGiaDinh' } as const;

      const byGroup = new Map<string, repo.AgendaNominationRow[]>();
      const nominations = repo.listAgendaNominations(db, row.movementId, row.periodCode);
      for (const n of nominations) {
        const key = `${n.awardFormCode}|${n.subjectType}`;
        byGroup.set(key, [...(byGroup.get(key) ?? []), n]);
      }
      const order = (code: string) => forms.findIndex((f) => f.code === code);
      const groups: AgendaGroup[] = [...byGroup.values()]
        .sort(
          (a, b) =>
            order(a[0]!.awardFormCode) - order(b[0]!.awardFormCode) ||
            SUBJECT_TYPES.indexOf(a[0]!.subjectType) - SUBJECT_TYPES.indexOf(b[0]!.subjectType),
        )
        .map((list) => {
          const { awardFormCode, subjectType } = list[0]!;
          const quotaRules = selection
            .filter((r) => r.awardFormCode === null || r.awardFormCode === awardFormCode)
            .map((r) => ({
              ruleId: r.id,
              scope: r.scope,
              limit: r.limits[limitKey[subjectType]] ?? null,
              combinedLimit: r.limits.combined ?? null,
              clause: r.clause,
              sentence: describeRule(r, { formName, kindName, periodName }),
            }))
            .filter((q) => q.limit !== null || q.combinedLimit !== null);
          // "chọn không quá k": the tightest movement-wide limit for this subject.
          const totals = quotaRules
            .filter((q) => q.scope === 'total')
            .map((q) => q.limit ?? q.combinedLimit)
            .filter((v): v is number => v !== null);
          return {
            awardFormCode,
            awardFormName: formName(awardFormCode),
            subjectType,
            nominationCount: list.length,
            quota: totals.length > 0 ? Math.min(...totals) : null,
            quotaRules,
            votingRuleCode: votingRuleFor(awardFormCode, subjectType),
            nominations: list.map(
              ({ id, fullName, position, proposingUnitName, dossierId, dossierLabel }) => ({
                id,
                fullName,
                position,
                proposingUnitName,
                dossierId,
                dossierLabel,
              }),
            ),
          };
        });
      return {
        sessionId,
        movementId: row.movementId,
        periodCode: row.periodCode,
        nominationCount: nominations.length,
        groups,
      };
    },
    conclude(sessionId) {
      const row = draftSession(sessionId, 'kết thúc lại');
      const { entries, rule } = roster(row);
      const quorum = quorumOf(entries, rule);
      if (!quorum.met) {
        throw new AppError(
          'CONFLICT',
          `Chưa kết thúc được phiên họp: ${quorum.message} (Quy tắc: ${describeQuorumRule(rule)}.) ` +
            'Điểm danh vẫn được lưu.',
        );
      }
      const blocking = voting.blocking(sessionId);
      if (blocking.length > 0) {
        throw new AppError('CONFLICT', `Chưa kết thúc được phiên họp: ${blocking.join(' ')}`);
      }
      // Members not marked are recorded as absent; the roster, the rule and the results are frozen.
      db.transaction(() => {
        voting.freeze(sessionId, row.date);
        const members = repo
          .listMembers(db, row.councilId)
          .filter((m) => entries.some((e) => e.memberId === m.id));
        repo.concludeSession(db, sessionId, members, rule, now());
      })();
      return session(sessionId);
    },
    voting,
  };
  return service;
}
