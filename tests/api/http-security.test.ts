import type * as Crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type RunningServer } from '../../electron/http/server';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { testApp } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

// Spy on the real comparison: the request path must go through crypto.timingSafeEqual.
const timingSafeEqual = vi.hoisted(() => ({ calls: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return {
    ...actual,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      timingSafeEqual.calls++;
      return actual.timingSafeEqual(a, b);
    },
  };
});

const TOKEN = 'security-token-0123456789';
const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function start() {
  const app = testApp();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>TĐKT</title>');
  const server = await startHttpServer({ dispatch: app.dispatch, token: TOKEN, staticDir });
  servers.push(server);
  return { app, server };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  server: RunningServer,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
    noHost?: boolean;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        setHost: !options.noHost,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (server: RunningServer, method: string, input: unknown, token = TOKEN) =>
  request(server, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });

describe('browser mode: security checks', () => {
  it('checks the token of every API request with crypto.timingSafeEqual', async () => {
    const { server } = await start();
    timingSafeEqual.calls = 0;
    expect((await post(server, 'units.list', {}, 'wrong-token-of-other-length')).status).toBe(401);
    expect(timingSafeEqual.calls).toBe(1);
    expect((await post(server, 'units.list', {})).status).toBe(200);
    expect(timingSafeEqual.calls).toBe(2);
  });

  it('refuses a request with a foreign or missing Host header, before looking at the token', async () => {
    const { server } = await start();
    timingSafeEqual.calls = 0;
    for (const headers of [
      { host: 'evil.example' },
      { host: `evil.example:${server.port}` },
      { host: `127.0.0.1:${server.port + 1}` },
      { host: `127.0.0.1.evil.example:${server.port}` },
    ]) {
      const reply = await request(server, {
        method: 'POST',
        path: '/api/units.list',
        headers: {
          ...headers,
          'content-type': 'application/json',
          authorization: `Bearer ${TOKEN}`,
        },
        body: '{}',
      });
      expect(reply.status, headers.host).toBe(403);
      expect(reply.body).toContain('Host');
    }
    // Without Host, Node's own parser answers 400 (HTTP/1.1 requires it) before our check would.
    expect([400, 403]).toContain((await request(server, { path: '/', noHost: true })).status);
    expect(timingSafeEqual.calls).toBe(0);
  });

  it('sends the CSP and no CORS header on errors too (400, 401, 403, 404, 405, 415)', async () => {
    const { server } = await start();
    const origin = { origin: 'https://evil.example' };
    const replies = [
      await request(server, {
        method: 'POST',
        path: '/api/units.list',
        headers: {
          ...origin,
          'content-type': 'application/json',
          authorization: `Bearer ${TOKEN}`,
        },
        body: '{not json',
      }),
      await post(server, 'units.list', {}, 'sai'),
      await request(server, { path: '/', headers: { host: 'evil.example' } }),
      await request(server, { path: '/khong-co.js', headers: origin }),
      await request(server, { method: 'DELETE', path: '/', headers: origin }),
      await request(server, {
        method: 'POST',
        path: '/api/units.list',
        headers: { ...origin, 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
        body: '{}',
      }),
    ];
    expect(replies.map((r) => r.status)).toEqual([400, 401, 403, 404, 405, 415]);
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('binds IPv6 loopback too, and nothing else', async () => {
    const app = testApp();
    for (const host of ['0.0.0.0', '::', '::ffff:192.168.1.2', '10.0.0.1', 'localhost']) {
      await expect(
        startHttpServer({ dispatch: app.dispatch, token: TOKEN, staticDir: tempDir(), host }),
      ).rejects.toThrow(/chỉ được chạy trên máy này/);
    }
    const server = await startHttpServer({
      dispatch: app.dispatch,
      token: TOKEN,
      staticDir: tempDir(),
      host: '::1',
    }).catch(() => null); // a machine without IPv6 cannot bind ::1 at all
    if (server) {
      servers.push(server);
      expect(server.url).toMatch(/^http:\/\/\[::1\]:\d+\/$/);
    }
  });

  it('downloads a backup as a file and restores an uploaded one over HTTP', async () => {
    const { server } = await start();
    const created = JSON.parse((await post(server, 'backup.create', {})).body) as {
      ok: true;
      value: { name: string };
    };
    const download = JSON.parse(
      (await post(server, 'backup.download', { name: created.value.name })).body,
    ) as { ok: true; value: { fileName: string; contentBase64: string } };
    expect(download.value.fileName).toBe(created.value.name);
    expect(Buffer.from(download.value.contentBase64, 'base64').subarray(0, 15).toString()).toBe(
      'SQLite format 3',
    );
    const restored = await post(server, 'backup.restoreUpload', {
      fileName: 'tai-ve.sqlite',
      contentBase64: download.value.contentBase64,
    });
    expect(restored.status).toBe(200);
    const refused = await post(server, 'backup.restoreUpload', {
      fileName: 'gia.sqlite',
      contentBase64: Buffer.from('không phải SQLite').toString('base64'),
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('không phải cơ sở dữ liệu SQLite');
    // A name that tries to leave the backup folder is refused by the contract.
    expect((await post(server, 'backup.download', { name: '../tdkt.sqlite' })).status).toBe(400);
  });
});
