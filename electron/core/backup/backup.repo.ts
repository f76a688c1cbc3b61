import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from '../db/open-database';
import { LATEST_SCHEMA_VERSION, sha256 } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';

/** Tables every TĐKT database has from the first migration on. */
const REQUIRED_TABLES = ['schema_migrations', 'agency_settings', 'units'] as const;

/** The 16 bytes every SQLite 3 database file starts with. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/** Changes made through this connection since it was opened (migrations included). */
export function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** `quick_check` at start (fast); `integrity_check` for a file about to replace the live one. */
export function integrityProblems(db: Db, full: boolean): string[] {
  const rows = db.pragma(full ? 'integrity_check' : 'quick_check') as Record<string, string>[];
  const messages = rows.map((r) => String(Object.values(r)[0]));
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** A consistent, compact copy written synchronously (used where awaiting is not possible). */
export function vacuumInto(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** SQLite's online backup API, page by page, without blocking writers for long. */
export async function onlineBackup(db: Db, file: string): Promise<void> {
  await db.backup(file);
  // A backup of a WAL database is in WAL mode too; a single self-contained file is what we keep.
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface CandidateFacts {
  problems: string[];
  userVersion: number;
  missingTables: string[];
  /** Applied migrations that are not ours (unknown version or different SQL). */
  foreignMigrations: number[];
  /** Versions 1..user_version that have no record. */
  unrecordedVersions: number[];
}

/** Reads what a restore needs to know about a file, opened read-only (nothing is written to it). */
export function inspectCandidate(file: string): CandidateFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = integrityProblems(db, true);
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((r) => r.name),
    );
    const missingTables = REQUIRED_TABLES.filter((t) => !tables.has(t));
    const applied = tables.has('schema_migrations')
      ? (db.prepare('SELECT version, sha256 FROM schema_migrations ORDER BY version').all() as {
          version: number;
          sha256: string;
        }[])
      : [];
    // The same rule as migrate(): a recorded step must be one of ours, with the same SQL.
    const foreignMigrations = applied
      .filter((row) => {
        const known = MIGRATIONS[row.version - 1];
        return !known || sha256(known.sql) !== row.sha256;
      })
      .map((row) => row.version);
    const recorded = new Set(applied.map((row) => row.version));
    const unrecordedVersions: number[] = [];
    for (let v = 1; v <= Math.min(userVersion, LATEST_SCHEMA_VERSION); v++) {
      if (!recorded.has(v)) unrecordedVersions.push(v);
    }
    return { problems, userVersion, missingTables, foreignMigrations, unrecordedVersions };
  } finally {
    db.close();
  }
}
