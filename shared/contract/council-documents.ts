import { z } from 'zod';
import { optionalText } from '../domain/text-fields';
import { method } from './define';

const Id = z.number().int().positive();
const GeneratedFile = z.object({ fileName: z.string(), contentBase64: z.string() });
const Clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ dạng HH:MM (ví dụ 16:30)' })
  .nullable()
  .default(null);
const RoundNumber = z
  .number()
  .int()
  .min(1)
  .nullable()
  .default(null)
  .meta({ title: 'Vòng bỏ phiếu (trống: vòng sau cùng)' });
const DocNumber = optionalText(20).default(null).meta({ title: 'Số văn bản (trống: để trống số)' });

export const councilDocumentsContract = {
  'sessions.ballotsPdf': method(
    'In phiếu bầu của một vòng (PDF): mỗi thành viên có mặt một phiếu cộng dự phòng, mỗi nhóm hình thức × ' +
      'đối tượng một mục "Chọn không quá k", không ghi tên người bỏ phiếu; vòng hai chỉ có các trường hợp bằng phiếu',
    z.strictObject({
      sessionId: Id.meta({ title: 'Phiên họp' }),
      round: RoundNumber,
      spares: z
        .number()
        .int()
        .min(0)
        .max(100)
        .nullable()
        .default(null)
        .meta({ title: 'Số phiếu dự phòng (trống: theo số phiếu đã phát)' }),
      numbered: z.boolean().nullable().default(null).meta({ title: 'Đánh số phiếu' }),
    }),
    GeneratedFile,
  ),
  'sessions.minutesPdf': method(
    'In Biên bản họp Hội đồng (PDF): thời gian, địa điểm, chủ trì, thư ký, thành phần dự họp, vắng mặt, ' +
      'hình thức biểu quyết, kết quả từng nhóm, danh sách đề nghị khen thưởng, giải quyết bằng phiếu',
    z.strictObject({
      sessionId: Id.meta({ title: 'Phiên họp' }),
      number: DocNumber,
      endTime: Clock.meta({ title: 'Giờ kết thúc' }),
    }),
    GeneratedFile,
  ),
  'sessions.voteCountPdf': method(
    'In Biên bản kiểm phiếu của một vòng bỏ phiếu kín (PDF): Ban kiểm phiếu, số phiếu phát ra, thu về, ' +
      'hợp lệ, không hợp lệ, số phiếu của từng trường hợp',
    z.strictObject({
      sessionId: Id.meta({ title: 'Phiên họp' }),
      round: RoundNumber,
      number: DocNumber,
      startTime: Clock.meta({ title: 'Giờ bắt đầu kiểm phiếu' }),
      endTime: Clock.meta({ title: 'Giờ kết thúc kiểm phiếu' }),
      committee: z
        .array(
          z.strictObject({
            name: z.string().trim().min(1, { error: 'Nhập họ và tên' }).max(120),
            role: z
              .string()
              .trim()
              .min(1, { error: 'Nhập nhiệm vụ (Trưởng ban, Thành viên)' })
              .max(60),
            position: z.string().trim().max(300).default(''),
          }),
        )
        .max(15)
        .default([])
        .meta({ title: 'Ban kiểm phiếu (Trưởng ban trước; trống: để dòng trống điền tay)' }),
    }),
    GeneratedFile,
  ),
} as const;
