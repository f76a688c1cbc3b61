/**
 * The Tờ trình đề nghị khen thưởng and its list as an editable Word file: same words as the PDF
 * template (`submissionTexts`, `submissionListLayout`), same pieces as the decision's DOCX.
 */
import { Paragraph, type Table } from 'docx';
import { FONT_SIZE, legalBasisLines, numberLine } from '../nd30-layout';
import { submissionListLayout, submissionTexts } from '../templates/submission';
import type { SubmissionData } from '../templates/submission-data';
import {
  closing,
  CONTENT_WIDTH_MM,
  header,
  line,
  listPages,
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

/** The Tờ trình with its list as DOCX bytes. */
export async function submissionDocx(data: SubmissionData): Promise<Buffer> {
  return await wordDocument(
    `Tờ trình ${numberLine(data.number, data.symbol).replace(/^Số: /, 'số ')}`,
    submissionTexts(data).summary,
    [...submissionPage(data), ...listPages(submissionListLayout(data))],
  );
}
