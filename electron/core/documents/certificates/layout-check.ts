/**
 * Whether every text box of a layout lies on the sheet, printer offset included: a box off the
 * paper is silently cut by the printer, so a layout like that is refused before it is saved.
 */
import {
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_FIELDS,
  pageSizeMm,
  type CertificateField,
  type CertificateLayout,
} from '../../../../shared/domain/certificate';
import type { ErrorDetails } from '../../../../shared/contract/errors';
import { LINE_EM } from './certificates';

const PT_PER_MM = 72 / 25.4;
const round = (n: number) => Math.round(n * 10) / 10;
const num = (n: number) => String(round(n)).replace('.', ',');

export interface OffPaper {
  field: CertificateField;
  message: string;
}

/** Boxes off the sheet, each with a sentence saying which edge and by how much. */
export function fieldsOffPaper(layout: CertificateLayout): OffPaper[] {
  const page = pageSizeMm(layout);
  const sheet =
    `khổ ${layout.pageSize} ${layout.orientation === 'landscape' ? 'ngang' : 'dọc'}` +
    ` (${num(page.w)} × ${num(page.h)} mm)`;
  const out: OffPaper[] = [];
  for (const field of CERTIFICATE_FIELDS) {
    const b = layout.fields[field];
    const left = b.x + layout.offsetX;
    const top = b.y + layout.offsetY;
    const right = left + b.width;
    const bottom = top + (b.maxLines * b.fontSize * LINE_EM) / PT_PER_MM;
    const edges: string[] = [];
    if (left < 0) edges.push(`mép trái ở ${num(left)} mm`);
    if (top < 0) edges.push(`mép trên ở ${num(top)} mm`);
    if (round(right) > page.w) edges.push(`mép phải ở ${num(right)} mm`);
    if (round(bottom) > page.h) edges.push(`mép dưới ở ${num(bottom)} mm`);
    if (edges.length) {
      out.push({
        field,
        message: `Ô “${CERTIFICATE_FIELD_LABELS[field]}” nằm ngoài ${sheet}: ${edges.join(', ')} (đã tính độ dịch ngang ${num(layout.offsetX)} mm, dịch dọc ${num(layout.offsetY)} mm).`,
      });
    }
  }
  return out;
}

export const offPaperDetails = (problems: readonly OffPaper[]): ErrorDetails[] =>
  problems.map((p) => ({
    field: `layout.fields.${p.field}`,
    fieldLabel: CERTIFICATE_FIELD_LABELS[p.field],
    message: p.message,
  }));
