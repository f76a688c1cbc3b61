import { afterEach } from 'vitest';
import { openApp, type AppInstance } from '../../electron/api/app';
import { tempDir } from './temp-dir';

const opened: AppInstance[] = [];

/** A real app (SQLite file in a temp dir, services, dispatcher), closed after the test. */
export function testApp(clock?: () => Date): AppInstance & { dataDir: string } {
  const dataDir = tempDir();
  const app = openApp({
    dataDir,
    mode: 'browser',
    appVersion: '0.0.0-test',
    ...(clock ? { clock } : {}),
  });
  opened.push(app);
  return Object.assign(app, { dataDir });
}

afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});
