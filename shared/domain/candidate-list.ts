import { z } from 'zod';
import { SubjectType } from './award-form';
import { IsoDate } from './dates';
import { Gender } from './nomination';

/**
 * A candidate list (danh sách đề nghị) read from a unit's Excel file, before it is committed.
 * Rows carry what the file says; the service adds duplicates and quota warnings, then commits all or none.
 */
export const CandidateDraft = z.object({
  subjectType: SubjectType,
  honorific: z.string().nullable(),
  fullName: z.string(),
  gender: Gender.nullable(),
  birthDate: IsoDate.nullable(),
  birthYear: z.number().int().nullable(),
  ethnicity: z.string().nullable(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  awardFormCode: z.string(),
  isLeader: z.boolean(),
  isEnterprise: z.boolean(),
  posthumous: z.boolean(),
  achievement: z.string().nullable(),
  idNumber: z.string().nullable(),
  note: z.string().nullable(),
});
export type CandidateDraft = z.infer<typeof CandidateDraft>;

export const ImportIssue = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string().nullable(),
  /** Excel row number (1-based, as the user sees it). */
  row: z.number().int().nullable(),
  /** Column letter (A, B, …, AA). */
  column: z.string().nullable(),
  columnLabel: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const CandidateRow = z.object({
  sheet: z.string(),
  row: z.number().int(),
  draft: CandidateDraft,
  /** Columns converted from TCVN3/VNI on this row. */
  converted: z.array(z.string()),
});
export type CandidateRow = z.infer<typeof CandidateRow>;

export const EncodingNotice = z.object({
  sheet: z.string(),
  column: z.string(),
  columnLabel: z.string(),
  encoding: z.enum(['tcvn3', 'tcvn3-upper', 'vni']),
  cellCount: z.number().int(),
  examples: z.array(z.object({ before: z.string(), after: z.string() })),
});
export type EncodingNotice = z.infer<typeof EncodingNotice>;

export const SheetLayout = z.object({
  name: z.string(),
  headerRow: z.number().int(),
  columns: z.array(
    z.object({ column: z.string(), header: z.string(), field: z.string().nullable() }),
  ),
  dataRows: z.number().int(),
});
export type SheetLayout = z.infer<typeof SheetLayout>;

/** What the reader makes of a file; `rows` holds only rows without errors. */
export interface ParsedCandidateList {
  sheets: SheetLayout[];
  rows: CandidateRow[];
  issues: ImportIssue[];
  encodings: EncodingNotice[];
}

export const ImportPreview = z.object({
  fileName: z.string(),
  sha256: z.string(),
  sheets: z.array(SheetLayout),
  rows: z.array(CandidateRow),
  issues: z.array(ImportIssue),
  encodings: z.array(EncodingNotice),
  quotaWarnings: z.array(z.string()),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  canCommit: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** "Sheet 'DS cá nhân', dòng 7, cột C (Ngày sinh): …" */
export function describeImportIssue(issue: ImportIssue): string {
  const where: string[] = [];
  if (issue.sheet !== null) where.push(`Sheet '${issue.sheet}'`);
  if (issue.row !== null) where.push(`dòng ${issue.row}`);
  if (issue.column !== null)
    where.push(`cột ${issue.column}${issue.columnLabel ? ` (${issue.columnLabel})` : ''}`);
  return where.length ? `${where.join(', ')}: ${issue.message}` : issue.message;
}
