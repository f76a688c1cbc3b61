import { z } from 'zod';
import { DocumentSignerInput, documentDraftFields, Lines } from './document';
import { optionalText } from './text-fields';

/**
 * What a person fills to draft or issue a Tờ trình đề nghị cấp trên khen thưởng: the movement,
 * the chosen nominations, who is asked, and the few fields not already known.
 */
export const SubmissionInput = z.strictObject({
  ...documentDraftFields('Tập thể, cá nhân đề nghị khen thưởng'),
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
