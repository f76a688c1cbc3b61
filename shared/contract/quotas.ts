import { z } from 'zod';
import { SubjectType } from '../domain/award-form';
import { method } from './define';

const Limits = z.object({
  tapThe: z.number().nullable().optional(),
  caNhan: z.number().nullable().optional(),
  hoGiaDinh: z.number().nullable().optional(),
  combined: z.number().nullable().optional(),
});

export const QuotaUsageDto = z.object({
  ruleId: z.number().int(),
  unitId: z.number().int().nullable(),
  counts: z.record(SubjectType, z.number().int()),
  total: z.number().int(),
  proposed: z.number().int(),
  limits: Limits,
  overrideSector: z.string().nullable(),
  over: z.boolean(),
});

export const ViolationDto = z.object({
  code: z.enum([
    'quota_exceeded',
    'form_not_in_movement',
    'subject_not_in_movement',
    'subject_not_allowed',
    'posthumous_not_allowed',
    'armed_forces_only',
    'unknown_form',
  ]),
  ruleId: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  nominationIds: z.array(z.number().int()),
  limitKey: z.enum(['tapThe', 'caNhan', 'hoGiaDinh', 'combined']).nullable(),
  count: z.number().int().nullable(),
  limit: z.number().int().nullable(),
  message: z.string(),
});

/** Everything the quota board shows: rules as sentences, usage per unit and rule, violations. */
export const QuotaBoard = z.object({
  movementId: z.number().int(),
  rules: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['proposal', 'selection']),
      scope: z.enum(['per_unit', 'total']),
      clause: z.string(),
      clauseText: z.string().nullable(),
      awardFormCode: z.string().nullable(),
      sentence: z.string(),
    }),
  ),
  units: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      kindCode: z.string(),
      kindName: z.string(),
      sector: z.string().nullable(),
    }),
  ),
  usages: z.array(QuotaUsageDto),
  violations: z.array(ViolationDto),
  nominationCount: z.number().int(),
});
export type QuotaBoard = z.infer<typeof QuotaBoard>;

export const quotasContract = {
  'quotas.board': method(
    'Bảng theo dõi chỉ tiêu của một phong trào: mức sử dụng theo đơn vị và quy tắc, các vi phạm có trích dẫn',
    z.strictObject({ movementId: z.number().int().positive().meta({ title: 'Phong trào' }) }),
    QuotaBoard,
  ),
} as const;
