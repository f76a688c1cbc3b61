import { SUBJECT_TYPE_LABELS, SUBJECT_TYPES } from '../../../shared/domain/award-form';
import {
  REPORT_STAGE_LABELS,
  REPORT_STAGES,
  STAT_TABLE_TITLES,
  type ReportRow,
  type ReportStage,
  type Statistics,
  type StatTableKey,
} from '../../../shared/domain/report';
import { atStage, statisticsOf } from '../../../shared/rules/report-counts';
import type {
  StatisticsReportData,
  StatisticsReportTable,
} from '../documents/templates/statistics-report';

/** The chosen stage in a sentence: "Số liệu các trường hợp …". */
export const STAGE_PHRASES: Record<ReportStage, string> = {
  proposed: 'được đề nghị khen thưởng',
  selected: 'được Hội đồng Thi đua - Khen thưởng xét chọn',
  awarded: 'đã được khen thưởng',
};
const CHART_STAGE: Record<ReportStage, string> = {
  proposed: 'được đề nghị',
  selected: 'được Hội đồng xét chọn',
  awarded: 'được khen thưởng',
};

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** How each dimension is printed: split by subject type, and the base of its percentages. */
const TABLES: readonly {
  key: StatTableKey;
  split: boolean;
  persons: boolean;
  totalRow: boolean;
}[] = [
  { key: 'byForm', split: true, persons: false, totalRow: true },
  { key: 'bySubject', split: false, persons: false, totalRow: true },
  { key: 'byUnitKind', split: true, persons: false, totalRow: true },
  { key: 'byUnit', split: true, persons: false, totalRow: true },
  { key: 'byRole', split: false, persons: true, totalRow: true },
  { key: 'byGender', split: false, persons: true, totalRow: true },
  { key: 'posthumous', split: false, persons: true, totalRow: false },
];

/**
 * The plain data of the báo cáo thống kê PDF: the statistics at `stage`, each split dimension
 * counted again on the rows of one subject type (same rule, so the parts add up to the line).
 */
export function statisticsReportData(
  stats: Statistics,
  rows: readonly ReportRow[],
  stage: ReportStage,
  base: Pick<StatisticsReportData, 'agency' | 'signer' | 'date'>,
): StatisticsReportData {
  const subjects = SUBJECT_TYPES.filter((s) => rows.some((r) => r.subjectType === s));
  const perSubject = subjects.map((s) =>
    statisticsOf(
      rows.filter((r) => r.subjectType === s),
      stage,
    ),
  );
  const persons = rows.filter((r) => r.subjectType === 'ca_nhan' && atStage(r, stage)).length;
  const total = stats.total[stage];
  const tables: StatisticsReportTable[] = TABLES.filter((t) => !t.persons || persons > 0).map(
    (t) => ({
      title: STAT_TABLE_TITLES[t.key],
      base: t.persons ? persons : total,
      baseLabel: t.persons ? 'tổng số cá nhân' : 'tổng số',
      totalRow: t.totalRow,
      lines: stats.tables[t.key].map((line) => ({
        label: line.label,
        count: line[stage],
        ...(t.split && subjects.length > 1
          ? {
              bySubject: perSubject.map(
                (p) => p.tables[t.key].find((l) => l.key === line.key)?.[stage] ?? 0,
              ),
            }
          : {}),
      })),
    }),
  );
  const subjectNames = subjects.map((s) => capitalise(SUBJECT_TYPE_LABELS[s]));
  const byForm = stats.tables.byForm.filter((l) => l[stage] > 0);
  return {
    ...base,
    movementTitle: stats.movementTitle,
    periodName: stats.periodName,
    stagePhrase: STAGE_PHRASES[stage],
    subjects: subjectNames,
    overview: REPORT_STAGES.map((s) => ({
      label: REPORT_STAGE_LABELS[s],
      bySubject: subjects.map(
        (st) => rows.filter((r) => r.subjectType === st && atStage(r, s)).length,
      ),
      total: stats.total[s],
      chosen: s === stage,
    })),
    total,
    tables,
    charts: [
      {
        title: `Biểu đồ 1. Số trường hợp ${CHART_STAGE[stage]} theo đơn vị và hình thức khen thưởng`,
        series: stats.unitForm.forms.map((f) => f.name),
        bars: stats.unitForm.units.map((u) => ({ label: u.name, values: u.counts })),
      },
      {
        title: `Biểu đồ 2. Số trường hợp ${CHART_STAGE[stage]} theo hình thức khen thưởng`,
        series: subjectNames,
        bars: byForm.map((line) => ({
          label: line.label,
          values: perSubject.map(
            (p) => p.tables.byForm.find((l) => l.key === line.key)?.[stage] ?? 0,
          ),
        })),
      },
    ],
  };
}
