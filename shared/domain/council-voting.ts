/**
 * Council voting (domain.md §2.2, §4.6): rounds of ballots, per-ballot validity, tallies with
 * reconciliation, results per nominee against the voting rule, ranking within each group's selection
 * quota, ties at the cut-off and how they were resolved, the frozen result and later corrections.
 */
import { z } from 'zod';
import { SubjectType, VotingRule } from './award-form';
import { IsoDate } from './dates';
import { optionalText, requiredText } from './text-fields';

const Id = z.number().int().positive();
const Count = z.number().int({ error: 'Nhập số nguyên' }).min(0, { error: 'Không được âm' });

/** One row of a ballot: "Đồng ý", "Không đồng ý", no box marked, or both boxes marked. */
export const BALLOT_MARKS = ['yes', 'no', 'blank', 'both'] as const;
export const BallotMark = z.enum(BALLOT_MARKS, {
  error: 'Chỉ nhận: đồng ý, không đồng ý, không đánh dấu, đánh dấu cả hai ô',
});
export type BallotMark = z.infer<typeof BallotMark>;

/** What more "Đồng ý" than a section's quota does: the whole ballot or only that section is invalid. */
export const OVER_QUOTA_RULES = ['ballot_invalid', 'section_invalid'] as const;
export const OverQuotaRule = z.enum(OVER_QUOTA_RULES, {
  error: 'Chỉ nhận: cả phiếu không hợp lệ, hoặc chỉ mục đó không hợp lệ',
});
export type OverQuotaRule = z.infer<typeof OverQuotaRule>;

export const OVER_QUOTA_RULE_LABELS: Record<OverQuotaRule, string> = {
  ballot_invalid: 'Cả phiếu không hợp lệ',
  section_invalid: 'Chỉ mục vượt số lượng không hợp lệ',
};

/** Where a nominee stands after the vote. */
export const NOMINEE_STATUSES = [
  'selected',
  'not_selected',
  'not_passed',
  'tie_at_cutoff',
  'pending',
] as const;
export const NomineeStatus = z.enum(NOMINEE_STATUSES);
export type NomineeStatus = z.infer<typeof NomineeStatus>;

export const NOMINEE_STATUS_LABELS: Record<NomineeStatus, string> = {
  selected: 'Được chọn',
  not_selected: 'Không được chọn (ngoài chỉ tiêu)',
  not_passed: 'Không đạt tỷ lệ',
  tie_at_cutoff: 'Bằng phiếu tại vị trí cuối chỉ tiêu',
  pending: 'Chưa đủ dữ liệu',
};

export const OUTCOMES = ['selected', 'not_selected'] as const;
export const Outcome = z.enum(OUTCOMES, { error: 'Chỉ nhận: được chọn, không được chọn' });
export type Outcome = z.infer<typeof Outcome>;

export const TIE_RESOLUTIONS = ['second_round', 'chair_decides'] as const;
export type TieResolutionKind = (typeof TIE_RESOLUTIONS)[number];

const Marks = z
  .array(
    z.strictObject({
      nominationId: Id.meta({ title: 'Trường hợp' }),
      mark: BallotMark.meta({ title: 'Đánh dấu' }),
    }),
  )
  .max(5000)
  .meta({ title: 'Các dòng của phiếu (dòng không gửi: không đánh dấu)' });

// ——— inputs ———

export const OpenVotingInput = z.strictObject({
  sessionId: Id.meta({ title: 'Phiên họp' }),
  spares: Count.max(100).default(2).meta({ title: 'Số phiếu dự phòng' }),
});
export type OpenVotingData = z.output<typeof OpenVotingInput>;

export const BallotEnterInput = z.strictObject({
  roundId: Id.meta({ title: 'Vòng bỏ phiếu' }),
  /** null: the next free number. */
  number: z.number().int().min(1).nullable().default(null).meta({ title: 'Số phiếu' }),
  marks: Marks,
  /** Replace the ballot with the same number (refused otherwise). */
  replace: z.boolean().default(false).meta({ title: 'Nhập lại phiếu đã có' }),
});
export type BallotEnterData = z.output<typeof BallotEnterInput>;

export const BallotRefInput = z.strictObject({
  roundId: Id.meta({ title: 'Vòng bỏ phiếu' }),
  number: z.number().int().min(1).meta({ title: 'Số phiếu' }),
});

export const RoundCountsInput = z.strictObject({
  roundId: Id.meta({ title: 'Vòng bỏ phiếu' }),
  ballotsIssued: Count.max(10_000).meta({ title: 'Số phiếu phát ra' }),
  notReturned: Count.max(10_000).meta({ title: 'Số phiếu không thu về' }),
});
export type RoundCountsData = z.output<typeof RoundCountsInput>;

export const TotalsInput = z.strictObject({
  roundId: Id.meta({ title: 'Vòng bỏ phiếu' }),
  returned: Count.max(10_000).meta({ title: 'Số phiếu thu về' }),
  invalid: Count.max(10_000).meta({ title: 'Số phiếu không hợp lệ' }),
  rows: z
    .array(
      z.strictObject({
        nominationId: Id.meta({ title: 'Trường hợp' }),
        yes: Count.max(10_000).meta({ title: 'Đồng ý' }),
        no: Count.max(10_000).meta({ title: 'Không đồng ý' }),
      }),
    )
    .max(5000)
    .meta({ title: 'Số phiếu theo từng trường hợp' }),
});
export type TotalsData = z.output<typeof TotalsInput>;

export const WrittenOpinionInput = z.strictObject({
  sessionId: Id.meta({ title: 'Phiên họp' }),
  memberId: Id.meta({ title: 'Thành viên vắng mặt' }),
  receivedDate: IsoDate.nullable().default(null).meta({ title: 'Ngày nhận ý kiến' }),
  marks: Marks,
});
export type WrittenOpinionData = z.output<typeof WrittenOpinionInput>;

const GroupKey = {
  sessionId: Id.meta({ title: 'Phiên họp' }),
  awardFormCode: z.string().min(1).meta({ title: 'Hình thức khen thưởng' }),
  subjectType: SubjectType.meta({ title: 'Đối tượng' }),
};

export const SecondRoundInput = z.strictObject({
  ...GroupKey,
  spares: Count.max(100).default(2).meta({ title: 'Số phiếu dự phòng' }),
});
export type SecondRoundData = z.output<typeof SecondRoundInput>;

export const ChairDecisionInput = z.strictObject({
  ...GroupKey,
  selectedNominationIds: z.array(Id).min(1).meta({ title: 'Trường hợp được Chủ tịch chọn' }),
  decidedBy: requiredText(200).meta({ title: 'Người quyết định (Chủ tịch Hội đồng)' }),
  note: optionalText(2000).default(null).meta({ title: 'Ghi chú' }),
});
export type ChairDecisionData = z.output<typeof ChairDecisionInput>;

export const CorrectionInput = z.strictObject({
  sessionId: Id.meta({ title: 'Phiên họp' }),
  nominationId: Id.meta({ title: 'Trường hợp' }),
  outcome: Outcome.meta({ title: 'Kết quả sau đính chính' }),
  /** null: the counts stay as recorded. */
  yes: Count.nullable().default(null).meta({ title: 'Số phiếu đồng ý sau đính chính' }),
  no: Count.nullable().default(null).meta({ title: 'Số phiếu không đồng ý sau đính chính' }),
  reason: requiredText(2000).meta({ title: 'Lý do đính chính' }),
  actDate: IsoDate.meta({ title: 'Ngày đính chính' }),
  recordedBy: requiredText(200).meta({ title: 'Người lập' }),
  reference: optionalText(200).default(null).meta({ title: 'Số văn bản đính chính' }),
});
export type CorrectionData = z.output<typeof CorrectionInput>;

export const SelectionUsageInput = z.strictObject({
  movementId: Id.meta({ title: 'Phong trào' }),
  periodCode: z.string().nullable().default(null).meta({ title: 'Đợt' }),
});

// ——— outputs ———

export const Reconciliation = z.object({
  issued: z.number().int(),
  returned: z.number().int(),
  notReturned: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  /** issued = returned + not returned, valid + invalid = returned, and each count fits. */
  balanced: z.boolean(),
  /** Vietnamese sentences, one per discrepancy. */
  discrepancies: z.array(z.string()),
});
export type Reconciliation = z.infer<typeof Reconciliation>;

export const BallotSectionCheck = z.object({
  awardFormCode: z.string(),
  subjectType: SubjectType,
  quota: z.number().int().nullable(),
  yes: z.number().int(),
  no: z.number().int(),
  valid: z.boolean(),
  reasons: z.array(z.string()),
});

export const BallotCheck = z.object({
  roundId: z.number().int(),
  number: z.number().int(),
  valid: z.boolean(),
  /** Why the ballot, a section or a row does not count. */
  reasons: z.array(z.string()),
  sections: z.array(BallotSectionCheck),
  rowIssues: z.array(
    z.object({
      nominationId: z.number().int(),
      fullName: z.string(),
      mark: z.enum(['blank', 'both']),
      message: z.string(),
    }),
  ),
});
export type BallotCheck = z.infer<typeof BallotCheck>;

export const Ballot = BallotCheck.extend({
  marks: z.array(z.object({ nominationId: z.number().int(), mark: BallotMark })),
  enteredAt: z.string(),
});
export type Ballot = z.infer<typeof Ballot>;

export const BallotEntered = z.object({
  ballot: BallotCheck,
  reconciliation: Reconciliation,
  /** The next free number in the round (null: every issued ballot is entered). */
  nextNumber: z.number().int().nullable(),
});
export type BallotEntered = z.infer<typeof BallotEntered>;

export const RoundNominee = z.object({
  nominationId: z.number().int(),
  fullName: z.string(),
  position: z.string().nullable(),
  proposingUnitName: z.string(),
  dossierId: z.number().int(),
});
export type RoundNominee = z.infer<typeof RoundNominee>;

/** One section of a round's ballot: one award form × subject type, "chọn không quá k". */
export const RoundSection = z.object({
  awardFormCode: z.string(),
  awardFormName: z.string(),
  subjectType: SubjectType,
  /** First round: the group's selection quota; second round: the places left at the cut-off. */
  quota: z.number().int().nullable(),
  nominees: z.array(RoundNominee),
});
export type RoundSection = z.infer<typeof RoundSection>;

export const VotingRound = z.object({
  id: z.number().int(),
  number: z.number().int(),
  kind: z.enum(['first', 'second']),
  /** Second round: its group; first round: null (every group of the agenda). */
  awardFormCode: z.string().nullable(),
  subjectType: SubjectType.nullable(),
  /** Second round: places left at the cut-off among the tied. */
  places: z.number().int().nullable(),
  /** null: nothing entered yet. */
  entryMode: z.enum(['ballots', 'totals']).nullable(),
  ballotsIssued: z.number().int(),
  numbered: z.boolean(),
  sections: z.array(RoundSection),
  ballots: z.array(
    z.object({ number: z.number().int(), valid: z.boolean(), reasons: z.array(z.string()) }),
  ),
  reconciliation: Reconciliation,
  openedAt: z.string(),
});
export type VotingRound = z.infer<typeof VotingRound>;

export const NomineeResult = z.object({
  nominationId: z.number().int(),
  fullName: z.string(),
  position: z.string().nullable(),
  proposingUnitName: z.string(),
  dossierId: z.number().int(),
  /** First-round votes, written opinions included when the rule counts them. */
  yes: z.number().int(),
  no: z.number().int(),
  writtenYes: z.number().int(),
  writtenNo: z.number().int(),
  base: z.number().int(),
  /** "86,67%" of the base (display only; the pass test is in integers). */
  percent: z.string(),
  /** null: no voting rule for the group. */
  passed: z.boolean().nullable(),
  /** Rank among those passing by first-round votes (equal votes share a rank). */
  rank: z.number().int().nullable(),
  status: NomineeStatus,
  resolvedBy: z.enum(TIE_RESOLUTIONS).nullable(),
  /** Votes in the latest second round this nominee took part in. */
  secondRoundYes: z.number().int().nullable(),
  /** After conclusion: the outcome, corrections applied. */
  outcome: Outcome.nullable(),
  corrected: z.boolean(),
});
export type NomineeResult = z.infer<typeof NomineeResult>;

export const GroupResult = z.object({
  awardFormCode: z.string(),
  awardFormName: z.string(),
  subjectType: SubjectType,
  quota: z.number().int().nullable(),
  votingRule: VotingRule.extend({ minimumYes: z.number().int() }).nullable(),
  /** "tổng số thành viên Hội đồng (15)". */
  baseLabel: z.string(),
  nominees: z.array(NomineeResult),
  /** An unresolved tie straddling the cut-off: never broken silently. */
  tie: z
    .object({
      nominationIds: z.array(z.number().int()),
      places: z.number().int(),
      votes: z.number().int(),
      /** A second round already opened for these nominees, not yet complete. */
      pendingRoundId: z.number().int().nullable(),
      message: z.string(),
    })
    .nullable(),
  selected: z.number().int(),
});
export type GroupResult = z.infer<typeof GroupResult>;

export const ChairDecision = z.object({
  id: z.number().int(),
  awardFormCode: z.string(),
  subjectType: SubjectType,
  tiedNominationIds: z.array(z.number().int()),
  selectedNominationIds: z.array(z.number().int()),
  decidedBy: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type ChairDecision = z.infer<typeof ChairDecision>;

export const Correction = z.object({
  id: z.number().int(),
  nominationId: z.number().int(),
  fullName: z.string(),
  previousOutcome: Outcome,
  outcome: Outcome,
  yes: z.number().int().nullable(),
  no: z.number().int().nullable(),
  reason: z.string(),
  actDate: IsoDate,
  recordedBy: z.string(),
  reference: z.string().nullable(),
  recordedAt: z.string(),
});
export type Correction = z.infer<typeof Correction>;

export const WrittenOpinion = z.object({
  memberId: z.number().int(),
  fullName: z.string(),
  receivedDate: IsoDate.nullable(),
  /** Counted only where the group's voting rule allows written opinions (`allowWrittenFromAbsent`). */
  marks: z.array(z.object({ nominationId: z.number().int(), mark: BallotMark })),
  check: BallotCheck,
});
export type WrittenOpinion = z.infer<typeof WrittenOpinion>;

export const SessionVoting = z.object({
  sessionId: z.number().int(),
  status: z.enum(['draft', 'concluded']),
  tieRule: z.enum(TIE_RESOLUTIONS),
  overQuotaRule: OverQuotaRule,
  numberedBallots: z.boolean(),
  /** Present voting members: ballots per round before spares. */
  presentVoting: z.number().int(),
  totalVoting: z.number().int(),
  rounds: z.array(VotingRound),
  writtenOpinions: z.array(WrittenOpinion),
  groups: z.array(GroupResult),
  chairDecisions: z.array(ChairDecision),
  corrections: z.array(Correction),
  /** Why the session cannot conclude yet (empty: it can). */
  blocking: z.array(z.string()),
  canConclude: z.boolean(),
});
export type SessionVoting = z.infer<typeof SessionVoting>;

/** Selection usage of a movement: how many the council selected per award form × subject type. */
export const SelectionUsage = z.object({
  awardFormCode: z.string(),
  subjectType: SubjectType,
  selected: z.number().int(),
  notSelected: z.number().int(),
  sessionIds: z.array(z.number().int()),
});
export type SelectionUsage = z.infer<typeof SelectionUsage>;
