import type { Input as ApiInput } from '../../../../shared/contract';
import type { SubjectType } from '../../../../shared/domain/award-form';
import type { Gender, Nomination } from '../../../../shared/domain/nomination';

/**
 * What a nomination form holds, in the movement's quick entry and in the dossier's dialog alike
 * (empty text as '' or undefined; the API gets null).
 */
export interface NominationValues {
  proposingUnitId?: number;
  awardFormCode?: string;
  subjectType?: SubjectType;
  periodCode?: string | null;
  dossierId?: number | null;
  honorific?: string | null;
  fullName?: string;
  gender?: Gender | null;
  birthDate?: string | null;
  birthYear?: number | null;
  ethnicity?: string | null;
  position?: string | null;
  workplace?: string | null;
  isLeader?: boolean;
  isEnterprise?: boolean;
  posthumous?: boolean;
  idNumber?: string | null;
  achievement?: string | null;
  note?: string | null;
}

/** The API's field names a form shows errors under. */
export const NOMINATION_FIELD_NAMES = [
  'proposingUnitId',
  'awardFormCode',
  'subjectType',
  'periodCode',
  'dossierId',
  'workplaceUnitId',
  'honorific',
  'fullName',
  'gender',
  'birthDate',
  'birthYear',
  'ethnicity',
  'position',
  'workplace',
  'isLeader',
  'isEnterprise',
  'posthumous',
  'idNumber',
  'achievement',
  'note',
] as const;

/** The form's values of a stored nomination (a birth date already says the year). */
export function nominationValuesOf(n: Nomination): NominationValues {
  return {
    proposingUnitId: n.proposingUnitId,
    awardFormCode: n.awardFormCode,
    subjectType: n.subjectType,
    periodCode: n.periodCode,
    dossierId: n.dossierId,
    honorific: n.honorific,
    fullName: n.fullName,
    gender: n.gender,
    birthDate: n.birthDate,
    birthYear: n.birthDate ? null : n.birthYear,
    ethnicity: n.ethnicity,
    position: n.position,
    workplace: n.workplace,
    isLeader: n.isLeader,
    isEnterprise: n.isEnterprise,
    posthumous: n.posthumous,
    idNumber: n.idNumber,
    achievement: n.achievement,
    note: n.note,
  };
}

/** What the form does not ask because the context fixes it (a dossier fixes unit, period, dossier). */
export interface NominationContext {
  movementId: number;
  proposingUnitId?: number;
  periodCode?: string | null;
  dossierId?: number | null;
  workplaceUnitId: number | null;
}

const text = (value: string | null | undefined) => value?.trim() || null;

/**
 * The API's input from the form: fields the subject does not have are sent empty (a collective
 * has no birth or position; a household has an address but no workplace unit fields).
 */
export function nominationInput(
  values: NominationValues,
  context: NominationContext,
): ApiInput<'nominations.create'> {
  const subjectType = values.subjectType ?? 'ca_nhan';
  const person = subjectType === 'ca_nhan';
  return {
    movementId: context.movementId,
    proposingUnitId: context.proposingUnitId ?? values.proposingUnitId ?? 0,
    periodCode: context.periodCode !== undefined ? context.periodCode : (values.periodCode ?? null),
    dossierId: context.dossierId !== undefined ? context.dossierId : (values.dossierId ?? null),
    workplaceUnitId: context.workplaceUnitId,
    awardFormCode: values.awardFormCode ?? '',
    subjectType,
    fullName: values.fullName?.trim() ?? '',
    honorific: person ? text(values.honorific) : null,
    gender: person ? (values.gender ?? null) : null,
    birthDate: person ? (values.birthDate ?? null) : null,
    birthYear: person && !values.birthDate ? (values.birthYear ?? null) : null,
    ethnicity: person ? text(values.ethnicity) : null,
    position: person ? text(values.position) : null,
    workplace: subjectType === 'tap_the' ? null : text(values.workplace),
    isLeader: person && (values.isLeader ?? false),
    isEnterprise: subjectType !== 'ho_gia_dinh' && (values.isEnterprise ?? false),
    posthumous: person && (values.posthumous ?? false),
    idNumber: person ? text(values.idNumber) : null,
    achievement: text(values.achievement),
    note: text(values.note),
  };
}
