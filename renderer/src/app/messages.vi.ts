/** Vietnamese text of the application shell (navigation, header, error screens). */
export const appMessages = {
  appName: 'TĐKT Desk',
  nav: {
    label: 'Chức năng',
    overview: 'Tổng quan',
    movements: 'Phong trào',
    units: 'Đơn vị',
    dossiers: 'Hồ sơ',
    council: 'Hội đồng',
    documents: 'Văn bản',
    reports: 'Báo cáo',
    settings: 'Cài đặt',
  },
  skipToContent: 'Bỏ qua menu, tới nội dung chính',
  collapseMenu: 'Thu gọn menu',
  expandMenu: 'Mở rộng menu',
  agencyMissing: 'Chưa khai báo tên cơ quan — bấm để vào Cài đặt',
  notFound: {
    title: 'Không có trang này',
    subTitle: 'Đường dẫn không đúng hoặc chức năng đã đổi chỗ.',
    back: 'Về Tổng quan',
  },
  crash: {
    title: 'Màn hình này gặp lỗi và không hiển thị được.',
    subTitle:
      'Dữ liệu đã lưu không bị ảnh hưởng. Hãy tải lại trang; nếu lỗi lặp lại, ghi lại thao tác vừa làm và báo cho người hỗ trợ.',
    reload: 'Tải lại trang',
    home: 'Về Tổng quan',
    detail: 'Chi tiết kỹ thuật',
  },
} as const;
