import { describe, expect, it } from 'vitest';
import { minimumYes, passesThreshold, type Threshold } from '../../shared/rules/voting';

const pct = (num: number, comparator: 'gte' | 'gt' = 'gte'): Threshold => ({
  thresholdNum: num,
  thresholdDen: 100,
  comparator,
});
const twoThirds: Threshold = { thresholdNum: 2, thresholdDen: 3, comparator: 'gte' };

describe('voting thresholds in integers (domain.md §2.2 table)', () => {
  // N, > 50%, ≥ 2/3, ≥ 70%, ≥ 80%, ≥ 90%
  it.each([
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
  ])('base %i: minimum yes %i / %i / %i / %i / %i', (n, gt50, tt, p70, p80, p90) => {
    expect(minimumYes(n, pct(50, 'gt'))).toBe(gt50);
    expect(minimumYes(n, twoThirds)).toBe(tt);
    expect(minimumYes(n, pct(70))).toBe(p70);
    expect(minimumYes(n, pct(80))).toBe(p80);
    expect(minimumYes(n, pct(90))).toBe(p90);
  });

  it('is exact at the boundary where floats go wrong', () => {
    // 0.7 * 10 = 7.000000000000001 in floating point; 7 of 10 is exactly 70%.
    expect(passesThreshold(7, 10, pct(70))).toBe(true);
    expect(passesThreshold(5, 10, pct(50, 'gt'))).toBe(false);
    expect(passesThreshold(3, 0, pct(50))).toBe(false);
  });
});
