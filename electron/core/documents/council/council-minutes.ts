/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng (domain.md §4.5): time and place, chair and
 * secretary, attendance x/total with names, absent members named with their reason and written
 * opinions, the voting method, one results table per group, the approved list, the recorded tie
 * resolutions, the closing time and the signatures of the secretary and the chair.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
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
import { formatCount } from '../vietnamese-numbers';
import type { AbsentPerson, CouncilMinutesData, MinutesPerson, ResultGroup } from './council-data';
import {
  formatClock,
  groupTitle,
  headCell,
  minutesHeader,
  NAME_COLUMNS,
  openingTime,
  signatureColumn,
  SUBJECT_NOUN,
} from './council-layout';

export const MINUTES_TITLE = 'Biên bản họp Hội đồng Thi đua - Khen thưởng';

/** "Ông Nguyễn Văn A, Ủy viên (Giám đốc Sở Nội vụ)". */
function personPhrase(p: MinutesPerson): string {
  const position = p.position.trim();
  return `${p.name.trim()} - ${p.role.trim()}${position ? ` (${position})` : ''}`;
}

function absentPhrase(p: AbsentPerson): string {
  const reason = p.reason.trim();
  const parts = [reason ? `lý do: ${reason}` : 'không có lý do'];
  if (p.writtenOpinion) parts.push('có ý kiến bằng văn bản');
  return `${personPhrase(p)}; ${parts.join('; ')}`;
}

/** A numbered or dashed line of a list, indented like a paragraph's first line. */
const listLine = (text: string): Content => ({
  text,
  margin: [FIRST_LINE_INDENT, 0, 0, 2],
  alignment: 'justify',
});

/** Results of one group: STT | name | unit | đồng ý | tỷ lệ | kết quả, header repeated. */
function resultsTable(group: ResultGroup): Content {
  const columns = NAME_COLUMNS[group.subjectType];
  const body: TableCell[][] = [
    [
      headCell('STT'),
      headCell(columns.name),
      headCell(columns.detail),
      headCell('Số phiếu đồng ý'),
      headCell('Tỷ lệ'),
      headCell('Kết quả'),
    ],
    ...group.rows.map((row, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      row.name.trim(),
      row.detail.trim(),
      { text: String(row.yes), alignment: 'center' },
      { text: row.percent, alignment: 'right' },
      row.result.trim(),
    ]),
  ];
  return {
    margin: [0, 2, 0, 8],
    fontSize: FONT_SIZE.table - 1,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: [24, '*', 100, 52, 50, 76],
      body,
    },
    layout: LIST_TABLE_LAYOUT,
  };
}

function groupHeading(group: ResultGroup, index: number): Content {
  const quota = group.quota === null ? '' : `; chỉ tiêu: không quá ${group.quota}`;
  return {
    keepWithNext: true,
    stack: [
      {
        text: `${index + 1}. ${groupTitle(group.awardForm, group.subjectType)}`,
        bold: true,
      },
      {
        text: `(Tỷ lệ tính trên ${group.baseLabel.trim()}; điều kiện: ${group.thresholdLabel.trim()}${quota})`,
        italics: true,
        fontSize: FONT_SIZE.body - 1,
      },
    ],
    margin: [0, 4, 0, 2],
  } as Content;
}

function approvedList(data: CouncilMinutesData): Content[] {
  const groups = data.groups
    .map((g) => ({ group: g, rows: g.rows.filter((r) => r.selected) }))
    .filter((g) => g.rows.length > 0);
  if (groups.length === 0) {
    return [paragraph('Không có trường hợp nào đủ điều kiện đề nghị khen thưởng.')];
  }
  const content: Content[] = [
    paragraph('Căn cứ kết quả trên, Hội đồng thống nhất đề nghị khen thưởng các trường hợp sau:'),
  ];
  groups.forEach(({ group, rows }, i) => {
    content.push({
      text: `${i + 1}. ${groupTitle(group.awardForm, group.subjectType)}: ${formatCount(rows.length)} ${SUBJECT_NOUN[group.subjectType]}`,
      bold: true,
      margin: [0, 2, 0, 2],
      keepWithNext: true,
    } as Content);
    content.push({
      margin: [0, 0, 0, 6],
      fontSize: FONT_SIZE.table - 1,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        keepWithHeaderRows: 1,
        widths: [24, '*', 100, 52, 50],
        body: [
          [
            headCell('STT'),
            headCell(NAME_COLUMNS[group.subjectType].name),
            headCell(NAME_COLUMNS[group.subjectType].detail),
            headCell('Số phiếu'),
            headCell('Tỷ lệ'),
          ],
          ...rows.map((row, j): TableCell[] => [
            { text: String(j + 1), alignment: 'center' },
            row.name.trim(),
            row.detail.trim(),
            { text: String(row.yes), alignment: 'center' },
            { text: row.percent, alignment: 'right' },
          ]),
        ],
      },
      layout: LIST_TABLE_LAYOUT,
    });
  });
  return content;
}

function body(data: CouncilMinutesData): Content[] {
  const present = data.present.length;
  const content: Content[] = [
    paragraph(
      `${openingTime(data.startTime, data.date)}, tại ${data.place.trim()}, ${data.heading.councilName.trim()} họp ${data.purpose.trim().replace(/\.$/u, '')}.`,
    ),
    { text: 'I. THÀNH PHẦN', bold: true, margin: [0, 4, 0, 4] },
    paragraph([{ text: 'Chủ trì: ', bold: true }, personPhrase(data.chair)]),
    paragraph([{ text: 'Thư ký: ', bold: true }, personPhrase(data.secretary)]),
    paragraph([
      { text: 'Thành viên dự họp: ', bold: true },
      `có mặt ${present}/${data.totalMembers} thành viên Hội đồng, gồm:`,
    ]),
    ...data.present.map((p, i) => listLine(`${i + 1}. ${personPhrase(p)}`)),
  ];
  if (data.absent.length > 0) {
    const written = data.absent.filter((a) => a.writtenOpinion).length;
    content.push(
      paragraph([
        { text: 'Vắng mặt: ', bold: true },
        `${data.absent.length}/${data.totalMembers} thành viên` +
          (written > 0 ? `, trong đó ${written} thành viên có ý kiến bằng văn bản:` : ':'),
      ]),
      ...data.absent.map((a, i) => listLine(`${i + 1}. ${absentPhrase(a)}`)),
    );
  } else {
    content.push(paragraph([{ text: 'Vắng mặt: ', bold: true }, 'không.']));
  }
  content.push(
    { text: 'II. NỘI DUNG', bold: true, margin: [0, 4, 0, 4] },
    ...data.proceedings
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => paragraph(p)),
    paragraph([{ text: 'Hình thức biểu quyết: ', bold: true }, `${data.method.trim()}.`]),
    {
      text: 'III. KẾT QUẢ BIỂU QUYẾT',
      bold: true,
      margin: [0, 4, 0, 4],
      keepWithNext: true,
    } as Content,
  );
  data.groups.forEach((group, i) => {
    content.push(groupHeading(group, i), resultsTable(group));
  });
  if (data.tieResolutions.length > 0) {
    content.push(
      paragraph([{ text: 'Giải quyết trường hợp bằng phiếu: ', bold: true }]),
      ...data.tieResolutions.map((t) => listLine(`- ${t.trim()}`)),
    );
  }
  content.push(
    { text: 'IV. KẾT LUẬN', bold: true, margin: [0, 6, 0, 4], keepWithNext: true } as Content,
    ...approvedList(data),
    {
      unbreakable: true,
      stack: [
        paragraph(
          `Cuộc họp kết thúc vào hồi ${formatClock(data.endTime)} cùng ngày. ` +
            'Biên bản đã được thông qua trước Hội đồng./.',
        ),
        {
          margin: [0, 8, 0, 0],
          columns: [
            { width: '50%', stack: [signatureColumn([data.secretaryTitle], data.secretary.name)] },
            { width: '50%', stack: [signatureColumn([data.chairTitle], data.chair.name)] },
          ],
        },
      ],
    },
  );
  return content;
}

/** The Biên bản họp Hội đồng, ready for `renderPdf`. */
export function councilMinutesDocument(data: CouncilMinutesData): TDocumentDefinitions {
  return {
    pageSize: PAGE_SIZE,
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumberHeader,
    info: {
      title: `Biên bản họp ${data.heading.councilName.trim()} ${formatDateLong(data.date)}`,
      author: data.heading.councilName,
      subject: data.summary,
      creationDate: new Date(`${data.date}T00:00:00Z`),
    },
    language: 'vi-VN',
    content: [
      minutesHeader(data.heading, data.number, data.symbol, data.date),
      titleBlock(MINUTES_TITLE, data.summary),
      { text: '', margin: [0, 0, 0, 8] },
      ...body(data),
    ],
  };
}
