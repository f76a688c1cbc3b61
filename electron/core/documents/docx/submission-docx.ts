/**
 * The Tờ trình đề nghị khen thưởng and its list as an editable Word file: same words as the PDF
 * template (`submissionTexts`, `submissionListLayout`), same pieces as the decision's DOCX.
 */
import { Paragraph, type Table } from 'docx';
import { FONT_SIZE, legalBasisLines, numberLine } from '../nd30-layout';
import { submissionListLayout, submissionTexts } from '../templates/submission';
import type { SubmissionData } from '../templates/submission-data';
import { formatAmount } from '../vietnamese-numbers';
import {
  closing,
  CONTENT_WIDTH_MM,
  header,
  line,
  listTable,
  paragraph,
  rule,
  run,
  wordDocument,
} from './decision-docx';

function submissionPage(data: SubmissionData): (Paragraph | Table)[] {
  const t = submissionTexts(data);
  const addressees = data.addressees.map((a) => a.trim()).filter(Boolean);
  return [
    header(data),
    line('TỜ TRÌNH', { bold: true, size: FONT_SIZE.docType }, { spacing: { before: 360 } }),
    line(t.summary, { bold: true, size: FONT_SIZE.summary }),
    rule(40, CONTENT_WIDTH_MM, 60),
    ...(addressees.length === 1
      ? [line(`Kính gửi: ${addressees[0]}.`, {}, { spacing: { before: 240, after: 200 } })]
      : [
          line('Kính gửi:', {}, { spacing: { before: 240 } }),
          ...addressees.map((a) => line(`- ${a};`)),
          new Paragraph({ spacing: { after: 200 }, children: [] }),
        ]),
    ...legalBasisLines(data.legalBases).map((text) =>
      paragraph([run(text, { italics: true, size: FONT_SIZE.legalBasis })]),
    ),
    ...t.body.map((text) => paragraph([run(text)])),
    paragraph([run(t.proposal)], { keepNext: true, keepLines: true }),
    closing(data),
  ];
}

function listPages(data: SubmissionData): (Paragraph | Table)[] {
  const { what, reference, sections, total } = submissionListLayout(data);
  const content: (Paragraph | Table)[] = [
    line('DANH SÁCH', { bold: true, size: FONT_SIZE.docType }, { pageBreakBefore: true }),
    ...what.map((t) => line(t, { bold: true, size: FONT_SIZE.docType })),
    line(reference, { italics: true }),
    rule(40, CONTENT_WIDTH_MM, 60),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
  for (const section of sections) {
    content.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 40 },
        children: [run(section.heading, { bold: true })],
      }),
    );
    for (const { caption, group } of section.tables) {
      if (caption) {
        content.push(
          new Paragraph({
            keepNext: true,
            spacing: { before: 40 },
            children: [run(caption, { bold: true, italics: true })],
          }),
        );
      }
      content.push(listTable(group), new Paragraph({ spacing: { after: 120 }, children: [] }));
    }
  }
  if (total > 0) {
    content.push(
      new Paragraph({
        children: [run(`Tổng số tiền thưởng: ${formatAmount(total)} đồng.`, { bold: true })],
      }),
    );
  }
  return content;
}

/** The Tờ trình with its list as DOCX bytes. */
export async function submissionDocx(data: SubmissionData): Promise<Buffer> {
  return await wordDocument(
    `Tờ trình ${numberLine(data.number, data.symbol).replace(/^Số: /, 'số ')}`,
    submissionTexts(data).summary,
    [...submissionPage(data), ...listPages(data)],
  );
}
