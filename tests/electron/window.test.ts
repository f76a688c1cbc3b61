import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../electron/main/window';
import { MockBrowserWindow } from './mock-electron';

vi.mock('electron', async () => (await import('./mock-electron')).createElectronMock());

function openWindow(): MockBrowserWindow {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs' });
  const window = MockBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no BrowserWindow was created');
  return window;
}

describe('createMainWindow', () => {
  beforeEach(() => {
    MockBrowserWindow.instances.length = 0;
  });

  // Written out here, not read from the constant, so weakening a flag in window.ts fails a test.
  const HARDENED = [
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const;

  it.each(HARDENED)('webPreferences.%s is %s', (key, expected) => {
    const window = openWindow();
    expect(window.options.webPreferences?.[key]).toBe(expected);
  });

  it('uses the bundled preload and nothing else that could grant Node access', () => {
    const { webPreferences } = openWindow().options;
    expect(webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
    expect(Object.keys(webPreferences ?? {}).sort()).toEqual(
      [...HARDENED.map(([key]) => key), 'preload'].sort(),
    );
  });

  it('loads the app from app://tdkt, never from file://', () => {
    const window = openWindow();
    expect(window.loadURL).toHaveBeenCalledTimes(1);
    expect(window.loadURL).toHaveBeenCalledWith('app://tdkt/index.html');
    expect(window.loadURL.mock.calls.flat().some((url) => url.startsWith('file:'))).toBe(false);
  });

  it('is 1280×800 (at least 1024×640), titled TĐKT Desk, and shown only when ready', () => {
    const window = openWindow();
    expect(window.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 640,
      title: 'TĐKT Desk',
      show: false,
    });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
