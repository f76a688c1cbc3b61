import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { MIGRATIONS, type Migration } from './migrations';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The schema version this build of the app writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Applies pending migrations, each in its own transaction with `user_version`.
 * Refuses a database from a newer app, and one whose applied migrations differ from ours.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list is not 1..n: ${m.version} at ${i}`);
  });
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `Cơ sở dữ liệu này do phiên bản mới hơn của TĐKT Desk tạo ra (phiên bản dữ liệu ${from}, ` +
        `chương trình này chỉ đọc được đến ${latest}). Hãy cập nhật TĐKT Desk; dữ liệu không bị thay đổi.`,
    );
  }
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = db
    .prepare('SELECT version, sha256 FROM schema_migrations ORDER BY version')
    .all() as { version: number; sha256: string }[];
  for (const row of applied) {
    const known = migrations[row.version - 1];
    if (known && sha256(known.sql) !== row.sha256) {
      throw new AppError(
        'DB_CORRUPT',
        `Cấu trúc cơ sở dữ liệu không khớp với chương trình (bước nâng cấp ${row.version}). ` +
          'Hãy dùng bản sao lưu hoặc liên hệ người hỗ trợ kỹ thuật.',
      );
    }
  }
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)',
  );
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, sha256(m.sql), now().toISOString());
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: latest };
}
