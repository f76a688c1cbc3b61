import { z } from 'zod';
import {
  AttendanceInput,
  Council,
  CouncilDetail,
  CouncilInput,
  CouncilMember,
  CouncilMemberInput,
  CouncilMemberUpdateInput,
  CouncilRules,
  CouncilRulesInput,
  CouncilUpdateInput,
  SessionAgenda,
  SessionCreateInput,
  SessionDetail,
  SessionListInput,
  SessionSummary,
  SessionUpdateInput,
} from '../domain/council';
import { method } from './define';

const Id = z.number().int().positive();

export const councilsContract = {
  'councils.list': method(
    'Các Hội đồng Thi đua - Khen thưởng (có số thành viên, phong trào được giao xét)',
    z.strictObject({}),
    z.array(Council),
  ),
  'councils.get': method(
    'Một Hội đồng với danh sách thành viên',
    z.strictObject({ id: Id }),
    CouncilDetail,
  ),
  'councils.create': method(
    'Thành lập Hội đồng (kèm quy tắc mặc định: dự họp từ 2/3 trở lên, hòa phiếu bỏ phiếu lại)',
    CouncilInput,
    CouncilDetail,
  ),
  'councils.update': method('Sửa thông tin Hội đồng', CouncilUpdateInput, CouncilDetail),
  'councils.delete': method(
    'Xóa Hội đồng chưa có phiên họp',
    z.strictObject({ id: Id }),
    z.object({ id: Id }),
  ),
  'councils.assignMovement': method(
    'Giao phong trào cho một Hội đồng xét (hoặc bỏ giao)',
    z.strictObject({
      movementId: Id.meta({ title: 'Phong trào' }),
      councilId: Id.nullable().meta({ title: 'Hội đồng' }),
    }),
    z.object({ movementId: Id, councilId: Id.nullable() }),
  ),
  'councilMembers.create': method(
    'Thêm thành viên Hội đồng (nhiệm kỳ nằm trong thời gian hiệu lực của Hội đồng)',
    CouncilMemberInput,
    CouncilMember,
  ),
  'councilMembers.update': method(
    'Sửa thành viên Hội đồng',
    CouncilMemberUpdateInput,
    CouncilMember,
  ),
  'councilMembers.delete': method(
    'Xóa thành viên chưa dự phiên họp nào (thành viên đã dự họp: ghi ngày kết thúc nhiệm kỳ)',
    z.strictObject({ id: Id }),
    z.object({ id: Id }),
  ),
  'councilRules.get': method(
    'Quy tắc của Hội đồng: tỷ lệ dự họp, xử lý hòa phiếu, quy tắc biểu quyết riêng, căn cứ',
    z.strictObject({ councilId: Id }),
    CouncilRules,
  ),
  'councilRules.update': method(
    'Sửa quy tắc của Hội đồng (thay toàn bộ quy tắc biểu quyết riêng)',
    CouncilRulesInput,
    CouncilRules,
  ),
  'sessions.list': method(
    'Các phiên họp Hội đồng (lọc theo Hội đồng, phong trào)',
    SessionListInput,
    z.array(SessionSummary),
  ),
  'sessions.get': method(
    'Một phiên họp: thành phần, điểm danh, số lượng dự họp',
    z.strictObject({ id: Id }),
    SessionDetail,
  ),
  'sessions.create': method(
    'Mở một phiên họp Hội đồng xét một phong trào',
    SessionCreateInput,
    SessionDetail,
  ),
  'sessions.update': method(
    'Sửa ngày, giờ, địa điểm, đợt của phiên họp chưa kết thúc',
    SessionUpdateInput,
    SessionDetail,
  ),
  'sessions.setAttendance': method(
    'Điểm danh: có mặt, vắng mặt (lý do), vắng mặt có ý kiến bằng văn bản',
    AttendanceInput,
    SessionDetail,
  ),
  'sessions.agenda': method(
    'Danh sách trình Hội đồng theo hình thức × đối tượng, kèm chỉ tiêu xét chọn',
    z.strictObject({ id: Id }),
    SessionAgenda,
  ),
  'sessions.conclude': method(
    'Kết thúc phiên họp (cần đủ số lượng dự họp); sau đó không sửa được',
    z.strictObject({ id: Id }),
    SessionDetail,
  ),
} as const;
