import { z } from 'zod';
import { AwardForm, AwardFormInput, LegalRegime, VotingRule } from '../domain/award-form';
import { Movement, MovementInput, MovementSummary, MovementUpdateInput } from '../domain/movement';
import { method } from './define';

const Id = z.number().int().positive();

export const catalogContract = {
  'legalRegimes.list': method(
    'Các chế độ pháp lý (luật, nghị định) và thời gian áp dụng',
    z.strictObject({}),
    z.array(LegalRegime),
  ),
  'votingRules.list': method(
    'Các quy tắc biểu quyết (tỷ lệ, cách tính, căn cứ) dùng làm mặc định cho hình thức khen thưởng',
    z.strictObject({}),
    z.array(VotingRule),
  ),
  'awardForms.list': method(
    'Danh mục hình thức khen thưởng, kèm hệ số tiền thưởng',
    z.strictObject({}),
    z.array(AwardForm),
  ),
  'awardForms.create': method('Thêm hình thức khen thưởng vào danh mục', AwardFormInput, AwardForm),
  'awardForms.update': method(
    'Sửa hình thức khen thưởng trong danh mục',
    AwardFormInput,
    AwardForm,
  ),
  'baseSalary.list': method(
    'Mức lương cơ sở theo thời gian (căn cứ tính tiền thưởng)',
    z.strictObject({}),
    z.array(z.object({ validFrom: z.string(), amount: z.number().int(), source: z.string() })),
  ),
} as const;

export const movementsContract = {
  'movements.list': method(
    'Danh sách phong trào, kế hoạch thi đua',
    z.strictObject({}),
    z.array(MovementSummary),
  ),
  'movements.get': method(
    'Một phong trào với hình thức, đợt, thời hạn, chỉ tiêu',
    z.strictObject({ id: Id }),
    Movement,
  ),
  'movements.create': method('Tạo phong trào (kế hoạch) mới', MovementInput, Movement),
  'movements.update': method(
    'Lưu phong trào (thay toàn bộ hình thức, đợt, thời hạn, chỉ tiêu)',
    MovementUpdateInput,
    Movement,
  ),
  'movements.delete': method(
    'Xóa phong trào chưa có trường hợp đề nghị',
    z.strictObject({ id: Id }),
    z.object({ id: Id }),
  ),
  'movements.presets': method(
    'Các kế hoạch mẫu có sẵn',
    z.strictObject({}),
    z.array(z.object({ code: z.string(), label: z.string(), description: z.string() })),
  ),
  'movements.createFromPreset': method(
    'Tạo phong trào từ kế hoạch mẫu',
    z.strictObject({ presetCode: z.string().min(1).meta({ title: 'Kế hoạch mẫu' }) }),
    Movement,
  ),
  'demo.status': method(
    'Có thể nạp dữ liệu mẫu không (cơ sở dữ liệu còn trống)',
    z.strictObject({}),
    z.object({ available: z.boolean() }),
  ),
  'demo.load': method(
    'Nạp dữ liệu mẫu: kế hoạch Bình Thuận 2021 với các đơn vị cấp huyện và sở, ngành của tỉnh',
    z.strictObject({}),
    z.object({ unitCount: z.number().int(), movementId: z.number().int() }),
  ),
} as const;
