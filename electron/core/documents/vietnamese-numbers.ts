/**
 * Whole amounts with the Vietnamese thousands separator: `1490000` → `1.490.000`.
 * Written by hand (not `Intl`) so the output never depends on the ICU build.
 */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return rounded < 0 ? `-${digits}` : digits;
}

/** A count as official documents write it: `2` → `02`, `15` → `15`, `1000` → `1.000`. */
export function formatCount(value: number): string {
  return value >= 0 && value < 10 ? `0${value}` : formatAmount(value);
}
