import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInstance } from '../../electron/api/app';
import { defaultDataDir } from '../../electron/core/paths';
import {
  createElectronMock,
  flushPromises,
  MockBrowserWindow,
  type ElectronMock,
} from './mock-electron';

/**
 * index.ts runs on import, so each test gets a fresh module graph, a fresh electron mock and a
 * stubbed openApp (no real database).
 */
let electron: ElectronMock;
let openApp: ReturnType<
  typeof vi.fn<(options: { dataDir: string; mode: string; appVersion: string }) => AppInstance>
>;
let closeDb: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('__APP_VERSION__', '9.8.7');
  electron = createElectronMock();
  closeDb = vi.fn<() => void>();
  openApp = vi.fn(() => ({
    db: {} as AppInstance['db'],
    services: {} as AppInstance['services'],
    dispatch: () => Promise.resolve({ ok: true as const, value: null }),
    recoveryMessage: null,
    close: closeDb,
  }));
  vi.doMock('electron', () => electron);
  vi.doMock('../../electron/api/app', () => ({ openApp }));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.doUnmock('electron');
  vi.doUnmock('../../electron/api/app');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const start = () => import('../../electron/main/index');

describe('main process start-up', () => {
  it('before ready: registers app:// as privileged and uses the shared data folder', async () => {
    await start();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', defaultDataDir());
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(openApp).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    electron.app.singleInstanceLock = false;
    await start();
    await electron.app.becomeReady();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(openApp).not.toHaveBeenCalled();
    expect(MockBrowserWindow.instances).toHaveLength(0);
  });

  it('on ready: opens the database, wires protocol, IPC, menu, security and the window', async () => {
    await start();
    await electron.app.becomeReady();
    expect(openApp).toHaveBeenCalledExactlyOnceWith({
      dataDir: defaultDataDir(),
      mode: 'electron',
      appVersion: '9.8.7',
      openPath: expect.any(Function) as unknown,
    });
    // The system viewer opens stored attachments only, never a path outside the data folder.
    const { openPath } = vi.mocked(openApp).mock.calls[0]![0] as unknown as {
      openPath: (file: string) => Promise<boolean>;
    };
    const stored = path.join(defaultDataDir(), 'files', 'ab', 'abc.pdf');
    await expect(openPath(stored)).resolves.toBe(true);
    await expect(openPath(path.join(defaultDataDir(), 'files', '..', 'tdkt.sqlite'))).resolves.toBe(
      false,
    );
    await expect(openPath('/etc/passwd')).resolves.toBe(false);
    expect(electron.shell.openPath).toHaveBeenCalledExactlyOnceWith(stored);
    expect(electron.protocol.handlers.has('app')).toBe(true);
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['tdkt:invoke']);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(MockBrowserWindow.instances).toHaveLength(1);
    const window = MockBrowserWindow.instances[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://tdkt/index.html');
    expect(path.basename(window?.options.webPreferences?.preload ?? '')).toBe('preload.cjs');
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('shows the Vietnamese reason and quits when the database cannot be opened', async () => {
    const { AppError } = await import('../../electron/core/errors');
    const message = 'Tệp dữ liệu do phiên bản TĐKT Desk mới hơn tạo ra; hãy cập nhật chương trình.';
    openApp.mockImplementation(() => {
      throw new AppError('DB_TOO_NEW', message);
    });
    await start();
    await electron.app.becomeReady();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'TĐKT Desk không khởi động được',
      message,
    );
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(MockBrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('starts in the recovery state when the database is damaged: window, IPC and a warning', async () => {
    const reason = 'Cơ sở dữ liệu bị hỏng. Vào Cài đặt → “Sao lưu và phục hồi”.';
    openApp.mockImplementation(() => ({
      db: {} as AppInstance['db'],
      services: {} as AppInstance['services'],
      dispatch: () => Promise.resolve({ ok: true as const, value: null }),
      recoveryMessage: reason,
      close: closeDb,
    }));
    await start();
    await electron.app.becomeReady();
    expect(MockBrowserWindow.instances).toHaveLength(1);
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['tdkt:invoke']);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(JSON.stringify(electron.dialog.showMessageBox.mock.calls[0])).toContain(
      'Sao lưu và phục hồi',
    );
  });

  it('hides the details of an unexpected start-up error', async () => {
    openApp.mockImplementation(() => {
      throw new Error('SQLITE_IOERR at /home/x/secret/path');
    });
    await start();
    await electron.app.becomeReady();
    const content = electron.dialog.showErrorBox.mock.calls[0]?.[1];
    expect(content).toMatch(/lỗi ngoài dự kiến/);
    expect(content).not.toContain('SQLITE_IOERR');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('a second launch restores and focuses the existing window', async () => {
    await start();
    await electron.app.becomeReady();
    const window = MockBrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('quits when the window is closed and closes the database on will-quit', async () => {
    await start();
    await electron.app.becomeReady();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(closeDb).not.toHaveBeenCalled();
    electron.app.emit('will-quit');
    expect(closeDb).toHaveBeenCalledTimes(1);
  });

  it('"Giới thiệu" shows the version from the build', async () => {
    await start();
    await electron.app.becomeReady();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as
      { label?: string; submenu?: { label?: string; click?: () => void }[] }[] | undefined;
    const about = template?.find((menu) => menu.label === 'Trợ giúp')?.submenu?.[0];
    about?.click?.();
    await flushPromises();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(electron.dialog.showMessageBox.mock.calls[0])).toContain(
      'Phiên bản 9.8.7',
    );
  });
});
