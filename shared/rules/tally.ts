/**
 * Tallying council ballots (domain.md §2.2, §4.6), as pure functions over plain data: validity of one
 * ballot, counts per nominee, reconciliation of the ballot counts, the base of a percentage, and the
 * pass test (integer arithmetic, via `passesThreshold`).
 */
import { passesThreshold, type Threshold } from './voting';

export type Mark = 'yes' | 'no' | 'blank' | 'both';
export type OverQuotaRule = 'ballot_invalid' | 'section_invalid';
export type BaseKind = 'total_members' | 'present_members' | 'valid_ballots';

/** One section of a ballot: one award form × subject type, "chọn không quá {quota}". */
export interface Section {
  key: string;
  /** "Bằng khen của Chủ tịch UBND tỉnh – tập thể", for messages. */
  label: string;
  /** null: no limit. */
  quota: number | null;
  nominees: readonly { id: number; name: string }[];
}

export interface SectionCheck {
  key: string;
  yes: number;
  no: number;
  valid: boolean;
  reasons: string[];
}

export interface BallotCheckResult {
  valid: boolean;
  reasons: string[];
  sections: SectionCheck[];
  /** Rows that count for nobody: no box or both boxes marked. */
  rowIssues: { nominationId: number; name: string; mark: 'blank' | 'both'; message: string }[];
}

/**
 * Checks one ballot. A row with no box or both boxes does not count (the rest of the ballot does);
 * more "Đồng ý" than a section's quota makes the ballot, or only that section, invalid (the council's rule).
 * Nominees missing from `marks` are unmarked rows.
 */
export function checkBallot(
  sections: readonly Section[],
  marks: ReadonlyMap<number, Mark>,
  rule: OverQuotaRule,
): BallotCheckResult {
  const reasons: string[] = [];
  const rowIssues: BallotCheckResult['rowIssues'] = [];
  let ballotValid = true;
  const checks = sections.map((s): SectionCheck => {
    let yes = 0;
    let no = 0;
    s.nominees.forEach((n, i) => {
      const mark = marks.get(n.id) ?? 'blank';
      if (mark === 'yes') yes++;
      else if (mark === 'no') no++;
      else {
        const what = mark === 'both' ? 'đánh dấu cả hai ô' : 'không đánh dấu ô nào';
        rowIssues.push({
          nominationId: n.id,
          name: n.name,
          mark,
          message: `Mục “${s.label}”, dòng ${i + 1} (${n.name}): ${what}, dòng này không được tính.`,
        });
      }
    });
    const sectionReasons: string[] = [];
    let valid = true;
    if (s.quota !== null && yes > s.quota) {
      valid = false;
      const over = `Mục “${s.label}” có ${yes} ô “Đồng ý”, vượt số được chọn (không quá ${s.quota})`;
      if (rule === 'ballot_invalid') {
        ballotValid = false;
        sectionReasons.push(`${over}: cả phiếu không hợp lệ.`);
      } else {
        sectionReasons.push(`${over}: mục này không hợp lệ, các mục khác vẫn được tính.`);
      }
      reasons.push(...sectionReasons);
    }
    return { key: s.key, yes, no, valid, reasons: sectionReasons };
  });
  if (!ballotValid) for (const c of checks) c.valid = false;
  return { valid: ballotValid, reasons, sections: checks, rowIssues };
}

export interface NomineeCount {
  yes: number;
  no: number;
  /** Valid ballots (or valid sections) on which this nominee's row stood. */
  validBallots: number;
}

export interface RoundTally {
  perNominee: Map<number, NomineeCount>;
  returned: number;
  valid: number;
  invalid: number;
}

/** Counts every entered ballot of a round (each already checked with `checkBallot`). */
export function tallyBallots(
  sections: readonly Section[],
  ballots: readonly { marks: ReadonlyMap<number, Mark> }[],
  rule: OverQuotaRule,
): RoundTally & { checks: BallotCheckResult[] } {
  const perNominee = new Map<number, NomineeCount>();
  for (const s of sections)
    for (const n of s.nominees) perNominee.set(n.id, { yes: 0, no: 0, validBallots: 0 });
  let valid = 0;
  const checks: BallotCheckResult[] = [];
  for (const b of ballots) {
    const check = checkBallot(sections, b.marks, rule);
    checks.push(check);
    if (check.valid) valid++;
    sections.forEach((s, i) => {
      if (!check.sections[i]!.valid) return;
      for (const n of s.nominees) {
        const count = perNominee.get(n.id)!;
        count.validBallots++;
        const mark = b.marks.get(n.id);
        if (mark === 'yes') count.yes++;
        else if (mark === 'no') count.no++;
      }
    });
  }
  return { perNominee, returned: ballots.length, valid, invalid: ballots.length - valid, checks };
}

export interface ReconciliationInput {
  issued: number;
  returned: number;
  notReturned: number;
  valid: number;
  invalid: number;
  /** Present voting members: no more ballots than voters may come back. */
  voters: number;
  /** Totals per nominee (entered by hand): yes + no must fit in the valid ballots. */
  rows?: readonly { name: string; yes: number; no: number }[];
}

export interface ReconciliationResult {
  balanced: boolean;
  discrepancies: string[];
}

/** Phiếu phát ra = thu về + không thu về; hợp lệ + không hợp lệ = thu về (domain.md §4.5). */
export function reconcile(r: ReconciliationInput): ReconciliationResult {
  const d: string[] = [];
  if (r.returned === 0) d.push('Chưa có phiếu nào được nhập.');
  if (r.issued !== r.returned + r.notReturned) {
    const diff = r.issued - r.returned - r.notReturned;
    d.push(
      `Phiếu phát ra (${r.issued}) khác phiếu thu về (${r.returned}) cộng phiếu không thu về (${r.notReturned}): ` +
        (diff > 0
          ? `còn ${diff} phiếu chưa nhập hoặc chưa ghi là không thu về.`
          : `thừa ${-diff} phiếu so với số phát ra.`),
    );
  }
  if (r.valid + r.invalid !== r.returned) {
    d.push(
      `Phiếu hợp lệ (${r.valid}) cộng phiếu không hợp lệ (${r.invalid}) khác phiếu thu về (${r.returned}).`,
    );
  }
  if (r.returned > r.voters) {
    d.push(
      `Phiếu thu về (${r.returned}) nhiều hơn số thành viên có mặt được bỏ phiếu (${r.voters}).`,
    );
  }
  for (const row of r.rows ?? []) {
    if (row.yes + row.no > r.valid) {
      d.push(
        `${row.name}: ${row.yes} đồng ý cộng ${row.no} không đồng ý vượt số phiếu hợp lệ (${r.valid}).`,
      );
    }
  }
  return { balanced: d.length === 0, discrepancies: d };
}

export interface BaseCounts {
  /** Voting members of the council on the session date. */
  totalMembers: number;
  /** Voting members present. */
  present: number;
  /** Absent members whose written opinion was received and is counted. */
  writtenCounted: number;
  /** Valid ballots for the nominee's section, plus counted written opinions. */
  validBallots: number;
}

/** The base a percentage is taken of. Written opinions count toward "present" only when the rule counts them. */
export function baseOf(kind: BaseKind, c: BaseCounts): number {
  if (kind === 'total_members') return c.totalMembers;
  if (kind === 'present_members') return c.present + c.writtenCounted;
  return c.validBallots;
}

export const BASE_LABELS: Record<BaseKind, string> = {
  total_members: 'tổng số thành viên Hội đồng',
  present_members: 'số thành viên dự họp và cho ý kiến bằng văn bản',
  valid_ballots: 'số phiếu hợp lệ',
};

/** "86,67%": two decimals, Vietnamese comma; display only. */
export function percentText(yes: number, base: number): string {
  if (base <= 0) return '—';
  // Integer rounding (half up) of yes/base in hundredths of a percent.
  const hundredths = Math.floor((yes * 20000 + base) / (2 * base));
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  return frac === 0 ? `${whole}%` : `${whole},${String(frac).padStart(2, '0').replace(/0$/, '')}%`;
}

export interface NomineeVerdict {
  base: number;
  passed: boolean;
}

export function verdict(yes: number, base: number, t: Threshold): NomineeVerdict {
  return { base, passed: passesThreshold(yes, base, t) };
}
