/**
 * Tờ trình đề nghị cấp trên khen thưởng and its attached list, from plain data: page 1 is the
 * Tờ trình, the list starts on a new page with the same table layout as the decision's list.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  centredRule,
  closing,
  FONT_SIZE,
  header,
  legalBases,
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
import {
  byForm,
  countPhrase,
  hasAmount,
  listTable,
  type ListLayout,
  type ListSection,
  SUBJECT_NOUN,
  SUBJECT_ORDER,
  sum,
} from './decision';
import type { SubmissionData } from './submission-data';

const upper = (text: string) => text.toLocaleUpperCase('vi');
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

const sentence = (text: string) => {
  const t = text.trim();
  if (!t) return '';
  const first = t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
  return /[.!]$/u.test(first) ? first : `${first}.`;
};

/** "tặng Bằng khen … cho 20 tập thể và 05 cá nhân; tặng …". */
function proposals(data: SubmissionData): string {
  return [...byForm(data.awards)]
    .map(([form, groups]) => `${form} cho ${countPhrase(groups)}`)
    .join('; tặng ');
}

/** The running text of page 1, shared with the DOCX so both print the same words. */
export function submissionTexts(data: SubmissionData): {
  summary: string;
  reference: string;
  body: string[];
  proposal: string;
} {
  const body: string[] = [];
  const movement = data.movement.trim();
  if (movement) body.push(`Thực hiện ${movement}.`);
  if (data.achievement?.trim()) body.push(sentence(data.achievement));
  if (data.council) {
    const result = data.council.result?.trim();
    body.push(
      `Ngày ${formatDateLong(data.council.sessionDate).replace(/^ngày /, '')}, ` +
        `${data.council.name.trim()} đã họp xét đề nghị khen thưởng` +
        (result ? `; kết quả: ${result}.` : '.'),
    );
  }
  for (const [form, groups] of byForm(data.awards)) {
    body.push(`Đủ tiêu chuẩn đề nghị tặng ${form}: ${countPhrase(groups)}.`);
  }
  const authority = data.awardingAuthority.trim();
  return {
    summary: data.summary?.trim() || `Về việc đề nghị tặng ${proposals(data)}`,
    reference:
      `(Kèm theo Tờ trình ${numberLine(data.number, data.symbol).replace(/^Số: /, 'số ')} ` +
      `${formatDateLong(data.date)} của ${data.agency.issuingBody.trim()})`,
    body,
    proposal:
      `${data.agency.issuingBody.trim()} kính đề nghị ${authority} xem xét, ` +
      `tặng ${proposals(data)} (có danh sách kèm theo)./.`,
  };
}

function submissionPage(data: SubmissionData): Content[] {
  const texts = submissionTexts(data);
  const addressees = data.addressees.map((a) => a.trim()).filter(Boolean);
  return [
    header({
      governingBody: data.agency.governingBody,
      issuingBody: data.agency.issuingBody,
      number: data.number,
      symbol: data.symbol,
      place: data.agency.placeName,
      date: data.date,
    }),
    titleBlock('Tờ trình', texts.summary),
    {
      margin: [0, 12, 0, 10],
      alignment: 'center',
      stack:
        addressees.length === 1
          ? [{ text: `Kính gửi: ${addressees[0]}.` }]
          : [{ text: 'Kính gửi:' }, ...addressees.map((a): Content => ({ text: `- ${a};` }))],
    },
    ...legalBases(data.legalBases),
    ...texts.body.map((line) => paragraph(line)),
    {
      unbreakable: true,
      stack: [paragraph(texts.proposal), closing(data.recipients, data.signer)],
    },
  ];
}

/** The list's title lines, its "(Kèm theo Tờ trình số …)" line and its sections. */
export function submissionListLayout(data: SubmissionData): ListLayout {
  const forms = [...byForm(data.awards)];
  const present = SUBJECT_ORDER.filter((s) =>
    data.awards.some((g) => g.subjectType === s && g.recipients.length > 0),
  );
  const nouns = upper(present.map((s) => SUBJECT_NOUN[s]).join(', '));
  const single = forms.length === 1 ? forms[0]![0] : null;
  const what = single ? [`${nouns} ĐỀ NGHỊ TẶNG`, upper(single)] : [`${nouns} ĐỀ NGHỊ KHEN THƯỞNG`];
  const sections = present.map((subject, i): ListSection => {
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
  const all = data.awards.flatMap((g) => g.recipients);
  return {
    what,
    reference: submissionTexts(data).reference,
    sections,
    total: all.some(hasAmount) ? sum(all) : 0,
  };
}

function listPages(data: SubmissionData): Content[] {
  const { what, reference, sections, total } = submissionListLayout(data);
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
        { text: reference, italics: true, alignment: 'center' },
        centredRule(mm(40), [0, 6, 0, 10]),
      ],
    },
  ];
  for (const section of sections) {
    content.push({ text: section.heading, bold: true, margin: [0, 6, 0, 2] });
    for (const { caption, group } of section.tables) {
      if (caption) content.push({ text: caption, bold: true, italics: true, margin: [0, 2, 0, 0] });
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

/** The Tờ trình with its attached list, ready for `renderPdf`. */
export function submissionDocument(data: SubmissionData): TDocumentDefinitions {
  const texts = submissionTexts(data);
  return {
    pageSize: PAGE_SIZE,
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumberHeader,
    info: {
      title: `Tờ trình ${numberLine(data.number, data.symbol).replace(/^Số: /, 'số ')} ${formatDateLong(data.date)}`,
      author: data.agency.issuingBody,
      subject: texts.summary,
      creationDate: data.date ? new Date(`${data.date}T00:00:00Z`) : new Date(Date.UTC(2000, 0, 1)),
    },
    language: 'vi-VN',
    content: [...submissionPage(data), ...listPages(data)],
  };
}
