import { SUBJECT_TYPES, SUBJECT_TYPE_LABELS } from '../domain/award-form';
import type {
  ReportRow,
  ReportStage,
  StatLine,
  Statistics,
  SummaryGroup,
  SummaryGrouping,
} from '../domain/report';
import { compareByVietnameseName } from '../text/person-name';
import { compareVi } from '../text/vietnamese';

/** Every stage includes the later ones: an awarded nomination was proposed (and, usually, selected). */
export function atStage(row: ReportRow, stage: ReportStage): boolean {
  if (stage === 'proposed') return true;
  if (stage === 'selected') return row.selected;
  return row.awarded;
}

const subjectOrder = (s: ReportRow['subjectType']) => SUBJECT_TYPES.indexOf(s);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Collectives and households first, then persons by tên, họ, tên đệm (domain.md §7.5). */
export function compareEntries(a: ReportRow, b: ReportRow): number {
  const bySubject = subjectOrder(a.subjectType) - subjectOrder(b.subjectType);
  if (bySubject !== 0) return bySubject;
  return a.subjectType === 'ca_nhan'
    ? compareByVietnameseName(a.fullName, b.fullName)
    : compareVi(a.fullName, b.fullName);
}

/**
 * Danh sách tổng hợp: the rows at `stage`, grouped by proposing unit (Vietnamese order of the
 * names) or by award form × subject type (catalogue order of the forms).
 */
export function summaryGroups(
  rows: readonly ReportRow[],
  stage: ReportStage,
  grouping: SummaryGrouping,
): SummaryGroup[] {
  const groups = new Map<string, { label: string; order: number; rows: ReportRow[] }>();
  for (const row of rows) {
    if (!atStage(row, stage)) continue;
    const key = grouping === 'unit' ? `u${row.unitId}` : `f${row.awardFormCode}|${row.subjectType}`;
    const label =
      grouping === 'unit'
        ? row.unitName
        : `${row.awardFormName} — ${capitalise(SUBJECT_TYPE_LABELS[row.subjectType])}`;
    const order = grouping === 'unit' ? 0 : row.awardFormOrder * 10 + subjectOrder(row.subjectType);
    const group = groups.get(key) ?? { label, order, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => a.order - b.order || compareVi(a.label, b.label))
    .map(([key, g]) => ({
      key,
      label: g.label,
      count: g.rows.length,
      entries: [...g.rows].sort(compareEntries).map((r) => ({
        id: r.id,
        honorific: r.honorific,
        fullName: r.fullName,
        subjectType: r.subjectType,
        gender: r.gender,
        position: r.position,
        workplace: r.workplace,
        awardFormName: r.awardFormName,
        unitName: r.unitName,
        posthumous: r.posthumous,
      })),
    }));
}

interface Bucket {
  key: string;
  label: string;
  order: number;
}

function countBy(
  rows: readonly ReportRow[],
  bucket: (row: ReportRow) => Bucket | null,
  fixed: readonly Bucket[] = [],
): StatLine[] {
  const lines = new Map<string, { line: StatLine; order: number }>();
  const ensure = (b: Bucket) => {
    let entry = lines.get(b.key);
    if (!entry) {
      entry = {
        line: { key: b.key, label: b.label, proposed: 0, selected: 0, awarded: 0 },
        order: b.order,
      };
      lines.set(b.key, entry);
    }
    return entry.line;
  };
  fixed.forEach(ensure);
  for (const row of rows) {
    const b = bucket(row);
    if (!b) continue;
    const line = ensure(b);
    line.proposed += 1;
    if (row.selected) line.selected += 1;
    if (row.awarded) line.awarded += 1;
  }
  return [...lines.values()]
    .sort((a, b) => a.order - b.order || compareVi(a.line.label, b.line.label))
    .map((e) => e.line);
}

const person = (row: ReportRow) => row.subjectType === 'ca_nhan';

/**
 * Báo cáo thống kê of a movement: counts per stage by form, subject type, unit kind, unit,
 * leader vs. người trực tiếp (persons only), gender (persons only) and posthumous awards;
 * plus units × forms at `chartStage` for the chart.
 */
export function statisticsOf(
  rows: readonly ReportRow[],
  chartStage: ReportStage,
): Omit<Statistics, 'movementTitle' | 'periodName'> {
  const [total] = countBy(rows, () => ({ key: 'all', label: 'Tổng số', order: 0 }), [
    { key: 'all', label: 'Tổng số', order: 0 },
  ]);
  const forms = new Map<string, { code: string; name: string; order: number }>();
  for (const r of rows) {
    if (atStage(r, chartStage)) {
      forms.set(r.awardFormCode, {
        code: r.awardFormCode,
        name: r.awardFormName,
        order: r.awardFormOrder,
      });
    }
  }
  const formList = [...forms.values()].sort(
    (a, b) => a.order - b.order || compareVi(a.name, b.name),
  );
  const units = new Map<number, { name: string; counts: number[]; total: number }>();
  for (const r of rows) {
    if (!atStage(r, chartStage)) continue;
    const unit = units.get(r.unitId) ?? {
      name: r.unitName,
      counts: formList.map(() => 0),
      total: 0,
    };
    const i = formList.findIndex((f) => f.code === r.awardFormCode);
    unit.counts[i] = (unit.counts[i] ?? 0) + 1;
    unit.total += 1;
    units.set(r.unitId, unit);
  }
  return {
    total: total ?? { key: 'all', label: 'Tổng số', proposed: 0, selected: 0, awarded: 0 },
    tables: {
      byForm: countBy(rows, (r) => ({
        key: r.awardFormCode,
        label: r.awardFormName,
        order: r.awardFormOrder,
      })),
      bySubject: countBy(rows, (r) => ({
        key: r.subjectType,
        label: capitalise(SUBJECT_TYPE_LABELS[r.subjectType]),
        order: subjectOrder(r.subjectType),
      })),
      byUnitKind: countBy(rows, (r) => ({
        key: r.unitKindCode,
        label: r.unitKindName,
        order: r.unitKindOrder,
      })),
      byUnit: countBy(rows, (r) => ({ key: `u${r.unitId}`, label: r.unitName, order: 0 })),
      byRole: countBy(
        rows,
        (r) =>
          person(r)
            ? r.isLeader
              ? { key: 'leader', label: 'Lãnh đạo, quản lý', order: 0 }
              : { key: 'direct', label: 'Người trực tiếp lao động, công tác', order: 1 }
            : null,
        [
          { key: 'leader', label: 'Lãnh đạo, quản lý', order: 0 },
          { key: 'direct', label: 'Người trực tiếp lao động, công tác', order: 1 },
        ],
      ),
      byGender: countBy(
        rows,
        (r) =>
          !person(r)
            ? null
            : r.gender === 'nu'
              ? { key: 'nu', label: 'Nữ', order: 0 }
              : r.gender === 'nam'
                ? { key: 'nam', label: 'Nam', order: 1 }
                : { key: 'unknown', label: 'Chưa ghi giới tính', order: 2 },
        [
          { key: 'nu', label: 'Nữ', order: 0 },
          { key: 'nam', label: 'Nam', order: 1 },
        ],
      ),
      posthumous: countBy(
        rows,
        (r) => (r.posthumous ? { key: 'posthumous', label: 'Truy tặng', order: 0 } : null),
        [{ key: 'posthumous', label: 'Truy tặng', order: 0 }],
      ),
    },
    unitForm: {
      stage: chartStage,
      forms: formList.map(({ code, name }) => ({ code, name })),
      units: [...units.values()].sort((a, b) => compareVi(a.name, b.name)),
    },
  };
}
