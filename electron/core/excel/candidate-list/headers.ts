/**
 * Lists come from many units and templates, so columns are found by their header text, not their
 * position: a table of labels per field (compared without case, marks or punctuation), the header row
 * picked as the one naming the most fields, and an optional sub-header row (Nam/Nữ under "Ngày sinh",
 * labels under merged parents, which the streaming reader does not report as merged).
 */
import type { Gender } from '../../../../shared/domain/nomination';
import type { RowCells } from './cell-values';
import { headerKey } from './text-keys';

export type Field =
  | 'index'
  | 'fullName'
  | 'unitName'
  | 'honorific'
  | 'gender'
  | 'gender.nam'
  | 'gender.nu'
  | 'birth'
  | 'birth.nam'
  | 'birth.nu'
  | 'ethnicity'
  | 'position'
  | 'department'
  | 'workplace'
  | 'awardFormCode'
  | 'titleFormCode'
  | 'subjectType'
  | 'isLeader'
  | 'isEnterprise'
  | 'posthumous'
  | 'achievement'
  | 'idNumber'
  | 'note';

/**
 * Header labels per field, compared with `headerKey` (case, marks, đ/d, punctuation, spaces ignored;
 * text in parentheses is tried with and without). `unitName` ("Tên đơn vị", "Cơ quan") is the name
 * column of a collective list, or the workplace when the sheet also has a person-name column.
 */
const SYNONYMS: [Field, string[]][] = [
  ['index', ['STT', 'TT', 'Số TT', 'Số thứ tự']],
  [
    'fullName',
    [
      'Họ và tên',
      'Họ tên',
      'Tên cá nhân',
      'Tên tập thể, cá nhân',
      'Tên cá nhân, tập thể',
      'Tên tập thể/cá nhân/hộ gia đình',
      'Tên tập thể, cá nhân, hộ gia đình',
      'Tên tập thể hoặc cá nhân',
      'Tên tập thể',
      'Tên đơn vị/tập thể',
      'Tên tập thể/đơn vị',
      'Tên đơn vị, tập thể',
      'Tên doanh nghiệp',
      'Tên hộ gia đình',
      'Họ và tên chủ hộ',
      'Tên đối tượng',
      'Họ và tên/Tên tập thể',
      'Tên tập thể/Họ và tên',
    ],
  ],
  ['unitName', ['Tên đơn vị', 'Đơn vị', 'Cơ quan', 'Tên cơ quan, đơn vị', 'Cơ quan, đơn vị']],
  [
    'honorific',
    [
      'Danh xưng',
      'Tên gọi',
      'Tên gọi (Ông/Bà/Chức danh)',
      'Xưng hô',
      'Ông/Bà',
      'Cấp bậc',
      'Quân hàm',
    ],
  ],
  ['gender', ['Giới tính', 'Nam/Nữ', 'Nam, nữ', 'Phái', 'Giới']],
  [
    'birth',
    [
      'Ngày sinh',
      'Năm sinh',
      'Ngày, tháng, năm sinh',
      'Ngày tháng năm sinh',
      'Sinh ngày',
      'Ngày/tháng/năm sinh',
      'Ngày sinh/Năm sinh',
    ],
  ],
  ['ethnicity', ['Dân tộc']],
  [
    'position',
    ['Chức vụ', 'Chức vụ, chức danh', 'Chức danh', 'Chức vụ/chức danh', 'Chức vụ hiện nay'],
  ],
  [
    'department',
    [
      'Tên phòng ban/khối, tổ công tác',
      'Phòng ban',
      'Phòng, ban',
      'Phòng ban/khối',
      'Bộ phận',
      'Tổ công tác',
      'Khoa, phòng',
    ],
  ],
  [
    'workplace',
    [
      'Đơn vị công tác',
      'Nơi công tác',
      'Tên đơn vị/tập thể công tác',
      'Cơ quan công tác',
      'Cơ quan, đơn vị công tác',
      'Tên đơn vị công tác',
      'Chức vụ, đơn vị công tác',
      'Chức vụ và đơn vị công tác',
      'Đơn vị công tác/Nơi công tác',
    ],
  ],
  [
    'awardFormCode',
    [
      'Hình thức',
      'Hình thức đề nghị',
      'Hình thức khen thưởng',
      'Danh hiệu thi đua/Hình thức khen thưởng',
      'Hình thức khen thưởng/Danh hiệu thi đua',
      'Mã hình thức khen thưởng',
      'Mã hình thức',
      'Hình thức khen thưởng đề nghị',
      'Hình thức đề nghị khen thưởng',
      'Đề nghị hình thức',
      'Hình thức/danh hiệu',
      'Danh hiệu/hình thức',
      'Hình thức, danh hiệu đề nghị',
      'Hình thức khen',
    ],
  ],
  [
    'titleFormCode',
    [
      'Mã danh hiệu thi đua',
      'Mã danh hiệu',
      'Danh hiệu thi đua',
      'Danh hiệu',
      'Danh hiệu đề nghị',
      'Danh hiệu thi đua đề nghị',
    ],
  ],
  [
    'subjectType',
    [
      'Loại đối tượng',
      'Phân loại khen thưởng',
      'Đối tượng',
      'Đối tượng khen thưởng',
      'Cá nhân/Tập thể',
      'Tập thể/Cá nhân',
      'Loại',
    ],
  ],
  [
    'isLeader',
    [
      'Lãnh đạo',
      'Lãnh đạo quản lý',
      'Lãnh đạo, quản lý',
      'Là lãnh đạo',
      'Là lãnh đạo quản lý',
      'LĐQL',
    ],
  ],
  ['isEnterprise', ['Doanh nghiệp', 'Là doanh nghiệp', 'DN']],
  ['posthumous', ['Truy tặng', 'Đề nghị truy tặng', 'Được truy tặng']],
  [
    'achievement',
    [
      'Tóm tắt thành tích',
      'Thành tích',
      'Thành tích đạt được',
      'Tóm tắt thành tích đạt được',
      'Tóm tắt thành tích chủ yếu',
      'Nội dung thành tích',
      'Thành tích chủ yếu',
    ],
  ],
  [
    'idNumber',
    [
      'Số CCCD',
      'CCCD',
      'CMND',
      'Số định danh',
      'Số định danh cá nhân',
      'Mã định danh',
      'Số CMND',
      'Số CCCD/CMND',
      'Số CMND/CCCD',
      'CCCD/CMND',
      'Số căn cước',
      'Căn cước công dân',
      'Số căn cước công dân',
    ],
  ],
  ['note', ['Ghi chú']],
];

const FIELD_BY_KEY = new Map<string, Field>();
for (const [field, labels] of SYNONYMS) {
  for (const label of labels) {
    for (const key of labelKeys(label)) if (!FIELD_BY_KEY.has(key)) FIELD_BY_KEY.set(key, field);
  }
}

function labelKeys(label: string): string[] {
  const full = headerKey(label);
  const bare = headerKey(label.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*]/g, ' '));
  const noStar = bare.replace(/ ?\*+$/, '');
  return [...new Set([full, bare, noStar])].filter((k) => k !== '');
}

function fieldOfLabel(label: string): Field | null {
  for (const key of labelKeys(label)) {
    const field = FIELD_BY_KEY.get(key);
    if (field) return field;
  }
  return null;
}

function genderOfLabel(label: string): Gender | null {
  const key = headerKey(label);
  if (key === 'nam') return 'nam';
  if (key === 'nu') return 'nu';
  return null;
}

export interface Column {
  col: number;
  letter: string;
  header: string;
  field: Field | null;
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) {
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  }
  return s;
}

export const HEADER_SCAN_ROWS = 30;

/** The row naming the most known fields (at least two) among the first `HEADER_SCAN_ROWS` rows. */
export function findHeaderRow(rows: RowCells[]): RowCells | null {
  const candidates = rows.filter((r) => r.number <= HEADER_SCAN_ROWS);
  let best: RowCells | null = null;
  let bestScore = 1;
  for (const row of candidates) {
    const fields = new Set<Field>();
    for (const x of row.cells.values()) {
      if (x.kind !== 'text') continue;
      const field = fieldOfLabel(x.text);
      if (field) fields.add(field);
    }
    if (fields.size > bestScore) {
      best = row;
      bestScore = fields.size;
    }
  }
  return best;
}

/** A second header row under the first: Nam/Nữ under "Ngày sinh", or labels under merged parents. */
export function isSubHeader(header: RowCells, next: RowCells): boolean {
  let nameCol: number | null = null;
  for (const [col, x] of header.cells) {
    if (x.kind === 'text' && ['fullName', 'unitName'].includes(fieldOfLabel(x.text) ?? '')) {
      nameCol = col;
    }
  }
  if (nameCol !== null && next.cells.has(nameCol)) return false;
  let signal = false;
  for (const [col, x] of next.cells) {
    if (x.kind !== 'text') return false;
    if (genderOfLabel(x.text) || fieldOfLabel(x.text) || !header.cells.has(col)) signal = true;
  }
  return signal;
}

/** The columns of the header (and sub-header) row and their fields; fills `byField` as it goes. */
export function buildColumns(
  header: RowCells,
  sub: RowCells | null,
  byField: Map<Field, Column>,
): Column[] {
  const labelOf = (r: RowCells | null, col: number): string | null => {
    const x = r?.cells.get(col);
    return x && x.kind === 'text' ? x.text : null;
  };
  const cols = new Set<number>([...header.cells.keys(), ...(sub ? sub.cells.keys() : [])]);
  const sorted = [...cols].sort((a, b) => a - b);
  const columns: Column[] = [];
  for (const col of sorted) {
    const own = labelOf(header, col);
    const subLabel = labelOf(sub, col);
    let parent = own;
    if (parent === null && subLabel !== null) {
      // A merged parent keeps its text in its first cell: take the nearest label on the left.
      for (let c = col - 1; c >= 1 && parent === null; c--) parent = labelOf(header, c);
    }
    const parentField = parent === null ? null : fieldOfLabel(parent);
    let field: Field | null = null;
    let headerText = own ?? '';
    if (subLabel !== null) {
      headerText = parent && parent !== subLabel ? `${parent} - ${subLabel}` : subLabel;
      const g = genderOfLabel(subLabel);
      if (g) {
        field = parentField === 'birth' ? `birth.${g}` : `gender.${g}`;
      } else {
        field = fieldOfLabel(subLabel) ?? (own !== null ? parentField : null);
      }
    } else if (own !== null) {
      const g = genderOfLabel(own);
      field = g ? `gender.${g}` : fieldOfLabel(own);
    }
    if (headerText === '') continue;
    columns.push({ col, letter: colLetter(col), header: headerText, field });
  }
  // The first column wins for each field; the rest are listed but ignored.
  const hasPersonName = columns.some((c) => c.field === 'fullName');
  for (const c of columns) {
    if (c.field === 'unitName') c.field = hasPersonName ? 'workplace' : 'fullName';
    if (c.field === null) continue;
    if (byField.has(c.field)) c.field = null;
    else byField.set(c.field, c);
  }
  if (!byField.has('awardFormCode')) {
    const title = byField.get('titleFormCode');
    if (title) {
      title.field = 'awardFormCode';
      byField.delete('titleFormCode');
      byField.set('awardFormCode', title);
    }
  }
  return columns;
}
