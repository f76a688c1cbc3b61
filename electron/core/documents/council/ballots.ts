/**
 * Phiếu bầu / phiếu biểu quyết of a council session (domain.md §4.6): one ballot per copy, each
 * starting on a new page, one table per award form × subject type with its "Chọn không quá k",
 * two tick boxes per row and no voter name. Long sections continue on the next page with their
 * title and column headings repeated; a row is never split.
 */
import type { Content, DynamicContent, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppError } from '../../errors';
import {
  FONT_SIZE,
  LIST_TABLE_LAYOUT,
  mm,
  PAGE_MARGINS,
  PAGE_SIZE,
  PARAGRAPH_GAP,
} from '../nd30-layout';
import { formatDateLong } from '../vietnamese-dates';
import type { BallotData, BallotGroup } from './council-data';
import {
  groupTitle,
  headCell,
  headerTop,
  LEFT_COLUMN,
  NAME_COLUMNS,
  roman,
  upper,
} from './council-layout';

export const DEFAULT_BALLOT_INSTRUCTIONS =
  'Hướng dẫn: ở mỗi dòng, đánh dấu (X) vào một ô "Đồng ý" hoặc "Không đồng ý". ' +
  'Dòng đánh dấu cả hai ô hoặc không đánh dấu ô nào, và mục có số "Đồng ý" vượt quá số được chọn, ' +
  'được xử lý theo quy chế của Hội đồng. Không ghi tên người bỏ phiếu.';

/** The largest print run accepted: a typo (3000 for 30) must not freeze the app. */
export const MAX_BALLOT_COPIES = 500;

const BOX = 10;
const BOX_COLUMN = 46;
const NO_BOX_COLUMN = 54;
const STT_COLUMN = 26;
const DETAIL_COLUMN = 140;
const TABLE_FONT = FONT_SIZE.table;

/** "Phiếu số 07/30": numbers padded to the width of the total, at least two digits. */
export function ballotNumber(index: number, copies: number): string {
  const width = Math.max(2, String(copies).length);
  return `Phiếu số ${String(index).padStart(width, '0')}/${String(copies).padStart(width, '0')}`;
}

/** An empty square drawn as a vector, centred in its cell (no font needs a ☐ glyph). */
function tickBox(columnWidth: number): TableCell {
  const x = (columnWidth - BOX) / 2;
  return {
    canvas: [{ type: 'rect', x, y: 1, w: BOX, h: BOX, lineWidth: 0.8, lineColor: '#000' }],
  };
}

function sectionTable(group: BallotGroup, index: number): Content {
  const columns = NAME_COLUMNS[group.subjectType];
  const quota = group.quota === null ? '' : ` (Chọn không quá ${group.quota})`;
  const titleRow: TableCell[] = [
    {
      text: [
        { text: `${roman(index)}. ${groupTitle(group.awardForm, group.subjectType)}`, bold: true },
        { text: quota, bold: true, italics: true },
      ],
      colSpan: 5,
      alignment: 'left',
      fillColor: '#ffffff',
    },
    '',
    '',
    '',
    '',
  ];
  const headRow: TableCell[] = [
    headCell('STT'),
    headCell(columns.name),
    headCell(columns.detail),
    headCell('Đồng ý'),
    headCell('Không đồng ý'),
  ];
  const rows: TableCell[][] = group.nominees.map((nominee, i) => [
    { text: String(i + 1), alignment: 'center' },
    { text: nominee.name.trim() },
    { text: nominee.detail.trim() },
    tickBox(BOX_COLUMN),
    tickBox(NO_BOX_COLUMN),
  ]);
  return {
    margin: [0, 6, 0, 4],
    fontSize: TABLE_FONT,
    table: {
      headerRows: 2,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: [STT_COLUMN, '*', DETAIL_COLUMN, BOX_COLUMN, NO_BOX_COLUMN],
      body: [titleRow, headRow, ...rows],
    },
    layout: LIST_TABLE_LAYOUT,
  };
}

function oneBallot(data: BallotData, index: number): Content[] {
  const numberLine: Content = {
    margin: [0, 8, 0, 0],
    columns: [
      {
        width: LEFT_COLUMN,
        text: data.numbered ? ballotNumber(index, data.copies) : '',
        fontSize: FONT_SIZE.number,
        alignment: 'center',
      },
      { width: '*', text: '' },
    ],
  };
  const round =
    data.round > 1
      ? `Bỏ phiếu lần ${data.round}, chỉ giữa các trường hợp có số phiếu bằng nhau`
      : '';
  const instructions = (data.instructions ?? DEFAULT_BALLOT_INSTRUCTIONS).trim();
  return [
    {
      ...(index > 1 ? { pageBreak: 'before' as const } : {}),
      stack: [
        headerTop(data.heading),
        numberLine,
        {
          margin: [0, 14, 0, 0],
          stack: [
            { text: upper(data.title), bold: true, fontSize: FONT_SIZE.docType },
            { text: data.subject.trim(), bold: true, fontSize: FONT_SIZE.summary },
            {
              text: `Phiên họp ${formatDateLong(data.sessionDate)}`,
              italics: true,
              fontSize: FONT_SIZE.body,
            },
            ...(round ? [{ text: round, bold: true, italics: true }] : []),
          ],
          alignment: 'center',
        },
        {
          text: instructions,
          italics: true,
          fontSize: FONT_SIZE.body - 1,
          alignment: 'justify',
          margin: [0, 8, 0, PARAGRAPH_GAP],
        },
      ],
    },
    ...data.groups.map((group, i) => sectionTable(group, i)),
  ];
}

/**
 * Page numbers per ballot: every ballot has the same pages (only its number differs), so page
 * p belongs to ballot ⌈p / pagesPerBallot⌉. Continuation pages show their number, centred in
 * the top margin, and the ballot number on the right so loose sheets can be matched.
 */
function ballotPageHeader(data: BallotData): DynamicContent {
  return (currentPage, pageCount) => {
    if (pageCount % data.copies !== 0) return null;
    const perBallot = pageCount / data.copies;
    const inBallot = ((currentPage - 1) % perBallot) + 1;
    if (inBallot === 1) return null;
    const ballot = Math.floor((currentPage - 1) / perBallot) + 1;
    return {
      margin: [PAGE_MARGINS[0], mm(8), PAGE_MARGINS[2], 0],
      columns: [
        { width: '*', text: '' },
        { width: 'auto', text: String(inBallot), fontSize: FONT_SIZE.pageNumber },
        {
          width: '*',
          text: data.numbered ? ballotNumber(ballot, data.copies) : '',
          fontSize: FONT_SIZE.recipients,
          alignment: 'right',
        },
      ],
    };
  };
}

function check(data: BallotData): void {
  if (!Number.isInteger(data.copies) || data.copies < 1 || data.copies > MAX_BALLOT_COPIES) {
    throw new AppError(
      'VALIDATION',
      `Số phiếu cần in phải từ 1 đến ${MAX_BALLOT_COPIES} (đang là ${data.copies}).`,
    );
  }
  const groups = data.groups.filter((g) => g.nominees.length > 0);
  if (groups.length === 0) {
    throw new AppError(
      'VALIDATION',
      'Phiếu bầu không có trường hợp nào để bầu: chương trình phiên họp chưa có đề nghị nào.',
    );
  }
}

/** All ballots of a print run, ready for `renderPdf`. */
export function ballotsDocument(data: BallotData): TDocumentDefinitions {
  check(data);
  const used: BallotData = { ...data, groups: data.groups.filter((g) => g.nominees.length > 0) };
  const content: Content[] = [];
  for (let i = 1; i <= used.copies; i++) content.push(...oneBallot(used, i));
  return {
    pageSize: PAGE_SIZE,
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: ballotPageHeader(used),
    info: {
      title: `${upper(used.title)} - ${used.subject.trim()}`,
      author: used.heading.councilName,
      subject: `Phiên họp ${formatDateLong(used.sessionDate)}`,
      creationDate: new Date(`${used.sessionDate}T00:00:00Z`),
    },
    language: 'vi-VN',
    content,
  };
}
