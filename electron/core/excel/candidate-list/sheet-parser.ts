/**
 * One sheet, row by row as exceljs streams it. Rows are buffered only until the header is found;
 * after it, each row is a candidate, a section row ("I. Tập thể"), a column-numbering row, or the
 * start of the signature block, which ends the list. Problems become issues on the row and column.
 */
import type ExcelJS from 'exceljs';
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../../../shared/domain/award-form';
import type {
  CandidateDraft,
  ImportIssue,
  SheetLayout,
} from '../../../../shared/domain/candidate-list';
import { birthYearOf, type Gender } from '../../../../shared/domain/nomination';
import { personNameKey, splitHonorific } from '../../../../shared/text/person-name';
import type { ReadAwardForm } from './award-forms';
import {
  type Birth,
  EMPTY,
  type Extracted,
  type RowCells,
  VIETNAMESE_LETTER,
  asText,
  extractValue,
  parseBirth,
  parseFlag,
  parseGender,
  parseIdNumber,
} from './cell-values';
import {
  type Column,
  type Field,
  HEADER_SCAN_ROWS,
  buildColumns,
  findHeaderRow,
  isSubHeader,
} from './headers';
import { ROW_MARGIN, type ReadContext, TooManyRows } from './read-context';
import { parseSubjectType, subjectOfNameHeader, subjectOfText } from './subjects';
import { headerKey } from './text-keys';

/** Field limits of shared/domain/nomination.ts. */
const TEXT_LIMITS = {
  fullName: 300,
  honorific: 40,
  ethnicity: 50,
  position: 300,
  workplace: 500,
  achievement: 4000,
  note: 1000,
} as const;

const SIGNATURE_STRONG = [
  /^(nguoi lap( bieu)?|lap bieu)\b/,
  /^thu truong\b/,
  /\bthu truong (don vi|co quan)\b/,
  /^(tong cong|tong so)\b/,
  /^cong( \d.*)?$/,
  /\bky (ten|ghi ro)\b/,
  /\bghi ro ho (va )?ten\b/,
  /^(xac nhan|noi nhan)\b/,
  /\bngay( \d+)? thang( \d+)? nam\b/,
  /^(tm|kt|tl|ktm)\b/,
];
const SIGNATURE_WEAK = [
  /\b(giam doc|chu tich|truong phong|hieu truong|bi thu|thu truong|pho giam doc|truong ban)\b/,
];

function looksLikeSignature(text: string, strongOnly: boolean): boolean {
  const key = headerKey(text);
  if (SIGNATURE_STRONG.some((re) => re.test(key))) return true;
  return !strongOnly && SIGNATURE_WEAK.some((re) => re.test(key));
}

const PERSON_FIELDS: readonly Field[] = [
  'gender',
  'gender.nam',
  'gender.nu',
  'birth',
  'birth.nam',
  'birth.nu',
];

const SECTION_NUMBER = /^(?:[IVXLC]+|[A-Z])\s*[.)/-]\s*\S/;
const SECTION_INDEX = /^(?:[IVXLC]+|[A-Z])\.?$/;

export class SheetParser {
  columns: Column[] | null = null;
  private buffered: RowCells[] = [];
  private noHeader = false;
  private stopped = false;
  private headerRow = 0;
  private dataFrom = 0;
  private numberingChecked = false;
  private readonly byField = new Map<Field, Column>();
  private sheetSubject: { type: SubjectType; enterprise: boolean } | null = null;
  private sectionSubject: { type: SubjectType; enterprise: boolean } | null = null;
  private signatureRow: number | null = null;
  private hasContent = false;
  private layout: SheetLayout | null = null;

  constructor(
    readonly name: string,
    private readonly index: number,
    private readonly ctx: ReadContext,
  ) {}

  /** Takes one row; false when the rest of the sheet need not be read. */
  push(row: ExcelJS.Row): boolean {
    if (this.stopped) return false;
    const cells = this.extract(row);
    if (cells.cells.size > 0 && !this.hasContent) {
      this.hasContent = true;
      this.ctx.sheetsWithContent++;
    }
    if (this.columns === null) {
      if (cells.number <= HEADER_SCAN_ROWS + 1) {
        if (cells.cells.size > 0) this.buffered.push(cells);
        return true;
      }
      this.decideHeader();
      if (this.columns === null || this.stopped) return false;
    }
    this.processRow(cells);
    return !this.stopped;
  }

  finish(): void {
    if (this.columns === null && !this.noHeader) this.decideHeader();
    if (this.layout) this.layout.dataRows = this.dataRowCount;
  }

  private dataRowCount = 0;

  private extract(row: ExcelJS.Row): RowCells {
    const cells = new Map<number, Extracted>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const font =
        (cell.font as Partial<ExcelJS.Font> | undefined)?.name ?? this.ctx.plan.defaultFont;
      const value = extractValue(cell.value, font ?? undefined, cell.numFmt, this.ctx.textCache);
      if (value.kind !== 'empty') cells.set(col, value);
    });
    return { number: row.number, cells };
  }

  // -- header ---------------------------------------------------------------------------------

  private decideHeader(): void {
    const best = findHeaderRow(this.buffered);
    if (!best) {
      this.noHeader = true;
      this.buffered = [];
      if (this.hasContent) {
        this.ctx.add(this.index, 0, {
          severity: 'warning',
          sheet: this.name,
          row: null,
          column: null,
          columnLabel: null,
          message: `Sheet '${this.name}' không có dòng tiêu đề danh sách trong ${HEADER_SCAN_ROWS} dòng đầu nên được bỏ qua`,
        });
      }
      return;
    }
    this.headerRow = best.number;
    const next = this.buffered.find((r) => r.number === best.number + 1);
    const sub = next && isSubHeader(best, next) ? next : null;
    this.dataFrom = (sub ? sub.number : best.number) + 1;
    this.columns = buildColumns(best, sub, this.byField);
    this.resolveSheetSubject(best);
    const layout: SheetLayout = {
      name: this.name,
      headerRow: this.headerRow,
      columns: this.columns.map((c) => ({ column: c.letter, header: c.header, field: c.field })),
      dataRows: 0,
    };
    this.layout = layout;
    this.ctx.layouts.push(layout);
    if (!this.checkRequiredColumns()) {
      this.stopped = true;
      this.buffered = [];
      return;
    }
    const rest = this.buffered.filter((r) => r.number >= this.dataFrom);
    this.buffered = [];
    for (const row of rest) {
      if (this.stopped) break;
      this.processRow(row);
    }
  }

  private checkRequiredColumns(): boolean {
    const missing: string[] = [];
    if (!this.byField.has('fullName')) missing.push('“Họ và tên” (hoặc “Tên tập thể”)');
    if (!this.byField.has('awardFormCode') && !this.ctx.forms.single) {
      missing.push(
        `“Hình thức khen thưởng” (danh sách được phép có ${this.ctx.options.awardForms.length} hình thức: ${this.ctx.forms.allowedList()})`,
      );
    }
    if (missing.length === 0) return true;
    this.ctx.add(this.index, 0, {
      severity: 'error',
      sheet: this.name,
      row: this.headerRow,
      column: null,
      columnLabel: null,
      message: `Dòng tiêu đề thiếu cột ${missing.join(' và cột ')}`,
    });
    return false;
  }

  private resolveSheetSubject(header: RowCells): void {
    if (this.byField.has('subjectType')) return;
    const titleText = this.buffered
      .filter((r) => r.number < header.number)
      .flatMap((r) => [...r.cells.values()].map((x) => asText(x) ?? ''))
      .join(' ');
    const nameHeader = this.byField.get('fullName');
    const fromHeader = nameHeader ? subjectOfNameHeader(nameHeader.header) : null;
    const personColumns = PERSON_FIELDS.some((f) => this.byField.has(f));
    const defaultType = this.ctx.options.defaultSubjectType;
    this.sheetSubject =
      subjectOfText(this.name, false) ??
      subjectOfText(titleText, false) ??
      (defaultType ? { type: defaultType, enterprise: false } : null) ??
      (personColumns ? { type: 'ca_nhan', enterprise: false } : null) ??
      (fromHeader ? { type: fromHeader, enterprise: false } : null);
  }

  // -- data rows ------------------------------------------------------------------------------

  private cell(row: RowCells, field: Field): Extracted {
    const c = this.byField.get(field);
    return (c && row.cells.get(c.col)) ?? EMPTY;
  }

  private processRow(row: RowCells): void {
    if (row.cells.size === 0) return;
    const mapped = [...this.byField.values()].filter(
      (c) => c.field !== 'index' && row.cells.has(c.col),
    );
    if (!this.numberingChecked) {
      this.numberingChecked = true;
      if (this.isNumberingRow(row)) return;
    }
    this.ctx.rawRows++;
    if (this.ctx.rawRows > this.ctx.maxRows + ROW_MARGIN) throw new TooManyRows();

    const nameCell = this.cell(row, 'fullName');
    const nameText = asText(nameCell);
    const texts = [...row.cells.values()].map((x) => asText(x) ?? '');
    const candidate = this.looksLikeCandidate(row);

    // A trailing block ("Tổng cộng", "Người lập biểu", signers' names, the date line) ends the
    // list. What follows it is ignored, unless it reads like a real candidate row.
    if (this.signatureRow !== null) {
      if (nameText !== null && candidate) {
        this.issue(
          row.number,
          this.byField.get('fullName') ?? null,
          'error',
          `Dòng này nằm sau phần ký tên/“Tổng cộng” ở dòng ${this.signatureRow}: chuyển dòng lên trên phần ký tên hoặc xóa phần ký tên ở giữa`,
        );
      }
      return;
    }
    const signature =
      !candidate &&
      (nameText !== null
        ? looksLikeSignature(nameText, true)
        : texts.some((t) => t !== '' && looksLikeSignature(t, false)));
    if (signature) {
      this.signatureRow = row.number;
      return;
    }
    if (mapped.length === 0) return; // only STT or unlabelled columns: template padding
    if (nameText !== null && mapped.length === 1 && this.isSection(row, nameText)) return;
    if (nameText === null && nameCell.kind !== 'error') {
      const c = this.byField.get('fullName') ?? null;
      this.issue(
        row.number,
        c,
        'error',
        `Thiếu ${c?.header ?? 'tên'}: dòng có dữ liệu nhưng chưa ghi tên`,
      );
      this.countDataRow();
      return;
    }
    this.countDataRow();
    this.parseCandidate(row);
  }

  /** A form the list allows, a birth date or a gender that reads: the row is a person or unit. */
  private looksLikeCandidate(row: RowCells): boolean {
    for (const field of ['awardFormCode', 'titleFormCode'] as const) {
      const t = asText(this.cell(row, field));
      if (t !== null && 'form' in this.ctx.forms.match(t)) return true;
    }
    for (const field of ['birth', 'birth.nam', 'birth.nu'] as const) {
      if (parseBirth(this.cell(row, field), this.ctx.plan.date1904, this.ctx.today)?.ok)
        return true;
    }
    return parseGender(this.cell(row, 'gender'))?.ok === true;
  }

  private countDataRow(): void {
    this.dataRowCount++;
    this.ctx.dataRows++;
    this.ctx.progress();
  }

  private isNumberingRow(row: RowCells): boolean {
    if (row.cells.size < 2) return false;
    for (const x of row.cells.values()) {
      if (x.kind === 'number' && Number.isInteger(x.value)) continue;
      if (x.kind === 'text' && /^[([]?\d{1,2}[)\]]?$/.test(x.text)) continue;
      return false;
    }
    return true;
  }

  private isSection(row: RowCells, nameText: string): boolean {
    const index = this.cell(row, 'index');
    const indexText = index.kind === 'text' ? index.text : '';
    const bare = nameText.replace(/^(?:[IVXLC]+|[A-Z])\s*[.)/-]\s*/, '');
    const key = headerKey(bare);
    const subjectWord = /^(danh sach )?(cac )?(tap the|ca nhan|ho gia dinh|doanh nghiep)$/.test(
      key,
    );
    if (!SECTION_INDEX.test(indexText) && !SECTION_NUMBER.test(nameText) && !subjectWord) {
      return false;
    }
    const subject = subjectOfText(bare, false);
    if (subject) this.sectionSubject = subject;
    return true;
  }

  private issue(
    row: number,
    column: Column | null,
    severity: ImportIssue['severity'],
    message: string,
  ): void {
    this.ctx.add(this.index, column?.col ?? 0, {
      severity,
      sheet: this.name,
      row,
      column: column?.letter ?? null,
      columnLabel: column?.header ?? null,
      message,
    });
  }

  /** The row being checked: its number, its error count and the fields already failed. */
  private rowNumber = 0;
  private rowErrors = 0;
  private readonly rowFailed = new Set<Field>();

  private col(field: Field): Column | null {
    return this.byField.get(field) ?? null;
  }

  /** One error per cell: the first problem found is the one to fix. */
  private fail(field: Field, message: string): void {
    this.rowErrors++;
    if (this.rowFailed.has(field)) return;
    this.rowFailed.add(field);
    this.issue(this.rowNumber, this.col(field), 'error', message);
  }

  private warn(field: Field, message: string): void {
    this.issue(this.rowNumber, this.col(field), 'warning', message);
  }

  private text(row: RowCells, field: Field, limit: number | null): string | null {
    const t = asText(this.cell(row, field));
    if (t !== null && limit !== null && t.length > limit) {
      this.fail(
        field,
        `${this.col(field)?.header ?? field} dài ${t.length} ký tự, vượt giới hạn ${limit} ký tự`,
      );
    }
    return t;
  }

  private flag(row: RowCells, field: Field): boolean {
    const c = this.col(field);
    if (!c) return false;
    const r = parseFlag(this.cell(row, field), c.header);
    if (!r.ok) {
      if (this.cell(row, field).kind !== 'error') this.fail(field, r.message);
      return false;
    }
    return r.value;
  }

  private parseCandidate(row: RowCells): void {
    // Methods rather than closures per row: the reader checks tens of thousands of rows.
    this.rowNumber = row.number;
    this.rowErrors = 0;
    this.rowFailed.clear();
    const converted: string[] = [];

    // Every mapped cell: cell errors, encodings.
    for (const c of this.byField.values()) {
      const x = row.cells.get(c.col);
      if (!x || c.field === 'index') continue;
      if (x.kind === 'error') this.fail(c.field!, x.message);
      this.trackEncoding(c, x, converted);
    }

    // Subject type: column > section row > sheet name/title/default/columns > the form's only type.
    let subject = this.sectionSubject ?? this.sheetSubject;
    const typeCell = parseSubjectType(this.cell(row, 'subjectType'));
    if (typeCell && !typeCell.ok) this.fail('subjectType', typeCell.message);
    else if (typeCell) subject = typeCell.value;

    // Award form.
    let form: ReadAwardForm | null = null;
    const formText = asText(this.cell(row, 'awardFormCode'));
    const titleText = asText(this.cell(row, 'titleFormCode'));
    const formField: Field =
      formText === null && titleText !== null ? 'titleFormCode' : 'awardFormCode';
    if (formText !== null && titleText !== null) {
      this.fail(
        'titleFormCode',
        `Mỗi dòng chỉ ghi một hình thức: dòng này có cả “${formText}” và “${titleText}”`,
      );
    } else if (formText !== null || titleText !== null) {
      const m = this.ctx.forms.match((formText ?? titleText)!);
      if ('error' in m) this.fail(formField, m.error);
      else form = m.form;
    } else if (this.ctx.forms.single) {
      form = this.ctx.forms.single;
    } else if (this.cell(row, 'awardFormCode').kind !== 'error') {
      this.fail(
        'awardFormCode',
        `Chưa ghi hình thức khen thưởng (được phép: ${this.ctx.forms.allowedList()})`,
      );
    }
    if (!subject && form && form.subjectTypes.length === 1) {
      subject = { type: form.subjectTypes[0]!, enterprise: false };
    }
    if (!subject) {
      this.fail(
        this.byField.has('subjectType') ? 'subjectType' : 'fullName',
        'Không xác định được loại đối tượng (cá nhân, tập thể hay hộ gia đình): thêm cột “Loại đối tượng” hoặc ghi rõ trong tên sheet',
      );
      return;
    }
    const isPerson = subject.type === 'ca_nhan';

    // Name and honorific.
    let fullName = this.text(row, 'fullName', null) ?? '';
    const explicitHonorific = this.text(row, 'honorific', TEXT_LIMITS.honorific);
    let honorific = explicitHonorific;
    if (isPerson) {
      const split = splitHonorific(fullName);
      fullName = split.name;
      honorific = explicitHonorific ?? split.honorific;
      if (honorific !== null && honorific.length > TEXT_LIMITS.honorific) {
        this.fail(
          'honorific',
          `Danh xưng dài ${honorific.length} ký tự, vượt giới hạn ${TEXT_LIMITS.honorific} ký tự`,
        );
      }
    }
    if (fullName === '') this.fail('fullName', 'Thiếu tên: ô chỉ có danh xưng');
    if (fullName.length > TEXT_LIMITS.fullName) {
      this.fail(
        'fullName',
        `${this.col('fullName')?.header ?? 'Tên'} dài ${fullName.length} ký tự, vượt giới hạn ${TEXT_LIMITS.fullName} ký tự`,
      );
    }

    // Gender and birth (persons only).
    let gender: Gender | null = null;
    let birth: Birth = { birthDate: null, birthYear: null };
    if (isPerson) {
      const g = parseGender(this.cell(row, 'gender'));
      if (g && !g.ok) this.fail('gender', g.message);
      else if (g) gender = g.value;
      const marks: [Field, Gender][] = [
        ['gender.nam', 'nam'],
        ['gender.nu', 'nu'],
      ];
      const marked: Gender[] = [];
      for (const [field, value] of marks) {
        if (!this.byField.has(field)) continue;
        const flag = parseFlag(this.cell(row, field), this.col(field)?.header ?? value);
        if (!flag.ok) this.fail(field, flag.message);
        else if (flag.value) marked.push(value);
      }
      const birthCells: [Field, Gender | null][] = [
        ['birth', null],
        ['birth.nam', 'nam'],
        ['birth.nu', 'nu'],
      ];
      const births: { field: Field; value: Birth; gender: Gender | null }[] = [];
      for (const [field, value] of birthCells) {
        const b = parseBirth(this.cell(row, field), this.ctx.plan.date1904, this.ctx.today);
        if (!b) continue;
        if (!b.ok) this.fail(field, b.message);
        else {
          births.push({ field, value: b.value, gender: value });
          if (b.warning) this.warn(field, b.warning);
        }
      }
      if (births.length > 1)
        this.fail(births[1]!.field, 'Ghi ngày sinh ở hơn một cột (Nam và Nữ): chỉ ghi một');
      const first = births[0];
      if (first) {
        birth = first.value;
        if (first.gender) marked.push(first.gender);
      }
      const markedSet = new Set(marked);
      if (markedSet.size > 1) {
        this.fail(
          marked.includes('nu')
            ? this.byField.has('gender.nu')
              ? 'gender.nu'
              : 'birth.nu'
            : 'gender',
          'Đánh dấu cả Nam và Nữ',
        );
      } else if (markedSet.size === 1) {
        const only = marked[0]!;
        if (gender !== null && gender !== only)
          this.fail('gender', 'Giới tính mâu thuẫn giữa các cột');
        gender = only;
      }
      if (gender === null && !this.hasGenderColumn() && honorific !== null) {
        const h = headerKey(honorific);
        if (h === 'ong') gender = 'nam';
        if (h === 'ba') gender = 'nu';
      }
    }

    if (!isPerson) {
      for (const field of PERSON_FIELDS) {
        if (this.cell(row, field).kind !== 'empty') {
          this.warn(
            field,
            `Dòng là ${SUBJECT_TYPE_LABELS[subject.type]} nên bỏ qua ${this.col(field)?.header ?? field}`,
          );
        }
      }
    }

    const ethnicity = this.text(row, 'ethnicity', TEXT_LIMITS.ethnicity);
    const position = this.text(row, 'position', TEXT_LIMITS.position);
    const department = this.text(row, 'department', null);
    const workplaceOnly = this.text(row, 'workplace', null);
    const workplace =
      department && workplaceOnly
        ? `${department}, ${workplaceOnly}`
        : (department ?? workplaceOnly);
    if (workplace !== null && workplace.length > TEXT_LIMITS.workplace) {
      this.fail(
        this.byField.has('workplace') ? 'workplace' : 'department',
        `Đơn vị công tác dài ${workplace.length} ký tự, vượt giới hạn ${TEXT_LIMITS.workplace} ký tự`,
      );
    }
    const achievement = this.text(row, 'achievement', TEXT_LIMITS.achievement);
    const note = this.text(row, 'note', TEXT_LIMITS.note);

    const isLeader = this.flag(row, 'isLeader');
    const isEnterprise = this.flag(row, 'isEnterprise') || subject.enterprise;
    const posthumous = this.flag(row, 'posthumous');

    let idNumber: string | null = null;
    const id = parseIdNumber(this.cell(row, 'idNumber'));
    if (id && !id.ok) {
      if (this.cell(row, 'idNumber').kind !== 'error') this.fail('idNumber', id.message);
    } else if (id) {
      idNumber = id.value;
      if (id.warning) this.warn('idNumber', id.warning);
    }

    // Form against subject and posthumous.
    const label = SUBJECT_TYPE_LABELS[subject.type];
    if (form && !form.subjectTypes.includes(subject.type)) {
      this.fail(formField, `Hình thức “${form.name}” không dành cho ${label}`);
    }
    if (posthumous && !isPerson) {
      this.fail('posthumous', `Chỉ cá nhân mới được truy tặng (dòng này là ${label})`);
    } else if (posthumous && form && !form.allowsPosthumous) {
      this.fail('posthumous', `Hình thức “${form.name}” không được truy tặng`);
    }

    if (fullName !== '') this.checkDuplicate(row.number, subject.type, fullName, birth);
    if (this.rowErrors > 0 || !form) return;
    const draft: CandidateDraft = {
      subjectType: subject.type,
      honorific,
      fullName,
      gender,
      birthDate: birth.birthDate,
      birthYear: birth.birthYear,
      ethnicity,
      position,
      workplace,
      awardFormCode: form.code,
      isLeader,
      isEnterprise,
      posthumous,
      achievement,
      idNumber,
      note,
    };
    this.ctx.rows.push({ sheet: this.name, row: row.number, draft, converted });
  }

  private hasGenderColumn(): boolean {
    return ['gender', 'gender.nam', 'gender.nu', 'birth.nam', 'birth.nu'].some((f) =>
      this.byField.has(f as Field),
    );
  }

  private checkDuplicate(
    rowNumber: number,
    type: SubjectType,
    fullName: string,
    birth: Birth,
  ): void {
    const key = `${type}|${personNameKey(fullName)}`;
    const seen = this.ctx.duplicates.get(key) ?? [];
    const twin = seen.find((s) => sameBirth(s, birth));
    if (twin) {
      this.fail(
        'fullName',
        `Trùng với dòng ${twin.row} sheet '${twin.sheet}': cùng tên, cùng ngày/năm sinh, cùng loại ${SUBJECT_TYPE_LABELS[type]}`,
      );
      return;
    }
    seen.push({ sheet: this.name, row: rowNumber, ...birth });
    this.ctx.duplicates.set(key, seen);
  }

  private trackEncoding(c: Column, x: Extracted, converted: string[]): void {
    if (x.kind !== 'text') return;
    const key = `${this.index}:${c.letter}`;
    let column = this.ctx.columnEncodings.get(key);
    if (!column) {
      column = {
        sheet: this.name,
        sheetIndex: this.index,
        letter: c.letter,
        label: c.header,
        legacy: new Map(),
        unicode: 0,
      };
      this.ctx.columnEncodings.set(key, column);
    }
    if (x.encoding === null) {
      if (VIETNAMESE_LETTER.test(x.text)) column.unicode++;
      return;
    }
    converted.push(c.letter);
    column.legacy.set(x.encoding, (column.legacy.get(x.encoding) ?? 0) + 1);
    const statKey = `${key}:${x.encoding}`;
    let stat = this.ctx.encodingStats.get(statKey);
    if (!stat) {
      stat = {
        sheetIndex: this.index,
        notice: {
          sheet: this.name,
          column: c.letter,
          columnLabel: c.header,
          encoding: x.encoding,
          cellCount: 0,
          examples: [],
        },
      };
      this.ctx.encodingStats.set(statKey, stat);
    }
    stat.notice.cellCount++;
    if (stat.notice.examples.length < 3)
      stat.notice.examples.push({ before: x.before, after: x.text });
  }
}

function sameBirth(a: Birth, b: Birth): boolean {
  if (a.birthDate !== null && b.birthDate !== null) return a.birthDate === b.birthDate;
  const ya = birthYearOf(a);
  const yb = birthYearOf(b);
  if (ya !== null && yb !== null) return ya === yb;
  return ya === null && yb === null;
}
