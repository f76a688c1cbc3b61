import type { FormInstance } from 'antd';
import type { Input } from '../../../../shared/contract';
import type { Procedure, SubjectType } from '../../../../shared/domain/award-form';
import type { DEADLINE_KINDS, Movement, QuotaRule } from '../../../../shared/domain/movement';
import { ApiError } from '../../api/client';
import { errorText, messageForField } from '../../components/api-errors';
import type { MovementTab } from './paths';

/**
 * The movement editor keeps one antd Form whose field names are the API's own paths
 * (`quotaRules.3.overrides.0.sector` ↔ `['quotaRules', 3, 'overrides', 0, 'sector']`), so a
 * server error lands on the field that caused it without any translation table.
 */
export interface LimitsValues {
  tapThe?: number | null | undefined;
  caNhan?: number | null | undefined;
  hoGiaDinh?: number | null | undefined;
  combined?: number | null | undefined;
}

export interface RuleValues {
  /** Database id of a saved rule (not sent: the server replaces all rules on save). */
  id?: number;
  kind: QuotaRule['kind'];
  scope: QuotaRule['scope'];
  unitKindCodes?: string[];
  unitSectors?: string[];
  awardFormCode?: string | null;
  periodCode?: string | null;
  limits?: LimitsValues;
  overrides?: { sector?: string; limits?: LimitsValues }[];
  clause?: string;
  clauseText?: string | null;
}

export interface MovementFormValues {
  number?: string | null;
  symbol?: string | null;
  issuedDate?: string | null;
  issuingBody?: string;
  title?: string;
  implementsPlan?: string | null;
  receivingBody?: string | null;
  procedure?: Procedure;
  legalRegimeCode?: string;
  startDate?: string | null;
  endDate?: string | null;
  awardForms?: {
    awardFormCode?: string;
    subjectTypes?: SubjectType[];
    procedure?: Procedure | null;
    note?: string | null;
  }[];
  periods?: {
    code?: string;
    name?: string;
    startDate?: string | null;
    endDate?: string | null;
    note?: string | null;
  }[];
  deadlines?: {
    kind?: (typeof DEADLINE_KINDS)[number];
    label?: string;
    date?: string | null;
    inclusive?: boolean;
    clause?: string | null;
  }[];
  quotaRules?: RuleValues[];
  routes?: { proposer?: string; routeTo?: string; scope?: string | null }[];
}

export function toFormValues(movement: Movement): MovementFormValues {
  return {
    number: movement.number,
    symbol: movement.symbol,
    issuedDate: movement.issuedDate,
    issuingBody: movement.issuingBody,
    title: movement.title,
    implementsPlan: movement.implementsPlan,
    receivingBody: movement.receivingBody,
    procedure: movement.procedure,
    legalRegimeCode: movement.legalRegimeCode,
    startDate: movement.startDate,
    endDate: movement.endDate,
    awardForms: movement.awardForms.map((f) => ({ ...f, subjectTypes: [...f.subjectTypes] })),
    periods: movement.periods.map((p) => ({ ...p })),
    deadlines: movement.deadlines.map((d) => ({ ...d })),
    quotaRules: movement.quotaRules.map((r) => ({
      ...r,
      unitKindCodes: [...r.unitKindCodes],
      unitSectors: [...r.unitSectors],
      limits: { ...r.limits },
      overrides: r.overrides.map((o) => ({ sector: o.sector, limits: { ...o.limits } })),
    })),
    routes: movement.routes.map((r) => ({ ...r })),
  };
}

export function blankMovementValues(defaults: {
  issuingBody: string;
  legalRegimeCode: string | undefined;
}): MovementFormValues {
  return {
    number: null,
    symbol: null,
    issuedDate: null,
    issuingBody: defaults.issuingBody,
    title: '',
    implementsPlan: null,
    receivingBody: null,
    procedure: 'thuong',
    ...(defaults.legalRegimeCode ? { legalRegimeCode: defaults.legalRegimeCode } : {}),
    startDate: null,
    endDate: null,
    awardForms: [],
    periods: [],
    deadlines: [],
    quotaRules: [],
    routes: [],
  };
}

export function newRuleValues(): RuleValues {
  return {
    kind: 'proposal',
    scope: 'per_unit',
    unitKindCodes: [],
    unitSectors: [],
    awardFormCode: null,
    periodCode: null,
    limits: { tapThe: null, caNhan: null, hoGiaDinh: null, combined: null },
    overrides: [],
    clause: '',
    clauseText: null,
  };
}

const text = (value: string | null | undefined) => value ?? '';
const optional = (value: string | null | undefined) => (value ? value : null);
const num = (value: number | null | undefined) =>
  value === undefined || value === null ? null : value;

export function limitsInput(limits: LimitsValues | undefined) {
  return {
    tapThe: num(limits?.tapThe),
    caNhan: num(limits?.caNhan),
    hoGiaDinh: num(limits?.hoGiaDinh),
    combined: num(limits?.combined),
  };
}

export function ruleInput(rule: RuleValues) {
  return {
    kind: rule.kind,
    scope: rule.scope,
    unitKindCodes: rule.unitKindCodes ?? [],
    unitSectors: rule.unitSectors ?? [],
    awardFormCode: rule.awardFormCode ?? null,
    periodCode: rule.periodCode ?? null,
    limits: limitsInput(rule.limits),
    overrides: (rule.overrides ?? []).map((o) => ({
      sector: text(o.sector),
      limits: limitsInput(o.limits),
    })),
    clause: text(rule.clause),
    clauseText: optional(rule.clauseText),
  };
}

/**
 * What `movements.create`/`update` receive. Nothing is checked here: the server's schema is the
 * one authority, and its errors come back onto the fields (see `applyMovementErrors`).
 */
export function toMovementInput(
  values: MovementFormValues,
  presetCode: string | null,
): Input<'movements.create'> {
  return {
    number: optional(values.number),
    symbol: optional(values.symbol),
    issuedDate: values.issuedDate ?? null,
    issuingBody: text(values.issuingBody),
    title: text(values.title),
    implementsPlan: optional(values.implementsPlan),
    receivingBody: optional(values.receivingBody),
    procedure: values.procedure ?? 'thuong',
    legalRegimeCode: text(values.legalRegimeCode),
    startDate: values.startDate ?? null,
    endDate: values.endDate ?? null,
    awardForms: (values.awardForms ?? []).map((f) => ({
      awardFormCode: text(f.awardFormCode),
      subjectTypes: f.subjectTypes ?? [],
      procedure: f.procedure ?? null,
      note: optional(f.note),
    })),
    periods: (values.periods ?? []).map((p) => ({
      code: text(p.code),
      name: text(p.name),
      startDate: text(p.startDate),
      endDate: p.endDate ?? null,
      note: optional(p.note),
    })),
    deadlines: (values.deadlines ?? []).map((d) => ({
      kind: d.kind ?? 'nop_ho_so',
      label: text(d.label),
      date: text(d.date),
      inclusive: d.inclusive ?? false,
      clause: optional(d.clause),
    })),
    quotaRules: (values.quotaRules ?? []).map(ruleInput),
    routes: (values.routes ?? []).map((r) => ({
      proposer: text(r.proposer),
      routeTo: text(r.routeTo),
      scope: optional(r.scope),
    })),
    presetCode,
  };
}

/** A stable text of the values, to tell whether anything changed since the last save. */
export function snapshot(
  values: MovementFormValues | undefined,
  presetCode: string | null,
): string {
  return values ? JSON.stringify(toMovementInput(values, presetCode)) : '';
}

/** Which tab holds the field at this path. */
export function tabOfField(path: readonly (string | number)[]): MovementTab {
  const first = path[0];
  if (typeof first !== 'string') return 'general';
  switch (first) {
    case 'awardForms':
      return 'forms';
    case 'periods':
    case 'deadlines':
      return 'periods';
    case 'quotaRules':
      return 'rules';
    case 'routes':
      return 'routes';
    default:
      return 'general';
  }
}

export type NamePath = (string | number)[];

/** `quotaRules.3.limits.tapThe` → `['quotaRules', 3, 'limits', 'tapThe']`. */
export function namePathOf(field: string): NamePath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const keyOf = (path: readonly (string | number)[]) => path.join('.');

/**
 * Puts the server's errors on the form's fields. A problem about a group (`quotaRules.3.limits`:
 * “at least one limit”) goes on the group's first field; one about a field the form does not show
 * goes on its nearest shown parent. Returns what is left to show in an Alert (or null), and the
 * fields that got an error (to open their tab).
 */
export function applyMovementErrors(
  form: FormInstance,
  error: unknown,
): { unplaced: string | null; placed: NamePath[] } {
  if (!(error instanceof ApiError)) return { unplaced: errorText(error), placed: [] };
  const registered: NamePath[] = form.getFieldsError().map((f) => f.name);
  const byKey = new Map(registered.map((name) => [keyOf(name), name]));
  const errors = new Map<string, { name: NamePath; messages: string[] }>();
  let unplaced = 0;
  for (const detail of error.details ?? []) {
    if (!detail.field) {
      unplaced += 1;
      continue;
    }
    const path = namePathOf(detail.field);
    const key = keyOf(path);
    let target = byKey.get(key);
    if (!target) target = registered.find((name) => keyOf(name).startsWith(`${key}.`));
    for (let n = path.length - 1; !target && n > 0; n -= 1)
      target = byKey.get(keyOf(path.slice(0, n)));
    if (!target) {
      unplaced += 1;
      continue;
    }
    const targetKey = keyOf(target);
    const entry = errors.get(targetKey) ?? { name: target, messages: [] };
    const message = messageForField(error.message, detail);
    if (!entry.messages.includes(message)) entry.messages.push(message);
    errors.set(targetKey, entry);
  }
  const placed = [...errors.values()];
  form.setFields(placed.map(({ name, messages }) => ({ name, errors: messages })));
  const noDetails = (error.details ?? []).length === 0;
  return {
    unplaced: placed.length === 0 || unplaced > 0 || noDetails ? error.message : null,
    placed: placed.map((p) => p.name),
  };
}

export { changedPaths, clearEditedErrors } from '../../components/api-errors';
