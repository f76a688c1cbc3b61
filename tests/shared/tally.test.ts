import { describe, expect, it } from 'vitest';
import {
  baseOf,
  checkBallot,
  percentText,
  reconcile,
  tallyBallots,
  type Mark,
  type Section,
} from '../../shared/rules/tally';
import { rankGroup, type TieResolution } from '../../shared/rules/tally-ranking';
import { minimumYes, passesThreshold, type Threshold } from '../../shared/rules/voting';

/** domain.md §2.2, "Minimum yes votes for common thresholds", typed in from the document. */
const TABLE: readonly (readonly [
  n: number,
  gt50: number,
  gte23: number,
  gte70: number,
  gte80: number,
  gte90: number,
])[] = [
  [5, 3, 4, 4, 4, 5],
  [7, 4, 5, 5, 6, 7],
  [9, 5, 6, 7, 8, 9],
  [11, 6, 8, 8, 9, 10],
  [13, 7, 9, 10, 11, 12],
  [15, 8, 10, 11, 12, 14],
  [17, 9, 12, 12, 14, 16],
  [19, 10, 13, 14, 16, 18],
  [21, 11, 14, 15, 17, 19],
  [25, 13, 17, 18, 20, 23],
];

const THRESHOLDS: readonly [string, Threshold][] = [
  ['> 50%', { thresholdNum: 50, thresholdDen: 100, comparator: 'gt' }],
  ['≥ 2/3', { thresholdNum: 2, thresholdDen: 3, comparator: 'gte' }],
  ['≥ 70%', { thresholdNum: 70, thresholdDen: 100, comparator: 'gte' }],
  ['≥ 80%', { thresholdNum: 80, thresholdDen: 100, comparator: 'gte' }],
  ['≥ 90%', { thresholdNum: 90, thresholdDen: 100, comparator: 'gte' }],
];

/** A different formula from the code under test: closed-form integer ceiling / floor + 1. */
function closedForm(n: number, t: Threshold): number {
  const product = t.thresholdNum * n;
  return t.comparator === 'gte'
    ? Math.floor((product + t.thresholdDen - 1) / t.thresholdDen)
    : Math.floor(product / t.thresholdDen) + 1;
}

describe('threshold table of domain.md §2.2', () => {
  for (const row of TABLE) {
    const [n, ...expected] = row;
    THRESHOLDS.forEach(([label, t], i) => {
      it(`N = ${n}, ${label}: at least ${expected[i]} yes`, () => {
        const least = expected[i]!;
        expect(minimumYes(n, t)).toBe(least);
        expect(passesThreshold(least, n, t)).toBe(true);
        expect(passesThreshold(least - 1, n, t)).toBe(false);
      });
    });
  }

  it('agrees with a closed-form integer formula for every N from 5 to 25', () => {
    for (let n = 5; n <= 25; n++) {
      for (const [, t] of THRESHOLDS) expect([n, minimumYes(n, t)]).toEqual([n, closedForm(n, t)]);
    }
  });

  it('reads "trên 50%" strictly: 5 of 10 does not pass, 5 of 10 passes "từ 50% trở lên"', () => {
    expect(passesThreshold(5, 10, { thresholdNum: 50, thresholdDen: 100, comparator: 'gt' })).toBe(
      false,
    );
    expect(passesThreshold(5, 10, { thresholdNum: 50, thresholdDen: 100, comparator: 'gte' })).toBe(
      true,
    );
  });
});

const section = (key: string, quota: number | null, ids: number[]): Section => ({
  key,
  label: key === 'tt' ? 'Bằng khen – tập thể' : 'Bằng khen – cá nhân',
  quota,
  nominees: ids.map((id) => ({ id, name: `Trường hợp ${id}` })),
});

describe('ballot validity', () => {
  const sections = [section('tt', 2, [1, 2, 3, 4]), section('cn', 1, [5, 6])];
  const marks = (entries: [number, Mark][]) => new Map(entries);

  it('does not count a row with both boxes or no box, and keeps the rest of the ballot', () => {
    const r = checkBallot(
      sections,
      marks([
        [1, 'yes'],
        [2, 'both'],
        [4, 'no'],
        [5, 'yes'],
        [6, 'no'],
      ]),
      'ballot_invalid',
    );
    expect(r.valid).toBe(true);
    expect(r.rowIssues.map((i) => [i.nominationId, i.mark])).toEqual([
      [2, 'both'],
      [3, 'blank'],
    ]);
    expect(r.rowIssues[0]!.message).toBe(
      'Mục “Bằng khen – tập thể”, dòng 2 (Trường hợp 2): đánh dấu cả hai ô, dòng này không được tính.',
    );
    expect(r.rowIssues[1]!.message).toContain('không đánh dấu ô nào');
    expect(r.sections.map((s) => [s.yes, s.no, s.valid])).toEqual([
      [1, 1, true],
      [1, 1, true],
    ]);
  });

  it('applies the council’s rule to more "Đồng ý" than the quota: whole ballot or that section', () => {
    const over = marks([
      [1, 'yes'],
      [2, 'yes'],
      [3, 'yes'],
      [5, 'yes'],
    ]);
    const whole = checkBallot(sections, over, 'ballot_invalid');
    expect(whole.valid).toBe(false);
    expect(whole.sections.map((s) => s.valid)).toEqual([false, false]);
    expect(whole.reasons).toEqual([
      'Mục “Bằng khen – tập thể” có 3 ô “Đồng ý”, vượt số được chọn (không quá 2): cả phiếu không hợp lệ.',
    ]);
    const part = checkBallot(sections, over, 'section_invalid');
    expect(part.valid).toBe(true);
    expect(part.sections.map((s) => s.valid)).toEqual([false, true]);
    expect(part.reasons[0]).toContain('mục này không hợp lệ, các mục khác vẫn được tính');

    const ballots = [
      { marks: over },
      {
        marks: marks([
          [1, 'yes'],
          [5, 'no'],
        ]),
      },
    ];
    const byBallot = tallyBallots(sections, ballots, 'ballot_invalid');
    expect([byBallot.valid, byBallot.invalid]).toEqual([1, 1]);
    expect(byBallot.perNominee.get(1)).toEqual({ yes: 1, no: 0, validBallots: 1 });
    expect(byBallot.perNominee.get(5)).toEqual({ yes: 0, no: 1, validBallots: 1 });
    const bySection = tallyBallots(sections, ballots, 'section_invalid');
    expect([bySection.valid, bySection.invalid]).toEqual([2, 0]);
    expect(bySection.perNominee.get(1)).toEqual({ yes: 1, no: 0, validBallots: 1 });
    // The individual section of the over-quota ballot still counts.
    expect(bySection.perNominee.get(5)).toEqual({ yes: 1, no: 1, validBallots: 2 });
  });
});

describe('reconciliation', () => {
  it('accepts issued = returned + not returned and valid + invalid = returned', () => {
    expect(
      reconcile({ issued: 14, returned: 12, notReturned: 2, valid: 11, invalid: 1, voters: 12 }),
    ).toEqual({ balanced: true, discrepancies: [] });
  });

  it('says what does not add up, in Vietnamese', () => {
    const r = reconcile({
      issued: 14,
      returned: 13,
      notReturned: 0,
      valid: 12,
      invalid: 0,
      voters: 12,
      rows: [{ name: 'Trạm Y tế xã Phan Rí Thành', yes: 10, no: 3 }],
    });
    expect(r.balanced).toBe(false);
    expect(r.discrepancies).toEqual([
      'Phiếu phát ra (14) khác phiếu thu về (13) cộng phiếu không thu về (0): còn 1 phiếu chưa nhập hoặc chưa ghi là không thu về.',
      'Phiếu hợp lệ (12) cộng phiếu không hợp lệ (0) khác phiếu thu về (13).',
      'Phiếu thu về (13) nhiều hơn số thành viên có mặt được bỏ phiếu (12).',
      'Trạm Y tế xã Phan Rí Thành: 10 đồng ý cộng 3 không đồng ý vượt số phiếu hợp lệ (12).',
    ]);
    expect(
      reconcile({ issued: 0, returned: 0, notReturned: 0, valid: 0, invalid: 0, voters: 5 })
        .discrepancies,
    ).toEqual(['Chưa có phiếu nào được nhập.']);
  });
});

describe('base and percentage', () => {
  const counts = { totalMembers: 15, present: 12, writtenCounted: 2, validBallots: 13 };
  it('takes the stated base', () => {
    expect(baseOf('total_members', counts)).toBe(15);
    expect(baseOf('present_members', counts)).toBe(14);
    expect(baseOf('present_members', { ...counts, writtenCounted: 0 })).toBe(12);
    expect(baseOf('valid_ballots', counts)).toBe(13);
  });
  it('prints Vietnamese percentages rounded half up to hundredths', () => {
    expect(percentText(12, 15)).toBe('80%');
    expect(percentText(2, 3)).toBe('66,67%');
    expect(percentText(1, 8)).toBe('12,5%');
    expect(percentText(13, 14)).toBe('92,86%');
    expect(percentText(1, 0)).toBe('—');
  });
});

describe('ranking within the quota', () => {
  const passing = (votes: number[]) => votes.map((yes, i) => ({ id: i + 1, yes, passed: true }));

  it('selects the top of the quota and leaves the rest out; those failing the threshold never count', () => {
    const r = rankGroup([...passing([9, 12, 11, 10]), { id: 5, yes: 13, passed: false }], 3, []);
    expect(r.tie).toBeNull();
    expect(r.nominees.map((n) => [n.id, n.rank, n.status])).toEqual([
      [2, 1, 'selected'],
      [3, 2, 'selected'],
      [4, 3, 'selected'],
      [1, 4, 'not_selected'],
      [5, null, 'not_passed'],
    ]);
    expect(r.selected).toBe(3);
  });

  it('does not flag a tie that fits in the quota or lies below the cut-off', () => {
    expect(rankGroup(passing([12, 11, 11, 9]), 3, []).tie).toBeNull();
    const below = rankGroup(passing([12, 11, 9, 9]), 2, []);
    expect(below.tie).toBeNull();
    expect(below.nominees.filter((n) => n.status === 'selected').map((n) => n.id)).toEqual([1, 2]);
  });

  it('flags a tie straddling the cut-off and never breaks it by itself', () => {
    const r = rankGroup(passing([12, 10, 11, 10, 10]), 3, []);
    expect(r.tie).toEqual({ ids: [2, 4, 5], places: 1, votes: 10, pendingRoundId: null });
    expect(r.nominees.map((n) => [n.id, n.rank, n.status])).toEqual([
      [1, 1, 'selected'],
      [3, 2, 'selected'],
      [2, 3, 'tie_at_cutoff'],
      [4, 3, 'tie_at_cutoff'],
      [5, 3, 'tie_at_cutoff'],
    ]);
    expect(r.selected).toBe(2);
  });

  it('resolves the tie by a second round among the tied only, and flags a tie there again', () => {
    const votes = (entries: [number, number][] | null): TieResolution => ({
      kind: 'second_round',
      roundId: 7,
      tiedIds: [5, 4, 2],
      places: 1,
      votes: entries === null ? null : new Map(entries),
    });
    const pending = rankGroup(passing([12, 10, 11, 10, 10]), 3, [votes(null)]);
    expect(pending.tie?.pendingRoundId).toBe(7);

    const done = rankGroup(passing([12, 10, 11, 10, 10]), 3, [
      votes([
        [2, 3],
        [4, 7],
        [5, 2],
      ]),
    ]);
    expect(done.tie).toBeNull();
    expect(done.nominees.find((n) => n.id === 4)).toMatchObject({
      status: 'selected',
      resolvedBy: 'second_round',
      secondRoundYes: 7,
    });
    expect(done.nominees.find((n) => n.id === 2)).toMatchObject({
      status: 'not_selected',
      resolvedBy: 'second_round',
    });
    expect(done.selected).toBe(3);

    const again = rankGroup(passing([12, 10, 11, 10, 10]), 3, [
      votes([
        [2, 5],
        [4, 5],
        [5, 2],
      ]),
    ]);
    expect(again.tie).toEqual({ ids: [2, 4], places: 1, votes: 5, pendingRoundId: null });
    expect(again.nominees.find((n) => n.id === 5)!.status).toBe('not_selected');
  });

  it('resolves the tie by the chair’s recorded decision when that names exactly the tied', () => {
    const chair: TieResolution = {
      kind: 'chair_decides',
      tiedIds: [2, 4, 5],
      places: 1,
      selectedIds: [5],
    };
    const r = rankGroup(passing([12, 10, 11, 10, 10]), 3, [chair]);
    expect(r.tie).toBeNull();
    expect(r.nominees.filter((n) => n.status === 'selected').map((n) => n.id)).toEqual([1, 3, 5]);
    expect(r.nominees.find((n) => n.id === 5)!.resolvedBy).toBe('chair_decides');
    // A decision about another set of nominees does not apply.
    const stale = rankGroup(passing([12, 10, 11, 10, 10, 10]), 3, [chair]);
    expect(stale.tie?.ids).toEqual([2, 4, 5, 6]);
  });

  it('waits (pending) while a nominee has no rule to be tested against', () => {
    const r = rankGroup(
      [
        { id: 1, yes: 3, passed: null },
        { id: 2, yes: 3, passed: null },
      ],
      1,
      [],
    );
    expect(r.tie).toBeNull();
    expect(r.nominees.map((n) => n.status)).toEqual(['pending', 'pending']);
  });
});
