import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { migrate } from './migrate';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'tdkt.sqlite';

/**
 * Opens (or creates) the database file, sets the pragmas every connection needs, and migrates it.
 * synchronous=FULL: a secretariat's years of records are worth an fsync per commit.
 */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw new AppError(
      'DB_CORRUPT',
      `Không mở được cơ sở dữ liệu “${file}”: tệp không phải cơ sở dữ liệu của TĐKT Desk hoặc đã hỏng. ` +
        `(${(error as Error).message})`,
    );
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  // 32 MB of page cache instead of 2 MB: a 10,000-row import updates five indexes at once.
  db.pragma('cache_size = -32000');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function databasePathIn(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}
