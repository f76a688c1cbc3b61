import { z } from 'zod';
import { SubjectType } from './award-form';
import { requiredText } from './text-fields';

/**
 * A nomination (đối tượng đề nghị) — the minimal shape the quota checker needs.
 * The dossier-intake feature extends it (person details, dossier, achievement summary…).
 */
export const NominationInput = z.strictObject({
  movementId: z.number().int().positive().meta({ title: 'Phong trào' }),
  periodCode: z.string().nullable().default(null).meta({ title: 'Đợt' }),
  proposingUnitId: z.number().int().positive().meta({ title: 'Đơn vị đề nghị' }),
  workplaceUnitId: z
    .number()
    .int()
    .positive()
    .nullable()
    .default(null)
    .meta({ title: 'Đơn vị công tác' }),
  awardFormCode: z
    .string()
    .min(1, { error: 'Chưa chọn hình thức' })
    .meta({ title: 'Hình thức khen thưởng' }),
  subjectType: SubjectType.meta({ title: 'Đối tượng' }),
  fullName: requiredText(300).meta({ title: 'Tên tập thể, cá nhân' }),
  posthumous: z.boolean().default(false).meta({ title: 'Truy tặng' }),
});
export type NominationInput = z.input<typeof NominationInput>;
export type NominationData = z.output<typeof NominationInput>;

export const Nomination = z.object({
  id: z.number().int(),
  movementId: z.number().int(),
  periodCode: z.string().nullable(),
  proposingUnitId: z.number().int(),
  proposingUnitName: z.string(),
  workplaceUnitId: z.number().int().nullable(),
  awardFormCode: z.string(),
  subjectType: SubjectType,
  fullName: z.string(),
  posthumous: z.boolean(),
  selected: z.boolean(),
});
export type Nomination = z.infer<typeof Nomination>;
