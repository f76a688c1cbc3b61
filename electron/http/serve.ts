import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openApp } from '../api/app';
import { databasePathIn } from '../core/db/open-database';
import { AppError } from '../core/errors';
import { defaultDataDir } from '../core/paths';
import { startHttpServer } from './server';

declare const __APP_VERSION__: string;

/** `npm run serve -- [--data DIR] [--port N]`: the real app in a browser, on this machine only. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('VALIDATION', `Cổng “${values.port}” không hợp lệ (0–65535).`);
  }
  const token = process.env.TDKT_TOKEN || randomBytes(24).toString('base64url');
  if (!/^[\x21-\x7e]{8,}$/.test(token)) {
    throw new AppError(
      'VALIDATION',
      'TDKT_TOKEN phải có ít nhất 8 ký tự ASCII, không có dấu cách.',
    );
  }
  const app = openApp({ dataDir, mode: 'browser', appVersion: __APP_VERSION__ });
  const server = await startHttpServer({
    dispatch: app.dispatch,
    token,
    staticDir: path.join(__dirname, '..', 'renderer'),
    port,
  });
  console.log(`TĐKT Desk — chế độ trình duyệt`);
  console.log(`Dữ liệu: ${databasePathIn(dataDir)}`);
  if (app.recoveryMessage) console.log(`CẢNH BÁO: ${app.recoveryMessage}`);
  console.log(`Mã truy cập (token): ${token}`);
  console.log(`Mở trong trình duyệt: ${server.url}#token=${token}`);
  console.log(`TDKT_URL=${server.url}`);
  const stop = () => {
    void server.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
});
