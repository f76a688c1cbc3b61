/** Vietnamese text of the exchange between levels (gói hồ sơ gửi cấp trên / nhận từ cấp dưới). */
export const exchangeMessages = {
  cancel: 'Hủy',
  close: 'Đóng',
  exportButton: 'Xuất gói hồ sơ gửi cấp trên',
  receiveButton: 'Nhận gói hồ sơ',

  export: {
    title: 'Xuất gói hồ sơ gửi cấp trên',
    intro:
      'Gói hồ sơ (.tdkt) gồm thông tin hồ sơ, danh sách đề nghị và tệp đính kèm của phong trào, có mã kiểm tra để cấp trên phát hiện mọi thay đổi.',
    movement: 'Phong trào',
    movementRequired: 'Chọn phong trào',
    movementPlaceholder: 'Chọn phong trào',
    dossiers: 'Hồ sơ gửi đi',
    dossiersHint:
      'Mặc định chọn các hồ sơ Hợp lệ hoặc Trình Hội đồng. Có thể chọn thêm hoặc bỏ bớt.',
    dossiersRequired: 'Chọn ít nhất một hồ sơ',
    noDossiers: 'Phong trào chưa có hồ sơ nào.',
    recipient: 'Gửi đến (cơ quan cấp trên)',
    recipientRequired: 'Ghi tên cơ quan nhận gói',
    recipientPlaceholder: 'Ví dụ: UBND tỉnh Bình Thuận',
    documentNumber: 'Số tờ trình gửi cấp trên (nếu có)',
    documentDate: 'Ngày tờ trình gửi cấp trên',
    documentHint: 'Để trống: mỗi hồ sơ giữ số, ngày tờ trình của đơn vị đề nghị.',
    includeIdNumber: 'Kèm số CCCD của cá nhân (dữ liệu cá nhân nhạy cảm: chỉ khi cấp trên yêu cầu)',
    submit: 'Xuất gói',
    failed: 'Chưa xuất được gói hồ sơ',
    done: (fileName: string, dossiers: number, nominations: number) =>
      `Đã xuất ${fileName}: ${dossiers} hồ sơ, ${nominations} trường hợp đề nghị.`,
    columns: {
      number: 'Số đến',
      unit: 'Đơn vị đề nghị',
      status: 'Trạng thái',
      count: 'Số trường hợp',
    },
  },

  receive: {
    title: 'Nhận gói hồ sơ từ cấp dưới',
    drop: 'Kéo thả gói hồ sơ (.tdkt) vào đây hoặc bấm để chọn tệp',
    dropHint:
      'Chương trình kiểm tra định dạng, mã kiểm tra và nơi nhận trước khi vào sổ; chưa ghi gì cho tới khi bấm “Nhận”.',
    reading: 'Đang kiểm tra gói hồ sơ…',
    failed: 'Không nhận được gói hồ sơ',
    sender: 'Nơi gửi',
    recipient: 'Gửi đến',
    createdAt: 'Thời điểm xuất',
    movement: 'Phong trào (nơi gửi)',
    counts: 'Nội dung',
    countsText: (dossiers: number, nominations: number, files: number, size: string) =>
      `${dossiers} hồ sơ, ${nominations} trường hợp đề nghị, ${files} tệp đính kèm (${size})`,
    withIdNumber: 'Có kèm số CCCD',
    localMovement: 'Nhận vào phong trào (ở cấp này)',
    localMovementPlaceholder: 'Chọn phong trào',
    localUnit: 'Đơn vị gửi (trong danh mục)',
    localUnitPlaceholder: 'Chọn đơn vị',
    suggested: 'trùng tên',
    similar: 'tên gần giống',
    dossiers: 'Hồ sơ trong gói',
    columns: {
      key: 'Số tại nơi gửi',
      unit: 'Đơn vị đề nghị',
      document: 'Tờ trình',
      count: 'Số trường hợp',
      files: 'Số tệp',
    },
    issues: 'Cần xem trước khi nhận',
    confirmMismatch: 'Tôi xác nhận nhận gói này dù gói ghi gửi đến cơ quan khác',
    submit: 'Nhận',
    another: 'Chọn gói khác',
    done: (dossiers: number, nominations: number) =>
      `Đã vào sổ ${dossiers} hồ sơ đến với ${nominations} trường hợp đề nghị.`,
  },
};
