import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { CouncilDetail, CouncilMember, SessionDetail } from '../../shared/domain/council';
import type {
  Ballot,
  BallotEntered,
  BallotMark,
  GroupResult,
  SelectionUsage,
  SessionVoting,
} from '../../shared/domain/council-voting';
import type { DossierDetail } from '../../shared/domain/dossier';
import { testApp } from '../helpers/app';
import { sendToCouncil, value } from '../helpers/api';

const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

/** Ten districts propose two collectives each, six provincial bodies one each: 26 for 20 places. */
const PROPOSERS = [
  ['Phan Thiết', 2],
  ['La Gi', 2],
  ['Tuy Phong', 2],
  ['Bắc Bình', 2],
  ['Hàm Thuận Bắc', 2],
  ['Hàm Thuận Nam', 2],
  ['Tánh Linh', 2],
  ['Đức Linh', 2],
  ['Hàm Tân', 2],
  ['Phú Quý', 2],
  ['Sở Y tế', 1],
  ['Sở Giáo dục', 1],
  ['Sở Nội vụ', 1],
  ['Sở Tài chính', 1],
  ['Tỉnh đoàn', 1],
  ['Công an tỉnh', 1],
] as const;

const collective = (i: number) => `Tập thể số ${String(i + 1).padStart(2, '0')}`;

/**
 * The Bình Thuận 2021 demo: a provincial council of 15 voting members and a secretary, 26 collectives
 * (and optionally one individual) for the Bằng khen of the Chủ tịch UBND tỉnh sent to the council.
 */
async function scenario(options: { individual?: boolean } = {}) {
  const app = testApp();
  const { dispatch } = app;
  const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
  const council = value<CouncilDetail>(
    await dispatch('councils.create', {
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận',
      validFrom: '2021-06-01',
      validTo: '2026-05-31',
    }),
  );
  const members: CouncilMember[] = [];
  const roles = ['chu_tich', 'pho_chu_tich_thuong_truc', ...Array<string>(13).fill('uy_vien')];
  for (const [i, role] of roles.entries()) {
    members.push(
      value<CouncilMember>(
        await dispatch('councilMembers.create', {
          councilId: council.id,
          fullName: `Thành viên ${i + 1}`,
          role,
          termFrom: '2021-06-01',
        }),
      ),
    );
  }
  value(
    await dispatch('councilMembers.create', {
      councilId: council.id,
      fullName: 'Thư ký Hội đồng',
      role: 'thu_ky',
      isVoting: false,
      termFrom: '2021-06-01',
    }),
  );
  const setRules = (extra: Record<string, unknown> = {}) =>
    dispatch('councilRules.update', {
      councilId: council.id,
      quorumNum: 2,
      quorumDen: 3,
      quorumComparator: 'gte',
      tieRule: 'second_round',
      source: 'Quy chế hoạt động của Hội đồng (Quyết định 25/2018/QĐ-UBND)',
      // ≥ 70 % of members present or consulted in writing.
      overrides: [
        {
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: null,
          votingRuleCode: 'tt35_2015_70_du_hop',
        },
      ],
      ...extra,
    });
  value(await setRules());

  const units = value<{ id: number; name: string }[]>(await dispatch('units.list', {}));
  const dossierIds: number[] = [];
  let next = 0;
  for (const [unit, count] of PROPOSERS) {
    const proposingUnitId = units.find((u) => u.name.includes(unit))!.id;
    const d = value<DossierDetail>(
      await dispatch('dossiers.create', {
        receivedDate: '2021-11-25',
        proposingUnitId,
        movementId,
        procedure: 'don_gian',
        awardFormCodes: ['bk_chu_tich_tinh'],
      }),
    );
    dossierIds.push(d.id);
    const names = Array.from({ length: count }, () => collective(next++));
    if (options.individual && unit === 'Phú Quý') names.push('Nguyễn Thị Hoa');
    for (const fullName of names) {
      value(
        await dispatch('nominations.create', {
          movementId,
          proposingUnitId,
          dossierId: d.id,
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: fullName === 'Nguyễn Thị Hoa' ? 'ca_nhan' : 'tap_the',
          fullName,
        }),
      );
    }
    await sendToCouncil(dispatch, d.id);
  }
  const session = value<SessionDetail>(
    await dispatch('sessions.create', {
      movementId,
      councilId: council.id,
      date: '2021-12-10',
      startTime: '14:00',
      place: 'Phòng họp số 1, UBND tỉnh',
    }),
  );
  const attend = async (present: number, written: number) =>
    value<SessionDetail>(
      await dispatch('sessions.setAttendance', {
        sessionId: session.id,
        entries: members.map((m, i) => ({
          memberId: m.id,
          status: i < present ? 'present' : i < present + written ? 'absent_written' : 'absent',
          reason: i < present ? null : 'Đi công tác',
        })),
      }),
    );
  const voting = async () =>
    value<SessionVoting>(await dispatch('sessions.voting', { id: session.id }));
  const idOf = (v: SessionVoting, name: string) =>
    v.rounds[0]!.sections.flatMap((s) => s.nominees).find((n) => n.fullName === name)!.nominationId;
  return {
    ...app,
    movementId,
    council,
    members,
    session,
    dossierIds,
    attend,
    voting,
    idOf,
    setRules,
  };
}

/**
 * Yes votes per collective in round 1 (12 ballots + 2 written opinions = 14 voters, each choosing
 * exactly 20): places 20–22 tie at 10 for the last place; Tập thể số 23 has 9 (< 70 % of 14).
 */
const TARGET = [
  14, 14, 13, 13, 13, 13, 13, 13, 12, 12, 12, 12, 12, 12, 11, 11, 11, 11, 11, 10, 10, 10, 9, 5, 3,
  0,
];

/** Voter × nominee marks with the given column sums, each voter at most `quota` yes (greedy by capacity). */
function distribute(target: readonly number[], voters: number, quota: number): boolean[][] {
  const grid = Array.from({ length: voters }, () => Array<boolean>(target.length).fill(false));
  const load = Array<number>(voters).fill(0);
  target.forEach((yes, j) => {
    const order = [...load.keys()].sort((a, b) => load[a]! - load[b]! || a - b);
    for (const v of order.slice(0, yes)) {
      grid[v]![j] = true;
      load[v]!++;
    }
  });
  expect(Math.max(...load)).toBeLessThanOrEqual(quota);
  return grid;
}

async function roundOne(s: Awaited<ReturnType<typeof scenario>>) {
  const { dispatch, session, members } = s;
  await s.attend(12, 2);
  const opened = value<SessionVoting>(
    await dispatch('sessions.openVoting', { sessionId: session.id, spares: 2 }),
  );
  const round = opened.rounds[0]!;
  const ids = Array.from({ length: 26 }, (_, i) => s.idOf(opened, collective(i)));
  const grid = distribute(TARGET, 14, 20);
  const marksOf = (row: boolean[]) =>
    row.map((yes, j) => ({ nominationId: ids[j]!, mark: yes ? 'yes' : 'no' }));
  for (let v = 0; v < 12; v++) {
    const entered = value<BallotEntered>(
      await dispatch('ballots.enter', { roundId: round.id, marks: marksOf(grid[v]!) }),
    );
    expect(entered.ballot).toMatchObject({ number: v + 1, valid: true, reasons: [] });
  }
  for (const v of [12, 13]) {
    value(
      await dispatch('writtenOpinions.set', {
        sessionId: session.id,
        memberId: members[v]!.id,
        receivedDate: '2021-12-09',
        marks: marksOf(grid[v]!),
      }),
    );
  }
  return { round, ids };
}

const group = (v: SessionVoting, subject = 'tap_the'): GroupResult =>
  v.groups.find((g) => g.subjectType === subject)!;

/** The whole Bình Thuận session up to conclusion (tie resolved by a second round). */
async function concludedScenario() {
  const s = await scenario();
  const { dispatch, session } = s;
  const { round, ids } = await roundOne(s);
  value(
    await dispatch('rounds.setCounts', { roundId: round.id, ballotsIssued: 14, notReturned: 2 }),
  );
  const second = value<SessionVoting>(
    await dispatch('rounds.openSecond', {
      sessionId: session.id,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'tap_the',
    }),
  ).rounds[1]!;
  const [c20, c21, c22] = [ids[19]!, ids[20]!, ids[21]!];
  const choices = [...Array<number>(7).fill(c21), ...Array<number>(3).fill(c20), c22, c22];
  for (const choice of choices) {
    value(
      await dispatch('ballots.enter', {
        roundId: second.id,
        marks: [c20, c21, c22].map((id) => ({
          nominationId: id,
          mark: id === choice ? 'yes' : 'no',
        })),
      }),
    );
  }
  value(
    await dispatch('rounds.setCounts', { roundId: second.id, ballotsIssued: 14, notReturned: 2 }),
  );
  value<SessionDetail>(await dispatch('sessions.conclude', { id: session.id }));
  return { ...s, ids, round, second };
}

describe('council voting (real SQLite file, through the dispatcher)', () => {
  it('Bình Thuận: 12 present + 2 written opinions, 26 collectives for 20 places, a tie at place 20 resolved by a second round', async () => {
    const s = await scenario();
    const { dispatch, session, dossierIds, movementId } = s;
    const { round, ids } = await roundOne(s);
    expect(round).toMatchObject({ number: 1, kind: 'first', ballotsIssued: 14, numbered: true });
    expect(round.sections).toHaveLength(1);
    expect(round.sections[0]).toMatchObject({
      awardFormName: 'Bằng khen của Chủ tịch UBND tỉnh',
      subjectType: 'tap_the',
      quota: 20,
    });
    expect(round.sections[0]!.nominees).toHaveLength(26);

    let v = await s.voting();
    expect(v.presentVoting).toBe(12);
    expect(v.totalVoting).toBe(15);
    expect(v.writtenOpinions.map((w) => w.fullName)).toEqual(['Thành viên 13', 'Thành viên 14']);
    const g = group(v);
    // ≥ 70 % of 14 (12 present + 2 written opinions): at least 10.
    expect(g.votingRule).toMatchObject({ code: 'tt35_2015_70_du_hop', minimumYes: 10 });
    expect(g.baseLabel).toBe('số thành viên dự họp và cho ý kiến bằng văn bản (14)');
    const byName = new Map(g.nominees.map((n) => [n.fullName, n]));
    TARGET.forEach((yes, i) => {
      const n = byName.get(collective(i))!;
      expect([n.fullName, n.yes, n.no, n.base]).toEqual([collective(i), yes, 14 - yes, 14]);
    });
    expect(byName.get(collective(0))).toMatchObject({ rank: 1, percent: '100%', passed: true });
    expect(byName.get(collective(19))).toMatchObject({
      rank: 20,
      percent: '71,43%',
      status: 'tie_at_cutoff',
    });
    expect(byName.get(collective(22))).toMatchObject({ passed: false, status: 'not_passed' });
    expect(byName.get(collective(2))!.writtenYes + byName.get(collective(2))!.writtenNo).toBe(2);
    expect(g.selected).toBe(19);
    expect(g.tie).toMatchObject({
      nominationIds: [ids[19], ids[20], ids[21]],
      places: 1,
      votes: 10,
    });
    expect(g.tie!.message).toContain(
      'Tập thể số 20, Tập thể số 21, Tập thể số 22 bằng nhau (10 phiếu) tại vị trí cuối chỉ tiêu',
    );
    // Two spare ballots not yet recorded as not returned; the tie is open.
    expect(v.canConclude).toBe(false);
    expect(v.blocking).toContain(
      'Vòng 1: Phiếu phát ra (14) khác phiếu thu về (12) cộng phiếu không thu về (0): còn 2 phiếu chưa nhập hoặc chưa ghi là không thu về.',
    );
    const refused = failure(await dispatch('sessions.conclude', { id: session.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('bằng nhau (10 phiếu)');

    // The council's rule is a second round: the chair may not decide, and the counts must add up first.
    const tieKey = {
      sessionId: session.id,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'tap_the',
    };
    expect(
      failure(
        await dispatch('ties.chairDecide', {
          ...tieKey,
          selectedNominationIds: [ids[20]],
          decidedBy: 'Thành viên 1',
        }),
      ).message,
    ).toContain('Quy chế của Hội đồng quy định bỏ phiếu lại');
    expect(failure(await dispatch('rounds.openSecond', tieKey)).message).toContain(
      'Số phiếu chưa khớp',
    );
    value(
      await dispatch('rounds.setCounts', { roundId: round.id, ballotsIssued: 14, notReturned: 2 }),
    );
    v = value<SessionVoting>(await dispatch('rounds.openSecond', tieKey));
    const second = v.rounds[1]!;
    expect(second).toMatchObject({
      number: 2,
      kind: 'second',
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'tap_the',
      places: 1,
      ballotsIssued: 14,
    });
    expect(second.sections[0]!.quota).toBe(1);
    expect(second.sections[0]!.nominees.map((n) => n.fullName)).toEqual([
      collective(19),
      collective(20),
      collective(21),
    ]);
    expect(group(v).tie!.pendingRoundId).toBe(second.id);
    expect(failure(await dispatch('rounds.openSecond', tieKey)).message).toContain('đã mở vòng 2');

    // Second round among the tied only: 7 for Tập thể số 21, 3 and 2 for the others.
    const [c20, c21, c22] = [ids[19]!, ids[20]!, ids[21]!];
    const outsider = failure(
      await dispatch('ballots.enter', {
        roundId: second.id,
        marks: [{ nominationId: ids[0], mark: 'yes' }],
      }),
    );
    expect(outsider.message).toContain('không có trong phiếu vòng 2');
    for (const choice of [...Array<number>(7).fill(c21), c20, c20, c20, c22, c22]) {
      value(
        await dispatch('ballots.enter', {
          roundId: second.id,
          marks: [c20, c21, c22].map((id) => ({
            nominationId: id,
            mark: id === choice ? 'yes' : 'no',
          })),
        }),
      );
    }
    value(
      await dispatch('rounds.setCounts', { roundId: second.id, ballotsIssued: 14, notReturned: 2 }),
    );
    v = await s.voting();
    const resolved = group(v);
    expect(resolved.tie).toBeNull();
    expect(resolved.selected).toBe(20);
    const after = new Map(resolved.nominees.map((n) => [n.nominationId, n]));
    expect(after.get(c21)).toMatchObject({
      status: 'selected',
      resolvedBy: 'second_round',
      secondRoundYes: 7,
    });
    expect(after.get(c20)).toMatchObject({ status: 'not_selected', secondRoundYes: 3 });
    expect(after.get(c22)).toMatchObject({ status: 'not_selected', secondRoundYes: 2 });
    expect(v.rounds[1]!.reconciliation).toMatchObject({
      issued: 14,
      returned: 12,
      notReturned: 2,
      valid: 12,
      invalid: 0,
      balanced: true,
    });
    expect(v.blocking).toEqual([]);
    expect(v.canConclude).toBe(true);

    const concluded = value<SessionDetail>(await dispatch('sessions.conclude', { id: session.id }));
    expect(concluded.status).toBe('concluded');
    v = await s.voting();
    expect(v.status).toBe('concluded');
    const frozen = group(v);
    expect(frozen.selected).toBe(20);
    expect(frozen.nominees.filter((n) => n.outcome === 'selected')).toHaveLength(20);
    expect(frozen.nominees.find((n) => n.nominationId === c21)).toMatchObject({
      outcome: 'selected',
      resolvedBy: 'second_round',
      yes: 10,
    });
    expect(frozen.nominees.find((n) => n.nominationId === ids[22])).toMatchObject({
      outcome: 'not_selected',
      status: 'not_passed',
    });
    // Selection usage for the movement's quota board, and every dossier considered.
    expect(
      value<SelectionUsage[]>(await dispatch('councilOutcomes.selectionUsage', { movementId })),
    ).toEqual([
      {
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'tap_the',
        selected: 20,
        notSelected: 6,
        sessionIds: [session.id],
      },
    ]);
    for (const id of dossierIds) {
      const d = value<DossierDetail>(await dispatch('dossiers.get', { id }));
      expect([d.id, d.status]).toEqual([id, 'da_xet']);
    }
    const outcomes = s.db
      .prepare(
        'SELECT outcome, COUNT(*) AS c FROM nomination_outcomes GROUP BY outcome ORDER BY outcome',
      )
      .all();
    expect(outcomes).toEqual([
      { outcome: 'not_selected', c: 6 },
      { outcome: 'selected', c: 20 },
    ]);
    // The quota board counts selection quotas on the nominations' selected flag.
    const flagged = s.db
      .prepare('SELECT id FROM nominations WHERE selected = 1 ORDER BY id')
      .all()
      .map((r) => (r as { id: number }).id);
    expect(flagged).toEqual(
      frozen.nominees
        .filter((n) => n.outcome === 'selected')
        .map((n) => n.nominationId)
        .sort((a, b) => a - b),
    );
  });

  it('checks each ballot: both or no box on a row, more “Đồng ý” than the quota (council’s rule), replace and delete', async () => {
    const s = await scenario({ individual: true });
    const { dispatch, session } = s;
    await s.attend(12, 0);
    const v = value<SessionVoting>(
      await dispatch('sessions.openVoting', { sessionId: session.id, spares: 0 }),
    );
    const round = v.rounds[0]!;
    expect(round.sections.map((x) => [x.subjectType, x.quota, x.nominees.length])).toEqual([
      ['tap_the', 20, 26],
      ['ca_nhan', 20, 1],
    ]);
    const ids = Array.from({ length: 26 }, (_, i) => s.idOf(v, collective(i)));
    const hoa = s.idOf(v, 'Nguyễn Thị Hoa');
    const overQuota = [
      ...ids.map((id, i) => ({ nominationId: id, mark: i < 21 ? 'yes' : 'no' })),
      { nominationId: hoa, mark: 'yes' as BallotMark },
    ];
    const first = value<BallotEntered>(
      await dispatch('ballots.enter', { roundId: round.id, marks: overQuota }),
    );
    expect(first.ballot.valid).toBe(false);
    expect(first.ballot.reasons).toEqual([
      'Mục “Bằng khen của Chủ tịch UBND tỉnh – tập thể” có 21 ô “Đồng ý”, vượt số được chọn (không quá 20): cả phiếu không hợp lệ.',
    ]);
    expect(first.reconciliation).toMatchObject({ returned: 1, valid: 0, invalid: 1 });
    expect(first.nextNumber).toBe(2);

    const rows = value<BallotEntered>(
      await dispatch('ballots.enter', {
        roundId: round.id,
        marks: [
          { nominationId: ids[0], mark: 'both' },
          ...ids.slice(2).map((id) => ({ nominationId: id, mark: 'no' })),
          { nominationId: hoa, mark: 'yes' },
        ],
      }),
    );
    expect(rows.ballot.valid).toBe(true);
    expect(rows.ballot.rowIssues.map((r) => [r.fullName, r.mark])).toEqual([
      [collective(0), 'both'],
      [collective(1), 'blank'],
    ]);
    const stored = value<Ballot>(await dispatch('ballots.get', { roundId: round.id, number: 2 }));
    expect(stored.marks.find((m) => m.nominationId === ids[1])!.mark).toBe('blank');
    expect(stored.marks.find((m) => m.nominationId === ids[0])!.mark).toBe('both');
    let tally = value<SessionVoting>(await dispatch('sessions.voting', { id: session.id }));
    const c1 = group(tally).nominees.find((n) => n.nominationId === ids[0])!;
    expect([c1.yes, c1.no]).toEqual([0, 0]);
    // Only ballot 2 is valid: Nguyễn Thị Hoa has one yes.
    expect(group(tally, 'ca_nhan').nominees[0]!.yes).toBe(1);

    // A ballot number already entered is replaced only on purpose.
    const again = failure(
      await dispatch('ballots.enter', { roundId: round.id, number: 1, marks: overQuota }),
    );
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('Phiếu số 1 của vòng 1 đã được nhập');
    const replaced = value<BallotEntered>(
      await dispatch('ballots.enter', {
        roundId: round.id,
        number: 1,
        replace: true,
        marks: ids.map((id) => ({ nominationId: id, mark: 'no' })),
      }),
    );
    expect(replaced.ballot.valid).toBe(true);
    expect(
      failure(await dispatch('ballots.enter', { roundId: round.id, number: 13, marks: [] }))
        .message,
    ).toBe('Phiếu số 13 vượt số phiếu phát ra của vòng 1 (12).');
    const deleted = value<{ reconciliation: { returned: number } }>(
      await dispatch('ballots.delete', { roundId: round.id, number: 2 }),
    );
    expect(deleted.reconciliation.returned).toBe(1);

    // The council's rule changed to "only that section": the individual section still counts.
    value(await s.setRules({ overQuotaRule: 'section_invalid' }));
    const sectionOnly = value<BallotEntered>(
      await dispatch('ballots.enter', { roundId: round.id, marks: overQuota }),
    );
    expect(sectionOnly.ballot.number).toBe(2);
    expect(sectionOnly.ballot.valid).toBe(true);
    expect(sectionOnly.ballot.sections.map((x) => [x.subjectType, x.valid, x.yes])).toEqual([
      ['tap_the', false, 21],
      ['ca_nhan', true, 1],
    ]);
    tally = value<SessionVoting>(await dispatch('sessions.voting', { id: session.id }));
    expect(tally.overQuotaRule).toBe('section_invalid');
    // Saving the rules without naming the ballot rule keeps it.
    const kept = value<{ overQuotaRule: string; numberedBallots: boolean }>(await s.setRules());
    expect([kept.overQuotaRule, kept.numberedBallots]).toEqual(['section_invalid', true]);
    expect(group(tally, 'ca_nhan').nominees[0]!.yes).toBe(1);
    expect(group(tally).nominees.find((n) => n.nominationId === ids[0])!.yes).toBe(0);

    // Totals cannot be mixed with ballots entered one by one.
    expect(
      failure(
        await dispatch('rounds.enterTotals', {
          roundId: round.id,
          returned: 12,
          invalid: 0,
          rows: [],
        }),
      ).message,
    ).toContain('đã nhập từng phiếu');
  });

  it('takes totals per nominee instead of ballots, and reconciles them', async () => {
    const s = await scenario();
    const { dispatch, session } = s;
    await s.attend(12, 0);
    const v = value<SessionVoting>(
      await dispatch('sessions.openVoting', { sessionId: session.id }),
    );
    const round = v.rounds[0]!;
    const ids = Array.from({ length: 26 }, (_, i) => s.idOf(v, collective(i)));
    const rows = ids.map((id, i) => ({
      nominationId: id,
      yes: i < 20 ? 11 : 4,
      no: i < 20 ? 0 : 7,
    }));
    let t = value<SessionVoting>(
      await dispatch('rounds.enterTotals', { roundId: round.id, returned: 12, invalid: 1, rows }),
    );
    expect(t.rounds[0]).toMatchObject({ entryMode: 'totals' });
    expect(t.rounds[0]!.reconciliation).toMatchObject({
      issued: 14,
      returned: 12,
      valid: 11,
      invalid: 1,
      balanced: false,
    });
    expect(t.rounds[0]!.reconciliation.discrepancies).toEqual([
      'Phiếu phát ra (14) khác phiếu thu về (12) cộng phiếu không thu về (0): còn 2 phiếu chưa nhập hoặc chưa ghi là không thu về.',
    ]);
    // 70 % of the 12 present: at least 9; the 20 with 11 votes are selected, no tie.
    expect(group(t).selected).toBe(20);
    expect(group(t).tie).toBeNull();

    t = value<SessionVoting>(
      await dispatch('rounds.enterTotals', {
        roundId: round.id,
        returned: 12,
        invalid: 1,
        rows: [{ nominationId: ids[0], yes: 11, no: 3 }],
      }),
    );
    expect(t.rounds[0]!.reconciliation.discrepancies).toContain(
      'Tập thể số 01: 11 đồng ý cộng 3 không đồng ý vượt số phiếu hợp lệ (11).',
    );
    expect(
      failure(
        await dispatch('ballots.enter', {
          roundId: round.id,
          marks: [{ nominationId: ids[0], mark: 'yes' }],
        }),
      ).message,
    ).toContain('đã nhập tổng số phiếu');
    expect(
      failure(
        await dispatch('rounds.enterTotals', {
          roundId: round.id,
          returned: 3,
          invalid: 4,
          rows: [],
        }),
      ).message,
    ).toBe('Số phiếu không hợp lệ (4) lớn hơn số phiếu thu về (3).');
  });

  it('refuses to conclude on a voting rule out of force on the day, or a ballot that no longer matches the agenda', async () => {
    const s = await scenario();
    const { dispatch, session, dossierIds } = s;
    await s.attend(12, 0);
    value(
      await s.setRules({
        overrides: [
          {
            awardFormCode: 'bk_chu_tich_tinh',
            subjectType: null,
            votingRuleCode: 'nd98_2023_80_tong_so',
          },
        ],
      }),
    );
    let v = value<SessionVoting>(
      await dispatch('sessions.openVoting', { sessionId: session.id, spares: 0 }),
    );
    expect(v.rounds[0]!.sections[0]!.nominees).toHaveLength(26);
    // One dossier goes back from the council before any ballot is entered.
    value(
      await dispatch('dossiers.setStatus', {
        id: dossierIds[0],
        status: 'hop_le',
        date: '2021-12-02',
      }),
    );
    v = await s.voting();
    expect(v.blocking).toContain(
      '2 trường hợp trên phiếu không còn trong danh sách trình Hội đồng (Tập thể số 01, Tập thể số 02): lập lại phiếu vòng một.',
    );
    expect(v.blocking.join(' ')).toContain(
      'áp dụng từ 01/01/2024 đến 30/06/2025, không áp dụng cho phiên họp ngày 10/12/2021',
    );
    v = value<SessionVoting>(
      await dispatch('sessions.openVoting', { sessionId: session.id, spares: 0 }),
    );
    expect(v.rounds).toHaveLength(1);
    expect(v.rounds[0]!.sections[0]!.nominees).toHaveLength(24);
    expect(v.blocking.join(' ')).not.toContain('không còn trong danh sách');
    // Once a ballot is in, the first round is not re-issued silently.
    value(await dispatch('ballots.enter', { roundId: v.rounds[0]!.id, marks: [] }));
    expect(
      failure(await dispatch('sessions.openVoting', { sessionId: session.id })).message,
    ).toContain('xóa các dữ liệu đó trước khi lập lại phiếu');
  });

  it('a session without quorum cannot conclude, even with its ballots counted', async () => {
    const s = await scenario();
    const { dispatch, session } = s;
    await s.attend(9, 2);
    const v = value<SessionVoting>(
      await dispatch('sessions.openVoting', { sessionId: session.id, spares: 0 }),
    );
    const ids = Array.from({ length: 26 }, (_, i) => s.idOf(v, collective(i)));
    for (let b = 0; b < 9; b++) {
      value(
        await dispatch('ballots.enter', {
          roundId: v.rounds[0]!.id,
          marks: ids.map((id, i) => ({ nominationId: id, mark: i < 20 ? 'yes' : 'no' })),
        }),
      );
    }
    const after = await s.voting();
    expect(after.rounds[0]!.reconciliation.balanced).toBe(true);
    expect(after.blocking).toEqual([]);
    expect(after.canConclude).toBe(false);
    const refused = failure(await dispatch('sessions.conclude', { id: session.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Cần thêm 1 thành viên');
    expect((await s.voting()).status).toBe('draft');
  });

  it('lets the chair decide a tie when the council’s rule says so, recorded with who decided', async () => {
    const s = await scenario();
    const { dispatch, session } = s;
    value(await s.setRules({ tieRule: 'chair_decides' }));
    await s.attend(12, 0);
    const v = value<SessionVoting>(
      await dispatch('sessions.openVoting', { sessionId: session.id, spares: 0 }),
    );
    const ids = Array.from({ length: 26 }, (_, i) => s.idOf(v, collective(i)));
    // ≥ 70 % of the 12 present is 9: nineteen with 10, three with 9 for the last place.
    const grid = distribute([...Array<number>(19).fill(10), 9, 9, 9, 0, 0, 0, 0], 12, 20);
    for (const row of grid) {
      value(
        await dispatch('ballots.enter', {
          roundId: v.rounds[0]!.id,
          marks: ids.map((id, j) => ({ nominationId: id, mark: row[j] ? 'yes' : 'no' })),
        }),
      );
    }
    const tied = group(await s.voting()).tie!;
    expect(tied).toMatchObject({ nominationIds: [ids[19], ids[20], ids[21]], places: 1, votes: 9 });
    expect(tied.message).toContain('hoặc ghi quyết định của Chủ tịch Hội đồng');
    const key = {
      sessionId: session.id,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'tap_the',
    };
    const decide = (selectedNominationIds: number[]) =>
      dispatch('ties.chairDecide', {
        ...key,
        selectedNominationIds,
        decidedBy: 'Thành viên 1, Chủ tịch Hội đồng',
        note: 'Ưu tiên đơn vị vùng sâu, vùng xa',
      });
    const two = failure(await decide([ids[19]!, ids[20]!]));
    expect(two.code).toBe('VALIDATION');
    expect(two.message).toBe('Còn 1 chỗ trong chỉ tiêu: chọn đúng 1 trường hợp (đã chọn 2).');
    expect(failure(await decide([ids[0]!])).message).toContain(
      'Chỉ chọn trong các trường hợp bằng phiếu',
    );
    const decided = value<SessionVoting>(await decide([ids[21]!]));
    const g = group(decided);
    expect(g.tie).toBeNull();
    expect(g.selected).toBe(20);
    expect(g.nominees.find((n) => n.nominationId === ids[21])).toMatchObject({
      status: 'selected',
      resolvedBy: 'chair_decides',
    });
    expect(g.nominees.find((n) => n.nominationId === ids[19])!.status).toBe('not_selected');
    expect(decided.chairDecisions).toEqual([
      expect.objectContaining({
        tiedNominationIds: [ids[19], ids[20], ids[21]],
        selectedNominationIds: [ids[21]],
        decidedBy: 'Thành viên 1, Chủ tịch Hội đồng',
      }),
    ]);
    expect(decided.canConclude).toBe(true);
    value(await dispatch('sessions.conclude', { id: session.id }));
    const frozen = group(await s.voting());
    expect(frozen.nominees.find((n) => n.nominationId === ids[21])).toMatchObject({
      outcome: 'selected',
      resolvedBy: 'chair_decides',
    });
  });

  it('freezes everything at conclusion; a correction is a new recorded act that supersedes the outcome', async () => {
    const s = await concludedScenario();
    const { dispatch, session, ids, round, second, movementId } = s;
    const frozen = 'đã kết thúc';
    expect(
      failure(await dispatch('ballots.enter', { roundId: round.id, number: 13, marks: [] }))
        .message,
    ).toContain(frozen);
    expect(
      failure(await dispatch('ballots.delete', { roundId: round.id, number: 1 })).message,
    ).toContain(frozen);
    expect(
      failure(
        await dispatch('rounds.setCounts', {
          roundId: second.id,
          ballotsIssued: 12,
          notReturned: 0,
        }),
      ).message,
    ).toContain(frozen);
    expect(
      failure(await dispatch('sessions.openVoting', { sessionId: session.id })).message,
    ).toContain(frozen);
    // Even a direct write to the file is refused by the database itself.
    expect(() => s.db.prepare('UPDATE session_results SET outcome = ? ').run('selected')).toThrow(
      'Kết quả đã chốt không sửa được',
    );
    expect(() => s.db.prepare('DELETE FROM ballots').run()).toThrow('Phiên họp đã kết thúc');
    expect(() => s.db.prepare("UPDATE ballots SET marks = '[]'").run()).toThrow(
      'Phiên họp đã kết thúc',
    );
    // Later rule changes do not alter the concluded result.
    value(await s.setRules({ overQuotaRule: 'section_invalid', tieRule: 'chair_decides' }));
    const before = await s.voting();
    expect(before.tieRule).toBe('second_round');
    expect(before.overQuotaRule).toBe('ballot_invalid');

    const correction = {
      sessionId: session.id,
      reason: 'Kiểm tra lại biên bản kiểm phiếu vòng hai: nhầm phiếu của hai tập thể',
      actDate: '2021-12-15',
      recordedBy: 'Thư ký Hội đồng',
      reference: '15/BB-HĐTĐKT',
    };
    const full = failure(
      await dispatch('sessions.correct', {
        ...correction,
        nominationId: ids[19],
        outcome: 'selected',
      }),
    );
    expect(full.message).toContain('đã chọn 20/20: chọn thêm sẽ vượt chỉ tiêu');
    expect(
      failure(
        await dispatch('sessions.correct', {
          ...correction,
          actDate: '2021-12-01',
          nominationId: ids[20],
          outcome: 'not_selected',
        }),
      ).message,
    ).toContain('trước ngày họp 10/12/2021');
    value(
      await dispatch('sessions.correct', {
        ...correction,
        nominationId: ids[20],
        outcome: 'not_selected',
      }),
    );
    const corrected = value<SessionVoting>(
      await dispatch('sessions.correct', {
        ...correction,
        nominationId: ids[19],
        outcome: 'selected',
      }),
    );
    expect(corrected.corrections.map((c) => [c.fullName, c.previousOutcome, c.outcome])).toEqual([
      [collective(20), 'selected', 'not_selected'],
      [collective(19), 'not_selected', 'selected'],
    ]);
    const g = group(corrected);
    expect(g.nominees.find((n) => n.nominationId === ids[19])).toMatchObject({
      outcome: 'selected',
      corrected: true,
      status: 'not_selected',
    });
    expect(g.selected).toBe(20);
    // The concluded rows are untouched; the outcome of the nominations follows the correction.
    const rows = s.db
      .prepare(
        'SELECT nomination_id AS id, outcome FROM session_results WHERE nomination_id IN (?, ?) ORDER BY nomination_id',
      )
      .all(ids[19], ids[20]);
    expect(rows).toEqual([
      { id: ids[19], outcome: 'not_selected' },
      { id: ids[20], outcome: 'selected' },
    ]);
    const outcome = (id: number) =>
      (
        s.db.prepare('SELECT outcome FROM nomination_outcomes WHERE nomination_id = ?').get(id) as {
          outcome: string;
        }
      ).outcome;
    expect([outcome(ids[19]!), outcome(ids[20]!)]).toEqual(['selected', 'not_selected']);
    expect(
      value<SelectionUsage[]>(await dispatch('councilOutcomes.selectionUsage', { movementId }))[0],
    ).toMatchObject({ selected: 20, notSelected: 6 });
    expect(() => s.db.prepare('DELETE FROM session_corrections').run()).toThrow('không xóa được');
  });
});
