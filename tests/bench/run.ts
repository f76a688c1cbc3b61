/**
 * `npm run bench`: one JSON line per benchmark, `{"name","value","unit"}`, plus `reference` and
 * `ratio` (value / reference) where a baseline is measured in the same run. Medians of several runs.
 * `BENCH=intake|documents|council|councilDocuments npm run bench` runs one group only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openApp } from '../../electron/api/app';
import { openDatabase } from '../../electron/core/db/open-database';
import type { UnitCreate } from '../../shared/domain/unit';
import { benchCouncil } from './council';
import { benchCouncilDocuments } from './council-documents';
import { benchDocuments } from './documents';
import { benchIntake } from './intake';
import { benchQuota } from './quota';

const RUNS = 5;
const UNITS = 10_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function report(name: string, value: number, unit: string, reference?: number): void {
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(
    JSON.stringify({
      name,
      value: round(value),
      unit,
      ...(reference === undefined
        ? {}
        : { reference: round(reference), ratio: round(value / reference) }),
    }),
  );
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-'));
let n = 0;
const freshDir = () => path.join(root, String(n++));

/** `BENCH=<name> npm run bench` runs one group only. */
const GROUPS: Record<string, () => Promise<void>> = {
  intake: () => benchIntake(report, freshDir),
  documents: () => benchDocuments(report),
  council: () => benchCouncil(report, freshDir),
  councilDocuments: () => benchCouncilDocuments(report),
};
const only = process.env.BENCH;
if (only) {
  const group = GROUPS[only];
  if (!group) {
    console.error(`BENCH=${only}: unknown; one of ${Object.keys(GROUPS).join(', ')}`);
    process.exit(2);
  }
  try {
    await group();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  process.exit(0);
}

try {
  // db.open: a new file with every migration applied, against a bare open with the same pragmas.
  const openTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const file = path.join(freshDir(), 'tdkt.sqlite');
    openTimes.push(time(() => openDatabase(file).close()));
    const bare = path.join(freshDir(), 'bare.sqlite');
    fs.mkdirSync(path.dirname(bare), { recursive: true });
    bareTimes.push(
      time(() => {
        const db = new Database(bare);
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.close();
      }),
    );
  }
  report('db.open', median(openTimes), 'ms', median(bareTimes));

  // 10,000 units through the service (validation, normalisation, search key) vs raw inserts.
  const inputs: UnitCreate[] = Array.from({ length: UNITS }, (_, i) => ({
    name: `Trường Tiểu học Nguyễn Văn Trỗi số ${i + 1}`,
    kindCode: i % 2 ? 'truong_hoc' : 'xa',
    sector: 'Giáo dục',
  }));
  const insertTimes: number[] = [];
  const rawTimes: number[] = [];
  const listTimes: number[] = [];
  const rawListTimes: number[] = [];
  const searchTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const app = openApp({ dataDir: freshDir(), mode: 'browser', appVersion: 'bench' });
    insertTimes.push(time(() => app.services.units.createMany(inputs)));
    listTimes.push(time(() => app.services.units.list({})));
    searchTimes.push(time(() => app.services.units.list({ query: 'nguyen van troi so 99' })));
    rawListTimes.push(time(() => app.db.prepare('SELECT * FROM units').all()));
    app.close();

    const raw = openDatabase(path.join(freshDir(), 'tdkt.sqlite'));
    const insert = raw.prepare(
      "INSERT INTO units (name, kind_code, sector, search_key, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')",
    );
    rawTimes.push(
      time(() =>
        raw.transaction(() => {
          for (const u of inputs) insert.run(u.name, u.kindCode, u.sector, u.name);
        })(),
      ),
    );
    raw.close();
  }
  report('units.insert10k', median(insertTimes), 'ms', median(rawTimes));
  report('units.list10k', median(listTimes), 'ms', median(rawListTimes));
  report('units.search10k', median(searchTimes), 'ms');
  benchQuota(report);
  await benchIntake(report, freshDir);
  await benchCouncilDocuments(report);
  await benchDocuments(report);
  await benchCouncil(report, freshDir);
  report('memory.rss', process.memoryUsage().rss / 1024 / 1024, 'MiB');
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
