import { z } from 'zod';
import { IsoDate } from './dates';
import { DocumentSignerInput } from './document';
import { optionalText, plainText } from './text-fields';

const Lines = (max: number, title: string) =>
  z
    .array(plainText(max))
    .max(60)
    .transform((lines) => lines.filter((line) => line !== ''))
    .meta({ title });

/**
 * What a person fills to draft or issue a Tờ trình đề nghị cấp trên khen thưởng: the movement,
 * the chosen nominations, who is asked, and the few fields not already known.
 */
export const SubmissionInput = z.strictObject({
  movementId: z.number().int().positive().meta({ title: 'Phong trào' }),
  nominationIds: z
    .array(z.number().int().positive())
    .max(100_000)
    .meta({ title: 'Tập thể, cá nhân đề nghị khen thưởng' }),
  number: z
    .number({ error: 'Số văn bản phải là số nguyên dương' })
    .int({ error: 'Số văn bản phải là số nguyên dương' })
    .positive({ error: 'Số văn bản phải là số nguyên dương' })
    .nullable()
    .default(null)
    .meta({ title: 'Số' }),
  symbol: optionalText(40).optional().meta({ title: 'Ký hiệu' }),
  date: IsoDate.nullable().default(null).meta({ title: 'Ngày ký' }),
  /** Who is asked to award, in running text: "Thủ tướng Chính phủ". */
  awardingAuthority: optionalText(300).optional().meta({ title: 'Cấp có thẩm quyền khen thưởng' }),
  addressees: Lines(300, 'Kính gửi').optional(),
  signer: DocumentSignerInput.optional().meta({ title: 'Người ký' }),
  summary: optionalText(1000).optional().meta({ title: 'Trích yếu' }),
  legalBases: Lines(1000, 'Căn cứ').optional(),
  achievement: optionalText(2000).optional().meta({ title: 'Thành tích' }),
  recipients: Lines(300, 'Nơi nhận').optional(),
});
export type SubmissionInput = z.input<typeof SubmissionInput>;
export type SubmissionInputData = z.output<typeof SubmissionInput>;
