import type { AppInfo } from '../../../../shared/contract/app';

/** Vietnamese text of the “Tổng quan” screen. */
export const overviewMessages = {
  title: 'Tổng quan',
  description: 'Tình hình dữ liệu đang có trên máy này.',
  agency: 'Cơ quan',
  agencyMissingTitle: 'Chưa khai báo thông tin cơ quan',
  agencyMissingBody:
    'Tên cơ quan và người ký được dùng để trình bày Quyết định, Tờ trình. Hãy điền trước khi soạn văn bản.',
  goToSettings: 'Vào Cài đặt',
  governingBody: 'Cơ quan chủ quản',
  signer: 'Người ký',
  units: 'Đơn vị',
  unitsTotal: 'Tổng số đơn vị',
  unitsValid: 'Đang còn hiệu lực',
  unitsEmpty: 'Chưa có đơn vị nào.',
  goToUnits: 'Mở danh mục đơn vị',
  data: 'Dữ liệu',
  databasePath: 'Tệp dữ liệu',
  schemaVersion: 'Phiên bản cấu trúc dữ liệu',
  appVersion: 'Phiên bản chương trình',
  mode: 'Chế độ chạy',
  modes: {
    electron: 'máy tính (ứng dụng cài đặt)',
    browser: 'trình duyệt (chỉ trên máy này)',
  } satisfies Record<AppInfo['mode'], string>,
  demo: {
    title: 'Dùng thử với dữ liệu mẫu',
    intro:
      'Chưa có dữ liệu nào trên máy này. Có thể nạp một bộ dữ liệu mẫu để xem chương trình làm việc thế nào:',
    contents: [
      'Kế hoạch thi đua đặc biệt phòng, chống COVID-19 của UBND tỉnh Bình Thuận năm 2021, với các hình thức khen thưởng, thời hạn và chỉ tiêu của kế hoạch;',
      '10 đơn vị cấp huyện và các sở, ngành của tỉnh (theo địa giới năm 2021).',
    ],
    note: 'Đây là dữ liệu mẫu, có thể xóa khi không cần nữa.',
    load: 'Nạp dữ liệu mẫu',
    failed: 'Chưa nạp được dữ liệu mẫu',
  },
  copy: 'Sao chép',
  copied: 'Đã sao chép',
} as const;
