/**
 * Prize money of a decision (domain.md §1.5, §1.6): coefficient of the form for the subject type,
 * in the legal regime in force on the decision date, × the mức lương cơ sở in force on that date.
 * Pure functions over catalogue data; the values themselves are rows with their legal source.
 */

export interface DatedRate {
  validFrom: string;
  amount: number;
  source: string;
}

/** The base salary in force on `date` (the latest one starting on or before it), or null. */
export function baseSalaryOn<R extends DatedRate>(rates: readonly R[], date: string): R | null {
  let found: R | null = null;
  for (const rate of rates) {
    if (rate.validFrom <= date && (!found || rate.validFrom > found.validFrom)) found = rate;
  }
  return found;
}

export interface DatedRegime {
  code: string;
  validFrom: string;
  validTo: string | null;
}

/** The legal regime in force on `date`, or null when the date falls outside every regime. */
export function regimeOn<R extends DatedRegime>(regimes: readonly R[], date: string): R | null {
  return (
    regimes.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo)) ?? null
  );
}

/**
 * Multiplier × base in whole đồng, then rounded to `roundTo` (1 or 1.000 đ), halves up.
 * The multiplier is taken to three decimals in integers so 1,5 × 2.340.000 is exactly 3.510.000.
 */
export function prizeAmount(multiplier: number, baseSalary: number, roundTo: 1 | 1000 = 1): number {
  const thousandths = Math.round(multiplier * 1000);
  const dong = Math.round((thousandths * baseSalary) / 1000);
  return roundTo === 1 ? dong : Math.round(dong / roundTo) * roundTo;
}
