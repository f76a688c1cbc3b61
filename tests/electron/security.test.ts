import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installSecurity } from '../../electron/main/security';
import { MockApp, MockSession, MockWebContents } from './mock-electron';

function setUp() {
  const app = new MockApp();
  const session = new MockSession();
  installSecurity(app as unknown as App, session);
  const contents = new MockWebContents();
  app.emit('web-contents-created', {}, contents);
  return { session, contents };
}

describe('installSecurity', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])(
    'prevents %s on every web contents',
    (eventName) => {
      const { contents } = setUp();
      const event = { preventDefault: vi.fn() };
      contents.emit(eventName, event, 'https://evil.example/');
      expect(event.preventDefault).toHaveBeenCalledTimes(1);
    },
  );

  it('denies window.open', () => {
    const { contents } = setUp();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'app://tdkt/index.html' })).toEqual({
      action: 'deny',
    });
  });

  it.each(['media', 'notifications', 'geolocation', 'openExternal', 'clipboard-read'] as const)(
    'refuses the %s permission request and check',
    (permission) => {
      const { session } = setUp();
      const request = session.permissionRequestHandler;
      const check = session.permissionCheckHandler;
      if (!request || !check) throw new Error('permission handlers were not installed');
      const callback = vi.fn();
      request({} as WebContents, permission, callback, {
        requestingUrl: 'app://tdkt/',
        isMainFrame: true,
      });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(
        check(null, permission, 'app://tdkt', {
          requestingUrl: 'app://tdkt/',
          isMainFrame: true,
          embeddingOrigin: 'app://tdkt',
          securityOrigin: 'app://tdkt',
        }),
      ).toBe(false);
    },
  );

  it('allows only clipboard writes', () => {
    const { session } = setUp();
    const callback = vi.fn();
    session.permissionRequestHandler?.({} as WebContents, 'clipboard-sanitized-write', callback, {
      requestingUrl: 'app://tdkt/',
      isMainFrame: true,
    });
    expect(callback).toHaveBeenCalledExactlyOnceWith(true);
    expect(
      session.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'app://tdkt', {
        requestingUrl: 'app://tdkt/',
        isMainFrame: true,
        embeddingOrigin: 'app://tdkt',
        securityOrigin: 'app://tdkt',
      }),
    ).toBe(true);
  });

  it('no shell code opens external URLs; shell.openPath only in index.ts, for stored files', () => {
    const roots = ['electron/main', 'electron/preload'];
    const files = roots.flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => path.join(dir, file)),
    );
    const offenders = files.filter((file) => {
      const source = readFileSync(file, 'utf8');
      const importsShell = /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'/.test(source);
      const shellCalls = source.match(/\bshell\.\w+/g) ?? [];
      return (
        /\bopenExternal\b/.test(source) ||
        (importsShell && path.basename(file) !== 'index.ts') ||
        shellCalls.some((call) => call !== 'shell.openPath')
      );
    });
    expect(offenders).toEqual([]);
    const index = readFileSync('electron/main/index.ts', 'utf8');
    expect(index).toMatch(/isInside\(filesDir, file\)/);
  });
});
