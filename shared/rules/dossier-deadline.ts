/**
 * Which submission deadline (`nop_ho_so`) of a movement applies to a dossier: for a period, the first
 * one on or after the period's start; otherwise the movement's first. The kế hoạch decides (§5).
 */
export interface DeadlineSource {
  periods: readonly { code: string; startDate: string }[];
  deadlines: readonly { kind: string; date: string; inclusive: boolean }[];
}

export function applicableDeadline(
  movement: DeadlineSource,
  periodCode: string | null,
): { date: string; inclusive: boolean } | null {
  const submissions = movement.deadlines
    .filter((d) => d.kind === 'nop_ho_so')
    .sort((a, b) => a.date.localeCompare(b.date));
  const period = movement.periods.find((p) => p.code === periodCode);
  const chosen = period
    ? (submissions.find((d) => d.date >= period.startDate) ?? null)
    : (submissions[0] ?? null);
  return chosen ? { date: chosen.date, inclusive: chosen.inclusive } : null;
}
