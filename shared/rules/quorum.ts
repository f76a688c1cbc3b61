/**
 * Quorum of a council session (domain.md §2.2): the council's rule ("≥ 2/3 thành viên", "trên 1/2")
 * over its voting members, in integer arithmetic. A session without quorum can be saved, not concluded.
 */
import { minimumYes } from './voting';

export interface QuorumRule {
  num: number;
  den: number;
  comparator: 'gte' | 'gt';
}

export interface QuorumStatus {
  /** Members with the right to vote on the session date (the base). */
  votingMembers: number;
  /** Voting members present (a written opinion from an absent member does not count). */
  present: number;
  /** The fewest present members the rule accepts; `votingMembers + 1` when no number would do. */
  required: number;
  /** How many more members must be present ("Cần thêm n thành viên"); 0 when met. */
  needed: number;
  met: boolean;
  /** One Vietnamese sentence for the screen and the minutes. */
  message: string;
}

/** "≥ 2/3", "> 1/2": the rule as people write it. */
export function describeQuorumRule(rule: QuorumRule): string {
  return `${rule.comparator === 'gte' ? 'từ' : 'trên'} ${rule.num}/${rule.den} số thành viên có quyền biểu quyết${
    rule.comparator === 'gte' ? ' trở lên' : ''
  }`;
}

export function quorumStatus(input: {
  votingMembers: number;
  present: number;
  rule: QuorumRule;
}): QuorumStatus {
  const { votingMembers, rule } = input;
  const present = Math.max(0, Math.min(input.present, votingMembers));
  if (votingMembers <= 0) {
    return {
      votingMembers: 0,
      present: 0,
      required: 1,
      needed: 1,
      met: false,
      message: 'Hội đồng chưa có thành viên có quyền biểu quyết vào ngày họp.',
    };
  }
  const required = minimumYes(votingMembers, {
    thresholdNum: rule.num,
    thresholdDen: rule.den,
    comparator: rule.comparator,
  });
  const met = required <= votingMembers && present >= required;
  const needed = met ? 0 : Math.max(0, required - present);
  const counted = `Có mặt ${present}/${votingMembers} thành viên có quyền biểu quyết`;
  const message = met
    ? `${counted}: đủ số lượng (cần ít nhất ${required}).`
    : required > votingMembers
      ? `${counted}: quy tắc ${describeQuorumRule(rule)} không thể đạt với ${votingMembers} thành viên.`
      : `${counted}: chưa đủ số lượng (cần ít nhất ${required}). Cần thêm ${needed} thành viên.`;
  return { votingMembers, present, required, needed, met, message };
}
