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
import {
  Ballot,
  BallotEnterInput,
  BallotEntered,
  BallotRefInput,
  ChairDecisionInput,
  CorrectionInput,
  OpenVotingInput,
  Reconciliation,
  RoundCountsInput,
  SecondRoundInput,
  SelectionUsage,
  SelectionUsageInput,
  SessionVoting,
  TotalsInput,
  WrittenOpinionInput,
} from '../domain/council-voting';
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
    'Kết thúc phiên họp (cần đủ số lượng dự họp, số phiếu khớp, không còn bằng phiếu tại vị trí cuối chỉ tiêu); ' +
      'kết quả được chốt, các trường hợp nhận kết quả, hồ sơ đã xét hết chuyển sang Đã xét; sau đó không sửa được',
    z.strictObject({ id: Id }),
    SessionDetail,
  ),
  'sessions.voting': method(
    'Kiểm phiếu của phiên họp: các vòng bỏ phiếu, đối chiếu số phiếu, kết quả từng trường hợp, xếp thứ tự ' +
      'trong chỉ tiêu, bằng phiếu tại vị trí cuối, lý do chưa kết thúc được',
    z.strictObject({ id: Id }),
    SessionVoting,
  ),
  'sessions.openVoting': method(
    'Phát phiếu vòng một: lập danh sách bỏ phiếu theo chương trình họp, số phiếu = số thành viên có mặt + dự phòng ' +
      '(lập lại được khi chưa nhập phiếu nào)',
    OpenVotingInput,
    SessionVoting,
  ),
  'sessions.correct': method(
    'Đính chính kết quả sau khi kết thúc phiên họp: một văn bản mới có lý do, ngày, người lập; kết quả đã chốt giữ nguyên',
    CorrectionInput,
    SessionVoting,
  ),
  'ballots.enter': method(
    'Nhập một phiếu (cả phiếu một lần); trả lời phiếu hợp lệ hay không và lý do',
    BallotEnterInput,
    BallotEntered,
  ),
  'ballots.get': method('Một phiếu đã nhập, với từng dòng', BallotRefInput, Ballot),
  'ballots.delete': method(
    'Xóa một phiếu đã nhập (trước khi kết thúc phiên họp)',
    BallotRefInput,
    z.object({ roundId: Id, number: z.number().int(), reconciliation: Reconciliation }),
  ),
  'rounds.setCounts': method(
    'Ghi số phiếu phát ra và số phiếu không thu về của một vòng bỏ phiếu',
    RoundCountsInput,
    SessionVoting,
  ),
  'rounds.enterTotals': method(
    'Nhập tổng số phiếu theo từng trường hợp (thay cho nhập từng phiếu): thu về, không hợp lệ, đồng ý, không đồng ý',
    TotalsInput,
    SessionVoting,
  ),
  'rounds.openSecond': method(
    'Mở vòng bỏ phiếu lại chỉ giữa các trường hợp bằng phiếu tại vị trí cuối chỉ tiêu của một nhóm',
    SecondRoundInput,
    SessionVoting,
  ),
  'rounds.delete': method(
    'Hủy một vòng bỏ phiếu chưa nhập phiếu nào (vòng sau cùng)',
    z.strictObject({ id: Id }),
    SessionVoting,
  ),
  'writtenOpinions.set': method(
    'Ghi ý kiến bằng văn bản của thành viên vắng mặt (tính vào kết quả khi quy tắc biểu quyết cho phép)',
    WrittenOpinionInput,
    SessionVoting,
  ),
  'writtenOpinions.delete': method(
    'Xóa ý kiến bằng văn bản đã ghi (trước khi kết thúc phiên họp)',
    z.strictObject({ sessionId: Id, memberId: Id }),
    SessionVoting,
  ),
  'ties.chairDecide': method(
    'Ghi quyết định của Chủ tịch Hội đồng khi bằng phiếu tại vị trí cuối chỉ tiêu (nếu Quy chế quy định như vậy)',
    ChairDecisionInput,
    SessionVoting,
  ),
  'councilOutcomes.selectionUsage': method(
    'Số trường hợp được Hội đồng chọn theo hình thức × đối tượng của một phong trào (đối chiếu chỉ tiêu)',
    SelectionUsageInput,
    z.array(SelectionUsage),
  ),
} as const;
