/** A threshold as an integer fraction: "từ 90% trở lên" = 90/100 gte; "trên 50%" = 50/100 gt. */
export interface Threshold {
  thresholdNum: number;
  thresholdDen: number;
  comparator: 'gte' | 'gt';
}

/** Whether `yes` votes out of `base` pass the threshold — integer arithmetic, never floats. */
export function passesThreshold(yes: number, base: number, t: Threshold): boolean {
  if (base <= 0) return false;
  const left = yes * t.thresholdDen;
  const right = t.thresholdNum * base;
  return t.comparator === 'gte' ? left >= right : left > right;
}

/** The fewest "yes" votes that pass, out of `base` (for ballots and minutes). */
export function minimumYes(base: number, t: Threshold): number {
  for (let yes = 0; yes <= base; yes++) if (passesThreshold(yes, base, t)) return yes;
  return base + 1;
}
