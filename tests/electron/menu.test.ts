import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutMessage, createMenuTemplate } from '../../electron/main/menu';

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ]);
}

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(menu)) throw new Error(`no submenu ${label}`);
  return menu;
}

const roles = (items: MenuItemConstructorOptions[]) =>
  items.filter((item) => item.type !== 'separator').map((item) => [item.role, item.label]);

describe('application menu', () => {
  const template = createMenuTemplate({ isPackaged: true, onAbout: () => undefined });

  it('has the Vietnamese top-level menus in order', () => {
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
  });

  it('uses native roles with Vietnamese labels', () => {
    expect(roles(submenu(template, 'Tệp'))).toEqual([['quit', 'Thoát']]);
    expect(roles(submenu(template, 'Chỉnh sửa'))).toEqual([
      ['undo', 'Hoàn tác'],
      ['redo', 'Làm lại'],
      ['cut', 'Cắt'],
      ['copy', 'Sao chép'],
      ['paste', 'Dán'],
      ['selectAll', 'Chọn tất cả'],
    ]);
    expect(roles(submenu(template, 'Xem'))).toEqual([
      ['reload', 'Tải lại'],
      ['zoomIn', 'Phóng to'],
      ['zoomOut', 'Thu nhỏ'],
      ['resetZoom', 'Cỡ chữ mặc định'],
      ['togglefullscreen', 'Toàn màn hình'],
    ]);
  });

  it('has no developer tools in the packaged app, but has them in development', () => {
    const hasDevTools = (items: MenuItemConstructorOptions[]) =>
      allItems(items).some((item) => item.role === 'toggleDevTools');
    expect(hasDevTools(template)).toBe(false);
    expect(hasDevTools(createMenuTemplate({ isPackaged: false, onAbout: () => undefined }))).toBe(
      true,
    );
  });

  it('"Giới thiệu TĐKT Desk" calls onAbout', () => {
    const onAbout = vi.fn();
    const about = submenu(createMenuTemplate({ isPackaged: true, onAbout }), 'Trợ giúp').find(
      (item) => item.label === 'Giới thiệu TĐKT Desk',
    );
    expect(about?.click).toBeTypeOf('function');
    expect(onAbout).not.toHaveBeenCalled();
    // Electron passes (menuItem, window, event); the handler needs none of them.
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });

  it('the about box shows the version', () => {
    const message = aboutMessage('1.2.3');
    expect(message.title).toBe('Giới thiệu TĐKT Desk');
    expect(message.detail).toContain('Phiên bản 1.2.3');
  });
});
