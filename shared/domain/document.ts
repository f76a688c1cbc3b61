import { z } from 'zod';
import { SubjectType } from './award-form';
import { IsoDate } from './dates';
import { SignerDelegation } from './settings';
import { optionalText, plainText, requiredText } from './text-fields';

/** Document types kept in the register; each has its own number series per body and year. */
export const DOC_TYPES = ['quyet_dinh', 'to_trinh', 'bao_cao', 'ke_hoach', 'khac'] as const;
export const DocType = z.enum(DOC_TYPES, { error: 'Loại văn bản không hợp lệ' });
export type DocType = z.infer<typeof DocType>;
export const DOC_TYPE_LABELS: Record<DocType, string> = {
  quyet_dinh: 'Quyết định',
  to_trinh: 'Tờ trình',
  bao_cao: 'Báo cáo',
  ke_hoach: 'Kế hoạch',
  khac: 'Văn bản khác',
};

export const DOC_STATUSES = ['draft', 'issued'] as const;
export const DocStatus = z.enum(DOC_STATUSES);
export type DocStatus = z.infer<typeof DocStatus>;

/** The signature block as printed (a snapshot: later settings edits never change an issued one). */
export const DocumentSigner = z.object({
  signerOnBehalfOf: z.string(),
  signerDelegation: SignerDelegation,
  signerDelegationOf: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
});
export type DocumentSigner = z.infer<typeof DocumentSigner>;

export const DocumentSignerInput = z.strictObject({
  signerOnBehalfOf: plainText(200).meta({ title: 'Thay mặt (TM.) tập thể' }),
  signerDelegation: SignerDelegation.meta({ title: 'Hình thức ký thay' }),
  signerDelegationOf: plainText(100).meta({ title: 'Ký thay cho chức danh' }),
  signerTitle: plainText(100).meta({ title: 'Chức vụ người ký' }),
  signerName: plainText(100).meta({ title: 'Họ và tên người ký' }),
});

/** Lines a person edits (căn cứ, nơi nhận, kính gửi): empty lines dropped. */
export const Lines = (max: number, title: string) =>
  z
    .array(plainText(max))
    .max(60)
    .transform((lines) => lines.filter((line) => line !== ''))
    .meta({ title });

/** What every issued document of the register is drafted from: movement, nominations, number, date. */
export const documentDraftFields = (nominationsTitle: string) => ({
  movementId: z.number().int().positive().meta({ title: 'Phong trào' }),
  nominationIds: z
    .array(z.number().int().positive())
    .max(100_000)
    .meta({ title: nominationsTitle }),
  number: z
    .number({ error: 'Số văn bản phải là số nguyên dương' })
    .int({ error: 'Số văn bản phải là số nguyên dương' })
    .positive({ error: 'Số văn bản phải là số nguyên dương' })
    .nullable()
    .default(null)
    .meta({ title: 'Số' }),
  symbol: optionalText(40).optional().meta({ title: 'Ký hiệu' }),
  date: IsoDate.nullable().default(null).meta({ title: 'Ngày ký' }),
});

/**
 * What a person fills to draft or issue a Quyết định khen thưởng: the movement, the chosen
 * nominations, and the few fields not already known. Left-out texts take the defaults that
 * `documents.decisionDefaults` shows.
 */
export const DecisionInput = z.strictObject({
  ...documentDraftFields('Tập thể, cá nhân được khen thưởng'),
  signer: DocumentSignerInput.optional().meta({ title: 'Người ký' }),
  summary: optionalText(1000).optional().meta({ title: 'Trích yếu' }),
  authorityName: optionalText(300).optional().meta({ title: 'Thẩm quyền ban hành' }),
  legalBases: Lines(1000, 'Căn cứ ban hành').optional(),
  achievement: optionalText(2000).optional().meta({ title: 'Thành tích (Điều 1)' }),
  fundSource: optionalText(300).optional().meta({ title: 'Nguồn tiền thưởng' }),
  executors: Lines(300, 'Cơ quan, đơn vị thi hành (Điều 3)').optional(),
  recipients: Lines(300, 'Nơi nhận').optional(),
  /** Đồng (1) or thousands (1000): many provinces round prize money to 1.000 đ (domain.md §1.5). */
  roundTo: z
    .union([z.literal(1), z.literal(1000)])
    .default(1)
    .meta({ title: 'Làm tròn tiền thưởng' }),
});
export type DecisionInput = z.input<typeof DecisionInput>;
export type DecisionInputData = z.output<typeof DecisionInput>;

/** One nomination as the decision would print it, with its prize money on the decision date. */
export const DecisionCandidate = z.object({
  nominationId: z.number().int(),
  awardFormCode: z.string(),
  awardFormName: z.string(),
  subjectType: SubjectType,
  printedName: z.string(),
  printedDetail: z.string(),
  proposingUnitId: z.number().int(),
  proposingUnitName: z.string(),
  /** Marked as chosen on the nomination itself (nominations.selected). */
  selected: z.boolean(),
  /** The council's outcome, when a concluded session considered it. */
  councilOutcome: z.enum(['selected', 'not_selected']).nullable(),
  /** Coefficient × mức lương cơ sở; null when the catalogue has no coefficient for it. */
  multiplier: z.number().nullable(),
  amount: z.number().int().nullable(),
  /** Number of the issued Quyết định that already awards this nomination, if any. */
  issuedIn: z.string().nullable(),
});
export type DecisionCandidate = z.infer<typeof DecisionCandidate>;

export const BaseSalaryInForce = z.object({
  validFrom: IsoDate,
  amount: z.number().int(),
  source: z.string(),
});

/** What decides who may sign an award form's Quyết định (domain.md §1.3, rule G4). */
export const DecisionAuthorityForm = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  decidingAuthority: z.string(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
});
export type DecisionAuthorityForm = z.infer<typeof DecisionAuthorityForm>;

export const DecisionAuthorityFinding = z.object({
  severity: z.enum(['error', 'warning']),
  /** The award form concerned; null for a finding about the settings. */
  awardFormCode: z.string().nullable(),
  message: z.string(),
});
export type DecisionAuthorityFinding = z.infer<typeof DecisionAuthorityFinding>;

export const DecisionDefaults = z.object({
  symbol: z.string(),
  nextNumber: z.number().int(),
  signer: DocumentSigner,
  authorityName: z.string(),
  legalBases: z.array(z.string()),
  achievement: z.string(),
  fundSource: z.string(),
  executors: z.array(z.string()),
  recipients: z.array(z.string()),
  /** The base salary the amounts were computed with (date given, else today); null: none in force. */
  baseSalary: BaseSalaryInForce.nullable(),
  regimeCode: z.string().nullable(),
  candidates: z.array(DecisionCandidate),
  /** The award-form level the agency's signer decides (Cài đặt); null: not declared. */
  decisionLevel: z.string().nullable(),
  /**
   * The authority facts of the candidates' forms: the composer checks the chosen ones with
   * `decisionAuthorityFindings` (shared/rules), the same rule `documents.issueDecision` enforces.
   */
  authorityForms: z.array(DecisionAuthorityForm),
});
export type DecisionDefaults = z.infer<typeof DecisionDefaults>;

/** One entry of the register of issued documents. */
export const IssuedDocument = z.object({
  id: z.number().int(),
  docType: DocType,
  issuingBody: z.string(),
  year: z.number().int(),
  number: z.number().int().nullable(),
  symbol: z.string(),
  /** "05/QĐ-UBND". */
  numberLabel: z.string(),
  summary: z.string(),
  date: IsoDate.nullable(),
  signer: DocumentSigner,
  movementId: z.number().int().nullable(),
  movementTitle: z.string().nullable(),
  status: DocStatus,
  awardeeCount: z.number().int(),
  totalAmount: z.number().int(),
  createdAt: z.string(),
  issuedAt: z.string().nullable(),
});
export type IssuedDocument = z.infer<typeof IssuedDocument>;

export const DocumentAwardee = z.object({
  position: z.number().int(),
  nominationId: z.number().int().nullable(),
  awardFormCode: z.string(),
  subjectType: SubjectType,
  printedName: z.string(),
  printedDetail: z.string(),
  multiplier: z.number().nullable(),
  amount: z.number().int().nullable(),
});
export type DocumentAwardee = z.infer<typeof DocumentAwardee>;

export const IssuedDocumentDetail = IssuedDocument.extend({ awardees: z.array(DocumentAwardee) });
export type IssuedDocumentDetail = z.infer<typeof IssuedDocumentDetail>;

export const RegisterFilter = z.strictObject({
  movementId: z.number().int().positive().optional().meta({ title: 'Phong trào' }),
  docType: DocType.optional().meta({ title: 'Loại văn bản' }),
  year: z.number().int().min(1945).max(2200).optional().meta({ title: 'Năm' }),
  query: requiredText(200).optional().meta({ title: 'Tìm theo số, trích yếu' }),
});
export type RegisterFilter = z.output<typeof RegisterFilter>;

/** "05/QĐ-UBND": numbers below 10 take a leading zero (NĐ 30/2020). */
export function documentNumberLabel(number: number | null, symbol: string): string {
  const n = number === null ? '…' : String(number).padStart(2, '0');
  return `${n}/${symbol}`;
}
