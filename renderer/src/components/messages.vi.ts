/** Vietnamese text shared by several screens. */
export const commonMessages = {
  retry: 'Thử lại',
  loadFailed: 'Không tải được dữ liệu.',
  unexpectedError: 'Đã có lỗi không mong đợi. Hãy thử lại; nếu vẫn lỗi, báo cho người hỗ trợ.',
  underConstruction: 'Chức năng đang được xây dựng.',
  plannedTitle: 'Màn hình này sẽ có:',
} as const;
