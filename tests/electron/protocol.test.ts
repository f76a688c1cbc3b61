import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, registerAppProtocol } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { createElectronMock } from './mock-electron';

// <tmp>/renderer is served; <tmp>/secret.txt sits next to it and must stay unreachable.
let tmp: string;
let handler: (request: Request) => Promise<Response>;
const SECRET = 'mật khẩu của máy';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tdkt-protocol-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>TĐKT Desk</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(tmp, 'secret.txt'), SECRET);
  handler = createAppProtocolHandler(rendererDir);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it.each(['app://tdkt/', 'app://tdkt/index.html'])(
    'serves index.html for %s with the CSP header',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>TĐKT Desk</title>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it('serves assets with their content type', async () => {
    const response = await get('app://tdkt/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://tdkt/../../etc/passwd',
    'app://tdkt/../secret.txt',
    'app://tdkt/%2e%2e%2fsecret.txt',
    'app://tdkt/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://tdkt/assets/..%2f..%2fsecret.txt',
    'app://tdkt/%2e%2e%5csecret.txt',
    `app://tdkt/${encodeURIComponent(path.join(os.tmpdir(), 'x'))}`,
  ])('answers 404 to the traversal %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    ['a foreign host', 'app://evil/index.html'],
    ['a missing file', 'app://tdkt/missing.js'],
    ['a directory', 'app://tdkt/assets/'],
    ['bad percent-encoding', 'app://tdkt/%E0%A4%A'],
    ['a NUL byte', 'app://tdkt/index.html%00.js'],
  ])('answers 404 to %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://tdkt/index.html', 'POST')).status).toBe(405);
    expect((await get('app://tdkt/index.html', 'HEAD')).status).toBe(200);
  });

  it('is registered for the app scheme', async () => {
    const { protocol } = createElectronMock();
    registerAppProtocol(protocol, path.join(tmp, 'renderer'));
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const registered = protocol.handlers.get('app');
    if (!registered) throw new Error('no handler for app://');
    expect((await registered(new Request('app://tdkt/'))).status).toBe(200);
  });
});
