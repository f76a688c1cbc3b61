import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';

export interface MenuOptions {
  /** Developer tools only in unpackaged (development) runs. */
  readonly isPackaged: boolean;
  readonly onAbout: () => void;
}

/** The Vietnamese application menu; roles keep the native behaviour and shortcuts. */
export function createMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Tải lại' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Công cụ nhà phát triển' });
  }
  return [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu TĐKT Desk', click: () => options.onAbout() }],
    },
  ];
}

export function aboutMessage(appVersion: string): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Giới thiệu TĐKT Desk',
    message: 'TĐKT Desk',
    detail: `Phiên bản ${appVersion}\nPhần mềm hỗ trợ Thường trực Hội đồng Thi đua - Khen thưởng.\nChạy hoàn toàn trên máy này, không cần Internet.`,
    buttons: ['Đóng'],
  };
}
