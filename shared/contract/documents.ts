import { z } from 'zod';
import { IsoDate } from '../domain/dates';
import {
  DecisionDefaults,
  DecisionInput,
  DocType,
  IssuedDocument,
  IssuedDocumentDetail,
  RegisterFilter,
} from '../domain/document';
import { SubmissionInput } from '../domain/document-submission';
import { CertificateKind, CertificateLayout } from '../domain/certificate';
import { method } from './define';

const Id = z.number().int().positive();
const GeneratedFile = z.object({ fileName: z.string(), contentBase64: z.string() });

/** The layout a blank kind prints with: the saved calibration, or the built-in default. */
export const CertificateLayoutEntry = z.object({
  kind: CertificateKind,
  layout: CertificateLayout,
  /** False: never saved (or reset), the built-in default is used. */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
  /** Set when the stored layout cannot be read; the default is shown until it is saved again. */
  problem: z.string().nullable(),
});
export type CertificateLayoutEntry = z.infer<typeof CertificateLayoutEntry>;

export const documentsContract = {
  'documents.decisionDefaults': method(
    'Dữ liệu gợi ý cho Quyết định khen thưởng của một phong trào: số tiếp theo, người ký, căn cứ, ' +
      'danh sách đề nghị kèm tiền thưởng tính theo ngày ký',
    z.strictObject({
      movementId: Id.meta({ title: 'Phong trào' }),
      date: IsoDate.nullable().default(null).meta({ title: 'Ngày ký' }),
      roundTo: z
        .union([z.literal(1), z.literal(1000)])
        .default(1)
        .meta({ title: 'Làm tròn tiền thưởng' }),
    }),
    DecisionDefaults,
  ),
  'documents.decisionPreview': method(
    'Xem trước Quyết định khen thưởng và danh sách kèm theo (PDF; không lấy số)',
    DecisionInput,
    GeneratedFile,
  ),
  'documents.issueDecision': method(
    'Ban hành Quyết định khen thưởng: lấy số trong sổ đăng ký và ghi danh sách được khen thưởng',
    DecisionInput,
    IssuedDocument,
  ),
  'documents.register': method(
    'Sổ đăng ký văn bản đã ban hành, có lọc (phong trào, loại, năm, số hoặc trích yếu)',
    RegisterFilter,
    z.array(IssuedDocument),
  ),
  'documents.get': method(
    'Một văn bản trong sổ đăng ký, với danh sách được khen thưởng',
    z.strictObject({ id: Id }),
    IssuedDocumentDetail,
  ),
  'documents.nextNumber': method(
    'Số tiếp theo còn trống của một loại văn bản trong năm (theo cơ quan ban hành trong Cài đặt)',
    z.strictObject({
      docType: DocType.default('quyet_dinh'),
      year: z.number().int().min(1945).max(2200).meta({ title: 'Năm' }),
    }),
    z.object({ number: z.number().int(), issuingBody: z.string() }),
  ),
  'documents.decisionPdf': method(
    'PDF của một Quyết định đã ban hành',
    z.strictObject({ id: Id }),
    GeneratedFile,
  ),
  'documents.decisionDocx': method(
    'Tệp Word (DOCX) của một Quyết định đã ban hành, để chỉnh sửa trước khi ký',
    z.strictObject({ id: Id }),
    GeneratedFile,
  ),
  'documents.submissionPreview': method(
    'Xem trước Tờ trình đề nghị cấp trên khen thưởng và danh sách kèm theo (PDF; không lấy số)',
    SubmissionInput,
    GeneratedFile,
  ),
  'documents.issueSubmission': method(
    'Ban hành Tờ trình đề nghị cấp trên khen thưởng: lấy số Tờ trình trong sổ đăng ký',
    SubmissionInput,
    IssuedDocument,
  ),
  'documents.submissionPdf': method(
    'PDF của một Tờ trình đã ban hành',
    z.strictObject({ id: Id }),
    GeneratedFile,
  ),
  'documents.submissionDocx': method(
    'Tệp Word (DOCX) của một Tờ trình đã ban hành, để chỉnh sửa trước khi ký',
    z.strictObject({ id: Id }),
    GeneratedFile,
  ),
  'documents.decisionXlsx': method(
    'Danh sách kèm theo của một Quyết định đã ban hành, dạng Excel (.xlsx)',
    z.strictObject({ id: Id }),
    GeneratedFile,
  ),
  'documents.submissionXlsx': method(
    'Danh sách kèm theo của một Tờ trình đã ban hành, dạng Excel (.xlsx)',
    z.strictObject({ id: Id }),
    GeneratedFile,
  ),
  'documents.certificatesPdf': method(
    'In giấy khen/bằng khen lên phôi theo một Quyết định đã ban hành: mỗi người một trang, ' +
      'chữ đặt theo vị trí (mm) của mẫu phôi',
    z.strictObject({
      id: Id,
      awardeePositions: z
        .array(z.number().int().positive())
        .max(100_000)
        .optional()
        .meta({ title: 'Số thứ tự trong danh sách kèm theo (bỏ trống: tất cả)' }),
      kind: CertificateKind.optional().meta({
        title: 'Loại phôi (bỏ trống: theo hình thức khen thưởng của Quyết định)',
      }),
      layout: CertificateLayout.optional().meta({
        title: 'Mẫu phôi (bỏ trống: mẫu đã lưu của loại phôi)',
      }),
    }),
    GeneratedFile,
  ),
  'documents.certificateCalibrationPdf': method(
    'Trang căn chỉnh của một mẫu phôi: lưới mm và khung từng ô chữ, in lên giấy trắng để so với phôi',
    z.strictObject({
      kind: CertificateKind.optional().meta({ title: 'Loại phôi (dùng mẫu đã lưu)' }),
      layout: CertificateLayout.optional().meta({ title: 'Mẫu phôi (thay cho mẫu đã lưu)' }),
    }),
    GeneratedFile,
  ),
  'documents.certificateLayouts': method(
    'Mẫu phôi giấy khen, bằng khen đang dùng cho từng loại phôi (đã lưu hoặc mặc định)',
    z.strictObject({}),
    z.array(CertificateLayoutEntry),
  ),
  'documents.saveCertificateLayout': method(
    'Lưu mẫu phôi đã căn chỉnh của một loại phôi (vị trí từng ô chữ và độ dịch của máy in)',
    z.strictObject({ layout: CertificateLayout }),
    CertificateLayoutEntry,
  ),
  'documents.resetCertificateLayout': method(
    'Khôi phục mẫu phôi mặc định của một loại phôi (xoá mẫu đã lưu)',
    z.strictObject({ kind: CertificateKind }),
    CertificateLayoutEntry,
  ),
} as const;
