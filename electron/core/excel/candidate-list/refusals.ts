/**
 * Whole-file refusals: one error, no rows. The size limits live here too because the messages quote
 * them, and every stage (container, plan, reading) refuses with the same wording.
 */
import type { ImportIssue, ParsedCandidateList } from '../../../../shared/domain/candidate-list';

export const MiB = 1024 * 1024;
export const LIMITS = {
  /** Sum of every part we inflate (sheets + shared strings + styles + workbook). */
  total: 1024 * MiB,
  sheet: 512 * MiB,
  sharedStrings: 256 * MiB,
  styles: 32 * MiB,
  smallXml: 16 * MiB,
  maxSheets: 255,
} as const;

const SAVE_AS_XLSX =
  'Mở tệp bằng Excel rồi chọn Lưu thành (Save As), kiểu “Excel Workbook (*.xlsx)”, sau đó nhập lại tệp mới.';
export const MSG = {
  empty: 'Tệp rỗng (0 byte): không có gì để đọc.',
  xls: 'Tệp .xls (Excel 97-2003) không đọc được: mở bằng Excel rồi Lưu thành (Save As) dạng .xlsx.',
  encrypted:
    'Tệp Excel được đặt mật khẩu (mã hóa) nên không đọc được: mở bằng Excel, gỡ mật khẩu (File → Info → Protect Workbook → Encrypt with Password, xóa mật khẩu) rồi lưu lại dạng .xlsx.',
  pdf: `Tệp là PDF, không phải tệp Excel .xlsx: cần tệp danh sách gốc dạng Excel (.xlsx). ${SAVE_AS_XLSX}`,
  html: `Tệp là trang HTML/XML được đặt đuôi Excel, không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`,
  text: `Tệp là văn bản (CSV/TXT), không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`,
  notExcel: `Tệp không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`,
  ods: `Tệp OpenDocument (.ods) chưa đọc được: không phải tệp Excel .xlsx. ${SAVE_AS_XLSX}`,
  docx: 'Tệp là văn bản Word (.docx), không phải tệp Excel .xlsx: cần tệp danh sách dạng Excel.',
  corrupt:
    'Tệp .xlsx bị hỏng hoặc không đầy đủ (có thể tải về hoặc sao chép chưa xong): mở thử bằng Excel, lưu lại rồi nhập lại.',
  tooBig: (mb: number) =>
    `Tệp quá lớn để đọc (nội dung giải nén vượt ${mb} MB): hãy chia danh sách thành nhiều tệp nhỏ hơn.`,
  tooManySheets: `Tệp có quá nhiều sheet (trên ${LIMITS.maxSheets}): hãy chỉ giữ các sheet danh sách.`,
  tooManyRows: (max: number) =>
    `Tệp có hơn ${max.toLocaleString('vi-VN')} dòng dữ liệu: hãy chia danh sách thành nhiều tệp, mỗi tệp tối đa ${max.toLocaleString('vi-VN')} dòng.`,
  noSheets:
    'Tệp Excel không có sheet nào để đọc (mọi sheet đều bị ẩn hoặc là sheet hướng dẫn/danh mục).',
  emptyWorkbook: 'Tệp Excel trống: không sheet nào có dữ liệu.',
  noForms:
    'Chưa có hình thức khen thưởng nào được phép cho danh sách này: chọn hình thức trước khi nhập.',
  noRows: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.',
} as const;

export class Refusal extends Error {}

export function refusal(message: string): ParsedCandidateList {
  return {
    sheets: [],
    rows: [],
    issues: [fileIssue('error', message)],
    encodings: [],
  };
}

export function fileIssue(severity: ImportIssue['severity'], message: string): ImportIssue {
  return { severity, sheet: null, row: null, column: null, columnLabel: null, message };
}
