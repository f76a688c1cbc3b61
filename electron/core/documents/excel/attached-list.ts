/**
 * The danh sách kèm theo of a Quyết định or a Tờ trình as an Excel sheet, from the same plain data
 * and the same layout as the PDF (sections, tables, order, amounts), written by the shared list
 * writer: sections and per-table totals are bands of the one table.
 */
import {
  writeListWorkbook,
  type ListBand,
  type ListColumn,
  type ListDocument,
} from '../../excel/write-list';
import {
  countPhrase,
  groupTotalLabel,
  hasAmount,
  LIST_COLUMNS,
  listLayout,
  recipientDetail,
  recipientName,
  SUBJECT_ORDER,
  sum,
  type ListLayout,
} from '../templates/decision';
import type { DecisionData, DecisionRecipient } from '../templates/decision-data';
import { submissionListLayout } from '../templates/submission';
import type { SubmissionData } from '../templates/submission-data';
import { formatAmount } from '../vietnamese-numbers';
import type { AwardeeOrigin } from './attached-list.repo';

export const AMOUNT_HEADER = 'Số tiền thưởng (đồng)';
export const PROPOSING_UNIT_HEADER = 'Đơn vị đề nghị';
/** Thousands grouped with the reader's own separator (1.950.000 in a Vietnamese Excel). */
export const AMOUNT_FORMAT = '#,##0';

/**
 * The list as the shared writer takes it. `proposingUnits` gives the Đơn vị đề nghị of a recipient
 * (by identity, from the register); the column is left out when no recipient has one, and the money
 * column when nobody receives money (as in the PDF).
 */
export function attachedListDocument(
  layout: ListLayout,
  proposingUnits: ReadonlyMap<DecisionRecipient, string> = new Map(),
): ListDocument {
  const groups = layout.sections.flatMap((s) => s.tables.map((t) => t.group));
  const recipients = groups.flatMap((g) => g.recipients);
  const withMoney = recipients.some(hasAmount);
  const withUnit = recipients.some((r) => proposingUnits.has(r));
  const subjects = SUBJECT_ORDER.filter((s) => groups.some((g) => g.subjectType === s));
  const header = (part: 'name' | 'detail') =>
    [...new Set(subjects.map((s) => LIST_COLUMNS[s][part]))].join(' / ');

  const columns: ListColumn[] = [
    { header: header('name'), key: 'name', width: 34 },
    { header: header('detail'), key: 'detail', width: 44 },
    ...(withUnit ? [{ header: PROPOSING_UNIT_HEADER, key: 'unit', width: 30 }] : []),
    ...(withMoney
      ? [
          {
            header: AMOUNT_HEADER,
            key: 'amount',
            width: 22,
            kind: 'number',
            numFmt: AMOUNT_FORMAT,
          } as const,
        ]
      : []),
  ];
  const money = (amount: number | null) => (withMoney ? { amount } : undefined);

  const rows: ListDocument['rows'] = [];
  const bands: ListBand[] = [];
  const addBand = (text: string, style: ListBand['style'], values?: ListBand['values']) =>
    bands.push({ before: rows.length, text, style, ...(values ? { values } : {}) });
  for (const section of layout.sections) {
    addBand(section.heading, 'heading');
    for (const { caption, group } of section.tables) {
      if (caption) addBand(caption, 'caption');
      for (const r of group.recipients) {
        rows.push({
          name: recipientName(r),
          detail: recipientDetail(r),
          ...(withUnit ? { unit: proposingUnits.get(r) ?? null } : {}),
          ...(withMoney ? { amount: hasAmount(r) ? r.amount! : null } : {}),
        });
      }
      const subtotal = group.recipients.some(hasAmount) ? sum(group.recipients) : null;
      addBand(groupTotalLabel(group), 'total', money(subtotal));
    }
  }
  addBand(
    `Tổng cộng: ${countPhrase(groups)}`,
    'total',
    money(layout.total > 0 ? layout.total : null),
  );

  return {
    sheetName: 'Danh sách kèm theo',
    titleLines: ['DANH SÁCH', ...layout.what],
    subtitle: layout.reference,
    columns,
    rows,
    bands,
    // The PDF's closing sentence, in words that do not depend on the reader's number format.
    ...(withMoney && layout.total > 0
      ? { footerLines: [`Tổng số tiền thưởng: ${formatAmount(layout.total)} đồng.`] }
      : {}),
  };
}

/**
 * The Quyết định's list. `origins` are its awardees as the register stored them, in printed order;
 * one whose name does not match the printed row gets no Đơn vị đề nghị rather than a wrong one.
 */
export function decisionListWorkbook(
  data: DecisionData,
  origins: readonly Pick<AwardeeOrigin, 'printedName' | 'proposingUnit'>[] = [],
): Promise<Buffer> {
  const units = new Map<DecisionRecipient, string>();
  data.awards
    .flatMap((g) => g.recipients)
    .forEach((r, i) => {
      const origin = origins[i];
      if (origin?.proposingUnit && origin.printedName === recipientName(r)) {
        units.set(r, origin.proposingUnit);
      }
    });
  return writeListWorkbook(attachedListDocument(listLayout(data), units));
}

/** The Tờ trình's list: the same table, under its own "(Kèm theo Tờ trình số …)" line. */
export function submissionListWorkbook(data: SubmissionData): Promise<Buffer> {
  return writeListWorkbook(attachedListDocument(submissionListLayout(data)));
}
