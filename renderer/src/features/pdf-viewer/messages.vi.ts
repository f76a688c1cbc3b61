/** Vietnamese texts of the PDF viewer. */
export const pdfViewerMessages = {
  loading: 'Đang mở tệp PDF…',
  print: 'In',
  printTitle: 'In tệp PDF (Ctrl+P)',
  download: 'Tải về',
  downloadTitle: 'Tải về tệp PDF gốc',
  fitWidth: 'Vừa chiều rộng',
  actualSize: '100 %',
  actualSizeTitle: 'Cỡ thật (100 %)',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  zoomLevel: (percent: number) => `Tỉ lệ ${percent} %`,
  pageOf: (page: number, count: number) => `Trang ${page}/${count}`,
  pageLabel: (page: number) => `Trang ${page}`,
  toolbar: 'Thanh công cụ xem PDF',
  preparing: (done: number, total: number) => `Đang chuẩn bị trang in ${done}/${total}`,
  cancelPrint: 'Dừng',
  unreadable: (fileName: string) =>
    `Không đọc được tệp PDF “${fileName}”: tệp bị hỏng hoặc không phải PDF. ` +
    'Hãy tải về để mở bằng phần mềm khác, hoặc tạo lại tệp.',
  passwordProtected: (fileName: string) =>
    `Tệp PDF “${fileName}” có mật khẩu nên không xem được trong ứng dụng. Hãy tải về để mở.`,
  pageFailed: (page: number) => `Không hiển thị được trang ${page}.`,
  printFailed: (reason: string) => `Không chuẩn bị được bản in: ${reason}`,
} as const;
