import { z } from 'zod';
import { Procedure, SubjectType } from './award-form';
import { IsoDate } from './dates';
import { ChecklistState, DocType, DossierStatus } from './dossier';
import { Gender, nominationFields } from './nomination';
import { optionalText, requiredText } from './text-fields';

/**
 * A package (gói hồ sơ, `*.tdkt`) carries a movement's proposals from one installation to the level
 * above. Layout and checks: electron/core/exchange/README.md.
 */
export const PACKAGE_FORMAT = 'tdkt-desk/goi-ho-so';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.tdkt';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Text = z.string().max(4000);
const NullableText = Text.nullable();

/** What the receiving side may read before it decompresses anything. */
export const PackageManifest = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  /** sha256 of the uncompressed payload: the same content always has the same id. */
  packageId: Sha256,
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.string().max(40),
  sender: z.strictObject({
    governingBody: Text,
    issuingBody: Text,
    issuingBodyAbbr: Text,
    placeName: Text,
  }),
  recipient: Text,
  movement: z.strictObject({
    title: Text,
    number: NullableText,
    symbol: NullableText,
    year: z.number().int().nullable(),
    periods: z.array(z.strictObject({ code: Text, name: Text })).max(1000),
  }),
  includesIdNumber: z.boolean(),
  counts: z.strictObject({
    dossiers: z.number().int().nonnegative(),
    nominations: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
    fileBytes: z.number().int().nonnegative(),
  }),
  /** Checksums per part, so a refusal can say which part changed. */
  entries: z.strictObject({
    movement: Sha256,
    dossiers: z
      .array(
        z.strictObject({
          key: Text,
          metadata: Sha256,
          nominations: Sha256,
          files: z
            .array(
              z.strictObject({
                fileName: Text,
                sha256: Sha256,
                size: z.number().int().nonnegative(),
              }),
            )
            .max(10_000),
        }),
      )
      .max(100_000),
  }),
  payload: z.strictObject({
    size: z.number().int().nonnegative(),
    sha256: Sha256,
    compressedSize: z.number().int().nonnegative(),
    compressedSha256: Sha256,
  }),
});
export type PackageManifest = z.infer<typeof PackageManifest>;

export const PackageMovement = z.strictObject({
  title: Text,
  number: NullableText,
  symbol: NullableText,
  issuedDate: IsoDate.nullable(),
  issuingBody: Text,
  year: z.number().int().nullable(),
  procedure: Procedure,
  periods: z
    .array(
      z.strictObject({
        code: Text,
        name: Text,
        startDate: IsoDate,
        endDate: IsoDate.nullable(),
      }),
    )
    .max(1000),
});
export type PackageMovement = z.infer<typeof PackageMovement>;

/** A nomination as it travels: every typed field, the sender's own proposing unit by name. */
export const PackageNomination = z.strictObject({
  proposingUnitName: Text,
  periodCode: nominationFields.periodCode,
  awardFormCode: nominationFields.awardFormCode,
  subjectType: SubjectType,
  honorific: nominationFields.honorific,
  fullName: nominationFields.fullName,
  gender: Gender.nullable(),
  birthDate: nominationFields.birthDate,
  birthYear: z.number().int().nullable(),
  ethnicity: nominationFields.ethnicity,
  position: nominationFields.position,
  workplace: nominationFields.workplace,
  isLeader: z.boolean(),
  isEnterprise: z.boolean(),
  posthumous: z.boolean(),
  achievement: nominationFields.achievement,
  /** Only when the sender chose to include it. */
  idNumber: nominationFields.idNumber,
  note: nominationFields.note,
});
export type PackageNomination = z.output<typeof PackageNomination>;

export const PackageDossierMetadata = z.strictObject({
  year: z.number().int(),
  incomingNumber: z.number().int(),
  receivedDate: IsoDate,
  proposingUnitName: Text,
  documentNumber: NullableText,
  documentDate: IsoDate.nullable(),
  periodCode: NullableText,
  procedure: Procedure,
  awardFormCodes: z.array(z.string().min(1).max(100)).min(1).max(100),
  status: DossierStatus,
  statusDate: IsoDate,
  note: NullableText,
  checklist: z
    .array(
      z.strictObject({
        docType: DocType,
        label: Text,
        copies: z.number().int(),
        mandatory: z.boolean(),
        legalSource: Text,
        state: ChecklistState,
        note: NullableText,
      }),
    )
    .max(1000),
});
export type PackageDossierMetadata = z.infer<typeof PackageDossierMetadata>;

export const PackagePayload = z.strictObject({
  movement: PackageMovement,
  dossiers: z
    .array(
      z.strictObject({
        key: Text,
        metadata: PackageDossierMetadata,
        nominations: z.array(PackageNomination).max(200_000),
        files: z
          .array(
            z.strictObject({
              fileName: z.string().min(1).max(255),
              sha256: Sha256,
              size: z.number().int().nonnegative(),
              contentBase64: z.string(),
            }),
          )
          .max(10_000),
      }),
    )
    .max(100_000),
});
export type PackagePayload = z.output<typeof PackagePayload>;

// ——— Contract inputs and outputs ———

export const ExchangeExportInput = z.strictObject({
  movementId: z.number().int().positive().meta({ title: 'Phong trào' }),
  /** Chosen dossiers; left out: every dossier of the movement with status Hợp lệ or Trình Hội đồng. */
  dossierIds: z
    .array(z.number().int().positive())
    .min(1, { error: 'Chọn ít nhất một hồ sơ' })
    .optional()
    .meta({ title: 'Hồ sơ' }),
  recipient: requiredText(300).meta({ title: 'Gửi đến (cơ quan cấp trên)' }),
  includeIdNumber: z.boolean().default(false).meta({ title: 'Kèm số CCCD' }),
  /** This level's own Tờ trình to the level above; left out: each dossier keeps its own. */
  documentNumber: optionalText(60).default(null).meta({ title: 'Số tờ trình gửi cấp trên' }),
  documentDate: IsoDate.nullable().default(null).meta({ title: 'Ngày tờ trình gửi cấp trên' }),
});
export type ExchangeExportData = z.output<typeof ExchangeExportInput>;

export const ExchangeExportResult = z.object({
  fileName: z.string(),
  contentBase64: z.string(),
  packageId: z.string(),
  dossierCount: z.number().int(),
  nominationCount: z.number().int(),
  fileCount: z.number().int(),
});
export type ExchangeExportResult = z.infer<typeof ExchangeExportResult>;

export const ExchangeIssue = z.object({
  severity: z.enum(['error', 'warning']),
  /** The exported dossier it concerns (its number at the sender), or null for the whole package. */
  dossierKey: z.string().nullable(),
  message: z.string(),
});
export type ExchangeIssue = z.infer<typeof ExchangeIssue>;

const Candidate = z.object({ id: z.number().int(), name: z.string(), exact: z.boolean() });

export const ExchangePreview = z.object({
  fileName: z.string(),
  packageId: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  sender: z.object({ issuingBody: z.string(), governingBody: z.string(), placeName: z.string() }),
  recipient: z.string(),
  /** This installation's agency (Cài đặt), to compare with the recipient. */
  localAgency: z.string(),
  recipientMatches: z.boolean(),
  movement: z.object({
    title: z.string(),
    number: z.string().nullable(),
    symbol: z.string().nullable(),
    year: z.number().int().nullable(),
  }),
  includesIdNumber: z.boolean(),
  dossierCount: z.number().int(),
  nominationCount: z.number().int(),
  fileCount: z.number().int(),
  fileBytes: z.number().int(),
  dossiers: z.array(
    z.object({
      key: z.string(),
      proposingUnitName: z.string(),
      documentNumber: z.string().nullable(),
      documentDate: z.string().nullable(),
      awardFormCodes: z.array(z.string()),
      nominationCount: z.number().int(),
      fileCount: z.number().int(),
    }),
  ),
  movementCandidates: z.array(Candidate),
  unitCandidates: z.array(Candidate),
  /** The mapping the issues were computed for (chosen, or the single exact match). */
  movementId: z.number().int().nullable(),
  proposingUnitId: z.number().int().nullable(),
  issues: z.array(ExchangeIssue),
  canImport: z.boolean(),
});
export type ExchangePreview = z.infer<typeof ExchangePreview>;

/** Packages cross the transports base64-encoded; the desktop IPC carries more than HTTP's 20 MiB. */
const PackageContent = z
  .string()
  .min(1, { error: 'Tệp rỗng' })
  .max(210_000_000, { error: 'Gói hồ sơ quá lớn (tối đa 150 MB)' })
  .meta({ title: 'Nội dung gói' });

export const ExchangePreviewInput = z.strictObject({
  fileName: z.string().min(1).max(255).meta({ title: 'Tên tệp' }),
  contentBase64: PackageContent,
  movementId: z.number().int().positive().nullable().default(null).meta({ title: 'Phong trào' }),
  proposingUnitId: z
    .number()
    .int()
    .positive()
    .nullable()
    .default(null)
    .meta({ title: 'Đơn vị gửi' }),
});
export type ExchangePreviewData = z.output<typeof ExchangePreviewInput>;

export const ExchangeImportInput = z.strictObject({
  fileName: z.string().min(1).max(255).meta({ title: 'Tên tệp' }),
  contentBase64: PackageContent,
  movementId: z.number().int().positive().meta({ title: 'Phong trào' }),
  proposingUnitId: z.number().int().positive().meta({ title: 'Đơn vị gửi' }),
  /** The secretary confirms receiving a package addressed to another agency. */
  acceptRecipientMismatch: z.boolean().default(false).meta({ title: 'Vẫn nhận gói gửi nơi khác' }),
});
export type ExchangeImportData = z.output<typeof ExchangeImportInput>;

export const ExchangeImportResult = z.object({
  packageId: z.string(),
  dossierIds: z.array(z.number().int()),
  nominationCount: z.number().int(),
  fileCount: z.number().int(),
});
export type ExchangeImportResult = z.infer<typeof ExchangeImportResult>;
