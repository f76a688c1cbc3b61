import { z } from 'zod';
import { SubjectType } from './award-form';

/** How far a nomination got: proposed by a unit, selected by the council, awarded by an issued decision. */
export const REPORT_STAGES = ['proposed', 'selected', 'awarded'] as const;
export const ReportStage = z.enum(REPORT_STAGES, { error: 'Giai đoạn không hợp lệ' });
export type ReportStage = z.infer<typeof ReportStage>;
export const REPORT_STAGE_LABELS: Record<ReportStage, string> = {
  proposed: 'Đề nghị',
  selected: 'Hội đồng chọn',
  awarded: 'Đã khen thưởng',
};

export const SUMMARY_GROUPINGS = ['unit', 'form'] as const;
export const SummaryGrouping = z.enum(SUMMARY_GROUPINGS, { error: 'Cách nhóm không hợp lệ' });
export type SummaryGrouping = z.infer<typeof SummaryGrouping>;

/** One nomination as the reports see it (joined with its unit, unit kind, form and stages). */
export interface ReportRow {
  id: number;
  honorific: string | null;
  fullName: string;
  subjectType: SubjectType;
  gender: 'nam' | 'nu' | null;
  position: string | null;
  workplace: string | null;
  isLeader: boolean;
  posthumous: boolean;
  awardFormCode: string;
  awardFormName: string;
  awardFormOrder: number;
  unitId: number;
  unitName: string;
  unitKindCode: string;
  unitKindName: string;
  unitKindOrder: number;
  selected: boolean;
  awarded: boolean;
}

export const SummaryEntry = z.object({
  id: z.number(),
  honorific: z.string().nullable(),
  fullName: z.string(),
  subjectType: SubjectType,
  gender: z.enum(['nam', 'nu']).nullable(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  awardFormName: z.string(),
  unitName: z.string(),
  posthumous: z.boolean(),
});
export type SummaryEntry = z.infer<typeof SummaryEntry>;

export const SummaryGroup = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  entries: z.array(SummaryEntry),
});
export type SummaryGroup = z.infer<typeof SummaryGroup>;

export const SummaryList = z.object({
  movementTitle: z.string(),
  periodName: z.string().nullable(),
  stage: ReportStage,
  grouping: SummaryGrouping,
  total: z.number(),
  groups: z.array(SummaryGroup),
});
export type SummaryList = z.infer<typeof SummaryList>;

/** One line of a statistics table: its count at each stage. */
export const StatLine = z.object({
  key: z.string(),
  label: z.string(),
  proposed: z.number(),
  selected: z.number(),
  awarded: z.number(),
});
export type StatLine = z.infer<typeof StatLine>;

export const STAT_TABLE_KEYS = [
  'byForm',
  'bySubject',
  'byUnitKind',
  'byUnit',
  'byRole',
  'byGender',
  'posthumous',
] as const;
export type StatTableKey = (typeof STAT_TABLE_KEYS)[number];
export const STAT_TABLE_TITLES: Record<StatTableKey, string> = {
  byForm: 'Theo hình thức khen thưởng',
  bySubject: 'Theo loại đối tượng',
  byUnitKind: 'Theo loại đơn vị đề nghị',
  byUnit: 'Theo đơn vị đề nghị',
  byRole: 'Cá nhân: lãnh đạo, quản lý và người trực tiếp',
  byGender: 'Cá nhân theo giới tính',
  posthumous: 'Truy tặng',
};

export const Statistics = z.object({
  movementTitle: z.string(),
  periodName: z.string().nullable(),
  total: StatLine,
  tables: z.object({
    byForm: z.array(StatLine),
    bySubject: z.array(StatLine),
    byUnitKind: z.array(StatLine),
    byUnit: z.array(StatLine),
    byRole: z.array(StatLine),
    byGender: z.array(StatLine),
    posthumous: z.array(StatLine),
  }),
  /** Units × forms at the chosen stage: the chart "khen thưởng theo đơn vị và hình thức". */
  unitForm: z.object({
    stage: ReportStage,
    forms: z.array(z.object({ code: z.string(), name: z.string() })),
    units: z.array(z.object({ name: z.string(), counts: z.array(z.number()), total: z.number() })),
  }),
});
export type Statistics = z.infer<typeof Statistics>;
