import { z } from 'zod';
import { SubjectType } from './award-form';
import { formatDateVi, IsoDate } from './dates';
import { optionalText, requiredText } from './text-fields';

export const GENDERS = ['nam', 'nu'] as const;
export const Gender = z.enum(GENDERS, { error: 'Chỉ nhận: Nam hoặc Nữ' });
export type Gender = z.infer<typeof Gender>;
export const GENDER_LABELS: Record<Gender, string> = { nam: 'Nam', nu: 'Nữ' };

/** CCCD / CMND: 9 or 12 digits, kept as text (leading zeros). Sensitive: hidden unless asked. */
export const IdNumber = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^(\d{9}|\d{12})$/, { error: 'Số CCCD/CMND phải gồm 9 hoặc 12 chữ số' }));

const currentYear = new Date().getFullYear();
export const BirthYear = z
  .number()
  .int()
  .min(1900, { error: 'Năm sinh phải từ 1900' })
  .max(currentYear, { error: `Năm sinh không được sau ${currentYear}` });

/** What a person (or the import) types for one nomination (đối tượng đề nghị). */
export const nominationFields = {
  movementId: z.number().int().positive().meta({ title: 'Phong trào' }),
  periodCode: z.string().nullable().default(null).meta({ title: 'Đợt' }),
  proposingUnitId: z.number().int().positive().meta({ title: 'Đơn vị đề nghị' }),
  dossierId: z.number().int().positive().nullable().default(null).meta({ title: 'Hồ sơ' }),
  workplaceUnitId: z
    .number()
    .int()
    .positive()
    .nullable()
    .default(null)
    .meta({ title: 'Đơn vị công tác (trong danh mục)' }),
  awardFormCode: z
    .string()
    .min(1, { error: 'Chưa chọn hình thức' })
    .meta({ title: 'Hình thức khen thưởng' }),
  subjectType: SubjectType.meta({ title: 'Đối tượng' }),
  /** Ông/Bà, a rank (Đại tá…) or a title, printed before the name; never part of the name. */
  honorific: optionalText(40).default(null).meta({ title: 'Danh xưng' }),
  fullName: requiredText(300).meta({ title: 'Tên tập thể, cá nhân' }),
  gender: Gender.nullable().default(null).meta({ title: 'Giới tính' }),
  birthDate: IsoDate.nullable().default(null).meta({ title: 'Ngày sinh' }),
  birthYear: BirthYear.nullable().default(null).meta({ title: 'Năm sinh' }),
  ethnicity: optionalText(50).default(null).meta({ title: 'Dân tộc' }),
  position: optionalText(300).default(null).meta({ title: 'Chức vụ' }),
  workplace: optionalText(500).default(null).meta({ title: 'Đơn vị công tác' }),
  isLeader: z.boolean().default(false).meta({ title: 'Lãnh đạo, quản lý' }),
  /** A collective that is an enterprise, or a person who heads one (domain.md §3.4, rule G8). */
  isEnterprise: z.boolean().default(false).meta({ title: 'Doanh nghiệp / người đứng đầu DN' }),
  posthumous: z.boolean().default(false).meta({ title: 'Truy tặng' }),
  achievement: optionalText(4000).default(null).meta({ title: 'Tóm tắt thành tích' }),
  idNumber: IdNumber.nullable().default(null).meta({ title: 'Số CCCD' }),
  note: optionalText(1000).default(null).meta({ title: 'Ghi chú' }),
};

export const NominationInput = z.strictObject(nominationFields);
export type NominationInput = z.input<typeof NominationInput>;
export type NominationData = z.output<typeof NominationInput>;

export const NominationUpdateInput = z.strictObject({
  id: z.number().int().positive(),
  ...nominationFields,
  /** Left out: the stored CCCD stays (lists never carry it); null clears it. */
  idNumber: IdNumber.nullable().optional().meta({ title: 'Số CCCD' }),
});
export type NominationUpdateData = Omit<z.output<typeof NominationUpdateInput>, 'id'>;

export const Nomination = z.object({
  id: z.number().int(),
  movementId: z.number().int(),
  periodCode: z.string().nullable(),
  proposingUnitId: z.number().int(),
  proposingUnitName: z.string(),
  dossierId: z.number().int().nullable(),
  dossierLabel: z.string().nullable(),
  workplaceUnitId: z.number().int().nullable(),
  awardFormCode: z.string(),
  awardFormName: z.string(),
  subjectType: SubjectType,
  honorific: z.string().nullable(),
  fullName: z.string(),
  gender: Gender.nullable(),
  birthDate: IsoDate.nullable(),
  birthYear: z.number().int().nullable(),
  ethnicity: z.string().nullable(),
  position: z.string().nullable(),
  workplace: z.string().nullable(),
  isLeader: z.boolean(),
  isEnterprise: z.boolean(),
  posthumous: z.boolean(),
  achievement: z.string().nullable(),
  /** Only filled when the caller asked for sensitive fields (`withIdNumber`). */
  idNumber: z.string().nullable(),
  hasIdNumber: z.boolean(),
  note: z.string().nullable(),
  selected: z.boolean(),
  /** Name key + birth year: the same person across movements and years (history). */
  personKey: z.string(),
  source: z.string().nullable(),
});
export type Nomination = z.infer<typeof Nomination>;

export const NominationListInput = z.strictObject({
  movementId: z.number().int().positive().optional().meta({ title: 'Phong trào' }),
  dossierId: z.number().int().positive().optional().meta({ title: 'Hồ sơ' }),
  proposingUnitId: z.number().int().positive().optional().meta({ title: 'Đơn vị đề nghị' }),
  periodCode: z.string().optional().meta({ title: 'Đợt' }),
  query: z.string().max(200).optional().meta({ title: 'Tìm kiếm' }),
  withIdNumber: z.boolean().default(false).meta({ title: 'Hiện số CCCD' }),
  limit: z.number().int().positive().max(200000).optional().meta({ title: 'Số dòng tối đa' }),
});
export type NominationListFilter = z.output<typeof NominationListInput>;

/** Birth info as printed in lists: the date when known, else the year. */
export function birthLabel(n: { birthDate: string | null; birthYear: number | null }): string {
  if (n.birthDate) return formatDateVi(n.birthDate);
  return n.birthYear === null ? '' : String(n.birthYear);
}

/** The year of birth, from the date when only the date is known. */
export function birthYearOf(n: {
  birthDate: string | null;
  birthYear: number | null;
}): number | null {
  if (n.birthYear !== null) return n.birthYear;
  return n.birthDate ? Number(n.birthDate.slice(0, 4)) : null;
}
