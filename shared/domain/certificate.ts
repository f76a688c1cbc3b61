import { z } from 'zod';

/**
 * Where the variable text of a certificate (Bằng khen / Giấy khen) goes on a pre-printed blank
 * (phôi): positions in mm from the top-left corner of the sheet. The calibrated layout of each kind
 * is stored in `certificate_layouts` (migration 0010); the defaults below apply until one is saved.
 */
export const CERTIFICATE_FIELDS = [
  'recipient',
  'positionUnit',
  'achievement',
  'decision',
  'placeDate',
  'signerTitle',
  'signerName',
] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];

export const CERTIFICATE_FIELD_LABELS: Record<CertificateField, string> = {
  recipient: 'Người/tập thể được khen',
  positionUnit: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  decision: 'Số, ngày Quyết định',
  placeDate: 'Địa danh, ngày tháng',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
};

export const CERTIFICATE_KINDS = ['bang_khen', 'giay_khen'] as const;
export const CertificateKind = z.enum(CERTIFICATE_KINDS);
export type CertificateKind = z.infer<typeof CertificateKind>;
export const CERTIFICATE_KIND_LABELS: Record<CertificateKind, string> = {
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
};

const Mm = (max: number) => z.number().min(0).max(max);

export const CertificateFieldBox = z.strictObject({
  x: Mm(420).meta({ title: 'Lề trái (mm)' }),
  y: Mm(420).meta({ title: 'Lề trên (mm)' }),
  width: z.number().min(5).max(420).meta({ title: 'Chiều rộng (mm)' }),
  fontSize: z.number().min(6).max(72).meta({ title: 'Cỡ chữ (pt)' }),
  /** The text may wrap onto this many lines before it is shrunk. */
  maxLines: z.number().int().min(1).max(4).default(1),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  align: z.enum(['left', 'center', 'right']).default('center'),
});
export type CertificateFieldBox = z.output<typeof CertificateFieldBox>;

export const CertificateLayout = z.strictObject({
  kind: CertificateKind,
  /** "Mặc định" for the shipped layouts; the person's own name once calibrated. */
  label: z.string().max(100),
  pageSize: z.enum(['A4', 'A3']),
  orientation: z.enum(['portrait', 'landscape']),
  /** Printer drift, added to every field: positive moves right / down. */
  offsetX: z.number().min(-50).max(50).default(0).meta({ title: 'Dịch ngang (mm)' }),
  offsetY: z.number().min(-50).max(50).default(0).meta({ title: 'Dịch dọc (mm)' }),
  fields: z.strictObject({
    recipient: CertificateFieldBox,
    positionUnit: CertificateFieldBox,
    achievement: CertificateFieldBox,
    decision: CertificateFieldBox,
    placeDate: CertificateFieldBox,
    signerTitle: CertificateFieldBox,
    signerName: CertificateFieldBox,
  }),
});
export type CertificateLayout = z.output<typeof CertificateLayout>;

export const PAGE_MM: Record<'A4' | 'A3', { w: number; h: number }> = {
  A4: { w: 210, h: 297 },
  A3: { w: 297, h: 420 },
};

/** Sheet size in mm as printed (landscape swaps the sides). */
export function pageSizeMm(layout: Pick<CertificateLayout, 'pageSize' | 'orientation'>): {
  w: number;
  h: number;
} {
  const p = PAGE_MM[layout.pageSize];
  return layout.orientation === 'landscape' ? { w: p.h, h: p.w } : p;
}

const box = (
  x: number,
  y: number,
  width: number,
  fontSize: number,
  extra: Partial<CertificateFieldBox> = {},
): CertificateFieldBox => ({
  x,
  y,
  width,
  fontSize,
  maxLines: 1,
  bold: false,
  italic: false,
  align: 'center',
  ...extra,
});

/**
 * Plausible starting points, to be calibrated against the real blank with the calibration page:
 * the blank's printed title and emblem take the top third, the text sits in the middle.
 */
export const DEFAULT_CERTIFICATE_LAYOUTS: Record<CertificateKind, CertificateLayout> = {
  bang_khen: {
    kind: 'bang_khen',
    label: 'Mặc định (chưa căn chỉnh)',
    pageSize: 'A3',
    orientation: 'landscape',
    offsetX: 0,
    offsetY: 0,
    fields: {
      recipient: box(60, 130, 300, 26, { bold: true }),
      positionUnit: box(60, 148, 300, 16),
      achievement: box(60, 166, 300, 16, { maxLines: 2, italic: true }),
      decision: box(40, 225, 150, 13, { italic: true }),
      placeDate: box(230, 215, 160, 14, { italic: true }),
      signerTitle: box(230, 225, 160, 14, { bold: true, maxLines: 2 }),
      signerName: box(230, 270, 160, 16, { bold: true }),
    },
  },
  giay_khen: {
    kind: 'giay_khen',
    label: 'Mặc định (chưa căn chỉnh)',
    pageSize: 'A4',
    orientation: 'landscape',
    offsetX: 0,
    offsetY: 0,
    fields: {
      recipient: box(40, 88, 217, 20, { bold: true }),
      positionUnit: box(40, 101, 217, 13),
      achievement: box(40, 113, 217, 13, { maxLines: 2, italic: true }),
      decision: box(25, 160, 110, 11, { italic: true }),
      placeDate: box(160, 152, 120, 12, { italic: true }),
      signerTitle: box(160, 159, 120, 12, { bold: true, maxLines: 2 }),
      signerName: box(160, 190, 120, 13, { bold: true }),
    },
  },
};

/** "Bằng khen của Chủ tịch …" → Bằng khen; every other form prints on a Giấy khen blank. */
export function certificateKindOfForm(form: string): CertificateKind {
  return /^\s*bằng khen/iu.test(form.normalize('NFC')) ? 'bang_khen' : 'giay_khen';
}
