import { z } from 'zod';
import { SubjectType } from './award-form';
import { Gender } from './nomination';
import { optionalText } from './text-fields';

export const DuplicateSide = z.object({
  id: z.number().int(),
  movementId: z.number().int(),
  movementTitle: z.string(),
  dossierId: z.number().int().nullable(),
  gender: Gender.nullable(),
  hasIdNumber: z.boolean(),
  fullName: z.string(),
  honorific: z.string().nullable(),
  subjectType: SubjectType,
  birth: z.string(),
  workplace: z.string().nullable(),
  position: z.string().nullable(),
  proposingUnitName: z.string(),
  dossierLabel: z.string().nullable(),
  awardFormName: z.string(),
  periodCode: z.string().nullable(),
});

export const DuplicatePairView = z.object({
  key: z.string(),
  severity: z.enum(['error', 'warning']),
  strength: z.enum(['chac_chan', 'nhieu_kha_nang', 'co_the']),
  evidence: z.array(z.string()),
  a: DuplicateSide,
  b: DuplicateSide,
});
export type DuplicatePairView = z.infer<typeof DuplicatePairView>;

export const DuplicateResolveInput = z.strictObject({
  a: z.number().int().positive(),
  b: z.number().int().positive(),
  decision: z.enum(['khac_nguoi', 'gop']).meta({ title: 'Quyết định' }),
  /** For a merge: the nomination that stays (the other one is removed, its data kept in the log). */
  keepId: z.number().int().positive().nullable().default(null).meta({ title: 'Giữ trường hợp' }),
  reason: optionalText(1000)
    .default(null)
    .pipe(z.string({ error: 'Ghi lý do' }).min(1, { error: 'Ghi lý do' }))
    .meta({ title: 'Lý do' }),
});
export type DuplicateResolveData = z.output<typeof DuplicateResolveInput>;

export const DUPLICATE_STRENGTH_LABELS = {
  chac_chan: 'Gần như chắc chắn',
  nhieu_kha_nang: 'Nhiều khả năng',
  co_the: 'Có thể',
} as const;
