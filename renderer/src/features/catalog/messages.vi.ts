/** Vietnamese UI text of the award-form catalogue. */
export const catalogMessages = {
  title: 'Danh mục hình thức khen thưởng',
  intro:
    'Các hình thức khen thưởng dùng trong kế hoạch thi đua, với đối tượng được khen, thẩm quyền, căn cứ pháp lý và hệ số tiền thưởng (× mức lương cơ sở). Có thể thêm hoặc sửa khi văn bản pháp luật thay đổi.',
  add: 'Thêm hình thức',
  edit: 'Sửa',
  save: 'Lưu',
  cancel: 'Hủy',
  saved: 'Đã lưu hình thức khen thưởng.',
  addTitle: 'Thêm hình thức khen thưởng',
  editTitle: 'Sửa hình thức khen thưởng',
  columns: {
    name: 'Hình thức',
    subjects: 'Đối tượng',
    authority: 'Thẩm quyền quyết định',
    source: 'Căn cứ',
    rates: 'Hệ số tiền thưởng',
    validity: 'Áp dụng',
    actions: 'Thao tác',
  },
  posthumous: 'truy tặng',
  armedForcesOnly: 'chỉ lực lượng vũ trang',
  noRates: 'chưa có số liệu',
  until: (date: string) => `đến ${date}`,
  from: (date: string) => `từ ${date}`,
  always: 'không thời hạn',
  subjects: { tap_the: 'Tập thể', ca_nhan: 'Cá nhân', ho_gia_dinh: 'Hộ gia đình' },
} as const;
