import { z } from 'zod';
import { IsoDate } from './dates';
import { optionalText, requiredText } from './text-fields';

/** Who can be awarded: a collective (tập thể, enterprises included), a person, a household. */
export const SUBJECT_TYPES = ['tap_the', 'ca_nhan', 'ho_gia_dinh'] as const;
export const SubjectType = z.enum(SUBJECT_TYPES, {
  error: 'Chỉ nhận: tập thể, cá nhân, hộ gia đình',
});
export type SubjectType = z.infer<typeof SubjectType>;

export const PROCEDURES = ['thuong', 'don_gian'] as const;
export const Procedure = z.enum(PROCEDURES, {
  error: 'Chỉ nhận: thủ tục thông thường hoặc đơn giản',
});
export type Procedure = z.infer<typeof Procedure>;

/** Code of a catalogue entry: lower-case ASCII, digits and underscores (e.g. `bk_chu_tich_tinh`). */
export const Code = z
  .string()
  .regex(/^[a-z0-9_]{1,60}$/, { error: 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch dưới' });

/** A legal regime: the law + decree + circular in force over a period (domain.md §1.1). */
export const LegalRegime = z.object({
  code: z.string(),
  name: z.string(),
  documents: z.string(),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
});
export type LegalRegime = z.infer<typeof LegalRegime>;

/** Prize coefficient × mức lương cơ sở, per form and subject type, with its legal source. */
export const RewardRate = z.object({
  subjectType: SubjectType,
  multiplier: z.number().nonnegative(),
  regimeCode: z.string(),
  source: z.string(),
});
export type RewardRate = z.infer<typeof RewardRate>;

/** A voting rule (domain.md §2.2): pass when yes × den ≥ num × base (or >), in integers. */
export const VotingRule = z.object({
  code: z.string(),
  name: z.string(),
  method: z.enum(['secret_ballot', 'show_of_hands', 'written']),
  base: z.enum(['total_members', 'present_members', 'valid_ballots']),
  thresholdNum: z.number().int().positive(),
  thresholdDen: z.number().int().positive(),
  comparator: z.enum(['gte', 'gt']),
  allowWrittenFromAbsent: z.boolean(),
  source: z.string(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
});
export type VotingRule = z.infer<typeof VotingRule>;

export const AwardForm = z.object({
  code: z.string(),
  name: z.string(),
  printName: z.string(),
  awardClass: z.string().nullable(),
  level: z.string(),
  decidingAuthority: z.string(),
  subjectTypes: z.array(SubjectType),
  allowsPosthumous: z.boolean(),
  armedForcesOnly: z.boolean(),
  procedure: z.string(),
  legalSource: z.string(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  /** null: no national rule; the council's own regulation decides. */
  defaultVotingRuleCode: z.string().nullable(),
  rewardRates: z.array(RewardRate),
});
export type AwardForm = z.infer<typeof AwardForm>;

export const AwardFormInput = z.strictObject({
  code: Code.meta({ title: 'Mã hình thức' }),
  name: requiredText(200).meta({ title: 'Tên hình thức khen thưởng' }),
  printName: requiredText(300).meta({ title: 'Tên in trên văn bản' }),
  awardClass: optionalText(30).optional().meta({ title: 'Hạng' }),
  level: requiredText(60).meta({ title: 'Cấp khen thưởng' }),
  decidingAuthority: requiredText(200).meta({ title: 'Thẩm quyền quyết định' }),
  subjectTypes: z
    .array(SubjectType)
    .min(1, { error: 'Chọn ít nhất một đối tượng' })
    .meta({ title: 'Đối tượng được khen' }),
  allowsPosthumous: z.boolean().meta({ title: 'Được truy tặng' }),
  armedForcesOnly: z.boolean().meta({ title: 'Chỉ cho lực lượng vũ trang' }),
  procedure: requiredText(60).meta({ title: 'Thủ tục' }),
  legalSource: requiredText(300).meta({ title: 'Căn cứ pháp lý' }),
  validFrom: IsoDate.nullable().optional().meta({ title: 'Áp dụng từ ngày' }),
  validTo: IsoDate.nullable().optional().meta({ title: 'Áp dụng đến ngày' }),
  defaultVotingRuleCode: z
    .string()
    .nullable()
    .optional()
    .meta({ title: 'Quy tắc biểu quyết mặc định' }),
});
export type AwardFormInput = z.input<typeof AwardFormInput>;

export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = {
  tap_the: 'tập thể',
  ca_nhan: 'cá nhân',
  ho_gia_dinh: 'hộ gia đình',
};
