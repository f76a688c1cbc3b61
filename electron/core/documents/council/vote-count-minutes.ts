/**
 * Biên bản kiểm phiếu of a secret ballot (domain.md §4.5): the Ban kiểm phiếu named, ballots
 * issued / returned / valid / invalid, votes per nominee with the percentage of the stated base,
 * and the signatures of every member of the Ban kiểm phiếu.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppError } from '../../errors';
import {
  FIRST_LINE_INDENT,
  FONT_SIZE,
  LIST_TABLE_LAYOUT,
  PAGE_MARGINS,
  PAGE_SIZE,
  pageNumberHeader,
  paragraph,
  titleBlock,
} from '../nd30-layout';
import { formatDateLong } from '../vietnamese-dates';
import type { ResultGroup, VoteCountMember, VoteCountMinutesData } from './council-data';
import {
  formatClock,
  groupTitle,
  headCell,
  minutesHeader,
  NAME_COLUMNS,
  openingTime,
  signatureColumn,
} from './council-layout';

export const VOTE_COUNT_TITLE = 'Biên bản kiểm phiếu';

/** A blank to fill by hand when the Ban kiểm phiếu was not entered before printing. */
const BLANK_NAME = '……………………………………';

function memberPhrase(m: VoteCountMember): string {
  const position = m.position.trim();
  return `${m.name.trim() || BLANK_NAME}${position ? `, ${position}` : ''} - ${m.role.trim()}`;
}

function countsTable(data: VoteCountMinutesData): Content {
  const b = data.ballots;
  const row = (label: string, value: number): TableCell[] => [
    label,
    { text: String(value), alignment: 'center' },
  ];
  return {
    margin: [40, 2, 40, 8],
    table: {
      widths: ['*', 90],
      body: [
        [headCell('Nội dung'), headCell('Số phiếu')],
        row('Số phiếu phát ra', b.issued),
        row('Số phiếu thu về', b.returned),
        row('Số phiếu không thu về', b.issued - b.returned),
        row('Số phiếu hợp lệ', b.valid),
        row('Số phiếu không hợp lệ', b.invalid),
      ],
    },
    layout: LIST_TABLE_LAYOUT,
  };
}

function votesTable(group: ResultGroup, index: number): Content[] {
  const columns = NAME_COLUMNS[group.subjectType];
  const quota = group.quota === null ? '' : ` (chọn không quá ${group.quota})`;
  return [
    {
      keepWithNext: true,
      stack: [
        {
          text: `${String.fromCharCode(97 + index)}) ${groupTitle(group.awardForm, group.subjectType)}${quota}`,
          bold: true,
        },
        {
          text: `(Tỷ lệ tính trên ${group.baseLabel.trim()})`,
          italics: true,
          fontSize: FONT_SIZE.body - 1,
        },
      ],
      margin: [0, 4, 0, 2],
    } as Content,
    {
      margin: [0, 0, 0, 8],
      fontSize: FONT_SIZE.table - 1,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        keepWithHeaderRows: 1,
        widths: [24, '*', 100, 44, 50, 50],
        body: [
          [
            headCell('STT'),
            headCell(columns.name),
            headCell(columns.detail),
            headCell('Đồng ý'),
            headCell('Không đồng ý'),
            headCell('Tỷ lệ đồng ý'),
          ],
          ...group.rows.map((row, i): TableCell[] => [
            { text: String(i + 1), alignment: 'center' },
            row.name.trim(),
            row.detail.trim(),
            { text: String(row.yes), alignment: 'center' },
            { text: row.no === null ? '-' : String(row.no), alignment: 'center' },
            { text: row.percent, alignment: 'right' },
          ]),
        ],
      },
      layout: LIST_TABLE_LAYOUT,
    },
  ];
}

/** Signatures of the Ban kiểm phiếu, two per row, the trưởng ban first. */
function signatures(committee: readonly VoteCountMember[]): Content {
  const cells = committee.map((m) => signatureColumn([m.role], m.name));
  const rows: Content[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    rows.push({
      margin: [0, 8, 0, 0],
      columns: [
        { width: '50%', stack: [cells[i]!] },
        { width: '50%', stack: i + 1 < cells.length ? [cells[i + 1]!] : [] },
      ],
    });
  }
  return { stack: rows };
}

function check(data: VoteCountMinutesData): void {
  const b = data.ballots;
  const problems: string[] = [];
  if (b.returned > b.issued)
    problems.push(`số phiếu thu về (${b.returned}) lớn hơn số phiếu phát ra (${b.issued})`);
  if (b.valid + b.invalid !== b.returned) {
    problems.push(
      `số phiếu hợp lệ (${b.valid}) cộng không hợp lệ (${b.invalid}) khác số phiếu thu về (${b.returned})`,
    );
  }
  for (const group of data.groups) {
    for (const row of group.rows) {
      if (row.yes + (row.no ?? 0) > b.valid) {
        problems.push(
          `${row.name.trim()}: ${row.yes} đồng ý và ${row.no} không đồng ý, nhiều hơn ${b.valid} phiếu hợp lệ`,
        );
      }
    }
  }
  if (data.committee.length === 0) problems.push('chưa có thành viên Ban kiểm phiếu');
  if (problems.length > 0) {
    throw new AppError('VALIDATION', `Chưa in được Biên bản kiểm phiếu: ${problems.join('; ')}.`);
  }
}

/** The Biên bản kiểm phiếu, ready for `renderPdf`. */
export function voteCountMinutesDocument(data: VoteCountMinutesData): TDocumentDefinitions {
  check(data);
  const round = data.round > 1 ? ` (bỏ phiếu lần ${data.round})` : '';
  const content: Content[] = [
    minutesHeader(data.heading, data.number, data.symbol, data.date),
    titleBlock(VOTE_COUNT_TITLE, data.summary),
    { text: '', margin: [0, 0, 0, 8] },
    paragraph(
      `${openingTime(data.startTime, data.date)}, tại ${data.place.trim()}, Ban kiểm phiếu ` +
        `của ${data.heading.councilName.trim()} tiến hành kiểm phiếu${round}.`,
    ),
    { text: 'I. BAN KIỂM PHIẾU', bold: true, margin: [0, 4, 0, 4] },
    ...data.committee.map((m, i): Content => ({
      text: `${i + 1}. ${memberPhrase(m)}`,
      margin: [FIRST_LINE_INDENT, 0, 0, 2],
    })),
    { text: 'II. KẾT QUẢ KIỂM PHIẾU', bold: true, margin: [0, 6, 0, 4] },
    { text: '1. Số phiếu', bold: true, margin: [0, 0, 0, 2], keepWithNext: true } as Content,
    countsTable(data),
    { text: '2. Số phiếu của từng trường hợp', bold: true, margin: [0, 0, 0, 2] },
    ...data.groups.flatMap((g, i) => votesTable(g, i)),
    {
      unbreakable: true,
      stack: [
        paragraph(
          `Việc kiểm phiếu kết thúc vào hồi ${formatClock(data.endTime)} cùng ngày. ` +
            'Biên bản được lập và công bố trước Hội đồng./.',
        ),
        { text: 'BAN KIỂM PHIẾU', bold: true, alignment: 'center', margin: [0, 6, 0, 0] },
        signatures(data.committee),
      ],
    },
  ];
  return {
    pageSize: PAGE_SIZE,
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumberHeader,
    info: {
      title: `Biên bản kiểm phiếu ${formatDateLong(data.date)}`,
      author: data.heading.councilName,
      subject: data.summary,
      creationDate: new Date(`${data.date}T00:00:00Z`),
    },
    language: 'vi-VN',
    content,
  };
}
