/**
 * Ranking within a group's selection quota (domain.md §2.2 "over-quota ranking"): among nominees who
 * pass, highest "yes" first, up to the quota. A tie that straddles the cut-off is flagged and stays
 * flagged until a recorded resolution names exactly those tied nominees: a second round among them
 * (ranked again by its own votes, recursively) or the chair's decision. Never broken silently.
 */

export interface RankInput {
  id: number;
  yes: number;
  /** null: no rule to test against (the group cannot be decided). */
  passed: boolean | null;
}

export type TieResolution =
  | {
      kind: 'second_round';
      roundId: number;
      tiedIds: readonly number[];
      places: number;
      /** Votes per tied nominee; null while the round is not complete. */
      votes: ReadonlyMap<number, number> | null;
    }
  | {
      kind: 'chair_decides';
      tiedIds: readonly number[];
      places: number;
      selectedIds: readonly number[];
    };

export type RankStatus = 'selected' | 'not_selected' | 'not_passed' | 'tie_at_cutoff' | 'pending';

export interface RankedNominee {
  id: number;
  yes: number;
  /** Competition rank by first-round votes among those passing (1, 2, 2, 4); null if not passing. */
  rank: number | null;
  status: RankStatus;
  resolvedBy: 'second_round' | 'chair_decides' | null;
  /** Votes in the deepest second round this nominee took part in. */
  secondRoundYes: number | null;
}

export interface OpenTie {
  ids: number[];
  places: number;
  votes: number;
  /** A second round for exactly these nominees, not yet complete. */
  pendingRoundId: number | null;
}

export interface GroupRanking {
  /** Order: rank, then input order (the order is for display only; status never depends on it). */
  nominees: RankedNominee[];
  tie: OpenTie | null;
  selected: number;
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function rankGroup(
  nominees: readonly RankInput[],
  quota: number | null,
  resolutions: readonly TieResolution[],
): GroupRanking {
  const out = new Map<number, RankedNominee>();
  for (const n of nominees) {
    out.set(n.id, {
      id: n.id,
      yes: n.yes,
      rank: null,
      status: n.passed === null ? 'pending' : n.passed ? 'selected' : 'not_passed',
      resolvedBy: null,
      secondRoundYes: null,
    });
  }
  const passing = nominees.filter((n) => n.passed === true);
  const sorted = [...passing].sort((a, b) => b.yes - a.yes);
  sorted.forEach((n, i) => {
    const first = sorted.findIndex((m) => m.yes === n.yes);
    out.get(n.id)!.rank = first === -1 ? i + 1 : first + 1;
  });

  let tie: OpenTie | null = null;
  const undecided = nominees.some((n) => n.passed === null);
  if (!undecided && quota !== null && passing.length > quota) {
    tie = cut(
      passing.map((n) => ({ id: n.id, score: n.yes })),
      quota,
      null,
    );
  }

  /** Selects the top `places` by score; a straddling tie goes to its resolution or stays open. */
  function cut(
    pool: { id: number; score: number }[],
    places: number,
    via: 'second_round' | 'chair_decides' | null,
  ): OpenTie | null {
    const mark = (id: number, status: RankStatus) => {
      const r = out.get(id)!;
      r.status = status;
      if (via !== null && status !== 'tie_at_cutoff') r.resolvedBy = via;
    };
    const ordered = [...pool].sort((a, b) => b.score - a.score);
    if (places <= 0) {
      for (const p of ordered) mark(p.id, 'not_selected');
      return null;
    }
    if (ordered.length <= places) {
      for (const p of ordered) mark(p.id, 'selected');
      return null;
    }
    const v = ordered[places - 1]!.score;
    const above = ordered.filter((p) => p.score > v);
    const tied = ordered.filter((p) => p.score === v);
    const below = ordered.filter((p) => p.score < v);
    for (const p of above) mark(p.id, 'selected');
    for (const p of below) mark(p.id, 'not_selected');
    if (above.length + tied.length <= places) {
      for (const p of tied) mark(p.id, 'selected');
      return null;
    }
    const left = places - above.length;
    const ids = tied.map((p) => p.id);
    const resolution = resolutions.find((r) => r.places === left && sameSet(r.tiedIds, ids));
    if (resolution?.kind === 'chair_decides') {
      for (const id of ids) {
        const chosen = resolution.selectedIds.includes(id);
        const r = out.get(id)!;
        r.status = chosen ? 'selected' : 'not_selected';
        r.resolvedBy = 'chair_decides';
      }
      return null;
    }
    if (resolution?.kind === 'second_round' && resolution.votes !== null) {
      const votes = resolution.votes;
      for (const id of ids) out.get(id)!.secondRoundYes = votes.get(id) ?? 0;
      return cut(
        ids.map((id) => ({ id, score: votes.get(id) ?? 0 })),
        left,
        'second_round',
      );
    }
    for (const id of ids) mark(id, 'tie_at_cutoff');
    return {
      ids,
      places: left,
      votes: v,
      pendingRoundId: resolution?.kind === 'second_round' ? resolution.roundId : null,
    };
  }

  const order = new Map(nominees.map((n, i) => [n.id, i]));
  const list = [...out.values()].sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      b.yes - a.yes ||
      order.get(a.id)! - order.get(b.id)!,
  );
  return { nominees: list, tie, selected: list.filter((n) => n.status === 'selected').length };
}
