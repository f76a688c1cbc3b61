/**
 * Quyết định khen thưởng issued from the database: defaults and preview (nothing stored), issue
 * (the number is reserved and the awardees recorded in one transaction), the register, and the
 * PDF/DOCX of an issued entry, printed again from the data it was issued with.
 */
import {
  documentNumberLabel,
  type DecisionDefaults,
  type DecisionInputData,
  type DocType,
  type IssuedDocument,
  type IssuedDocumentDetail,
  type RegisterFilter,
} from '../../../shared/domain/document';
import { todayIso } from '../../../shared/domain/dates';
import type { SubmissionInputData } from '../../../shared/domain/document-submission';
import type { Db } from '../db/open-database';
import { AppError, notFound } from '../errors';
import { getAgencySettings } from '../settings/settings.repo';
import {
  authorityForms,
  buildDecision,
  candidates,
  defaultTexts,
  loadContext,
} from './decision-from-db';
import { decisionDocx } from './docx/decision-docx';
import { awardeeOrigins } from './excel/attached-list.repo';
import { decisionListWorkbook, submissionListWorkbook } from './excel/attached-list';
import { submissionDocx } from './docx/submission-docx';
import { buildSubmission } from './submission-from-db';
import * as repo from './documents.repo';
import { renderPdf } from './render-pdf';
import { decisionDocument, defaultSummary } from './templates/decision';
import type { DecisionData } from './templates/decision-data';
import { submissionDocument, submissionTexts } from './templates/submission';
import type { SubmissionData } from './templates/submission-data';

export interface GeneratedFile {
  fileName: string;
  content: Buffer;
}

export interface DocumentsService {
  decisionDefaults(movementId: number, date: string | null, roundTo: 1 | 1000): DecisionDefaults;
  decisionPreview(input: DecisionInputData): Promise<GeneratedFile>;
  issueDecision(input: DecisionInputData): Promise<IssuedDocument>;
  register(filter: RegisterFilter): IssuedDocument[];
  get(id: number): IssuedDocumentDetail;
  nextNumber(docType: DocType, year: number): { number: number; issuingBody: string };
  decisionPdf(id: number): Promise<GeneratedFile>;
  decisionDocx(id: number): Promise<GeneratedFile>;
  submissionPreview(input: SubmissionInputData): Promise<GeneratedFile>;
  issueSubmission(input: SubmissionInputData): Promise<IssuedDocument>;
  submissionPdf(id: number): Promise<GeneratedFile>;
  submissionDocx(id: number): Promise<GeneratedFile>;
  /** The danh sách kèm theo of an issued Quyết định as Excel. */
  decisionXlsx(id: number): Promise<GeneratedFile>;
  /** The danh sách kèm theo of an issued Tờ trình as Excel. */
  submissionXlsx(id: number): Promise<GeneratedFile>;
}

/** "quyet-dinh-05-QD-UBND-2026-11-23": ASCII, safe on every file system. */
function fileStem(
  number: string,
  symbol: string,
  date: string | null,
  kind = 'quyet-dinh',
): string {
  const ascii = `${number ? number.padStart(2, '0') : 'du-thao'}-${symbol}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9-]+/g, '-');
  return `${kind}-${ascii}${date ? `-${date}` : ''}`;
}

export function createDocumentsService(db: Db, clock: () => Date): DocumentsService {
  const today = () => todayIso(clock());

  const seriesOf = (year: number) => ({
    issuingBody: getAgencySettings(db).issuingBody.trim(),
    year,
    docType: 'quyet_dinh' as const,
  });

  const nextNumber = (docType: DocType, year: number) => {
    const issuingBody = getAgencySettings(db).issuingBody.trim();
    return { number: repo.maxIssuedNumber(db, { issuingBody, year, docType }) + 1, issuingBody };
  };

  const issuedData = (id: number): { doc: IssuedDocument; data: DecisionData } => {
    const doc = repo.getDocument(db, id);
    const content = repo.getDocumentContent(db, id);
    if (!doc || content === undefined) throw notFound(`văn bản số ${id} trong sổ đăng ký`);
    if (doc.docType !== 'quyet_dinh') {
      throw new AppError('VALIDATION', `Văn bản ${doc.numberLabel} không phải là Quyết định.`);
    }
    return { doc, data: JSON.parse(content) as DecisionData };
  };

  const issuedSubmission = (id: number): { doc: IssuedDocument; data: SubmissionData } => {
    const doc = repo.getDocument(db, id);
    const content = repo.getDocumentContent(db, id);
    if (!doc || content === undefined) throw notFound(`văn bản số ${id} trong sổ đăng ký`);
    if (doc.docType !== 'to_trinh') {
      throw new AppError('VALIDATION', `Văn bản ${doc.numberLabel} không phải là Tờ trình.`);
    }
    return { doc, data: JSON.parse(content) as SubmissionData };
  };

  return {
    decisionDefaults(movementId, date, roundTo) {
      const ctx = loadContext(db, movementId, date ?? today());
      const rows = candidates(ctx, roundTo);
      return {
        ...defaultTexts(
          db,
          ctx,
          rows.some((r) => (r.amount ?? 0) > 0),
        ),
        nextNumber: nextNumber('quyet_dinh', Number((date ?? today()).slice(0, 4))).number,
        baseSalary: ctx.baseSalary,
        regimeCode: ctx.regimeCode,
        candidates: rows,
        decisionLevel: ctx.settings.decisionLevel,
        authorityForms: authorityForms(
          ctx,
          rows.map((r) => r.awardFormCode),
        ),
      };
    },

    async decisionPreview(input) {
      const built = buildDecision(db, input, today(), false);
      const content = await renderPdf(decisionDocument(built.data));
      return {
        fileName: `${fileStem(built.data.number, built.symbol, input.date)}-xem-truoc.pdf`,
        content,
      };
    },

    async issueDecision(input) {
      if (input.number === null) {
        throw new AppError('VALIDATION', 'Chưa điền số của Quyết định: hãy điền số (ô “Số”).', [
          { field: 'number', fieldLabel: 'Số' },
        ]);
      }
      if (input.date === null) {
        throw new AppError(
          'VALIDATION',
          'Chưa điền ngày ký Quyết định: hãy chọn ngày (ô “Ngày ký”).',
          [{ field: 'date', fieldLabel: 'Ngày ký' }],
        );
      }
      const number = input.number;
      const date = input.date;
      const built = buildDecision(db, input, today(), true);
      // Rendered before anything is stored: a template failure reserves nothing.
      await renderPdf(decisionDocument(built.data));
      const year = Number(date.slice(0, 4));
      const series = seriesOf(year);
      const id = db.transaction(() => {
        const taken = repo.findIssuedNumber(db, { ...series, number });
        if (taken) {
          const next = repo.maxIssuedNumber(db, series) + 1;
          throw new AppError(
            'CONFLICT',
            `Số ${documentNumberLabel(number, built.symbol)} năm ${year} của ${series.issuingBody} đã dùng ` +
              `cho Quyết định ngày ${taken.date.split('-').reverse().join('/')}: hãy điền số khác ` +
              `(số tiếp theo còn trống: ${next}).`,
            [{ field: 'number', fieldLabel: 'Số' }],
          );
        }
        const docId = repo.insertIssuedDocument(db, {
          docType: 'quyet_dinh',
          issuingBody: series.issuingBody,
          year,
          number,
          symbol: built.symbol,
          summary: built.data.summary?.trim() || defaultSummary(built.data),
          date,
          signer: built.signer,
          movementId: input.movementId,
          contentJson: JSON.stringify(built.data),
          awardeeCount: built.awardees.length,
          totalAmount: built.totalAmount,
          now: clock().toISOString(),
        });
        repo.insertAwardees(db, docId, built.awardees);
        return docId;
      })();
      return repo.getDocument(db, id)!;
    },

    register: (filter) => repo.listDocuments(db, filter),

    get(id) {
      const doc = repo.getDocument(db, id);
      if (!doc) throw notFound(`văn bản số ${id} trong sổ đăng ký`);
      return { ...doc, awardees: repo.listAwardees(db, id) };
    },

    nextNumber,

    async decisionPdf(id) {
      const { doc, data } = issuedData(id);
      return {
        fileName: `${fileStem(data.number, doc.symbol, doc.date)}.pdf`,
        content: await renderPdf(decisionDocument(data)),
      };
    },

    async decisionDocx(id) {
      const { doc, data } = issuedData(id);
      return {
        fileName: `${fileStem(data.number, doc.symbol, doc.date)}.docx`,
        content: await decisionDocx(data),
      };
    },
    async submissionPreview(input) {
      const built = buildSubmission(db, input, today());
      return {
        fileName: `${fileStem(built.data.number, built.symbol, input.date, 'to-trinh')}-xem-truoc.pdf`,
        content: await renderPdf(submissionDocument(built.data)),
      };
    },

    async issueSubmission(input) {
      if (input.number === null) {
        throw new AppError('VALIDATION', 'Chưa điền số của Tờ trình: hãy điền số (ô “Số”).', [
          { field: 'number', fieldLabel: 'Số' },
        ]);
      }
      if (input.date === null) {
        throw new AppError(
          'VALIDATION',
          'Chưa điền ngày ký Tờ trình: hãy chọn ngày (ô “Ngày ký”).',
          [{ field: 'date', fieldLabel: 'Ngày ký' }],
        );
      }
      const number = input.number;
      const date = input.date;
      const built = buildSubmission(db, input, today());
      // Rendered before anything is stored: a template failure reserves nothing.
      await renderPdf(submissionDocument(built.data));
      const year = Number(date.slice(0, 4));
      const series = { ...seriesOf(year), docType: 'to_trinh' as const };
      const id = db.transaction(() => {
        const taken = repo.findIssuedNumber(db, { ...series, number });
        if (taken) {
          const next = repo.maxIssuedNumber(db, series) + 1;
          throw new AppError(
            'CONFLICT',
            `Số ${documentNumberLabel(number, built.symbol)} năm ${year} của ${series.issuingBody} đã dùng ` +
              `cho Tờ trình ngày ${taken.date.split('-').reverse().join('/')}: hãy điền số khác ` +
              `(số tiếp theo còn trống: ${next}).`,
            [{ field: 'number', fieldLabel: 'Số' }],
          );
        }
        // Not an award: the nominees go to the level above, so no awardees are recorded.
        return repo.insertIssuedDocument(db, {
          docType: 'to_trinh',
          issuingBody: series.issuingBody,
          year,
          number,
          symbol: built.symbol,
          summary: submissionTexts(built.data).summary,
          date,
          signer: built.signer,
          movementId: input.movementId,
          contentJson: JSON.stringify(built.data),
          awardeeCount: built.count,
          totalAmount: 0,
          now: clock().toISOString(),
        });
      })();
      return repo.getDocument(db, id)!;
    },

    async submissionPdf(id) {
      const { doc, data } = issuedSubmission(id);
      return {
        fileName: `${fileStem(data.number, doc.symbol, doc.date, 'to-trinh')}.pdf`,
        content: await renderPdf(submissionDocument(data)),
      };
    },

    async submissionDocx(id) {
      const { doc, data } = issuedSubmission(id);
      return {
        fileName: `${fileStem(data.number, doc.symbol, doc.date, 'to-trinh')}.docx`,
        content: await submissionDocx(data),
      };
    },

    async decisionXlsx(id) {
      const { doc, data } = issuedData(id);
      return {
        fileName: `${fileStem(data.number, doc.symbol, doc.date)}-danh-sach.xlsx`,
        content: await decisionListWorkbook(data, awardeeOrigins(db, id)),
      };
    },

    async submissionXlsx(id) {
      const { doc, data } = issuedSubmission(id);
      return {
        fileName: `${fileStem(data.number, doc.symbol, doc.date, 'to-trinh')}-danh-sach.xlsx`,
        content: await submissionListWorkbook(data),
      };
    },
  };
}
