import { z } from 'zod';
import { IsoDate } from './dates';
import { optionalText, requiredText } from './text-fields';

/**
 * A unit (đơn vị): a province, a commune, a department, a school, an enterprise…
 * Levels are not hard-coded: a unit has a kind from an open list, a parent and validity dates
 * (the district level ended on 01/07/2025; domain.md §6.2).
 */
export const UnitId = z.number().int().positive().meta({ title: 'Mã số đơn vị' });

export const UnitKind = z.object({
  code: z.string(),
  name: z.string(),
  isArmedForces: z.boolean(),
});
export type UnitKind = z.infer<typeof UnitKind>;

export const Unit = z.object({
  id: UnitId,
  parentId: UnitId.nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kindCode: z.string(),
  kindName: z.string(),
  sector: z.string().nullable(),
  code: z.string().nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  note: z.string().nullable(),
  childCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof Unit>;

const unitFields = {
  name: requiredText(255).meta({ title: 'Tên đơn vị' }),
  shortName: optionalText(100).optional().meta({ title: 'Tên viết tắt' }),
  kindCode: z.string().min(1, { error: 'Chưa chọn loại đơn vị' }).meta({ title: 'Loại đơn vị' }),
  parentId: UnitId.nullable().optional().meta({ title: 'Đơn vị cấp trên' }),
  sector: optionalText(100).optional().meta({ title: 'Ngành, lĩnh vực' }),
  code: optionalText(50).optional().meta({ title: 'Mã đơn vị' }),
  validFrom: IsoDate.nullable().optional().meta({ title: 'Hiệu lực từ ngày' }),
  validTo: IsoDate.nullable().optional().meta({ title: 'Hiệu lực đến ngày' }),
  note: optionalText(2000).optional().meta({ title: 'Ghi chú' }),
};

const validityOrder = {
  check: (u: { validFrom?: string | null | undefined; validTo?: string | null | undefined }) =>
    !u.validFrom || !u.validTo || u.validFrom <= u.validTo,
  params: {
    error: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực',
    path: ['validTo'],
  },
};

export const UnitCreateInput = z
  .strictObject(unitFields)
  .refine(validityOrder.check, validityOrder.params);
export type UnitCreateInput = z.input<typeof UnitCreateInput>;
export type UnitCreate = z.output<typeof UnitCreateInput>;

export const UnitUpdateInput = z
  .strictObject({ id: UnitId, ...unitFields })
  .refine(validityOrder.check, validityOrder.params);
export type UnitUpdateInput = z.input<typeof UnitUpdateInput>;
export type UnitUpdate = z.output<typeof UnitUpdateInput>;

export const UnitListInput = z.strictObject({
  query: z.string().max(200).optional().meta({ title: 'Từ khóa tìm kiếm' }),
});
