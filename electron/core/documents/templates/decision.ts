/**
 * Quyết định khen thưởng and its attached list (danh sách kèm theo), domain.md §4.3, built from
 * plain data (no database access here): page 1 is the decision, the list starts on a new page
 * with one table per award form inside each subject-type section.
 */
import type { Content, Style, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SubjectType } from '../../../../shared/domain/award-form';
import {
  centredRule,
  closing,
  FONT_SIZE,
  header,
  legalBases,
  LIST_TABLE_LAYOUT,
  mm,
  numberLine,
  PAGE_MARGINS,
  PAGE_SIZE,
  pageNumberHeader,
  paragraph,
  titleBlock,
} from '../nd30-layout';
import { formatDateLong } from '../vietnamese-dates';
import { formatAmount, formatCount } from '../vietnamese-numbers';
import type { DecisionAwardGroup, DecisionData, DecisionRecipient } from './decision-data';

export const SUBJECT_ORDER: readonly SubjectType[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];

export const SUBJECT_NOUN: Record<SubjectType, string> = {
  tap_the: 'tập thể',
  ca_nhan: 'cá nhân',
  ho_gia_dinh: 'hộ gia đình',
};

/** Column headings of a list table per subject type: name column, then the describing column. */
export const LIST_COLUMNS: Record<SubjectType, { name: string; detail: string }> = {
  tap_the: { name: 'Tên tập thể', detail: 'Đơn vị' },
  ca_nhan: { name: 'Họ và tên', detail: 'Chức vụ, đơn vị công tác' },
  ho_gia_dinh: { name: 'Hộ gia đình (chủ hộ)', detail: 'Địa chỉ' },
};
export const AMOUNT_HEADING = 'Số tiền (đồng)';

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** "a", "a và b", "a, b và c". */
export function joinVi(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

/** Award forms in first-seen order, each with its groups in subject order. */
export function byForm(awards: readonly DecisionAwardGroup[]): Map<string, DecisionAwardGroup[]> {
  const forms = new Map<string, DecisionAwardGroup[]>();
  for (const group of awards) {
    if (group.recipients.length === 0) continue;
    const list = forms.get(group.form) ?? [];
    list.push(group);
    forms.set(group.form, list);
  }
  for (const list of forms.values()) {
    list.sort(
      (a, b) => SUBJECT_ORDER.indexOf(a.subjectType) - SUBJECT_ORDER.indexOf(b.subjectType),
    );
  }
  return forms;
}

/** "20 tập thể và 05 cá nhân" for one form. */
export function countPhrase(groups: readonly DecisionAwardGroup[]): string {
  const counts = new Map<SubjectType, number>();
  for (const g of groups) {
    counts.set(g.subjectType, (counts.get(g.subjectType) ?? 0) + g.recipients.length);
  }
  return joinVi(
    SUBJECT_ORDER.filter((s) => counts.has(s)).map(
      (s) => `${formatCount(counts.get(s)!)} ${SUBJECT_NOUN[s]}`,
    ),
  );
}

/** "Về việc tặng Bằng khen của … cho 20 tập thể và 20 cá nhân". */
export function defaultSummary(data: DecisionData): string {
  const phrases = [...byForm(data.awards)].map(
    ([form, groups]) => `${form} cho ${countPhrase(groups)}`,
  );
  return `Về việc tặng ${joinVi(phrases)}`;
}

export const hasAmount = (r: DecisionRecipient) => typeof r.amount === 'number' && r.amount > 0;
export const sum = (recipients: readonly DecisionRecipient[]) =>
  recipients.reduce((total, r) => total + (r.amount ?? 0), 0);

/** The text of Điều 2 (money) after "Điều 2. ", or `null` when no recipient receives any. */
export function rewardText(data: DecisionData): string | null {
  const all = data.awards.flatMap((g) => g.recipients);
  if (!all.some(hasAmount)) return null;
  const sentences = [...byForm(data.awards)].map(([form, groups]) => {
    const parts = SUBJECT_ORDER.flatMap((subject) => {
      const people = groups.filter((g) => g.subjectType === subject).flatMap((g) => g.recipients);
      if (people.length === 0 || !people.some(hasAmount)) return [];
      const amounts = new Set(people.map((r) => r.amount ?? 0));
      return amounts.size === 1
        ? [`mỗi ${SUBJECT_NOUN[subject]} ${formatAmount(people[0]!.amount!)} đồng`]
        : [`${SUBJECT_NOUN[subject]} theo mức tại danh sách kèm theo`];
    });
    return parts.length > 0 ? `kèm theo ${form}: ${parts.join(', ')}` : '';
  });
  const fund = data.fundSource?.trim() ? `, chi từ ${data.fundSource.trim()}` : '';
  return (
    `Tặng thưởng ${sentences.filter(Boolean).join('; ')}. ` +
    `Tổng số tiền thưởng: ${formatAmount(sum(all))} đồng${fund}.`
  );
}

/** Điều 2 (money), or `null` when no recipient receives any. */
function rewardArticle(data: DecisionData, articleNo: number): Content | null {
  const text = rewardText(data);
  return text === null ? null : paragraph([{ text: `Điều ${articleNo}. `, bold: true }, text]);
}

/**
 * The running text of the decision page, shared by the PDF and the DOCX so both print the same
 * words: Điều 1 and its reason, Điều 2 (money, optional), the number of the last article, the
 * executing sentence.
 */
export function decisionTexts(data: DecisionData): {
  summary: string;
  article1: string;
  achievement: string | null;
  reward: string | null;
  executeNo: number;
  responsible: string;
} {
  const forms = [...byForm(data.awards)];
  const achievement = data.achievement.trim();
  const sentence = achievement
    ? achievement.charAt(0).toLocaleUpperCase('vi') + achievement.slice(1)
    : '';
  const reward = rewardText(data);
  const executors = data.executors.map((e) => e.trim()).filter(Boolean);
  const responsible = [...executors, `các ${subjectNouns(data)} có tên tại Điều 1`];
  return {
    summary: data.summary?.trim() || defaultSummary(data),
    article1: `Tặng ${forms
      .map(([form, groups]) => `${form} cho ${countPhrase(groups)}`)
      .join('; tặng ')} (có danh sách kèm theo).`,
    achievement: sentence ? (/[.!]$/u.test(sentence) ? sentence : `${sentence}.`) : null,
    reward,
    executeNo: reward ? 3 : 2,
    responsible: `${joinVi(responsible)} chịu trách nhiệm thi hành Quyết định này./.`,
  };
}

/** The nouns of the subject types that actually appear: "tập thể, cá nhân". */
export function subjectNouns(data: DecisionData): string {
  const present = new Set(data.awards.filter((g) => g.recipients.length).map((g) => g.subjectType));
  return SUBJECT_ORDER.filter((s) => present.has(s))
    .map((s) => SUBJECT_NOUN[s])
    .join(', ');
}

function decisionPage(data: DecisionData): Content[] {
  const texts = decisionTexts(data);
  const summary = texts.summary;
  const article1: Content[] = [paragraph([{ text: 'Điều 1. ', bold: true }, texts.article1])];
  if (texts.achievement) article1.push(paragraph(texts.achievement));
  const reward = rewardArticle(data, 2);
  const executeNo = texts.executeNo;
  return [
    header({
      governingBody: data.agency.governingBody,
      issuingBody: data.agency.issuingBody,
      number: data.number,
      symbol: data.symbol,
      place: data.agency.placeName,
      date: data.date,
    }),
    titleBlock('Quyết định', summary),
    {
      text: upper(data.authorityTitle),
      bold: true,
      fontSize: FONT_SIZE.body,
      alignment: 'center',
      margin: [0, 14, 0, 10],
    },
    ...legalBases(data.legalBases),
    {
      text: 'QUYẾT ĐỊNH:',
      bold: true,
      fontSize: FONT_SIZE.docType,
      alignment: 'center',
      margin: [0, 6, 0, 10],
    },
    ...article1,
    ...(reward ? [reward] : []),
    paragraph([
      { text: `Điều ${executeNo}. `, bold: true },
      'Quyết định này có hiệu lực kể từ ngày ký.',
    ]),
    // The signature never stands alone on a page: the last paragraph moves with it.
    {
      unbreakable: true,
      stack: [paragraph(texts.responsible), closing(data.recipients, data.signer)],
    },
  ];
}

export function recipientName(r: DecisionRecipient): string {
  const honorific = r.honorific?.trim();
  return honorific ? `${honorific} ${r.name.trim()}` : r.name.trim();
}

export function recipientDetail(r: DecisionRecipient): string {
  return [r.position, r.unit]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}

/**
 * One table of the list: STT | name | detail | Số tiền, the header row repeated on every page.
 * The detail column is left out when no row has one, the money column when nobody gets money.
 */
export function listTable(group: DecisionAwardGroup): Content {
  const withMoney = group.recipients.some(hasAmount);
  const withDetail = group.recipients.some((r) => recipientDetail(r) !== '');
  const columns = LIST_COLUMNS[group.subjectType];
  const cell = (text: string, style: Style = {}): TableCell => ({
    text,
    ...style,
  });
  const row = (stt: TableCell, name: TableCell, detail: TableCell, money: TableCell) => [
    stt,
    name,
    ...(withDetail ? [detail] : []),
    ...(withMoney ? [money] : []),
  ];
  const bold = { bold: true, alignment: 'center' } as const;
  const headerRow = row(
    cell('STT', bold),
    cell(columns.name, bold),
    cell(columns.detail, bold),
    cell(AMOUNT_HEADING, bold),
  );
  const rows = group.recipients.map((r, i) =>
    row(
      cell(String(i + 1), { alignment: 'center' }),
      cell(recipientName(r)),
      cell(recipientDetail(r)),
      cell(hasAmount(r) ? formatAmount(r.amount!) : '', { alignment: 'right' }),
    ),
  );
  const span = withDetail ? 3 : 2;
  const total: TableCell[] = [
    {
      text: groupTotalLabel(group),
      bold: true,
      colSpan: span,
      alignment: 'center',
    },
    ...Array.from({ length: span - 1 }, () => ''),
    ...(withMoney
      ? [cell(formatAmount(sum(group.recipients)), { bold: true, alignment: 'right' })]
      : []),
  ];
  const widths = [
    34,
    withDetail ? '40%' : '*',
    ...(withDetail ? ['*'] : []),
    ...(withMoney ? [82] : []),
  ];
  return {
    margin: [0, 4, 0, 10],
    fontSize: FONT_SIZE.table,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths,
      body: [headerRow, ...rows, total],
    },
    layout: LIST_TABLE_LAYOUT,
  };
}

/** One subject-type section of the list: its heading and one table per award form. */
export interface ListSection {
  heading: string;
  tables: { caption: string | null; group: DecisionAwardGroup }[];
}

/** What an attached list prints: title lines, the "(Kèm theo … số …)" line, sections, money total. */
export interface ListLayout {
  what: string[];
  reference: string;
  sections: ListSection[];
  total: number;
}

/** The list's title lines, its "(Kèm theo Quyết định số …)" line and its sections. */
export function listLayout(data: DecisionData): ListLayout {
  const forms = [...byForm(data.awards)];
  const single = forms.length === 1 ? forms[0]![0] : null;
  const nouns = upper(subjectNouns(data));
  // A long form goes on its own line rather than being cut anywhere.
  const what = !single
    ? [`${nouns} ĐƯỢC KHEN THƯỞNG`]
    : single.length > 30
      ? [`${nouns} ĐƯỢC TẶNG`, upper(single)]
      : [`${nouns} ĐƯỢC TẶNG ${upper(single)}`];
  const reference =
    `(Kèm theo Quyết định ${numberLine(data.number, data.symbol).replace(/^Số: /, 'số ')} ` +
    `${formatDateLong(data.date)} của ${data.authorityName.trim()})`;
  const subjects = SUBJECT_ORDER.filter((s) =>
    data.awards.some((g) => g.subjectType === s && g.recipients.length > 0),
  );
  const sections = subjects.map((subject, i): ListSection => {
    const groups = forms.flatMap(([, list]) => list.filter((g) => g.subjectType === subject));
    const count = groups.reduce((n, g) => n + g.recipients.length, 0);
    return {
      heading: `${ROMAN[i] ?? String(i + 1)}. ${upper(SUBJECT_NOUN[subject])} (${formatCount(count)} ${SUBJECT_NOUN[subject]})`,
      tables: groups.map((group, j) => ({
        caption: groups.length > 1 || !single ? `${j + 1}. ${group.form}` : null,
        group,
      })),
    };
  });
  return { what, reference, sections, total: sum(data.awards.flatMap((g) => g.recipients)) };
}

/** "Cộng: 05 cá nhân" under a list table. */
export const groupTotalLabel = (group: DecisionAwardGroup) =>
  `Cộng: ${formatCount(group.recipients.length)} ${SUBJECT_NOUN[group.subjectType]}`;

function listPages(data: DecisionData): Content[] {
  const { what, reference, sections, total } = listLayout(data);
  const content: Content[] = [
    {
      pageBreak: 'before',
      stack: [
        { text: 'DANH SÁCH', bold: true, fontSize: FONT_SIZE.docType, alignment: 'center' },
        ...what.map((line): Content => ({
          text: line,
          bold: true,
          fontSize: FONT_SIZE.docType,
          alignment: 'center',
        })),
        { text: reference, italics: true, fontSize: FONT_SIZE.body, alignment: 'center' },
        centredRule(mm(40), [0, 6, 0, 10]),
      ],
    },
  ];
  for (const section of sections) {
    content.push({ text: section.heading, bold: true, margin: [0, 6, 0, 2] });
    for (const { caption, group } of section.tables) {
      if (caption) {
        content.push({ text: caption, bold: true, italics: true, margin: [0, 2, 0, 0] });
      }
      content.push(listTable(group));
    }
  }
  if (total > 0) {
    content.push({
      text: `Tổng số tiền thưởng: ${formatAmount(total)} đồng.`,
      bold: true,
      margin: [0, 4, 0, 0],
    });
  }
  return content;
}

/** The Quyết định khen thưởng with its attached list, ready for `renderPdf`. */
export function decisionDocument(data: DecisionData): TDocumentDefinitions {
  const summary = data.summary?.trim() || defaultSummary(data);
  const title = `Quyết định ${numberLine(data.number, data.symbol).replace(/^Số: /, 'số ')} ${formatDateLong(data.date)}`;
  const creationDate = data.date
    ? new Date(`${data.date}T00:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1));
  return {
    pageSize: PAGE_SIZE,
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumberHeader,
    info: {
      title,
      author: data.agency.issuingBody,
      subject: summary,
      creationDate,
    },
    language: 'vi-VN',
    content: [...decisionPage(data), ...listPages(data)],
  };
}
