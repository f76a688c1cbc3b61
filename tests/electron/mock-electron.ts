import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Session } from 'electron';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (Electron Fiddle's approach): just enough behaviour for the
 * shell code to run, with every call recorded. Use a fresh one per test:
 *   vi.doMock('electron', () => createElectronMock())  // or vi.mock with a hoisted instance
 */

export class MockWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
}

export class MockBrowserWindow extends EventEmitter {
  static readonly instances: MockBrowserWindow[] = [];
  readonly webContents = new MockWebContents();
  minimized = false;
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isDestroyed = vi.fn(() => false);

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    MockBrowserWindow.instances.push(this);
  }
}

export class MockApp extends EventEmitter {
  isPackaged = false;
  singleInstanceLock = true;
  readonly paths = new Map<string, string>();
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  readonly quit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  readonly getPath = vi.fn((name: string) => {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`getPath(${name}) before setPath`);
    return value;
  });
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstanceLock);
  readonly whenReady = vi.fn(() => this.readyPromise);

  /** Resolves whenReady() and lets every `.then` run. */
  async becomeReady(): Promise<void> {
    this.resolveReady();
    await flushPromises();
  }
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

export class MockSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.permissionRequestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler) => {
    this.permissionCheckHandler = handler;
  });
}

type Listener = (...args: never[]) => unknown;

export function createElectronMock() {
  MockBrowserWindow.instances.length = 0;
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const exposed = new Map<string, unknown>();
  return {
    app: new MockApp(),
    BrowserWindow: MockBrowserWindow,
    session: { defaultSession: new MockSession() },
    dialog: {
      showErrorBox: vi.fn((_title: string, _content: string) => undefined),
      showMessageBox: vi.fn((..._args: unknown[]) =>
        Promise.resolve({ response: 0, checkboxChecked: false }),
      ),
    },
    shell: { openPath: vi.fn((_path: string) => Promise.resolve('')) },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(
        (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
          protocolHandlers.set(scheme, handler);
        },
      ),
      handlers: protocolHandlers,
    },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => {
        ipcHandlers.set(channel, listener);
      }),
      handlers: ipcHandlers,
    },
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]): Promise<unknown> =>
        Promise.resolve({ ok: true, value: null }),
      ),
    },
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => {
        exposed.set(key, api);
      }),
      exposed,
    },
  };
}

export type ElectronMock = ReturnType<typeof createElectronMock>;

/** Lets pending promise callbacks (and the microtasks they queue) run. */
export function flushPromises(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
