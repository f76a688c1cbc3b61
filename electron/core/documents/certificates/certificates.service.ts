/**
 * Certificates of an issued Quyết định, one page per awardee, from the data it was issued with;
 * and the calibration page of a layout. The calibrated layout of each blank kind is stored in
 * `certificate_layouts` (migration 0010); a kind never saved prints with the built-in default of
 * `shared/domain/certificate.ts`. A request may still carry its own layout (API callers, tests).
 */
import type { CertificateLayoutEntry } from '../../../../shared/contract/documents';
import {
  CERTIFICATE_KIND_LABELS,
  CERTIFICATE_KINDS,
  CertificateLayout,
  certificateKindOfForm,
  DEFAULT_CERTIFICATE_LAYOUTS,
  type CertificateKind,
} from '../../../../shared/domain/certificate';
import { signatureBlockLines } from '../../../../shared/rules/signature-block';
import type { Db } from '../../db/open-database';
import { AppError, notFound } from '../../errors';
import * as repo from '../documents.repo';
import { renderPdf } from '../render-pdf';
import type { DecisionData } from '../templates/decision-data';
import { formatDateLong, formatPlaceDate } from '../vietnamese-dates';
import type { GeneratedFile } from '../documents.service';
import * as layoutsRepo from './certificate-layouts.repo';
import {
  calibrationDocument,
  certificatesDocument,
  fontMeasure,
  type CertificateTexts,
  type Measure,
} from './certificates';
import { fieldsOffPaper, offPaperDetails } from './layout-check';

export interface CertificatesPdfInput {
  id: number;
  /** Positions (1-based, as in the attached list) of the awardees to print; all when omitted. */
  awardeePositions?: readonly number[] | undefined;
  /** The blank to print on; from the decision's award forms when omitted. */
  kind?: CertificateKind | undefined;
  /** A layout for this print only; the stored layout of the kind when omitted. */
  layout?: CertificateLayout | undefined;
}

export interface CalibrationPdfInput {
  kind?: CertificateKind | undefined;
  layout?: CertificateLayout | undefined;
}

export interface CertificatesService {
  certificatesPdf(input: CertificatesPdfInput): Promise<GeneratedFile>;
  calibrationPdf(input: CalibrationPdfInput): Promise<GeneratedFile>;
  layouts(): CertificateLayoutEntry[];
  saveLayout(layout: CertificateLayout): CertificateLayoutEntry;
  resetLayout(kind: CertificateKind): CertificateLayoutEntry;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The awardees of an issued decision, in list order, with what each certificate prints. */
export function certificateTexts(
  data: DecisionData,
  numberLabel: string,
): { position: number; kind: CertificateKind; name: string; texts: CertificateTexts }[] {
  const signerLines = signatureBlockLines(data.signer);
  const signerName = data.signer.signerName.trim();
  const titleLines = signerName ? signerLines.slice(0, -1) : signerLines;
  const common = {
    achievement: capitalize(data.achievement.trim()),
    decision: data.date
      ? `Quyết định số ${numberLabel} ${formatDateLong(data.date)}`
      : `Quyết định số ${numberLabel}`,
    placeDate: formatPlaceDate(data.agency.placeName, data.date),
    signerTitle: titleLines.filter(Boolean).join('\n'),
    signerName,
  };
  let position = 0;
  return data.awards.flatMap((group) =>
    group.recipients.map((r) => {
      position += 1;
      const name = r.honorific ? `${r.honorific} ${r.name}` : r.name;
      return {
        position,
        kind: certificateKindOfForm(group.form),
        name: r.name,
        texts: {
          ...common,
          recipient: name,
          positionUnit: [r.position, r.unit].filter((s) => s?.trim()).join(', '),
        },
      };
    }),
  );
}

/** "bang-khen-05-QD-UBND": ASCII, safe on every file system. */
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function createCertificatesService(
  db: Db,
  clock: () => Date,
  measure?: Measure,
): CertificatesService {
  // Fonts are looked up on first print, so a missing font never stops the app from starting.
  let measurer = measure;
  const measureText: Measure = (...args) => (measurer ??= fontMeasure())(...args);

  const entry = (kind: CertificateKind): CertificateLayoutEntry => {
    const row = layoutsRepo.getLayoutRow(db, kind);
    const fallback = {
      kind,
      layout: DEFAULT_CERTIFICATE_LAYOUTS[kind],
      saved: false,
      updatedAt: null,
      problem: null,
    };
    if (!row) return fallback;
    let fields: unknown;
    try {
      fields = JSON.parse(row.fieldsJson);
    } catch {
      fields = null;
    }
    const parsed = CertificateLayout.safeParse({
      kind: row.kind,
      label: row.label,
      pageSize: row.pageSize,
      orientation: row.orientation,
      offsetX: row.offsetX,
      offsetY: row.offsetY,
      fields,
    });
    if (parsed.success && parsed.data.kind === kind) {
      return { kind, layout: parsed.data, saved: true, updatedAt: row.updatedAt, problem: null };
    }
    return {
      ...fallback,
      updatedAt: row.updatedAt,
      problem: `Mẫu phôi ${CERTIFICATE_KIND_LABELS[kind]} đã lưu không đọc được: hãy bấm “Khôi phục mặc định” rồi căn chỉnh và lưu lại.`,
    };
  };

  /** The layout a print uses: the stored one; a damaged stored layout is never replaced silently. */
  const storedLayout = (kind: CertificateKind): CertificateLayout => {
    const e = entry(kind);
    if (e.problem) throw new AppError('VALIDATION', e.problem);
    return e.layout;
  };

  return {
    layouts: () => CERTIFICATE_KINDS.map(entry),

    saveLayout(layout) {
      const problems = fieldsOffPaper(layout);
      if (problems.length) {
        throw new AppError(
          'VALIDATION',
          problems.length === 1
            ? `Không lưu được mẫu phôi ${CERTIFICATE_KIND_LABELS[layout.kind]}. ${problems[0]!.message}`
            : `Không lưu được mẫu phôi ${CERTIFICATE_KIND_LABELS[layout.kind]}: ${problems.length} ô chữ nằm ngoài tờ giấy. ${problems.map((p) => p.message).join(' ')}`,
          offPaperDetails(problems),
        );
      }
      return db.transaction(() => {
        const current = entry(layout.kind);
        // An unchanged layout is not written again, so the audit trail only holds real edits.
        const same =
          current.saved &&
          !current.problem &&
          JSON.stringify(current.layout) === JSON.stringify(CertificateLayout.parse(layout));
        if (!same) layoutsRepo.upsertLayout(db, layout, clock().toISOString());
        return entry(layout.kind);
      })();
    },

    resetLayout(kind) {
      return db.transaction(() => {
        layoutsRepo.deleteLayout(db, kind);
        return entry(kind);
      })();
    },

    async certificatesPdf({ id, awardeePositions, kind: kindInput, layout }) {
      const doc = repo.getDocument(db, id);
      const content = repo.getDocumentContent(db, id);
      if (!doc || content === undefined) throw notFound(`văn bản số ${id} trong sổ đăng ký`);
      if (doc.docType !== 'quyet_dinh' || doc.status !== 'issued') {
        throw new AppError(
          'VALIDATION',
          `Văn bản ${doc.numberLabel} không phải là Quyết định đã ban hành: chỉ in giấy khen, bằng khen theo Quyết định đã ban hành.`,
        );
      }
      const all = certificateTexts(JSON.parse(content) as DecisionData, doc.numberLabel);
      let chosen = all;
      if (awardeePositions?.length) {
        const wanted = new Set(awardeePositions);
        chosen = all.filter((a) => wanted.has(a.position));
        const missing = [...wanted].filter((p) => !all.some((a) => a.position === p));
        if (missing.length) {
          throw new AppError(
            'VALIDATION',
            `Quyết định ${doc.numberLabel} không có người số thứ tự ${missing.join(', ')} trong danh sách kèm theo (có ${all.length} người).`,
          );
        }
      }
      const kinds = [...new Set(chosen.map((a) => a.kind))];
      if (layout && kindInput && layout.kind !== kindInput) {
        throw new AppError(
          'VALIDATION',
          `Mẫu phôi gửi kèm là của ${CERTIFICATE_KIND_LABELS[layout.kind]}, không phải ${CERTIFICATE_KIND_LABELS[kindInput]}.`,
        );
      }
      const kind = layout?.kind ?? kindInput ?? (kinds.length === 1 ? kinds[0] : undefined);
      if (!kind) {
        throw new AppError(
          'VALIDATION',
          chosen.length === 0
            ? `Quyết định ${doc.numberLabel} không có ai được khen thưởng để in.`
            : `Quyết định ${doc.numberLabel} có cả Bằng khen và Giấy khen: hãy chọn loại phôi để in.`,
        );
      }
      const pages = chosen.filter((a) => a.kind === kind);
      if (pages.length === 0) {
        throw new AppError(
          'VALIDATION',
          `Quyết định ${doc.numberLabel} không có ai được tặng ${CERTIFICATE_KIND_LABELS[kind]} trong những người đã chọn.`,
        );
      }
      const chosenLayout = layout ?? storedLayout(kind);
      const pdf = await renderPdf(
        certificatesDocument(
          chosenLayout,
          pages.map((p) => p.texts),
          measureText,
          {
            title: `${CERTIFICATE_KIND_LABELS[kind]} theo Quyết định số ${doc.numberLabel}`,
            author: doc.issuingBody,
            creationDate: clock(),
          },
        ),
      );
      return {
        fileName: `${ascii(CERTIFICATE_KIND_LABELS[kind])}-${ascii(doc.numberLabel)}${doc.date ? `-${doc.date}` : ''}.pdf`,
        content: pdf,
      };
    },

    async calibrationPdf(input) {
      const layout = input.layout ?? (input.kind ? storedLayout(input.kind) : undefined);
      if (!layout) {
        throw new AppError('VALIDATION', 'Hãy chọn loại phôi để in trang căn chỉnh.');
      }
      const pdf = await renderPdf(
        calibrationDocument(layout, measureText, { author: 'TĐKT Desk', creationDate: clock() }),
      );
      return {
        fileName: `trang-can-chinh-${ascii(CERTIFICATE_KIND_LABELS[layout.kind])}-${layout.pageSize}.pdf`,
        content: pdf,
      };
    },
  };
}
