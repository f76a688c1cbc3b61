/**
 * Báo cáo thống kê kết quả khen thưởng of a movement, from plain data: NĐ 30 header and title,
 * a general table of the three stages, two horizontal bar charts drawn as vector rectangles
 * (by unit × form, by form × subject type), then one table per dimension with percentages.
 */
import type {
  CanvasElement,
  Content,
  ContentStack,
  ContentTable,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import {
  BARE,
  closing,
  CONTENT_WIDTH,
  FONT_SIZE,
  header,
  LIST_TABLE_LAYOUT,
  PAGE_MARGINS,
  PAGE_SIZE,
  pageNumberHeader,
  paragraph,
  titleBlock,
} from '../nd30-layout';
import { formatAmount } from '../vietnamese-numbers';

type SignerFields = Parameters<typeof closing>[1];

/** One line of a dimension table: its count at the chosen stage and, when split, per subject. */
export interface StatisticsReportLine {
  label: string;
  count: number;
  /** Aligned with `StatisticsReportData.subjects`; absent when the table is not split. */
  bySubject?: number[];
}

export interface StatisticsReportTable {
  title: string;
  /** The whole the percentages are taken of, and how the note names it ("tổng số cá nhân"). */
  base: number;
  baseLabel: string;
  lines: StatisticsReportLine[];
  /** Whether the lines add up to the base, so a "Cộng" row makes sense. */
  totalRow: boolean;
}

export interface StatisticsReportChart {
  title: string;
  /** Series names (legend); a single series draws no legend. */
  series: string[];
  bars: { label: string; values: number[] }[];
}

export interface StatisticsReportData {
  agency: {
    governingBody: string;
    issuingBody: string;
    issuingBodyAbbr: string;
    placeName: string;
  };
  signer: SignerFields;
  /** ISO date of the report. */
  date: string;
  movementTitle: string;
  periodName: string | null;
  /** The chosen stage in a sentence: "đã được khen thưởng". */
  stagePhrase: string;
  /** Subject-type column headings present in the data: "Tập thể", "Cá nhân", "Hộ gia đình". */
  subjects: string[];
  /** The three stages, in order, each split by subject; `chosen` marks the stage reported on. */
  overview: { label: string; bySubject: number[]; total: number; chosen: boolean }[];
  /** The count at the chosen stage. */
  total: number;
  tables: StatisticsReportTable[];
  charts: StatisticsReportChart[];
}

export const STATISTICS_REPORT_TITLE = 'Báo cáo thống kê kết quả khen thưởng';

/** Okabe–Ito, as on screen (BarChart.tsx): colour-blind safe, distinct in greyscale too. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
/** Dark fills take white numbers. */
const DARK = new Set(['#0072B2', '#009E73', '#D55E00']);
const colour = (i: number) => COLOURS[i % COLOURS.length]!;

const TABLE_FONT = 12;
const HEAD_FONT = 11;
const CHART_FONT = 11;
const BAR_HEIGHT = 14;
const CHART_LABEL_WIDTH = 175;
const CHART_GAP = 6;
/** Room right of the longest bar for its total. */
const TOTAL_ROOM = 30;
const CHART_BAR_WIDTH = CONTENT_WIDTH - CHART_LABEL_WIDTH - CHART_GAP;

/** Tables and charts this short are kept on one page; longer ones break between rows. */
const KEEP_TOGETHER_ROWS = 16;

const count = (n: number) => formatAmount(n);
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "33,3": one decimal with the Vietnamese comma; "-" when there is no base. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '-';
  return ((part * 100) / whole).toFixed(1).replace('.', ',');
}

const headCell = (text: string): TableCell => ({
  text,
  bold: true,
  alignment: 'center',
  fontSize: HEAD_FONT,
});
const numCell = (n: number, bold = false): TableCell => ({
  text: count(n),
  alignment: 'right',
  bold,
});

const sectionHeading = (text: string): Content => ({
  text,
  bold: true,
  fontSize: FONT_SIZE.body,
  margin: [0, 10, 0, 4],
});

/** A caption row atop a table (repeated on every page with the header), without borders. */
function captionRow(text: string, span: number, note?: string): TableCell[] {
  return [
    {
      text: note
        ? [
            { text, bold: true },
            { text: ` (${note})`, italics: true },
          ]
        : text,
      bold: !note,
      colSpan: span,
      border: [false, false, false, false],
      margin: [-4, 0, 0, 2],
      fontSize: FONT_SIZE.table,
    },
    ...Array.from({ length: span - 1 }, () => ''),
  ];
}

/** Grid with the caption row left without lines. */
const CAPTIONED_LAYOUT: CustomTableLayout = {
  ...LIST_TABLE_LAYOUT,
  hLineWidth: (i) => (i === 0 ? 0 : 0.5),
};

function overviewTable(data: StatisticsReportData): Content {
  const span = data.subjects.length + 2;
  const body: TableCell[][] = [
    captionRow('Số trường hợp theo giai đoạn và đối tượng', span),
    [headCell('Giai đoạn'), ...data.subjects.map(headCell), headCell('Tổng số')],
    ...data.overview.map((row): TableCell[] => [
      { text: row.label, bold: row.chosen },
      ...row.bySubject.map((n) => numCell(n, row.chosen)),
      numCell(row.total, row.chosen),
    ]),
  ];
  return {
    fontSize: TABLE_FONT,
    margin: [0, 0, 0, 8],
    table: {
      headerRows: 2,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: ['*', ...data.subjects.map(() => 62), 62],
      body,
    },
    layout: CAPTIONED_LAYOUT,
  };
}

/** One dimension: STT | Chỉ tiêu | (per subject) | Tổng số | Tỷ lệ (%), and a "Cộng" row. */
function dimensionTable(
  table: StatisticsReportTable,
  number: number,
  subjects: readonly string[],
): Content {
  const split = table.lines.some((l) => l.bySubject !== undefined);
  const splitCols = split ? subjects.length : 0;
  const span = 4 + splitCols;
  const body: TableCell[][] = [
    captionRow(`${number}. ${table.title}`, span, `tỷ lệ trên ${table.baseLabel}`),
    [
      headCell('STT'),
      headCell('Chỉ tiêu'),
      ...(split ? subjects.map(headCell) : []),
      headCell('Tổng số'),
      headCell('Tỷ lệ (%)'),
    ],
    ...table.lines.map((line, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      line.label,
      ...(split ? subjects.map((_, j) => numCell(line.bySubject?.[j] ?? 0)) : []),
      numCell(line.count),
      { text: formatPercent(line.count, table.base), alignment: 'right' },
    ]),
  ];
  if (table.totalRow) {
    const sum = (pick: (l: StatisticsReportLine) => number) =>
      table.lines.reduce((n, l) => n + pick(l), 0);
    const total = sum((l) => l.count);
    body.push([
      { text: 'Cộng', bold: true, colSpan: 2, alignment: 'center' },
      '',
      ...(split
        ? subjects.map((_, j) =>
            numCell(
              sum((l) => l.bySubject?.[j] ?? 0),
              true,
            ),
          )
        : []),
      numCell(total, true),
      { text: formatPercent(total, table.base), alignment: 'right', bold: true },
    ]);
  }
  return {
    unbreakable: body.length <= KEEP_TOGETHER_ROWS,
    fontSize: TABLE_FONT,
    margin: [0, 0, 0, 8],
    table: {
      headerRows: 2,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: [26, '*', ...Array.from({ length: splitCols }, () => 46), 46, 46],
      body,
    },
    layout: CAPTIONED_LAYOUT,
  };
}

/** Legend: a coloured square and the series name; three short or two long entries per line. */
function legend(series: readonly string[]): ContentTable {
  const perLine = series.every((name) => name.length <= 24) ? 3 : 2;
  const rows: TableCell[][] = [];
  for (let i = 0; i < series.length; i += perLine) {
    rows.push(
      Array.from({ length: perLine }, (_, k): TableCell[] =>
        i + k < series.length
          ? [
              { canvas: [{ type: 'rect', x: 0, y: 2, w: 9, h: 9, color: colour(i + k) }] },
              { text: series[i + k]!, fontSize: CHART_FONT },
            ]
          : ['', ''],
      ).flat(),
    );
  }
  return {
    margin: [0, 0, 0, 4],
    table: { widths: Array.from({ length: perLine }, () => [13, '*']).flat(), body: rows },
    layout: { ...BARE, paddingBottom: () => 2 },
  };
}

/** One bar: the segments as rectangles, their numbers inside when they fit, the total after it. */
function bar(values: readonly number[], scale: number): Content {
  let x = 0;
  const rects: CanvasElement[] = [];
  const labels: Content[] = [];
  values.forEach((v, j) => {
    if (v <= 0) return;
    const w = v * scale;
    rects.push({ type: 'rect', x, y: 0, w, h: BAR_HEIGHT, color: colour(j) });
    const text = count(v);
    if (values.filter((n) => n > 0).length > 1 && w >= text.length * 5.5 + 4) {
      labels.push({
        text,
        fontSize: 10,
        color: DARK.has(colour(j)) ? '#FFFFFF' : '#000000',
        relativePosition: { x: x + w / 2 - (text.length * 5) / 2, y: 1 - BAR_HEIGHT },
      });
    }
    x += w;
  });
  const total = values.reduce((n, v) => n + v, 0);
  labels.push({
    text: count(total),
    fontSize: CHART_FONT,
    bold: true,
    relativePosition: { x: x + 4, y: 0.5 - BAR_HEIGHT },
  });
  // Labels after the bar (painted over it), moved back up: detached blocks take no room.
  return {
    stack: [
      {
        canvas: rects.length
          ? rects
          : [{ type: 'rect', x: 0, y: 0, w: 0.01, h: BAR_HEIGHT, color: '#FFFFFF' }],
      },
      ...labels,
    ],
  };
}

/**
 * A horizontal (stacked) bar chart as a table: label | bar, a vertical axis between them drawn
 * as the table's inner line; the caption and legend repeat on each page, no bar is split.
 */
function barChart(chart: StatisticsReportChart): Content {
  const max = Math.max(1, ...chart.bars.map((b) => b.values.reduce((n, v) => n + v, 0)));
  const scale = (CHART_BAR_WIDTH - TOTAL_ROOM) / max;
  const head: TableCell[][] = [
    [
      {
        text: chart.title,
        bold: true,
        fontSize: FONT_SIZE.table,
        colSpan: 2,
        margin: [0, 0, 0, 4],
      },
      '',
    ],
  ];
  if (chart.series.length > 1) head.push([{ ...legend(chart.series), colSpan: 2 }, '']);
  const rows = chart.bars.map((b): TableCell[] => [
    { text: b.label, fontSize: CHART_FONT, alignment: 'right' },
    bar(b.values, scale),
  ]);
  return {
    unbreakable: head.length + rows.length <= KEEP_TOGETHER_ROWS,
    margin: [0, 0, 0, 10],
    table: {
      headerRows: head.length,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: [CHART_LABEL_WIDTH, CHART_BAR_WIDTH],
      body: [...head, ...rows],
    },
    layout: {
      ...BARE,
      vLineWidth: (i) => (i === 1 ? 0.75 : 0),
      vLineColor: () => '#000000',
      paddingLeft: (i) => (i === 1 ? CHART_GAP : 0),
      paddingRight: (i) => (i === 0 ? CHART_GAP : 0),
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
  };
}

/** "đợt 1 năm 2026" from "Đợt 1 năm 2026" or "1 năm 2026", to sit inside a sentence. */
export function periodPhrase(name: string): string {
  const trimmed = name.trim();
  return /^đợt\s/iu.test(trimmed) ? `đợt${trimmed.slice(3)}` : `đợt ${trimmed}`;
}

const isUnbreakable = (c: Content | undefined): c is ContentStack | ContentTable =>
  typeof c === 'object' && 'unbreakable' in c && c.unbreakable === true;

/** A section heading kept on the page of its first block when that block is kept whole. */
function section(heading: string, blocks: Content[]): Content[] {
  const [first, ...rest] = blocks;
  return isUnbreakable(first)
    ? [{ unbreakable: true, stack: [sectionHeading(heading), first] }, ...rest]
    : [sectionHeading(heading), ...blocks];
}

function stageLine(data: StatisticsReportData): string {
  const period = data.periodName ? periodPhrase(data.periodName) : 'cả phong trào';
  return `(Số liệu các trường hợp ${data.stagePhrase}; ${period})`;
}

function body(data: StatisticsReportData): Content[] {
  const everything = data.overview.reduce((n, row) => Math.max(n, row.total), 0);
  if (everything === 0) {
    return [
      paragraph(
        `${data.periodName ? `${capitalise(periodPhrase(data.periodName))} của phong trào` : 'Phong trào'} chưa có ` +
          'trường hợp nào được đề nghị khen thưởng, nên chưa có số liệu để thống kê.',
        { margin: [0, 12, 0, 6] },
      ),
    ];
  }
  const content: Content[] = [sectionHeading('I. TỔNG HỢP CHUNG'), overviewTable(data)];
  if (data.total === 0) {
    content.push(
      paragraph(
        `Chưa có trường hợp nào ${data.stagePhrase}, nên chưa có số liệu theo hình thức, ` +
          'đối tượng và đơn vị ở giai đoạn này.',
      ),
    );
    return content;
  }
  content.push(
    ...section('II. BIỂU ĐỒ', data.charts.map(barChart)),
    ...section(
      'III. SỐ LIỆU CHI TIẾT',
      data.tables.map((t, i) => dimensionTable(t, i + 1, data.subjects)),
    ),
  );
  return content;
}

/** The báo cáo thống kê, ready for `renderPdf`. */
export function statisticsReportDocument(
  data: StatisticsReportData,
  creationDate: Date,
): TDocumentDefinitions {
  const summary = data.periodName
    ? `${data.movementTitle} — ${data.periodName}`
    : data.movementTitle;
  return {
    pageSize: PAGE_SIZE,
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    header: pageNumberHeader,
    info: {
      title: STATISTICS_REPORT_TITLE,
      author: data.agency.issuingBody,
      subject: summary,
      creationDate,
    },
    language: 'vi-VN',
    content: [
      header({
        governingBody: data.agency.governingBody,
        issuingBody: data.agency.issuingBody,
        number: '',
        symbol: `BC-${data.agency.issuingBodyAbbr}`,
        place: data.agency.placeName,
        date: data.date,
      }),
      titleBlock(STATISTICS_REPORT_TITLE, summary),
      {
        text: stageLine(data),
        italics: true,
        alignment: 'center',
        fontSize: FONT_SIZE.body,
        margin: [0, 6, 0, 4],
      },
      ...withClosing(body(data), closing(['Lưu: VT.'], data.signer)),
    ],
  };
}

/** The closing after the content; a short last table goes with it so the signature never stands alone. */
function withClosing(content: Content[], end: Content): Content[] {
  const last = content.at(-1);
  return isUnbreakable(last)
    ? [...content.slice(0, -1), { unbreakable: true, stack: [last, end] }]
    : [...content, end];
}
