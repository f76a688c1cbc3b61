import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { AppError } from '../../electron/core/errors';
import { tempDir } from '../helpers/temp-dir';

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('database migrations', () => {
  it('creates a fresh database at the latest version with its pragmas', () => {
    const file = path.join(tempDir(), 'sub', 'tdkt.sqlite');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['agency_settings', 'schema_migrations', 'unit_kinds', 'units']),
    );
    const applied = db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    db.close();
  });

  it('re-opening applies nothing and keeps the data', () => {
    const file = path.join(tempDir(), 'tdkt.sqlite');
    const first = openDatabase(file);
    first
      .prepare(
        "INSERT INTO units (name, kind_code, search_key, created_at, updated_at) VALUES ('Tỉnh A', 'tinh', 'tinh a', 'x', 'x')",
      )
      .run();
    first.close();
    const second = openDatabase(file);
    expect(second.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 1 });
    expect(second.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({
      n: MIGRATIONS.length,
    });
    expect(second.prepare('SELECT count(*) AS n FROM agency_settings').get()).toEqual({ n: 1 });
    second.close();
  });

  it('applies only the pending migrations, in order, each recorded', () => {
    const db = new Database(path.join(tempDir(), 'x.sqlite'));
    const list = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (y INTEGER);' },
    ];
    expect(migrate(db, list.slice(0, 1))).toEqual({ from: 0, to: 1 });
    expect(migrate(db, list)).toEqual({ from: 1, to: 2 });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(tables(db)).toEqual(['a', 'b', 'schema_migrations']);
    db.close();
  });

  it('rolls back a failing migration completely', () => {
    const db = new Database(path.join(tempDir(), 'x.sqlite'));
    const list = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x INTEGER);' },
      {
        version: 2,
        name: 'bad',
        sql: 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);',
      },
    ];
    expect(() => migrate(db, list)).toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(['a', 'schema_migrations']);
    db.close();
  });

  it('refuses a database written by a newer app version, without changing it', () => {
    const file = path.join(tempDir(), 'tdkt.sqlite');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toMatch(/phiên bản mới hơn/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database whose applied migration differs from ours', () => {
    const db = new Database(path.join(tempDir(), 'x.sqlite'));
    migrate(db, [{ version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER);' }]);
    expect(() => migrate(db, [{ version: 1, name: 'a', sql: 'CREATE TABLE a (x TEXT);' }])).toThrow(
      /không khớp/,
    );
    db.close();
  });

  it('rejects a migration list with gaps', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'x', sql: '' }])).toThrow(/1..n/);
    db.close();
  });

  it('refuses a file that is not a database with a Vietnamese message', () => {
    const file = path.join(tempDir(), 'tdkt.sqlite');
    fs.writeFileSync(file, 'đây không phải cơ sở dữ liệu'.repeat(100));
    expect(() => openDatabase(file)).toThrow(/Không mở được cơ sở dữ liệu/);
  });
});
