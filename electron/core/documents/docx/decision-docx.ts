/**
 * The Quyết định khen thưởng and its attached list as an editable Word file (drafts are edited
 * before signing). Same data, same words and the same NĐ 30/2020 layout as the PDF template, as
 * far as Word allows: A4, the NĐ 30 margins, Times New Roman, a borderless two-column header,
 * page numbers from page 2, list tables whose header row repeats on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
} from 'docx';
import { signatureBlockLines } from '../../../../shared/rules/signature-block';
import {
  FONT_SIZE,
  headingLines,
  legalBasisLines,
  MARGINS_MM,
  MOTTO,
  NATIONAL_TITLE,
  numberLine,
  recipientLines,
} from '../nd30-layout';
import {
  AMOUNT_HEADING,
  decisionTexts,
  groupTotalLabel,
  hasAmount,
  LIST_COLUMNS,
  listLayout,
  type ListLayout,
  recipientDetail,
  recipientName,
  sum,
} from '../templates/decision';
import type { DecisionAwardGroup, DecisionData } from '../templates/decision-data';
import { formatPlaceDate } from '../vietnamese-dates';
import { formatAmount } from '../vietnamese-numbers';

/** The font Word uses; LibreOffice substitutes Liberation Serif (same metrics). */
export const DOCX_FONT = 'Times New Roman';

/** 1 mm = 1440 / 25.4 twips, rounded (docx's own helper truncates: 20 mm would be 1133). */
const twip = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** Word's A4 in twips: the exact values Word recognises as A4. */
const A4_TWIPS = { width: 11906, height: 16838 } as const;
/** docx sizes are half-points. */
const half = (points: number) => points * 2;
const PAGE_WIDTH_MM = 210;
export const CONTENT_WIDTH_MM = PAGE_WIDTH_MM - MARGINS_MM.left - MARGINS_MM.right;
/** 200 pt of the PDF header's left column, in mm. */
const HEADER_LEFT_MM = (200 * 25.4) / 72;
const HEADER_RIGHT_MM = CONTENT_WIDTH_MM - HEADER_LEFT_MM;
const PARAGRAPH_AFTER = 120; // 6 pt
const FIRST_LINE_INDENT = twip(10);

const upper = (text: string) => text.toLocaleUpperCase('vi');

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const TABLE_NO_BORDERS = { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE };
const TABLE_GRID = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    font: DOCX_FONT,
    size: half(style.size ?? FONT_SIZE.body),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });

export function line(
  text: string | TextRun[],
  style: RunStyle = {},
  options: Omit<IParagraphOptions, 'children'> = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...options,
    children: typeof text === 'string' ? [run(text, style)] : text,
  });
}

/** A short centred rule of `lengthMm` inside a column `widthMm` wide: a bordered empty line. */
export function rule(lengthMm: number, widthMm: number, spaceBefore = 0): Paragraph {
  const side = twip(Math.max(0, (widthMm - lengthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: spaceBefore, after: 0, line: 120, lineRule: 'exact' },
    border: { bottom: { ...LINE, space: 1 } },
    children: [run('', { size: 4 })],
  });
}

/** A body paragraph: justified, first-line indent, 6 pt after. */
export function paragraph(children: TextRun[], extra: Omit<IParagraphOptions, 'children'> = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: PARAGRAPH_AFTER },
    ...extra,
    children,
  });
}

const cell = (
  children: Paragraph[],
  widthMm: number,
  extra: { columnSpan?: number; borders?: typeof NO_BORDERS } = {},
) =>
  new TableCell({
    children,
    width: { size: twip(widthMm), type: WidthType.DXA },
    borders: extra.borders ?? NO_BORDERS,
    ...(extra.columnSpan ? { columnSpan: extra.columnSpan } : {}),
  });

export function header(data: Pick<DecisionData, 'agency' | 'number' | 'symbol' | 'date'>): Table {
  const governing = data.agency.governingBody.trim()
    ? headingLines(data.agency.governingBody).map((t) => line(t, { size: FONT_SIZE.governingBody }))
    : [];
  const issuing = headingLines(data.agency.issuingBody).map((t) =>
    line(t, { bold: true, size: FONT_SIZE.issuingBody }),
  );
  const longest = Math.max(...headingLines(data.agency.issuingBody).map((t) => t.length), 10);
  // About 2.2 mm a capital letter at 12 pt; NĐ 30 asks a rule of 1/3 to 1/2 of the name.
  const issuingRule = rule(Math.min(HEADER_LEFT_MM, longest * 2.2) * 0.43, HEADER_LEFT_MM, 60);
  const left = [...governing, ...issuing, issuingRule];
  const right = [
    line(NATIONAL_TITLE, { bold: true, size: FONT_SIZE.nationalTitle }),
    line(MOTTO, { bold: true, size: FONT_SIZE.motto }),
    rule(62, HEADER_RIGHT_MM, 20),
  ];
  return new Table({
    width: { size: twip(CONTENT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [twip(HEADER_LEFT_MM), twip(HEADER_RIGHT_MM)],
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(left, HEADER_LEFT_MM), cell(right, HEADER_RIGHT_MM)] }),
      new TableRow({
        children: [
          cell(
            [
              line(
                numberLine(data.number, data.symbol),
                { size: FONT_SIZE.number },
                {
                  spacing: { before: 160 },
                },
              ),
            ],
            HEADER_LEFT_MM,
          ),
          cell(
            [
              line(
                formatPlaceDate(data.agency.placeName, data.date),
                { italics: true, size: FONT_SIZE.placeDate },
                { spacing: { before: 160 } },
              ),
            ],
            HEADER_RIGHT_MM,
          ),
        ],
      }),
    ],
  });
}

export function closing(data: Pick<DecisionData, 'recipients' | 'signer'>): Table {
  const leftMm = CONTENT_WIDTH_MM * 0.45;
  const rightMm = CONTENT_WIDTH_MM - leftMm;
  const recipients = [
    new Paragraph({
      children: [run('Nơi nhận:', { bold: true, italics: true, size: FONT_SIZE.recipientsLabel })],
    }),
    ...recipientLines(data.recipients).map(
      (t) => new Paragraph({ children: [run(t, { size: FONT_SIZE.recipients })] }),
    ),
  ];
  const signature = signatureBlockLines(data.signer).map((t) =>
    t === ''
      ? line('', {}, { spacing: { before: 0, after: 0, line: 72 * 20, lineRule: 'exact' } })
      : line(t, { bold: true, size: FONT_SIZE.signer }),
  );
  return new Table({
    width: { size: twip(CONTENT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [twip(leftMm), twip(rightMm)],
    layout: TableLayoutType.FIXED,
    borders: TABLE_NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(recipients, leftMm), cell(signature, rightMm)],
      }),
    ],
  });
}

function decisionPage(data: DecisionData): (Paragraph | Table)[] {
  const t = decisionTexts(data);
  const bold = (text: string) => run(text, { bold: true });
  return [
    header(data),
    line(
      upper('Quyết định'),
      { bold: true, size: FONT_SIZE.docType },
      { spacing: { before: 360 } },
    ),
    line(t.summary, { bold: true, size: FONT_SIZE.summary }),
    rule(40, CONTENT_WIDTH_MM, 60),
    line(upper(data.authorityTitle), { bold: true }, { spacing: { before: 280, after: 200 } }),
    ...legalBasisLines(data.legalBases).map((text) =>
      paragraph([run(text, { italics: true, size: FONT_SIZE.legalBasis })]),
    ),
    line(
      'QUYẾT ĐỊNH:',
      { bold: true, size: FONT_SIZE.docType },
      { spacing: { before: 120, after: 200 } },
    ),
    paragraph([bold('Điều 1. '), run(t.article1)]),
    ...(t.achievement ? [paragraph([run(t.achievement)])] : []),
    ...(t.reward ? [paragraph([bold('Điều 2. '), run(t.reward)])] : []),
    paragraph([bold(`Điều ${t.executeNo}. `), run('Quyết định này có hiệu lực kể từ ngày ký.')]),
    paragraph([run(t.responsible)], { keepNext: true, keepLines: true }),
    closing(data),
  ];
}

export function listTable(group: DecisionAwardGroup): Table {
  const withMoney = group.recipients.some(hasAmount);
  const withDetail = group.recipients.some((r) => recipientDetail(r) !== '');
  const columns = LIST_COLUMNS[group.subjectType];
  const sttMm = 12;
  const moneyMm = withMoney ? 33 : 0;
  const rest = CONTENT_WIDTH_MM - sttMm - moneyMm;
  const nameMm = withDetail ? CONTENT_WIDTH_MM * 0.4 : rest;
  const detailMm = withDetail ? rest - nameMm : 0;
  const widths = [
    sttMm,
    nameMm,
    ...(withDetail ? [detailMm] : []),
    ...(withMoney ? [moneyMm] : []),
  ];
  const size = FONT_SIZE.table;
  const gridCell = (
    text: string,
    widthMm: number,
    style: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
    columnSpan?: number,
  ) =>
    new TableCell({
      width: { size: twip(widthMm), type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      ...(columnSpan ? { columnSpan } : {}),
      children: [
        new Paragraph({
          alignment: style.align ?? AlignmentType.LEFT,
          children: [run(text, { ...style, size })],
        }),
      ],
    });
  const row = (cells: (TableCell | null)[], header = false) =>
    new TableRow({
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
      children: cells.filter((c): c is TableCell => c !== null),
    });
  const center = AlignmentType.CENTER;
  const headerRow = row(
    [
      gridCell('STT', sttMm, { bold: true, align: center }),
      gridCell(columns.name, nameMm, { bold: true, align: center }),
      withDetail ? gridCell(columns.detail, detailMm, { bold: true, align: center }) : null,
      withMoney ? gridCell(AMOUNT_HEADING, moneyMm, { bold: true, align: center }) : null,
    ],
    true,
  );
  const rows = group.recipients.map((r, i) =>
    row([
      gridCell(String(i + 1), sttMm, { align: center }),
      gridCell(recipientName(r), nameMm),
      withDetail ? gridCell(recipientDetail(r), detailMm) : null,
      withMoney
        ? gridCell(hasAmount(r) ? formatAmount(r.amount!) : '', moneyMm, {
            align: AlignmentType.RIGHT,
          })
        : null,
    ]),
  );
  const span = withDetail ? 3 : 2;
  const total = row([
    gridCell(
      groupTotalLabel(group),
      sttMm + nameMm + detailMm,
      { bold: true, align: center },
      span,
    ),
    withMoney
      ? gridCell(formatAmount(sum(group.recipients)), moneyMm, {
          bold: true,
          align: AlignmentType.RIGHT,
        })
      : null,
  ]);
  return new Table({
    width: { size: twip(CONTENT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: widths.map(twip),
    layout: TableLayoutType.FIXED,
    borders: TABLE_GRID,
    rows: [headerRow, ...rows, total],
  });
}

/** The attached list (of a decision or a submission) as DOCX paragraphs and tables. */
export function listPages({ what, reference, sections, total }: ListLayout): (Paragraph | Table)[] {
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

/** The decision with its list as DOCX bytes. */
export async function decisionDocx(data: DecisionData): Promise<Buffer> {
  const t = decisionTexts(data);
  return await wordDocument(
    `Quyết định ${numberLine(data.number, data.symbol).replace(/^Số: /, 'số ')}`,
    t.summary,
    [...decisionPage(data), ...listPages(listLayout(data))],
  );
}

/** A4 Word file with the NĐ 30 margins, Times New Roman and page numbers from page 2. */
export async function wordDocument(
  title: string,
  description: string,
  children: (Paragraph | Table)[],
): Promise<Buffer> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            font: DOCX_FONT,
            size: half(FONT_SIZE.pageNumber),
          }),
        ],
      }),
    ],
  });
  const doc = new Document({
    creator: 'TĐKT Desk',
    title,
    description,
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: half(FONT_SIZE.body) },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4_TWIPS,
            margin: {
              top: twip(MARGINS_MM.top),
              bottom: twip(MARGINS_MM.bottom),
              left: twip(MARGINS_MM.left),
              right: twip(MARGINS_MM.right),
              header: twip(8),
              footer: twip(8),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return await Packer.toBuffer(doc);
}
