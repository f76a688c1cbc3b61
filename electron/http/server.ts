import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { contract, type Result } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Dispatch } from '../api/dispatch';

/** Browser mode listens on loopback only: anything else would expose the database to the LAN. */
export const LOOPBACK_HOSTS = ['127.0.0.1', '::1'] as const;
const MAX_BODY_BYTES = 20 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const STATUS_BY_CODE: Record<string, number> = {
  UNKNOWN_METHOD: 404,
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  DB_TOO_NEW: 409,
  DB_CORRUPT: 500,
  INTERNAL: 500,
};

export interface HttpServerOptions {
  dispatch: Dispatch;
  token: string;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  host?: string;
  port?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Constant-time token check (hashing first makes the lengths equal). */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(expected), digest(given)) && expected.length > 0;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  contentType = 'application/json; charset=utf-8',
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string): void {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `GET /api`: every method with its input and output JSON Schema, for scripts and integrators. */
export function describeApi() {
  const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
    z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return {
    name: 'TĐKT Desk API',
    usage: 'POST /api/<method> với thân JSON và tiêu đề Authorization: Bearer <token>',
    methods: Object.entries(contract).map(([name, spec]) => ({
      name,
      summary: spec.summary,
      input: toSchema(spec.input, 'input'),
      output: toSchema(spec.output, 'output'),
    })),
  };
}

export function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!(LOOPBACK_HOSTS as readonly string[]).includes(host)) {
    return Promise.reject(
      new Error(
        `Chế độ trình duyệt chỉ được chạy trên máy này (127.0.0.1 hoặc ::1), không nhận “${host}”.`,
      ),
    );
  }
  const staticRoot = path.resolve(options.staticDir);
  let allowedHosts = new Set<string>();
  const apiDescription = JSON.stringify(describeApi());

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Lỗi máy chủ nội bộ.');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page on evil.example resolved to 127.0.0.1 still sends its own Host.
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      sendError(res, 403, 'FORBIDDEN', 'Tên máy (Host) không hợp lệ.');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'FORBIDDEN', 'Phương thức không được hỗ trợ.');
      return;
    }
    serveStatic(res, url.pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    const auth = req.headers.authorization;
    const given = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() : undefined;
    if (!tokenMatches(options.token, given)) {
      sendError(res, 401, 'UNAUTHORIZED', 'Thiếu hoặc sai mã truy cập (token).');
      return;
    }
    if (pathname === '/api' && req.method === 'GET') {
      send(res, 200, apiDescription);
      return;
    }
    if (req.method !== 'POST') {
      sendError(res, 405, 'FORBIDDEN', 'Chỉ nhận POST /api/<tên chức năng>.');
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendError(res, 415, 'VALIDATION', 'Nội dung phải là JSON (Content-Type: application/json).');
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      sendError(res, 400, 'VALIDATION', 'Nội dung gửi lên không phải JSON hợp lệ hoặc quá lớn.');
      return;
    }
    const method = decodeURIComponent(pathname.slice('/api/'.length));
    const result: Result<unknown> = await options.dispatch(method, input);
    const status = result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 500);
    send(res, status, JSON.stringify(result));
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      sendError(res, 400, 'VALIDATION', 'Đường dẫn không hợp lệ.');
      return;
    }
    if (relative === '/' || relative === '') relative = '/index.html';
    const file = path.resolve(staticRoot, `.${relative}`);
    if (!file.startsWith(staticRoot + path.sep)) {
      sendError(res, 404, 'NOT_FOUND', 'Không tìm thấy.');
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        sendError(res, 404, 'NOT_FOUND', 'Không tìm thấy.');
        return;
      }
      send(res, 200, data, CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const hostPart = host.includes(':') ? `[${host}]` : host;
      allowedHosts = new Set([`${hostPart}:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://${hostPart}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
