/**
 * The quota checker: one pure function used live by the UI and by the core for reports.
 * Rules are data (domain.md §5); every violation says what, who, how many, and cites the clause.
 */
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../domain/award-form';
import { searchKey } from '../text/vietnamese';

export interface QuotaLimitSet {
  tapThe?: number | null | undefined;
  caNhan?: number | null | undefined;
  hoGiaDinh?: number | null | undefined;
  combined?: number | null | undefined;
}

export interface CheckRule {
  id: number;
  kind: 'proposal' | 'selection';
  scope: 'per_unit' | 'total';
  unitKindCodes: readonly string[];
  unitSectors: readonly string[];
  awardFormCode: string | null;
  periodCode: string | null;
  limits: QuotaLimitSet;
  overrides: readonly { sector: string; limits: QuotaLimitSet }[];
  clause: string;
}

export interface CheckUnit {
  id: number;
  name: string;
  kindCode: string;
  sector: string | null;
  isArmedForces: boolean;
}

export interface CheckAwardForm {
  code: string;
  name: string;
  subjectTypes: readonly SubjectType[];
  allowsPosthumous: boolean;
  armedForcesOnly: boolean;
}

export interface CheckNomination {
  id: number;
  proposingUnitId: number;
  /** The nominee's own unit, when known (for "thuộc lực lượng vũ trang"). */
  workplaceUnitId?: number | null | undefined;
  awardFormCode: string;
  subjectType: SubjectType;
  periodCode: string | null;
  posthumous: boolean;
  selected: boolean;
}

export interface QuotaCheckInput {
  rules: readonly CheckRule[];
  /** The forms the movement enables, and for whom. */
  movementForms: readonly { awardFormCode: string; subjectTypes: readonly SubjectType[] }[];
  forms: readonly CheckAwardForm[];
  units: readonly CheckUnit[];
  nominations: readonly CheckNomination[];
}

export type LimitKey = 'tapThe' | 'caNhan' | 'hoGiaDinh' | 'combined';

export interface QuotaUsage {
  ruleId: number;
  /** null for a movement-wide (total) rule. */
  unitId: number | null;
  counts: Record<SubjectType, number>;
  total: number;
  /** For selection rules: how many were proposed (the count above is of those selected). */
  proposed: number;
  limits: QuotaLimitSet;
  overrideSector: string | null;
  over: boolean;
}

export type ViolationCode =
  | 'quota_exceeded'
  | 'form_not_in_movement'
  | 'subject_not_in_movement'
  | 'subject_not_allowed'
  | 'posthumous_not_allowed'
  | 'armed_forces_only'
  | 'unknown_form';

export interface Violation {
  code: ViolationCode;
  ruleId: number | null;
  unitId: number | null;
  nominationIds: number[];
  limitKey: LimitKey | null;
  count: number | null;
  limit: number | null;
  message: string;
}

export interface QuotaReport {
  usages: QuotaUsage[];
  violations: Violation[];
}

const LIMIT_SUBJECT: Record<Exclude<LimitKey, 'combined'>, SubjectType> = {
  tapThe: 'tap_the',
  caNhan: 'ca_nhan',
  hoGiaDinh: 'ho_gia_dinh',
};

/** "02": plans write small numbers with a leading zero. */
export const twoDigits = (n: number) => String(n).padStart(2, '0');

const emptyCounts = (): Record<SubjectType, number> => ({ tap_the: 0, ca_nhan: 0, ho_gia_dinh: 0 });

/** The sentence a rule encodes, e.g. "Mỗi đơn vị (Huyện) đề nghị tối đa 02 tập thể và 01 cá nhân". */
export function describeLimits(limits: QuotaLimitSet): string {
  const parts: string[] = [];
  for (const key of ['tapThe', 'caNhan', 'hoGiaDinh'] as const) {
    const value = limits[key];
    if (value !== null && value !== undefined) {
      parts.push(`${twoDigits(value)} ${SUBJECT_TYPE_LABELS[LIMIT_SUBJECT[key]]}`);
    }
  }
  const combined = limits.combined;
  const main = parts.join(' và ');
  if (combined === null || combined === undefined) return main;
  const either = `${twoDigits(combined)} (tập thể hoặc cá nhân, tính chung)`;
  return main ? `${main}; tổng cộng không quá ${either}` : either;
}

export function unitMatches(rule: CheckRule, unit: CheckUnit): boolean {
  if (rule.unitKindCodes.length > 0 && !rule.unitKindCodes.includes(unit.kindCode)) return false;
  if (rule.unitSectors.length > 0) {
    const sector = unit.sector ? searchKey(unit.sector) : '';
    if (!rule.unitSectors.some((s) => searchKey(s) === sector)) return false;
  }
  return true;
}

function effectiveLimits(
  rule: CheckRule,
  unit: CheckUnit | null,
): { limits: QuotaLimitSet; overrideSector: string | null } {
  if (unit?.sector) {
    const key = searchKey(unit.sector);
    const override = rule.overrides.find((o) => searchKey(o.sector) === key);
    // An override replaces the base limits ("Riêng ngành Y tế 02 tập thể và 02 cá nhân").
    if (override) return { limits: override.limits, overrideSector: override.sector };
  }
  return { limits: rule.limits, overrideSector: null };
}

/** Checks a movement's nominations against its quota rules and the forms' subject rules. */
export function checkQuotas(input: QuotaCheckInput): QuotaReport {
  const unitsById = new Map(input.units.map((u) => [u.id, u]));
  const formsByCode = new Map(input.forms.map((f) => [f.code, f]));
  const movementForms = new Map(input.movementForms.map((f) => [f.awardFormCode, f]));
  const usages: QuotaUsage[] = [];
  const violations: Violation[] = [];

  violations.push(...checkSubjects(input, unitsById, formsByCode, movementForms));

  // Group once: (rule) → (unit or total) → counts; a nomination counts for every rule it falls under.
  for (const rule of input.rules) {
    const relevant = input.nominations.filter(
      (n) =>
        (rule.awardFormCode === null || n.awardFormCode === rule.awardFormCode) &&
        (rule.periodCode === null || n.periodCode === rule.periodCode),
    );
    const form = rule.awardFormCode ? formsByCode.get(rule.awardFormCode) : undefined;
    const formName = form?.name ?? (rule.awardFormCode ? rule.awardFormCode : 'khen thưởng');
    const periodPart = rule.periodCode ? ` (đợt ${rule.periodCode})` : '';

    if (rule.scope === 'total') {
      // A total may still be limited to some units ("tổng số của các sở, ngành…").
      const hasFilter = rule.unitKindCodes.length > 0 || rule.unitSectors.length > 0;
      const inScope = hasFilter
        ? relevant.filter((n) => {
            const unit = unitsById.get(n.proposingUnitId);
            return unit !== undefined && unitMatches(rule, unit);
          })
        : relevant;
      const usage = tally(rule, null, inScope, rule.limits, null);
      usages.push(usage);
      violations.push(
        ...overLimits(
          usage,
          rule,
          (count, what) => {
            const verb = rule.kind === 'selection' ? 'Hội đồng đã chọn' : 'Tổng số đề nghị là';
            return `${verb} ${count} ${what} ${formName}${periodPart}`;
          },
          inScope,
        ),
      );
      continue;
    }

    const byUnit = new Map<number, CheckNomination[]>();
    for (const n of relevant) {
      const list = byUnit.get(n.proposingUnitId);
      if (list) list.push(n);
      else byUnit.set(n.proposingUnitId, [n]);
    }
    for (const unit of input.units) {
      if (!unitMatches(rule, unit)) continue;
      const nominations = byUnit.get(unit.id) ?? [];
      const { limits, overrideSector } = effectiveLimits(rule, unit);
      const usage = tally(rule, unit.id, nominations, limits, overrideSector);
      usages.push(usage);
      violations.push(
        ...overLimits(
          usage,
          rule,
          (count, what) =>
            `${unit.name} ${rule.kind === 'selection' ? 'được chọn' : 'đề nghị'} ${count} ${what} ${formName}${periodPart}`,
          nominations,
        ),
      );
    }
  }
  return { usages, violations };
}

function tally(
  rule: CheckRule,
  unitId: number | null,
  nominations: readonly CheckNomination[],
  limits: QuotaLimitSet,
  overrideSector: string | null,
): QuotaUsage {
  const counts = emptyCounts();
  for (const n of nominations) {
    if (rule.kind === 'selection' && !n.selected) continue;
    counts[n.subjectType] += 1;
  }
  const total = counts.tap_the + counts.ca_nhan + counts.ho_gia_dinh;
  const over = limitEntries(limits).some(([key, limit]) => countFor(counts, total, key) > limit);
  return {
    ruleId: rule.id,
    unitId,
    counts,
    total,
    proposed: nominations.length,
    limits,
    overrideSector,
    over,
  };
}

function limitEntries(limits: QuotaLimitSet): [LimitKey, number][] {
  const entries: [LimitKey, number][] = [];
  for (const key of ['tapThe', 'caNhan', 'hoGiaDinh', 'combined'] as const) {
    const value = limits[key];
    if (value !== null && value !== undefined) entries.push([key, value]);
  }
  return entries;
}

const countFor = (counts: Record<SubjectType, number>, total: number, key: LimitKey) =>
  key === 'combined' ? total : counts[LIMIT_SUBJECT[key]];

function overLimits(
  usage: QuotaUsage,
  rule: CheckRule,
  subjectPhrase: (count: number, what: string) => string,
  nominations: readonly CheckNomination[],
): Violation[] {
  const out: Violation[] = [];
  for (const [key, limit] of limitEntries(usage.limits)) {
    const count = countFor(usage.counts, usage.total, key);
    if (count <= limit) continue;
    const what =
      key === 'combined'
        ? '(tập thể và cá nhân tính chung)'
        : SUBJECT_TYPE_LABELS[LIMIT_SUBJECT[key]];
    const allowed =
      key === 'combined' ? `${twoDigits(limit)} tập thể hoặc cá nhân` : twoDigits(limit);
    const who = usage.overrideSector ? `cho ngành ${usage.overrideSector} ` : '';
    out.push({
      code: 'quota_exceeded',
      ruleId: rule.id,
      unitId: usage.unitId,
      nominationIds: nominations
        .filter(
          (n) =>
            (rule.kind === 'proposal' || n.selected) &&
            (key === 'combined' || n.subjectType === LIMIT_SUBJECT[key]),
        )
        .map((n) => n.id),
      limitKey: key,
      count,
      limit,
      message: `${subjectPhrase(count, what)}; Kế hoạch ${who}cho phép tối đa ${allowed} (${rule.clause}).`,
    });
  }
  return out;
}

/** Form ↔ subject rules (domain.md §5.6 G3) and the movement's own list of forms. */
function checkSubjects(
  input: QuotaCheckInput,
  unitsById: Map<number, CheckUnit>,
  formsByCode: Map<string, CheckAwardForm>,
  movementForms: Map<string, { subjectTypes: readonly SubjectType[] }>,
): Violation[] {
  const out: Violation[] = [];
  const push = (n: CheckNomination, code: ViolationCode, message: string) =>
    out.push({
      code,
      ruleId: null,
      unitId: n.proposingUnitId,
      nominationIds: [n.id],
      limitKey: null,
      count: null,
      limit: null,
      message,
    });
  for (const n of input.nominations) {
    const form = formsByCode.get(n.awardFormCode);
    const unit = unitsById.get(n.proposingUnitId);
    const unitName = unit?.name ?? `Đơn vị ${n.proposingUnitId}`;
    const subject = SUBJECT_TYPE_LABELS[n.subjectType];
    if (!form) {
      push(
        n,
        'unknown_form',
        `${unitName}: hình thức “${n.awardFormCode}” không có trong danh mục.`,
      );
      continue;
    }
    const inMovement = movementForms.get(n.awardFormCode);
    if (!inMovement) {
      push(
        n,
        'form_not_in_movement',
        `${unitName} đề nghị ${form.name}, nhưng Kế hoạch không có hình thức này.`,
      );
    } else if (!inMovement.subjectTypes.includes(n.subjectType)) {
      push(
        n,
        'subject_not_in_movement',
        `${unitName} đề nghị ${form.name} cho ${subject}; Kế hoạch chỉ dành hình thức này cho ${inMovement.subjectTypes.map((s) => SUBJECT_TYPE_LABELS[s]).join(', ')}.`,
      );
    }
    if (!form.subjectTypes.includes(n.subjectType)) {
      push(n, 'subject_not_allowed', `${form.name} không tặng cho ${subject}.`);
    }
    if (n.posthumous && (n.subjectType !== 'ca_nhan' || !form.allowsPosthumous)) {
      push(
        n,
        'posthumous_not_allowed',
        n.subjectType !== 'ca_nhan'
          ? `Chỉ truy tặng cho cá nhân, không truy tặng cho ${subject}.`
          : `${form.name} không có hình thức truy tặng.`,
      );
    }
    if (form.armedForcesOnly) {
      const own = n.workplaceUnitId ? unitsById.get(n.workplaceUnitId) : undefined;
      if (!(own ?? unit)?.isArmedForces) {
        push(
          n,
          'armed_forces_only',
          `${form.name} chỉ tặng cho tập thể, cá nhân thuộc lực lượng vũ trang; ${unitName} không thuộc lực lượng vũ trang.`,
        );
      }
    }
  }
  return out;
}
