/**
 * Child process of the crash test: imports one candidate list into one dossier, the way the app
 * does, and says how far it got on stdout. The parent kills it with SIGKILL at a random moment.
 * Run by crash-harness.ts (bundled with esbuild): node crash-child.cjs <dataDir> <list.xlsx> <dossierId>
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openApp } from '../../electron/api/app';

async function main(): Promise<void> {
  const [dataDir, listFile, dossierArg] = process.argv.slice(2);
  if (!dataDir || !listFile || !dossierArg) throw new Error('usage: <dataDir> <list> <dossierId>');
  const content = fs.readFileSync(listFile);
  // No automatic backups: the test looks at the one database file.
  const app = openApp({ dataDir, mode: 'browser', appVersion: 'crash-test', autoBackup: false });
  const request = { dossierId: Number(dossierArg), fileName: 'danh-sach.xlsx', content };
  process.stdout.write('ready\n');
  const start = performance.now();
  const since = () => (performance.now() - start).toFixed(1);
  {
    // Says when the write transaction starts and ends (stdout to a pipe is synchronous on Linux,
    // so the parent hears "tx-start" while we are inside it) so that kills can be aimed at it.
    const db = app.db;
    const transaction = db.transaction.bind(db);
    db.transaction = ((fn: (...args: unknown[]) => unknown) =>
      transaction((...args: unknown[]) => {
        process.stdout.write(`tx-start ${since()}\n`);
        const value = fn(...args);
        process.stdout.write(`tx-end ${since()}\n`);
        return value;
      })) as typeof db.transaction;
  }
  const result = await app.services.imports.commit(request);
  process.stdout.write(`done ${result.imported} ${since()}\n`);
  app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
