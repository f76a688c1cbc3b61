import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { todayIso } from '../../../shared/domain/dates';
import { GENDER_LABELS } from '../../../shared/domain/nomination';
import type { AgencySettings } from '../../../shared/domain/settings';
import {
  REPORT_STAGE_LABELS,
  STAT_TABLE_KEYS,
  STAT_TABLE_TITLES,
  type ReportStage,
  type Statistics,
  type SummaryGrouping,
  type SummaryList,
} from '../../../shared/domain/report';
import { statisticsOf, summaryGroups } from '../../../shared/rules/report-counts';
import type { Db } from '../db/open-database';
import {
  FONT_SIZE,
  header,
  LIST_TABLE_LAYOUT,
  PAGE_MARGINS,
  PAGE_SIZE,
  pageNumberHeader,
  titleBlock,
} from '../documents/nd30-layout';
import { renderPdf } from '../documents/render-pdf';
import { statisticsReportDocument } from '../documents/templates/statistics-report';
import { AppError, notFound } from '../errors';
import { writeListWorkbook } from '../excel/write-list';
import * as movementsRepo from '../movements/movements.repo';
import { createSettingsService } from '../settings/settings.service';
import * as repo from './reports.repo';
import { statisticsReportData } from './statistics-report-data';

export interface ReportFilter {
  movementId: number;
  periodCode: string | null;
  stage: ReportStage;
}
export interface SummaryFilter extends ReportFilter {
  grouping: SummaryGrouping;
}
export interface GeneratedFile {
  fileName: string;
  content: Buffer;
}

export interface ReportsService {
  summaryList(filter: SummaryFilter): SummaryList;
  statistics(filter: ReportFilter): Statistics;
  summaryListExcel(filter: SummaryFilter): Promise<GeneratedFile>;
  statisticsExcel(filter: ReportFilter): Promise<GeneratedFile>;
  summaryListPdf(filter: SummaryFilter): Promise<GeneratedFile>;
  statisticsPdf(filter: ReportFilter): Promise<GeneratedFile>;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const roman = (n: number) => ROMAN[n - 1] ?? String(n);

/** "DANH SÁCH TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG", with the stage when it is not the proposals. */
export function summaryTitle(stage: ReportStage): string {
  if (stage === 'selected') return 'DANH SÁCH TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG ĐƯỢC HỘI ĐỒNG XÉT CHỌN';
  if (stage === 'awarded') return 'DANH SÁCH TỔNG HỢP KHEN THƯỞNG';
  return 'DANH SÁCH TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG';
}

const nameLine = (e: SummaryList['groups'][number]['entries'][number]) =>
  [e.honorific, e.fullName].filter(Boolean).join(' ');
const detailLine = (e: SummaryList['groups'][number]['entries'][number]) =>
  [e.position, e.workplace].filter(Boolean).join(', ');
const formLine = (e: SummaryList['groups'][number]['entries'][number]) =>
  e.posthumous ? `${e.awardFormName} (truy tặng)` : e.awardFormName;

/** Danh sách tổng hợp and báo cáo thống kê of a movement, on screen, in Excel and in PDF. */
export function createReportsService(db: Db, clock: () => Date): ReportsService {
  const settings = createSettingsService(db, clock);
  const context = (f: ReportFilter) => {
    const movement = movementsRepo.getMovement(db, f.movementId);
    if (!movement) throw notFound(`phong trào có mã số ${f.movementId}`);
    const periodName =
      f.periodCode === null ? null : repo.periodName(db, f.movementId, f.periodCode);
    if (f.periodCode !== null && periodName === null) {
      throw notFound(`đợt “${f.periodCode}” của phong trào “${movement.title}”`);
    }
    return {
      movementTitle: movement.title,
      periodName,
      rows: repo.listReportRows(db, f.movementId, f.periodCode),
    };
  };
  const stamp = () => todayIso(clock()).replaceAll('-', '');
  const subtitle = (list: { movementTitle: string; periodName: string | null }) =>
    list.periodName ? `${list.movementTitle} — ${list.periodName}` : list.movementTitle;

  const summaryList = (f: SummaryFilter): SummaryList => {
    const { movementTitle, periodName, rows } = context(f);
    const groups = summaryGroups(rows, f.stage, f.grouping);
    return {
      movementTitle,
      periodName,
      stage: f.stage,
      grouping: f.grouping,
      total: groups.reduce((n, g) => n + g.count, 0),
      groups,
    };
  };
  const statistics = (f: ReportFilter): Statistics => {
    const { movementTitle, periodName, rows } = context(f);
    return { movementTitle, periodName, ...statisticsOf(rows, f.stage) };
  };

  return {
    summaryList,
    statistics,
    async summaryListExcel(f) {
      const list = summaryList(f);
      const rows: Record<string, string | number | null>[] = [];
      list.groups.forEach((g, i) => {
        for (const e of g.entries) {
          rows.push({
            group: `${roman(i + 1)}. ${g.label} (${g.count})`,
            name: nameLine(e),
            gender: e.gender ? GENDER_LABELS[e.gender] : null,
            detail: detailLine(e),
            form: formLine(e),
            unit: e.unitName,
          });
        }
      });
      const content = await writeListWorkbook({
        sheetName: 'Danh sách tổng hợp',
        titleLines: [summaryTitle(f.stage), subtitle(list)],
        subtitle: `Tổng số: ${list.total}`,
        columns: [
          {
            header: f.grouping === 'unit' ? 'Đơn vị đề nghị' : 'Hình thức — đối tượng',
            key: 'group',
            width: 28,
          },
          { header: 'Họ và tên / Tên tập thể', key: 'name', width: 30 },
          { header: 'Giới tính', key: 'gender', width: 9, kind: 'center' },
          { header: 'Chức vụ, đơn vị công tác', key: 'detail', width: 36 },
          { header: 'Hình thức khen thưởng', key: 'form', width: 28 },
          { header: 'Đơn vị đề nghị', key: 'unit', width: 26 },
        ],
        rows,
        footerLines: list.groups.map((g, i) => `${roman(i + 1)}. ${g.label}: ${g.count}`),
      });
      return { fileName: `danh-sach-tong-hop-${stamp()}.xlsx`, content };
    },
    async statisticsExcel(f) {
      const stats = statistics(f);
      const rows: Record<string, string | number | null>[] = [
        { section: 'Tổng số', label: 'Tổng số', ...pick(stats.total) },
      ];
      for (const key of STAT_TABLE_KEYS) {
        for (const line of stats.tables[key]) {
          rows.push({ section: STAT_TABLE_TITLES[key], label: line.label, ...pick(line) });
        }
      }
      const content = await writeListWorkbook({
        sheetName: 'Thống kê',
        titleLines: ['BÁO CÁO THỐNG KÊ KẾT QUẢ KHEN THƯỞNG', subtitle(stats)],
        columns: [
          { header: 'Nhóm', key: 'section', width: 36 },
          { header: 'Chỉ tiêu', key: 'label', width: 40 },
          { header: REPORT_STAGE_LABELS.proposed, key: 'proposed', width: 12, kind: 'number' },
          { header: REPORT_STAGE_LABELS.selected, key: 'selected', width: 14, kind: 'number' },
          { header: REPORT_STAGE_LABELS.awarded, key: 'awarded', width: 14, kind: 'number' },
        ],
        rows,
        orientation: 'portrait',
      });
      return { fileName: `thong-ke-khen-thuong-${stamp()}.xlsx`, content };
    },
    async summaryListPdf(f) {
      const list = summaryList(f);
      const agency = settings.get();
      requireAgency(agency, 'danh sách', false);
      const cell = (
        text: string,
        extra: Partial<{ bold: boolean; alignment: 'center' | 'left' }> = {},
      ): TableCell => ({
        text,
        ...extra,
      });
      const body: TableCell[][] = [
        [
          'STT',
          'Họ và tên / Tên tập thể',
          'Chức vụ, đơn vị công tác',
          f.grouping === 'unit' ? 'Hình thức khen thưởng' : 'Đơn vị đề nghị',
        ].map((t) => cell(t, { bold: true, alignment: 'center' })),
      ];
      list.groups.forEach((g, i) => {
        body.push([
          { text: `${roman(i + 1)}. ${g.label} (${g.count})`, bold: true, colSpan: 4 },
          '',
          '',
          '',
        ]);
        g.entries.forEach((e, j) => {
          body.push([
            cell(String(j + 1), { alignment: 'center' }),
            cell(nameLine(e)),
            cell(detailLine(e)),
            cell(f.grouping === 'unit' ? formLine(e) : e.unitName),
          ]);
        });
      });
      body.push([{ text: `Tổng số: ${list.total}`, bold: true, colSpan: 4 }, '', '', '']);
      const content: Content[] = [
        header({
          governingBody: agency.governingBody,
          issuingBody: agency.issuingBody,
          number: '',
          symbol: `DS-${agency.issuingBodyAbbr}`,
          place: agency.placeName,
          date: todayIso(clock()),
        }),
        titleBlock(summaryTitle(f.stage), subtitle(list)),
        {
          margin: [0, 12, 0, 0],
          fontSize: FONT_SIZE.table,
          table: { headerRows: 1, dontBreakRows: true, widths: [30, '*', '*', 120], body },
          layout: LIST_TABLE_LAYOUT,
        },
      ];
      const doc: TDocumentDefinitions = {
        pageSize: PAGE_SIZE,
        pageMargins: PAGE_MARGINS,
        header: pageNumberHeader,
        info: { title: summaryTitle(f.stage), author: agency.issuingBody, creationDate: clock() },
        content,
      };
      return { fileName: `danh-sach-tong-hop-${stamp()}.pdf`, content: await renderPdf(doc) };
    },
    async statisticsPdf(f) {
      const { movementTitle, periodName, rows } = context(f);
      const stats: Statistics = { movementTitle, periodName, ...statisticsOf(rows, f.stage) };
      const agency = settings.get();
      requireAgency(agency, 'báo cáo', true);
      const data = statisticsReportData(stats, rows, f.stage, {
        agency,
        signer: agency,
        date: todayIso(clock()),
      });
      const content = await renderPdf(statisticsReportDocument(data, clock()));
      return { fileName: `thong-ke-khen-thuong-${stamp()}.pdf`, content };
    },
  };
}

/** A printed list or report names its issuing body (and a report its signer): refuse a bare header. */
function requireAgency(agency: AgencySettings, what: string, signed: boolean): void {
  const fields: [keyof AgencySettings, string][] = [
    ['issuingBody', 'Tên cơ quan ban hành văn bản'],
    ['issuingBodyAbbr', 'Chữ viết tắt tên cơ quan ban hành'],
    ['placeName', 'Địa danh'],
    ...(signed
      ? ([
          ['signerTitle', 'Chức vụ người ký'],
          ['signerName', 'Họ và tên người ký'],
        ] as [keyof AgencySettings, string][])
      : []),
  ];
  const missing = fields.filter(([key]) => !String(agency[key] ?? '').trim());
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Chưa đủ thông tin để in ${what}: hãy điền ${missing.map(([, label]) => `“${label}”`).join(', ')} ` +
        'trong Cài đặt › Cơ quan và người ký.',
      missing.map(([field, fieldLabel]) => ({ field, fieldLabel })),
    );
  }
}

const pick = (l: { proposed: number; selected: number; awarded: number }) => ({
  proposed: l.proposed,
  selected: l.selected,
  awarded: l.awarded,
});
