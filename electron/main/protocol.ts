import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/** The renderer is served from app://tdkt/ instead of file:// (Electron security checklist #18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tdkt';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** `standard` gives app://tdkt a real origin (storage, relative URLs); `secure` avoids mixed-content rules. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function respond(
  status: number,
  body: ConstructorParameters<typeof Response>[0],
  contentType: string,
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

const notFound = (): Response => respond(404, 'Không tìm thấy.', 'text/plain; charset=utf-8');

/**
 * Serves files of the built renderer. Anything that is not a file inside `rendererDir` on host
 * `tdkt` is a 404, so a crafted URL cannot read other files of the machine.
 */
export function createAppProtocolHandler(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Phương thức không được hỗ trợ.', 'text/plain; charset=utf-8');
    }
    let pathname: string;
    try {
      // The URL parser already removed "../" segments; encoded ones (%2e%2e%2f) only appear now.
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (pathname === '/' || pathname === '') pathname = '/index.html';
    const file = path.resolve(root, `.${pathname}`);
    const relative = path.relative(root, file);
    if (
      relative === '' ||
      relative === '..' ||
      relative.startsWith(`..${path.sep}`) ||
      path.isAbsolute(relative)
    ) {
      return notFound();
    }
    try {
      const body = await fs.readFile(file);
      const contentType =
        CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return respond(200, request.method === 'HEAD' ? null : body, contentType);
    } catch {
      // Missing file, a directory, a NUL byte in the name: all the same to the page.
      return notFound();
    }
  };
}

/** Must run after `app` is ready; the scheme itself is registered as privileged before that. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
