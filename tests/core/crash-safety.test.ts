import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePathIn } from '../../electron/core/db/open-database';
import {
  crashRuns,
  inspectAfterCrash,
  prepareTemplate,
  runChild,
  soundAfterCrash,
} from '../tools/crash-harness';

const KILLS = 20;
const ROWS = 2000;

describe('crash safety', () => {
  it(`an import killed with SIGKILL ${KILLS} times leaves a sound database with the list whole or absent`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
    // Printed so that a failure can be replayed: CRASH_SEED=<seed> npx vitest run tests/core/crash-safety.test.ts
    console.log(`crash-safety: CRASH_SEED=${seed}`);
    const summary = await crashRuns({
      kills: KILLS,
      rows: ROWS,
      seed,
      parallel: 2,
      log: (line) => console.log(`crash-safety: ${line}`),
    });
    expect(summary.failures).toEqual([]);
    expect(summary.kills).toBe(KILLS);
    expect(summary.empty + summary.full).toBe(KILLS);
  }, 180_000);

  it('the check itself: a finished import counts as complete, a half-written list fails', async () => {
    const template = await prepareTemplate(40);
    try {
      const done = path.join(template.dir, 'done');
      fs.cpSync(template.dataDir, done, { recursive: true });
      expect((await runChild(template, done)).killed).toBe(false);
      const after = inspectAfterCrash(done, template.dossierId);
      expect(after).toEqual({ integrity: 'ok', nominations: 40, batches: 1 });
      expect(soundAfterCrash(after, 40)).toBe(true);
      expect(soundAfterCrash(inspectAfterCrash(template.dataDir, template.dossierId), 40)).toBe(
        true,
      );
      // What a non-atomic import would leave after a kill: some rows of the list.
      const db = new Database(databasePathIn(done));
      db.prepare(
        'DELETE FROM nominations WHERE dossier_id = ? AND id NOT IN (SELECT id FROM nominations WHERE dossier_id = ? LIMIT 15)',
      ).run(template.dossierId, template.dossierId);
      db.close();
      const partial = inspectAfterCrash(done, template.dossierId);
      expect(partial.nominations).toBe(15);
      expect(soundAfterCrash(partial, 40)).toBe(false);
    } finally {
      fs.rmSync(template.dir, { recursive: true, force: true });
    }
  }, 60_000);
});
