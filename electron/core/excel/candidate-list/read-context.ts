/**
 * State shared by all sheets of one file: the row limit counts across sheets, duplicates are found
 * across sheets, and issues are sorted once at the end.
 */
import type { SubjectType } from '../../../../shared/domain/award-form';
import type {
  CandidateRow,
  EncodingNotice,
  ImportIssue,
  SheetLayout,
} from '../../../../shared/domain/candidate-list';
import { todayIso } from '../../../../shared/domain/dates';
import type { LegacyEncoding } from '../../../../shared/text/legacy-encodings';
import { FormMatcher, type ReadAwardForm } from './award-forms';
import type { TextCache } from './cell-values';
import type { Plan } from './workbook-plan';

export interface ReadOptions {
  /** The forms a row may ask for (the movement's, or the whole catalogue). */
  awardForms: ReadAwardForm[];
  /** Used when a sheet has no "loại đối tượng" column and its name/title says nothing. */
  defaultSubjectType?: SubjectType;
  /** Data rows allowed in the whole file (default 20 000); more → one error and no rows. */
  maxRows?: number;
  /** Rows read so far; `total` is null while unknown and equals `done` at the end. */
  onProgress?: (done: number, total: number | null) => void;
}

export const DEFAULT_MAX_ROWS = 20_000;
/** Rows past the limit still read before giving up (signature blocks, blank lines, section rows). */
export const ROW_MARGIN = 200;
const PROGRESS_EVERY = 500;

interface DuplicateEntry {
  sheet: string;
  row: number;
  birthDate: string | null;
  birthYear: number | null;
}

interface EncodingStat {
  sheetIndex: number;
  notice: EncodingNotice;
}

interface ColumnEncoding {
  sheet: string;
  sheetIndex: number;
  letter: string;
  label: string;
  legacy: Map<LegacyEncoding, number>;
  unicode: number;
}

export class TooManyRows extends Error {}

/** State shared by all sheets of one file. */
export class ReadContext {
  readonly issues: { sheetIndex: number; col: number; issue: ImportIssue }[] = [];
  readonly rows: CandidateRow[] = [];
  readonly layouts: SheetLayout[] = [];
  readonly encodingStats = new Map<string, EncodingStat>();
  readonly columnEncodings = new Map<string, ColumnEncoding>();
  readonly duplicates = new Map<string, DuplicateEntry[]>();
  readonly forms: FormMatcher;
  readonly maxRows: number;
  readonly today = todayIso();
  readonly textCache: TextCache = new Map();
  /** Non-empty rows seen under headers (includes signature/section rows): the stop signal. */
  rawRows = 0;
  /** Rows that are candidates (with or without errors). */
  dataRows = 0;
  sheetsWithContent = 0;

  constructor(
    readonly options: ReadOptions,
    readonly plan: Plan,
  ) {
    this.forms = new FormMatcher(options.awardForms);
    this.maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  }

  add(sheetIndex: number, col: number, issue: ImportIssue): void {
    this.issues.push({ sheetIndex, col, issue });
  }

  progress(): void {
    if (this.dataRows % PROGRESS_EVERY === 0) this.report(this.dataRows, null);
  }

  report(done: number, total: number | null): void {
    try {
      this.options.onProgress?.(done, total);
    } catch {
      // A failing progress callback must not stop the import.
    }
  }
}
