import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { openApp } from '../../electron/api/app';
import { databasePathIn } from '../../electron/core/db/open-database';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CHILD = path.join(ROOT, 'tests', 'tools', 'crash-child.ts');

/** Small seeded generator (mulberry32): a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Đức', 'Hà', 'Hải', 'Hương', 'Lan', 'Minh', 'Nam'];

export async function candidateList(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cá nhân');
  sheet.addRow([
    'STT',
    'Họ và tên',
    'Giới tính',
    'Năm sinh',
    'Chức vụ',
    'Đơn vị công tác',
    'Hình thức khen thưởng',
  ]);
  for (let i = 0; i < rows; i++) {
    sheet.addRow([
      i + 1,
      `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[(i * 7) % GIVEN.length]} ${i + 1}`,
      i % 2 ? 'Nữ' : 'Nam',
      1960 + (i % 40),
      'Nhân viên',
      `Phòng ${1 + (i % 30)}`,
      'Bằng khen của Chủ tịch UBND tỉnh',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface CrashTemplate {
  dir: string;
  /** The child bundled once: a killed child must not have paid for compiling TypeScript. */
  childScript: string;
  dataDir: string;
  listFile: string;
  dossierId: number;
  rows: number;
}

/** A data folder with the demo units and movement and one empty dossier, plus the list to import. */
export async function prepareTemplate(rows: number): Promise<CrashTemplate> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-crash-'));
  const dataDir = path.join(dir, 'template');
  const app = openApp({ dataDir, mode: 'browser', appVersion: 'crash-test', autoBackup: false });
  const { movementId } = app.services.demo.load();
  const unitId = app.services.units.list({}).find((u) => u.name.includes('Tuy Phong'))!.id;
  const dossier = app.services.dossiers.create({
    receivedDate: '2021-11-25',
    proposingUnitId: unitId,
    documentNumber: null,
    documentDate: null,
    movementId,
    periodCode: null,
    procedure: 'don_gian',
    awardFormCodes: ['bk_chu_tich_tinh'],
    note: null,
  });
  app.close();
  const listFile = path.join(dir, 'danh-sach.xlsx');
  fs.writeFileSync(listFile, await candidateList(rows));
  const childScript = path.join(dir, 'crash-child.cjs');
  await build({
    entryPoints: [CHILD],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'pdfmake'],
    outfile: childScript,
    logLevel: 'warning',
  });
  return { dir, childScript, dataDir, listFile, dossierId: dossier.id, rows };
}

export interface ChildRun {
  /** The child was killed before it reported the commit as done. */
  killed: boolean;
  /** From "ready": the whole commit, and its write transaction (calibration runs only), ms. */
  commitMs?: number;
  txStartMs?: number;
  txEndMs?: number;
}

/** Runs the child; kills it `killAfterMs` after it said "ready" (or lets it finish). */
export function runChild(
  template: CrashTemplate,
  dataDir: string,
  options: { killAfterMs?: number; from?: 'ready' | 'tx-start' } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const args = [template.childScript, dataDir, template.listFile, String(template.dossierId)];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      // The bundle lives in a temp folder: native and external modules come from the project.
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    let killedByUs = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const mark = `${options.from ?? 'ready'} `;
      const heard = mark === 'ready ' ? out.includes('ready\n') : out.includes(mark);
      if (options.killAfterMs !== undefined && timer === undefined && heard) {
        timer = setTimeout(() => {
          killedByUs = child.kill('SIGKILL');
        }, options.killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      const done = /^done (\d+) ([\d.]+)$/m.exec(out);
      // Killed even after "done" (while closing) counts as a kill: the file is checked all the same.
      if (signal === 'SIGKILL' && killedByUs) {
        resolve({ killed: true });
        return;
      }
      if (code !== 0 || !done) {
        reject(new Error(`crash child failed (code ${code}, signal ${signal}): ${err || out}`));
        return;
      }
      const txStart = /^tx-start ([\d.]+)$/m.exec(out);
      const txEnd = /^tx-end ([\d.]+)$/m.exec(out);
      resolve({
        killed: false,
        commitMs: Number(done[2]),
        ...(txStart && txEnd ? { txStartMs: Number(txStart[1]), txEndMs: Number(txEnd[1]) } : {}),
      });
    });
  });
}

export interface AfterCrash {
  integrity: string;
  nominations: number;
  batches: number;
}

/** Opens what the killed child left (WAL recovery included) and reads what the test asserts. */
export function inspectAfterCrash(dataDir: string, dossierId: number): AfterCrash {
  const db = new Database(databasePathIn(dataDir), { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const count = (sql: string) => (db.prepare(sql).get(dossierId) as { n: number }).n;
    return {
      integrity,
      nominations: count('SELECT count(*) AS n FROM nominations WHERE dossier_id = ?'),
      batches: count('SELECT count(*) AS n FROM import_batches WHERE dossier_id = ?'),
    };
  } finally {
    db.close();
  }
}

/** What every kill must leave: a sound file, and the list either absent or complete. */
export function soundAfterCrash(after: AfterCrash, rows: number): boolean {
  const whole =
    (after.nominations === 0 && after.batches === 0) ||
    (after.nominations === rows && after.batches === 1);
  return after.integrity === 'ok' && whole;
}

export interface CrashSummary {
  seed: number;
  kills: number;
  /** Kills that found the list not there at all / fully there. */
  empty: number;
  full: number;
  /** Runs that finished before the kill landed (counted apart from kills). */
  finished: number;
  commitMs: number;
  txStartMs: number;
  txEndMs: number;
  failures: string[];
}

/**
 * Kills the import `kills` times: half the delays uniform over the whole run, half around the
 * write transaction (measured by a calibration run), so both reading and writing are hit.
 */
export async function crashRuns(options: {
  kills: number;
  rows: number;
  seed: number;
  parallel?: number;
  log?: (line: string) => void;
}): Promise<CrashSummary> {
  const log = options.log ?? (() => undefined);
  const template = await prepareTemplate(options.rows);
  try {
    // Calibrated under the same load as the kills (as many children at once).
    const parallel = options.parallel ?? 1;
    const calibrations = await Promise.all(
      Array.from({ length: parallel }, async (_, i) => {
        const dir = path.join(template.dir, `calibrate-${i}`);
        fs.cpSync(template.dataDir, dir, { recursive: true });
        const run = await runChild(template, dir);
        fs.rmSync(dir, { recursive: true, force: true });
        return run;
      }),
    );
    const median = (pick: (r: ChildRun) => number | undefined) =>
      calibrations.map((r) => pick(r) ?? 0).sort((a, b) => a - b)[Math.floor(parallel / 2)]!;
    const commitMs = median((r) => r.commitMs);
    const txStartMs = median((r) => r.txStartMs);
    const txEndMs = median((r) => r.txEndMs);
    log(
      `calibration (${parallel} at once, ${options.rows} rows): commit ${commitMs.toFixed(0)} ms ` +
        `after start, write transaction ${txStartMs.toFixed(0)}–${txEndMs.toFixed(0)} ms`,
    );
    const random = seededRandom(options.seed);
    const summary: CrashSummary = {
      seed: options.seed,
      kills: 0,
      empty: 0,
      full: 0,
      finished: 0,
      commitMs,
      txStartMs,
      txEndMs,
      failures: [],
    };
    let attempt = 0;
    let inFlight = 0;
    const worker = async () => {
      while (summary.kills + inFlight < options.kills && summary.failures.length === 0) {
        const i = attempt++;
        inFlight++;
        // Odd runs: during the write transaction (and the commit's fsync just after it).
        const inTransaction = i % 2 === 1;
        const delay = inTransaction ? random() * (txEndMs - txStartMs) * 1.1 : random() * commitMs;
        const dataDir = path.join(template.dir, `run-${i}`);
        fs.cpSync(template.dataDir, dataDir, { recursive: true });
        const run = await runChild(template, dataDir, {
          killAfterMs: delay,
          from: inTransaction ? 'tx-start' : 'ready',
        });
        inFlight--;
        const after = inspectAfterCrash(dataDir, template.dossierId);
        fs.rmSync(dataDir, { recursive: true, force: true });
        if (!soundAfterCrash(after, template.rows)) {
          summary.failures.push(
            `run ${i} (kill ${delay.toFixed(0)} ms after ${inTransaction ? 'tx-start' : 'ready'}): integrity ${after.integrity}, ` +
              `${after.nominations} of ${template.rows} nominations, ${after.batches} batches`,
          );
        }
        if (!run.killed) {
          summary.finished++;
          continue;
        }
        summary.kills++;
        if (after.nominations === 0) summary.empty++;
        else summary.full++;
        if (summary.kills % 10 === 0) log(`${summary.kills} kills survived so far`);
      }
    };
    await Promise.all(Array.from({ length: options.parallel ?? 1 }, worker));
    log(
      `seed ${summary.seed}: ${summary.kills} kills survived (list absent ${summary.empty}, ` +
        `complete ${summary.full}), ${summary.finished} runs finished before the kill, ` +
        `${summary.failures.length} failures`,
    );
    return summary;
  } finally {
    fs.rmSync(template.dir, { recursive: true, force: true });
  }
}
