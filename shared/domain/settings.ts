import { z } from 'zod';
import { optionalText, plainText } from './text-fields';

/** How the signer signs on behalf of someone (NĐ 30/2020, Điều 13; domain.md §4.2). */
export const SIGNER_DELEGATIONS = ['', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;
export const SignerDelegation = z.enum(SIGNER_DELEGATIONS, {
  error: 'Chỉ nhận: để trống, KT., TL., TUQ. hoặc Q.',
});

/** The agency whose secretariat uses this installation, and who signs its documents. */
export const AgencySettingsInput = z.strictObject({
  governingBody: plainText(200).meta({ title: 'Tên cơ quan, tổ chức chủ quản' }),
  issuingBody: plainText(200).meta({ title: 'Tên cơ quan ban hành văn bản' }),
  issuingBodyAbbr: plainText(30).meta({ title: 'Chữ viết tắt tên cơ quan ban hành' }),
  placeName: plainText(100).meta({ title: 'Địa danh' }),
  signerOnBehalfOf: plainText(200).meta({ title: 'Thay mặt (TM.) tập thể' }),
  signerDelegation: SignerDelegation.meta({ title: 'Hình thức ký thay' }),
  signerDelegationOf: plainText(100).meta({ title: 'Ký thay cho chức danh' }),
  signerTitle: plainText(100).meta({ title: 'Chức vụ người ký' }),
  signerName: plainText(100).meta({ title: 'Họ và tên người ký' }),
  userName: plainText(100).meta({ title: 'Tên người sử dụng' }),
  /**
   * The award-form level (award_forms.level) the signer decides: rule G4. Blank or null clears it;
   * left out, the saved value is kept (callers that do not know the field).
   */
  decisionLevel: optionalText(60)
    .optional()
    .meta({ title: 'Cấp thẩm quyền khen thưởng của người ký' }),
});
export type AgencySettingsInput = z.input<typeof AgencySettingsInput>;
export type AgencySettingsData = z.output<typeof AgencySettingsInput>;

export const AgencySettings = z.object({
  governingBody: z.string(),
  issuingBody: z.string(),
  issuingBodyAbbr: z.string(),
  placeName: z.string(),
  signerOnBehalfOf: z.string(),
  signerDelegation: SignerDelegation,
  signerDelegationOf: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  userName: z.string(),
  decisionLevel: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type AgencySettings = z.infer<typeof AgencySettings>;
