/** Vietnamese text of the “Hồ sơ đề nghị khen thưởng” screen (not built yet: what it will hold). */
export const dossiersMessages = {
  title: 'Hồ sơ đề nghị khen thưởng',
  summary: 'Tiếp nhận và kiểm tra hồ sơ đề nghị khen thưởng.',
  planned: [
    'Sổ theo dõi hồ sơ đến (ngày nhận, đơn vị gửi, số văn bản)',
    'Danh mục giấy tờ của từng loại hồ sơ, đánh dấu đủ/thiếu',
    'Danh sách đề nghị khen thưởng (tập thể, cá nhân)',
    'Nhập danh sách từ tệp Excel, báo lỗi theo từng dòng',
    'Phát hiện trùng lặp đối tượng đề nghị giữa các hồ sơ',
  ],
} as const;
