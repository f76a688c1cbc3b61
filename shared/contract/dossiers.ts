import { z } from 'zod';
import { ImportPreview } from '../domain/candidate-list';
import {
  ChecklistState,
  Dossier,
  DossierCreateInput,
  DossierDetail,
  DossierListInput,
  DossierRequirement,
  DossierRequirementInput,
  DossierRequirementUpdateInput,
  DossierStatusInput,
  DossierUpdateInput,
  IntakeRow,
} from '../domain/dossier';
import { DuplicatePairView, DuplicateResolveInput } from '../domain/duplicate';
import {
  Nomination,
  NominationInput,
  NominationListInput,
  NominationUpdateInput,
} from '../domain/nomination';
import { optionalText } from '../domain/text-fields';
import { method } from './define';

const Id = z.number().int().positive();
/** Files travel base64-encoded (both transports carry JSON). */
const FileContent = z
  .string()
  .min(1, { error: 'Tệp rỗng' })
  .max(20_000_000, { error: 'Tệp quá lớn để gửi một lần (tối đa khoảng 14 MB)' })
  .meta({ title: 'Nội dung tệp' });
const FileName = z.string().min(1).max(255).meta({ title: 'Tên tệp' });
const GeneratedFile = z.object({ fileName: z.string(), contentBase64: z.string() });

export const dossiersContract = {
  'dossiers.list': method(
    'Sổ theo dõi hồ sơ đến, có lọc (phong trào, đợt, đơn vị, trạng thái, nộp muộn, còn thiếu)',
    DossierListInput,
    z.array(Dossier),
  ),
  'dossiers.get': method(
    'Một hồ sơ với danh mục giấy tờ, tệp đính kèm, lịch sử',
    z.strictObject({ id: Id }),
    DossierDetail,
  ),
  'dossiers.create': method(
    'Vào sổ một hồ sơ đến (số đến tự động theo năm)',
    DossierCreateInput,
    DossierDetail,
  ),
  'dossiers.update': method('Sửa thông tin hồ sơ', DossierUpdateInput, DossierDetail),
  'dossiers.delete': method(
    'Xóa hồ sơ chưa có danh sách đề nghị',
    z.strictObject({ id: Id }),
    z.object({ id: Id }),
  ),
  'dossiers.setStatus': method('Chuyển trạng thái hồ sơ', DossierStatusInput, DossierDetail),
  'dossiers.setChecklistItem': method(
    'Đánh dấu một giấy tờ: đã nhận, thiếu, không áp dụng',
    z.strictObject({
      id: Id,
      state: ChecklistState.meta({ title: 'Tình trạng' }),
      note: optionalText(500).default(null).meta({ title: 'Ghi chú' }),
    }),
    DossierDetail,
  ),
  'dossiers.attachFile': method(
    'Đính kèm bản quét vào hồ sơ (lưu bản sao trong thư mục dữ liệu, kèm mã băm)',
    z.strictObject({ dossierId: Id, fileName: FileName, contentBase64: FileContent }),
    DossierDetail,
  ),
  'dossiers.removeFile': method(
    'Bỏ một tệp đính kèm khỏi hồ sơ',
    z.strictObject({ fileId: Id }),
    DossierDetail,
  ),
  'dossiers.fileContent': method(
    'Nội dung một tệp đính kèm (kiểm tra mã băm)',
    z.strictObject({ fileId: Id }),
    GeneratedFile,
  ),
  'dossiers.openFile': method(
    'Mở tệp đính kèm bằng chương trình mặc định của máy (chỉ trong ứng dụng máy tính)',
    z.strictObject({ fileId: Id }),
    z.object({ opened: z.boolean() }),
  ),
  'dossiers.intakeBoard': method(
    'Theo dõi nộp hồ sơ theo đơn vị: chưa nộp, nộp muộn, thiếu hồ sơ',
    z.strictObject({ movementId: Id, periodCode: z.string().nullable().default(null) }),
    z.array(IntakeRow),
  ),
  'requirements.list': method(
    'Danh mục giấy tờ phải có theo thủ tục, hình thức, đối tượng (có căn cứ)',
    z.strictObject({}),
    z.array(DossierRequirement),
  ),
  'requirements.create': method(
    'Thêm một giấy tờ vào danh mục hồ sơ (có căn cứ và thời gian hiệu lực); áp dụng cho hồ sơ vào sổ sau đó',
    DossierRequirementInput,
    DossierRequirement,
  ),
  'requirements.update': method(
    'Sửa một giấy tờ của danh mục; hồ sơ đã vào sổ chỉ đổi khi danh mục giấy tờ của nó được lập lại',
    DossierRequirementUpdateInput,
    DossierRequirement,
  ),
  'requirements.delete': method(
    'Bỏ một giấy tờ khỏi danh mục; giấy tờ đã có trong hồ sơ đã vào sổ giữ nguyên',
    z.strictObject({ id: Id.meta({ title: 'Giấy tờ' }) }),
    z.object({ id: Id }),
  ),
  'nominations.list': method(
    'Danh sách đề nghị (lọc theo phong trào, hồ sơ, đơn vị; tìm không phân biệt dấu, theo tiền tố)',
    NominationListInput,
    z.array(Nomination),
  ),
  'nominations.get': method(
    'Một trường hợp đề nghị',
    z.strictObject({ id: Id, withIdNumber: z.boolean().default(false) }),
    Nomination,
  ),
  'nominations.create': method(
    'Thêm một trường hợp đề nghị khen thưởng',
    NominationInput,
    Nomination,
  ),
  'nominations.update': method('Sửa một trường hợp đề nghị', NominationUpdateInput, Nomination),
  'nominations.setSelected': method(
    'Đánh dấu được Hội đồng chọn hay không',
    z.strictObject({ id: Id, selected: z.boolean().meta({ title: 'Được chọn' }) }),
    Nomination,
  ),
  'nominations.delete': method(
    'Xóa một trường hợp đề nghị',
    z.strictObject({ id: Id }),
    z.object({ id: Id }),
  ),
  'imports.preview': method(
    'Đọc thử danh sách Excel của đơn vị vào một hồ sơ: mọi lỗi, cảnh báo, trùng lặp, chỉ tiêu; chưa ghi gì',
    z.strictObject({
      dossierId: Id,
      fileName: FileName,
      contentBase64: FileContent,
      progressToken: z.string().max(64).optional(),
    }),
    ImportPreview,
  ),
  'imports.commit': method(
    'Nhập danh sách vào hồ sơ: tất cả các dòng hoặc không dòng nào',
    z.strictObject({
      dossierId: Id,
      fileName: FileName,
      contentBase64: FileContent,
      progressToken: z.string().max(64).optional(),
    }),
    z.object({ imported: z.number().int(), batchId: z.number().int() }),
  ),
  'imports.progress': method(
    'Tiến độ đọc tệp đang nhập',
    z.strictObject({ progressToken: z.string().max(64) }),
    z.object({ done: z.number().int(), total: z.number().int().nullable(), phase: z.string() }),
  ),
  'imports.template': method(
    'Tệp Excel mẫu cho đơn vị điền danh sách đề nghị',
    z.strictObject({ movementId: Id.optional() }),
    GeneratedFile,
  ),
  'exports.nominations': method(
    'Xuất danh sách đề nghị ra Excel (A4 ngang, lặp tiêu đề khi in)',
    NominationListInput,
    GeneratedFile,
  ),
  'exports.dossiers': method('Xuất sổ theo dõi hồ sơ ra Excel', DossierListInput, GeneratedFile),
  'exports.intakeBoard': method(
    'Xuất bảng theo dõi nộp hồ sơ theo đơn vị ra Excel (chưa nộp, nộp muộn, thiếu hồ sơ)',
    z.strictObject({
      movementId: Id.meta({ title: 'Phong trào' }),
      periodCode: z.string().nullable().default(null).meta({ title: 'Đợt' }),
    }),
    GeneratedFile,
  ),
  'exports.duplicates': method(
    'Xuất các cặp nghi trùng của một phong trào ra Excel',
    z.strictObject({ movementId: Id.meta({ title: 'Phong trào' }) }),
    GeneratedFile,
  ),
  'duplicates.list': method(
    'Các cặp nghi trùng trong một phong trào (cùng người ở hai hồ sơ, hai hình thức)',
    z.strictObject({ movementId: Id }),
    z.array(DuplicatePairView),
  ),
  'duplicates.resolve': method(
    'Xử lý một cặp nghi trùng: khác người, hoặc gộp (giữ một trường hợp)',
    DuplicateResolveInput,
    z.object({ key: z.string() }),
  ),
} as const;
