import { describe, expect, it } from 'vitest';
import { describeQuorumRule, quorumStatus, type QuorumRule } from '../../shared/rules/quorum';

const twoThirds: QuorumRule = { num: 2, den: 3, comparator: 'gte' };
const overHalf: QuorumRule = { num: 1, den: 2, comparator: 'gt' };

describe('quorum in integers (domain.md §2.2)', () => {
  // N, fewest present for > 1/2, for ≥ 2/3 (the table's "> 50%" and "≥ 2/3" columns)
  it.each([
    [5, 3, 4],
    [7, 4, 5],
    [9, 5, 6],
    [11, 6, 8],
    [13, 7, 9],
    [15, 8, 10],
    [17, 9, 12],
    [19, 10, 13],
    [21, 11, 14],
    [25, 13, 17],
  ])('%i voting members: > 1/2 needs %i present, ≥ 2/3 needs %i', (n, gtHalf, tt) => {
    for (const [rule, required] of [
      [overHalf, gtHalf],
      [twoThirds, tt],
    ] as const) {
      const at = quorumStatus({ votingMembers: n, present: required, rule });
      expect(at).toMatchObject({ required, needed: 0, met: true });
      const below = quorumStatus({ votingMembers: n, present: required - 1, rule });
      expect(below).toMatchObject({ required, needed: 1, met: false });
      expect(below.message).toContain('Cần thêm 1 thành viên');
      expect(quorumStatus({ votingMembers: n, present: 0, rule }).needed).toBe(required);
    }
  });

  it('15 members, ≥ 2/3: 12 present is enough, 9 present needs one more', () => {
    const met = quorumStatus({ votingMembers: 15, present: 12, rule: twoThirds });
    expect(met).toMatchObject({ met: true, required: 10, needed: 0 });
    expect(met.message).toBe(
      'Có mặt 12/15 thành viên có quyền biểu quyết: đủ số lượng (cần ít nhất 10).',
    );
    const short = quorumStatus({ votingMembers: 15, present: 9, rule: twoThirds });
    expect(short).toMatchObject({ met: false, required: 10, needed: 1 });
    expect(short.message).toBe(
      'Có mặt 9/15 thành viên có quyền biểu quyết: chưa đủ số lượng (cần ít nhất 10). Cần thêm 1 thành viên.',
    );
  });

  it('is exact where a fraction lands on a whole number (> vs ≥)', () => {
    // 1/2 of 10 is exactly 5: "trên một nửa" needs 6, "từ một nửa trở lên" needs 5.
    expect(quorumStatus({ votingMembers: 10, present: 5, rule: overHalf }).met).toBe(false);
    expect(
      quorumStatus({ votingMembers: 10, present: 5, rule: { ...overHalf, comparator: 'gte' } }).met,
    ).toBe(true);
    // 2/3 of 12 is exactly 8.
    expect(quorumStatus({ votingMembers: 12, present: 8, rule: twoThirds }).met).toBe(true);
    expect(
      quorumStatus({ votingMembers: 12, present: 8, rule: { ...twoThirds, comparator: 'gt' } }),
    ).toMatchObject({ met: false, required: 9, needed: 1 });
  });

  it('never meets without voting members, nor with an impossible rule', () => {
    expect(quorumStatus({ votingMembers: 0, present: 0, rule: twoThirds })).toMatchObject({
      met: false,
      message: 'Hội đồng chưa có thành viên có quyền biểu quyết vào ngày họp.',
    });
    const all = quorumStatus({
      votingMembers: 5,
      present: 5,
      rule: { num: 1, den: 1, comparator: 'gt' },
    });
    expect(all.met).toBe(false);
    expect(all.message).toContain('không thể đạt');
  });

  it('says the rule as people write it', () => {
    expect(describeQuorumRule(twoThirds)).toBe('từ 2/3 số thành viên có quyền biểu quyết trở lên');
    expect(describeQuorumRule(overHalf)).toBe('trên 1/2 số thành viên có quyền biểu quyết');
  });
});
