import type { Procedure, SubjectType } from '../../../../shared/domain/award-form';

/** Vietnamese text of the “Giấy tờ trong hồ sơ” panel (Cài đặt). Field labels come from the schema. */
export const requirementsMessages = {
  title: 'Giấy tờ trong hồ sơ',
  intro:
    'Danh mục giấy tờ mà hồ sơ đề nghị phải có, theo thủ tục, hình thức, đối tượng và điều kiện, kèm căn cứ và thời gian hiệu lực. Thêm các giấy tờ theo quy chế riêng của tỉnh tại đây.',
  appliesWhen:
    'Thay đổi áp dụng cho hồ sơ vào sổ sau đó, hoặc khi danh mục giấy tờ của hồ sơ được lập lại (sửa hồ sơ, thêm trường hợp đề nghị); giấy tờ đã đánh dấu được giữ nguyên.',
  add: 'Thêm giấy tờ',
  edit: 'Sửa',
  editLabel: (label: string) => `Sửa giấy tờ “${label}”`,
  delete: 'Xóa',
  deleteLabel: (label: string) => `Xóa giấy tờ “${label}”`,
  deleteConfirmTitle: 'Xóa giấy tờ này khỏi danh mục?',
  deleteConfirmBody: (label: string) =>
    `“${label}” sẽ không còn được yêu cầu ở hồ sơ vào sổ từ nay. Hồ sơ đã vào sổ giữ nguyên giấy tờ này và tình trạng đã đánh dấu.`,
  deleted: 'Đã xóa giấy tờ khỏi danh mục.',
  save: 'Lưu',
  cancel: 'Hủy',
  saved: 'Đã lưu giấy tờ trong hồ sơ.',
  addTitle: 'Thêm giấy tờ vào danh mục hồ sơ',
  editTitle: 'Sửa giấy tờ trong danh mục hồ sơ',
  tableLabel: 'Danh mục giấy tờ trong hồ sơ',
  empty: 'Chưa có giấy tờ nào trong danh mục.',
  required: 'Không được để trống',
  columns: {
    procedure: 'Thủ tục',
    awardForm: 'Hình thức',
    subject: 'Đối tượng',
    condition: 'Điều kiện',
    document: 'Giấy tờ',
    copies: 'Số bản',
    mandatory: 'Bắt buộc',
    source: 'Căn cứ',
    validity: 'Hiệu lực',
    actions: 'Thao tác',
  },
  procedures: {
    thuong: 'Thông thường',
    don_gian: 'Đơn giản',
  } satisfies Record<Procedure, string>,
  subjects: {
    tap_the: 'Tập thể',
    ca_nhan: 'Cá nhân',
    ho_gia_dinh: 'Hộ gia đình',
  } satisfies Record<SubjectType, string>,
  anyProcedure: 'Mọi thủ tục',
  anyForm: 'Mọi hình thức',
  anySubject: 'Mọi đối tượng',
  noCondition: 'Không có điều kiện',
  yes: 'Có',
  no: 'Không',
  expired: 'hết hiệu lực',
  from: (date: string) => `từ ${date}`,
  until: (date: string) => `đến ${date}`,
  always: 'không thời hạn',
  hints: {
    label: 'Tên đầy đủ như sẽ hiện trong danh mục giấy tờ của hồ sơ.',
    legalSource: 'Văn bản và điều khoản quy định giấy tờ này, ví dụ: QĐ 25/2018/QĐ-UBND, Điều 30.',
    sortOrder: 'Để trống: xếp cuối danh mục (khi sửa: giữ nguyên vị trí).',
  },
} as const;
