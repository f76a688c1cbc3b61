import path from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import { openApp, type AppInstance } from '../api/app';
import { AppError } from '../core/errors';
import { defaultDataDir, isInside } from '../core/paths';
import { registerIpc } from './ipc';
import { aboutMessage, createMenuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { installSecurity } from './security';
import { createMainWindow } from './window';

declare const __APP_VERSION__: string;

/** Lifecycle and composition root of the Electron shell; the logic lives in the files it wires. */
function main(): void {
  // Before `ready`: Chromium reads scheme privileges and the sandbox switch only at startup.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  // Same folder as browser mode, so both modes open the same database.
  app.setPath('userData', defaultDataDir());

  // Two instances would write the same SQLite file; the second one hands over to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let instance: AppInstance | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // will-quit comes after every window is closed, so no IPC call can still reach the database.
  // close() is synchronous (it makes the backup at close before closing), so nothing is cut short.
  app.on('will-quit', () => instance?.close());

  const onReady = (): void => {
    const appVersion = __APP_VERSION__;
    const filesDir = path.join(app.getPath('userData'), 'files');
    try {
      instance = openApp({
        dataDir: app.getPath('userData'),
        mode: 'electron',
        appVersion,
        // Only files stored in the data folder are opened ('' from openPath means it worked).
        openPath: async (file) => isInside(filesDir, file) && (await shell.openPath(file)) === '',
      });
    } catch (error) {
      fail(error);
      return;
    }
    installSecurity(app, session.defaultSession);
    registerAppProtocol(protocol, path.join(__dirname, '..', 'renderer'));
    registerIpc(ipcMain, instance.dispatch);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        createMenuTemplate({
          isPackaged: app.isPackaged,
          onAbout: () => {
            const options = aboutMessage(appVersion);
            void (mainWindow
              ? dialog.showMessageBox(mainWindow, options)
              : dialog.showMessageBox(options));
          },
        }),
      ),
    );
    mainWindow = createMainWindow({ preloadPath: path.join(__dirname, 'preload.cjs') });
    // A damaged database does not stop the app: the window opens so the user can restore a backup.
    if (instance.recoveryMessage) {
      void dialog.showMessageBox(mainWindow, {
        type: 'warning',
        title: 'TĐKT Desk',
        message: 'Cơ sở dữ liệu cần được phục hồi',
        detail: instance.recoveryMessage,
      });
    }
  };

  app.whenReady().then(onReady).catch(fail);
}

/** Nothing works without the database: say why in Vietnamese and stop. */
function fail(error: unknown): void {
  if (!(error instanceof AppError)) console.error(error);
  const message =
    error instanceof AppError
      ? error.message
      : 'Đã xảy ra lỗi ngoài dự kiến khi khởi động. Hãy mở lại chương trình hoặc báo người hỗ trợ kỹ thuật.';
  dialog.showErrorBox('TĐKT Desk không khởi động được', message);
  app.quit();
}

main();
