/** Vietnamese text of the “Tìm đối tượng đề nghị” screen (`#/ho-so/tim-kiem`). */
export const searchMessages = {
  title: 'Tìm đối tượng đề nghị',
  description:
    'Tìm trong danh sách đề nghị của mọi phong trào: theo họ tên, danh xưng, chức vụ, đơn vị công tác.',
  toDuplicates: 'Kiểm tra trùng lặp',
  label: 'Tìm đối tượng đề nghị',
  placeholder: 'Ví dụ: nguyen thi thuy',
  hint: 'Không cần gõ dấu, đ hay d đều được: “nguyen thi thuy” tìm ra “Nguyễn Thị Thuỷ” và “Nguyễn Thị Thủy”. Mỗi từ khớp với đầu một từ (“thu” tìm ra “Thuỷ”).',
  tooShort: 'Gõ ít nhất 2 ký tự để tìm.',
  none: (query: string) => `Không tìm thấy đối tượng nào khớp “${query}”.`,
  found: (n: number) => `Tìm thấy ${n} trường hợp`,
  limited: (n: number) => `Hiển thị ${n} kết quả đầu — gõ thêm để thu hẹp.`,
  resultsLabel: 'Kết quả tìm kiếm',
  columns: {
    index: 'STT',
    name: 'Tên tập thể, cá nhân',
    birth: 'Ngày/Năm sinh',
    workplace: 'Chức vụ, đơn vị công tác',
    unit: 'Đơn vị đề nghị',
    movement: 'Phong trào',
    dossier: 'Hồ sơ',
  },
  movementFallback: (id: number) => `Phong trào số ${id}`,
  movementLinkLabel: (title: string) => `Mở phong trào: ${title}`,
  dossierLinkLabel: (label: string) => `Mở hồ sơ số đến ${label}`,
} as const;
