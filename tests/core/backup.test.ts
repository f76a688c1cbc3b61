import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openApp, type AppInstance } from '../../electron/api/app';
import { BACKUP_DIR_NAME } from '../../electron/core/backup/backup-files';
import { createBackupService, type DatabaseHost } from '../../electron/core/backup/backup.service';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { databasePathIn, openDatabase, type Db } from '../../electron/core/db/open-database';
import { tempDir } from '../helpers/temp-dir';

/** Row counts per table and one hash over every row of every table, in a stable order. */
function fingerprint(file: string): { counts: Record<string, number>; hash: string } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name);
    const hash = createHash('sha256');
    const counts: Record<string, number> = {};
    for (const table of tables) {
      // Some tables are WITHOUT ROWID: sort the rows themselves.
      const rows = db
        .prepare(`SELECT * FROM "${table}"`)
        .raw()
        .all()
        .map((row) => JSON.stringify(row))
        .sort();
      counts[table] = rows.length;
      hash.update(`${table}\n${rows.join('\n')}\n`);
    }
    hash.update(String(db.pragma('user_version', { simple: true })));
    return { counts, hash: hash.digest('hex') };
  } finally {
    db.close();
  }
}

const opened: AppInstance[] = [];
function start(dataDir: string, clock?: () => Date): AppInstance {
  const app = openApp({
    dataDir,
    mode: 'browser',
    appVersion: '0.0.0-test',
    ...(clock ? { clock } : {}),
  });
  opened.push(app);
  return app;
}

async function call<T>(app: AppInstance, method: string, input: unknown = {}): Promise<T> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(app: AppInstance, method: string, input: unknown) {
  const result = await app.dispatch(method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
}

/** A data folder with the demo units and movement, plus one unit of our own. */
async function withData(): Promise<{ app: AppInstance; dataDir: string }> {
  const dataDir = tempDir();
  const app = start(dataDir);
  app.services.demo.load();
  await call(app, 'settings.update', {
    governingBody: 'UBND tỉnh Thử Nghiệm',
    issuingBody: 'Hội đồng Thi đua - Khen thưởng',
    issuingBodyAbbr: 'HĐTĐKT',
    placeName: 'Thử Nghiệm',
    signerOnBehalfOf: '',
    signerDelegation: '',
    signerDelegationOf: '',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Nguyễn Văn An',
    userName: 'Chuyên viên',
  });
  return { app, dataDir };
}

const backupsOf = (dataDir: string) => path.join(dataDir, BACKUP_DIR_NAME);

function closeAll() {
  for (const app of opened.splice(0)) app.close();
}

describe('backups', () => {
  it('a backup restores to an identical database (row counts and content hash)', async () => {
    const { app, dataDir } = await withData();
    const live = databasePathIn(dataDir);
    const entry = await call<{ name: string; size: number; kind: string }>(app, 'backup.create');
    expect(entry.kind).toBe('manual');
    expect(entry.name).toMatch(/^tdkt-\d{4}-\d{2}-\d{2}T\d{9}Z-manual\.sqlite$/);
    app.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const before = fingerprint(live);
    expect(before.counts.units).toBeGreaterThan(5);
    expect(fingerprint(path.join(backupsOf(dataDir), entry.name))).toEqual(before);

    // Change everything we can see, then restore.
    app.db.exec("UPDATE agency_settings SET signer_name = 'Người Khác'");
    app.db.exec("UPDATE units SET name = name || ' (sửa)'");
    app.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(fingerprint(live).hash).not.toBe(before.hash);

    const result = await call<{ previousBackup: string; schemaVersion: number }>(
      app,
      'backup.restore',
      { name: entry.name },
    );
    expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(result.previousBackup).toMatch(/-before-restore\.sqlite$/);
    const settings = await call<{ signerName: string }>(app, 'settings.get');
    expect(settings.signerName).toBe('Nguyễn Văn An');
    app.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(fingerprint(live)).toEqual(before);

    // The replaced data is itself a backup that can be restored.
    const overview = await call<{ backups: { name: string; kind: string }[] }>(app, 'backup.list');
    expect(overview.backups.map((b) => b.kind)).toEqual(['before-restore', 'manual']);
    closeAll();
  });

  it('restores an uploaded file, and a download is the same bytes as the stored backup', async () => {
    const { app, dataDir } = await withData();
    const entry = await call<{ name: string }>(app, 'backup.create');
    const file = await call<{ fileName: string; contentBase64: string }>(app, 'backup.download', {
      name: entry.name,
    });
    expect(file.fileName).toBe(entry.name);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.equals(fs.readFileSync(path.join(backupsOf(dataDir), entry.name)))).toBe(true);
    const expected = fingerprint(path.join(backupsOf(dataDir), entry.name));

    app.db.exec("UPDATE units SET name = name || ' (sửa)'");
    await call(app, 'backup.restoreUpload', {
      fileName: 'sao-luu.sqlite',
      contentBase64: file.contentBase64,
    });
    app.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(fingerprint(databasePathIn(dataDir))).toEqual(expected);
    closeAll();
  });

  it('keeps only the last N backups (N is a setting, default 10)', async () => {
    const dataDir = tempDir();
    let now = Date.UTC(2026, 10, 23, 1, 0, 0);
    const app = start(dataDir, () => new Date(now));
    expect(await call(app, 'backupSettings.get')).toEqual({ keep: 10 });
    const made: string[] = [];
    for (let i = 0; i < 12; i++) {
      now += 60_000;
      made.push((await call<{ name: string }>(app, 'backup.create')).name);
    }
    let listed = (await call<{ backups: { name: string }[] }>(app, 'backup.list')).backups;
    expect(listed.map((b) => b.name)).toEqual(made.slice(2).reverse());

    expect(await call(app, 'backupSettings.update', { keep: 3 })).toEqual({ keep: 3 });
    listed = (await call<{ backups: { name: string }[] }>(app, 'backup.list')).backups;
    expect(listed.map((b) => b.name)).toEqual(made.slice(9).reverse());
    const error = await refusal(app, 'backupSettings.update', { keep: 0 });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/ít nhất 1 bản sao lưu/);

    // Two backups in the same millisecond get different names.
    const a = await call<{ name: string }>(app, 'backup.create');
    const b = await call<{ name: string }>(app, 'backup.create');
    expect(a.name).not.toBe(b.name);
    expect(fs.readdirSync(backupsOf(dataDir)).filter((n) => n.endsWith('.sqlite'))).toHaveLength(3);
    closeAll();
    // The setting survives a restart (it is stored beside the database, not in it).
    const again = start(dataDir);
    expect(await call(again, 'backupSettings.get')).toEqual({ keep: 3 });
    closeAll();
  });

  it('backs up at start once a day and at close only after changes', () => {
    const dataDir = tempDir();
    let now = Date.UTC(2026, 10, 23, 1, 0, 0);
    const clock = () => new Date(now);
    const kinds = () =>
      fs
        .readdirSync(backupsOf(dataDir))
        .filter((n) => n.endsWith('.sqlite'))
        .sort()
        .map((n) => /Z-([a-z-]+)\.sqlite$/.exec(n)?.[1]);
    const first = start(dataDir, clock); // a new database: nothing to back up yet
    expect(fs.existsSync(backupsOf(dataDir))).toBe(false);
    first.services.demo.load();
    now += 1000;
    closeAll();
    expect(kinds()).toEqual(['close']);

    now += 1000;
    start(dataDir, clock); // same day, a backup exists: no start backup; no change: no close backup
    now += 1000;
    closeAll();
    expect(kinds()).toEqual(['close']);

    now += 24 * 3600_000;
    start(dataDir, clock);
    now += 1000;
    closeAll();
    expect(kinds()).toEqual(['close', 'start']);
  });
});

describe('restore refuses bad files and leaves the current data unchanged', () => {
  async function refuseUpload(content: Buffer, fileName: string) {
    const { app, dataDir } = await withData();
    app.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const before = fingerprint(databasePathIn(dataDir));
    const error = await refusal(app, 'backup.restoreUpload', {
      fileName,
      contentBase64: content.toString('base64'),
    });
    expect(error.message).toContain(`Không phục hồi từ “${fileName}”`);
    expect(error.message).toContain('Dữ liệu hiện tại không bị thay đổi.');
    // Still the same data, still usable, and nothing left behind.
    expect((await call<{ signerName: string }>(app, 'settings.get')).signerName).toBe(
      'Nguyễn Văn An',
    );
    app.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(fingerprint(databasePathIn(dataDir))).toEqual(before);
    const left = fs.existsSync(backupsOf(dataDir)) ? fs.readdirSync(backupsOf(dataDir)) : [];
    expect(left).toEqual([]);
    closeAll();
    return error.message;
  }

  it('a file that is not SQLite', async () => {
    const message = await refuseUpload(Buffer.from('Họ và tên,Năm sinh\n'), 'danh-sach.csv');
    expect(message).toMatch(/không phải cơ sở dữ liệu SQLite/);
  });

  it('a corrupted database (integrity_check fails)', async () => {
    const { app } = await withData();
    const good = await call<{ contentBase64: string }>(app, 'backup.download', {
      name: (await call<{ name: string }>(app, 'backup.create')).name,
    });
    closeAll();
    const bytes = Buffer.from(good.contentBase64, 'base64');
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the middle of every page after the first: b-tree pages no longer parse.
    for (let page = 1; page * pageSize < bytes.length; page++) {
      bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    }
    const message = await refuseUpload(bytes, 'hong.sqlite');
    expect(message).toMatch(/integrity_check|bị hỏng/);
  });

  it('a database of a newer version of the app', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'moi.sqlite');
    const app = start(dir);
    await call(app, 'backup.create');
    closeAll();
    const name = fs.readdirSync(backupsOf(dir)).find((n) => n.endsWith('.sqlite'))!;
    fs.copyFileSync(path.join(backupsOf(dir), name), file);
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const message = await refuseUpload(fs.readFileSync(file), 'moi.sqlite');
    expect(message).toMatch(/phiên bản mới hơn/);
  });

  it('a SQLite database that is not TĐKT data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'khac.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.close();
    const message = await refuseUpload(fs.readFileSync(file), 'khac.sqlite');
    expect(message).toMatch(/không phải dữ liệu của TĐKT Desk/);
  });

  it('a backup whose migrations differ from ours', async () => {
    const dir = tempDir();
    start(dir);
    closeAll();
    const file = path.join(dir, 'la.sqlite');
    fs.copyFileSync(databasePathIn(dir), file);
    const db = new Database(file);
    db.exec("UPDATE schema_migrations SET sha256 = 'khac' WHERE version = 2");
    db.pragma('journal_mode = DELETE');
    db.close();
    const message = await refuseUpload(fs.readFileSync(file), 'la.sqlite');
    expect(message).toMatch(/cấu trúc dữ liệu không khớp/);
  });
});

describe('restore that fails after the swap', () => {
  it('puts the previous database back when the restored file cannot be opened', async () => {
    const dataDir = tempDir();
    const file = databasePathIn(dataDir);
    let db: Db | null = openDatabase(file);
    let failNextOpen = true;
    const host: DatabaseHost = {
      dataDir,
      databasePath: file,
      current: () => db,
      recoveryMessage: () => null,
      detach() {
        db?.close();
        db = null;
      },
      attach() {
        if (failNextOpen) {
          failNextOpen = false;
          throw new Error('mô phỏng: không mở được');
        }
        db = openDatabase(file);
      },
    };
    const service = createBackupService(host, () => new Date());
    const entry = await service.create();
    db.exec("UPDATE agency_settings SET signer_name = 'Dữ liệu hiện tại'");
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const before = fingerprint(file);
    await expect(service.restore(entry.name)).rejects.toThrow(
      /mô phỏng: không mở được.*dữ liệu trước khi phục hồi đã được đặt lại/,
    );
    const reopened = host.current();
    if (!reopened) throw new Error('the previous database was not reopened');
    expect(
      (reopened.prepare('SELECT signer_name AS n FROM agency_settings').get() as { n: string }).n,
    ).toBe('Dữ liệu hiện tại');
    reopened.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(fingerprint(file)).toEqual(before);
    reopened.close();
  });
});

describe('integrity check at start', () => {
  it('starts in the recovery state with the reason and the way out, then restores the last good backup', async () => {
    const { app, dataDir } = await withData();
    const good = await call<{ name: string }>(app, 'backup.create');
    const expected = fingerprint(path.join(backupsOf(dataDir), good.name));
    closeAll();
    const live = databasePathIn(dataDir);
    const bytes = fs.readFileSync(live);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 2; page * pageSize < bytes.length; page++) {
      bytes.fill(0x5a, page * pageSize + 8, page * pageSize + 200);
    }
    fs.writeFileSync(live, bytes);

    const broken = start(dataDir);
    expect(broken.recoveryMessage).toMatch(/bị hỏng|không phải cơ sở dữ liệu/);
    expect(broken.recoveryMessage).toContain('Sao lưu và phục hồi');
    const refused = await refusal(broken, 'units.list', {});
    expect(refused.code).toBe('DB_CORRUPT');
    expect(refused.message).toBe(broken.recoveryMessage);
    const overview = await call<{ recoveryMessage: string; backups: { name: string }[] }>(
      broken,
      'backup.list',
    );
    expect(overview.recoveryMessage).toBe(broken.recoveryMessage);
    expect(overview.backups[0]!.name).toBe(good.name);
    expect((await refusal(broken, 'backup.create', {})).code).toBe('DB_CORRUPT');

    const result = await call<{ previousBackup: string }>(broken, 'backup.restore', {
      name: good.name,
    });
    expect(result.previousBackup).toMatch(/-damaged\.sqlite$/);
    expect(broken.recoveryMessage).toBeNull();
    expect((await call<{ signerName: string }>(broken, 'settings.get')).signerName).toBe(
      'Nguyễn Văn An',
    );
    broken.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(fingerprint(live)).toEqual(expected);
    closeAll();
  });

  it('a file that is not a database at all also starts in the recovery state', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(databasePathIn(dataDir), 'đây không phải cơ sở dữ liệu'.repeat(200));
    const app = start(dataDir);
    expect(app.recoveryMessage).toMatch(/Không mở được cơ sở dữ liệu/);
    expect((await call<{ schemaVersion: number }>(app, 'app.info')).schemaVersion).toBe(0);
    expect((await call<{ backups: unknown[] }>(app, 'backup.list')).backups).toEqual([]);
    closeAll();
  });
});
