import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, tokenMatches, type RunningServer } from '../../electron/http/server';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { testApp } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';

const TOKEN = 'test-token-0123456789abcdef';
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
  return { app, server, staticDir };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP (not fetch) so tests can send any Host header and odd paths. */
function request(
  server: RunningServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
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

const api = (server: RunningServer, method: string, input: unknown, token: string | null = TOKEN) =>
  request(server, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(input),
  });

describe('browser mode HTTP transport', () => {
  it('answers 401 without the token or with a wrong one, JSON with it', async () => {
    const { server } = await start();
    expect((await api(server, 'units.list', {}, null)).status).toBe(401);
    expect((await api(server, 'units.list', {}, 'sai')).status).toBe(401);
    expect((await api(server, 'units.list', {}, `${TOKEN}x`)).status).toBe(401);
    const ok = await api(server, 'units.list', {});
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] });
  });

  it('creates and lists units over HTTP, errors with matching status codes', async () => {
    const { server } = await start();
    const created = await api(server, 'units.create', { name: 'Xã Phan Dũng', kindCode: 'xa' });
    expect(created.status).toBe(200);
    const found = JSON.parse((await api(server, 'units.list', { query: 'phan dung' })).body) as {
      value: { name: string }[];
    };
    expect(found.value.map((u) => u.name)).toEqual(['Xã Phan Dũng']);
    expect((await api(server, 'units.create', { name: '' })).status).toBe(400);
    expect((await api(server, 'units.nope', {})).status).toBe(404);
    const badJson = await request(server, {
      method: 'POST',
      path: '/api/units.list',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: '{not json',
    });
    expect(badJson.status).toBe(400);
    const form = await request(server, {
      method: 'POST',
      path: '/api/units.list',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Bearer ${TOKEN}`,
      },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const { server } = await start();
    const evil = await request(server, {
      path: '/',
      headers: { host: `evil.example:${server.port}` },
    });
    expect(evil.status).toBe(403);
    const evilApi = await request(server, {
      method: 'POST',
      path: '/api/units.list',
      headers: {
        host: 'evil.example',
        'content-type': 'application/json',
        authorization: `Bearer ${TOKEN}`,
      },
      body: '{}',
    });
    expect(evilApi.status).toBe(403);
    const local = await request(server, {
      path: '/',
      headers: { host: `localhost:${server.port}` },
    });
    expect(local.status).toBe(200);
  });

  it('sends no CORS headers and the CSP on every response', async () => {
    const { server } = await start();
    const headers = { origin: 'https://evil.example' };
    const page = await request(server, { path: '/', headers });
    const preflight = await request(server, {
      method: 'OPTIONS',
      path: '/api/units.list',
      headers,
    });
    const call = await api(server, 'units.list', {});
    for (const reply of [page, preflight, call]) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(preflight.status).not.toBe(204);
    expect(page.body).toContain('TĐKT');
  });

  it('serves only files inside the renderer folder', async () => {
    const { server, staticDir } = await start();
    fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'bí mật');
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
    ]) {
      const reply = await request(server, { path: p });
      expect(reply.status, p).toBe(404);
      expect(reply.body).not.toContain('bí mật');
    }
    fs.rmSync(path.join(path.dirname(staticDir), 'secret.txt'));
  });

  it('lists the methods with their JSON schemas at GET /api (token required)', async () => {
    const { server } = await start();
    expect((await request(server, { path: '/api' })).status).toBe(401);
    const reply = await request(server, {
      path: '/api',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const body = JSON.parse(reply.body) as {
      methods: { name: string; input: { properties?: Record<string, { title?: string }> } }[];
    };
    const create = body.methods.find((m) => m.name === 'units.create');
    expect(create?.input.properties?.name?.title).toBe('Tên đơn vị');
    expect(body.methods.map((m) => m.name)).toEqual(
      expect.arrayContaining(['units.list', 'units.create', 'settings.update', 'app.info']),
    );
  });

  it('binds to loopback only', async () => {
    const app = testApp();
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'localhost.evil.example']) {
      await expect(
        startHttpServer({ dispatch: app.dispatch, token: TOKEN, staticDir: tempDir(), host }),
      ).rejects.toThrow(/chỉ được chạy trên máy này/);
    }
    const server = await startHttpServer({
      dispatch: app.dispatch,
      token: TOKEN,
      staticDir: tempDir(),
    });
    servers.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('compares tokens in constant time and never accepts an empty one', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abd')).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
  });
});
