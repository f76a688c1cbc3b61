import fs from 'node:fs';
import path from 'node:path';
import {
  BackupSettings,
  DEFAULT_BACKUP_KEEP,
  type BackupEntry,
  type BackupKind,
  type BackupOverview,
  type RestoreResult,
} from '../../../shared/contract/backup';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import type { Db } from '../db/open-database';
import { AppError } from '../errors';
import {
  BACKUP_DIR_NAME,
  commitFile,
  freeBackupName,
  listBackupFiles,
  parseBackupFileName,
  removeSidecarFiles,
  removeSqliteFile,
  removeTempFiles,
  rotateBackups,
  tempPathIn,
} from './backup-files';
import {
  hasSqliteHeader,
  inspectCandidate,
  onlineBackup,
  schemaVersion,
  totalChanges,
  vacuumInto,
} from './backup.repo';

/** What the backup service needs from the app that owns the connection. */
export interface DatabaseHost {
  readonly dataDir: string;
  readonly databasePath: string;
  /** The live connection, or null while in the recovery state. */
  current(): Db | null;
  recoveryMessage(): string | null;
  /** Closes the live connection. */
  detach(): void;
  /** Opens, migrates and checks the database file again; throws if it cannot (recovery state). */
  attach(): void;
}

export interface BackupService {
  overview(): BackupOverview;
  create(): Promise<BackupEntry>;
  download(name: string): { fileName: string; content: Buffer };
  restore(name: string): Promise<RestoreResult>;
  restoreUpload(fileName: string, content: Buffer): Promise<RestoreResult>;
  settings(): BackupSettings;
  updateSettings(input: BackupSettings): BackupSettings;
  /** Called after each (re)open: changes from here on make a backup at close worthwhile. */
  opened(db: Db): void;
  /** Synchronous: once a day, when an existing database has been opened. */
  atStart(): BackupEntry | null;
  /** Synchronous (Electron's will-quit cannot wait): only if something changed since the last backup. */
  atClose(): BackupEntry | null;
}

const SETTINGS_FILE_NAME = 'backup-settings.json';

const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/**
 * Backups of the one database file into `<dataDir>/backups`, and restore with checks first.
 * Its settings live in a small JSON file beside the database, not inside it: they must be readable
 * when the database is damaged and must not be rolled back by a restore.
 */
export function createBackupService(host: DatabaseHost, clock: () => Date): BackupService {
  const dir = path.join(host.dataDir, BACKUP_DIR_NAME);
  const settingsFile = path.join(host.dataDir, SETTINGS_FILE_NAME);
  const savedChanges = new WeakMap<Db, number>();

  function settings(): BackupSettings {
    try {
      const parsed = BackupSettings.safeParse(JSON.parse(fs.readFileSync(settingsFile, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // Missing or unreadable: the default applies.
    }
    return { keep: DEFAULT_BACKUP_KEEP };
  }

  function liveDb(): Db {
    const db = host.current();
    if (!db) {
      throw new AppError(
        'DB_CORRUPT',
        'Cơ sở dữ liệu hiện tại đang hỏng nên không sao lưu được. Hãy phục hồi từ một bản sao lưu.',
      );
    }
    return db;
  }

  function finish(temp: string, kind: BackupKind, db: Db | null): BackupEntry {
    const name = freeBackupName(dir, clock(), kind);
    commitFile(temp, path.join(dir, name));
    if (db) savedChanges.set(db, totalChanges(db));
    rotateBackups(dir, Math.max(settings().keep, 1));
    const entry = listBackupFiles(dir).find((e) => e.name === name);
    if (!entry) throw new Error(`Backup ${name} vanished after writing`);
    return entry;
  }

  function backupSync(db: Db, kind: BackupKind): BackupEntry {
    fs.mkdirSync(dir, { recursive: true });
    const temp = tempPathIn(dir);
    try {
      vacuumInto(db, temp);
      return finish(temp, kind, db);
    } catch (error) {
      removeSqliteFile(temp);
      throw error;
    }
  }

  async function backupAsync(db: Db, kind: BackupKind): Promise<BackupEntry> {
    fs.mkdirSync(dir, { recursive: true });
    const temp = tempPathIn(dir);
    try {
      await onlineBackup(db, temp);
      return finish(temp, kind, db);
    } catch (error) {
      removeSqliteFile(temp);
      throw error;
    }
  }

  function backupPath(name: string): string {
    const entry = parseBackupFileName(name) ? path.join(dir, name) : null;
    if (!entry || !fs.existsSync(entry)) {
      throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu “${name}” trong thư mục ${dir}.`);
    }
    return entry;
  }

  /** Refuses anything that is not a sound TĐKT database this version can open. */
  function verifyCandidate(file: string, label: string): void {
    const refuse = (why: string) =>
      new AppError(
        'VALIDATION',
        `Không phục hồi từ “${label}”: ${why} Dữ liệu hiện tại không bị thay đổi.`,
      );
    if (fs.statSync(file).size === 0 || !hasSqliteHeader(file)) {
      throw refuse(
        'tệp không phải cơ sở dữ liệu SQLite (bản sao lưu của TĐKT Desk có đuôi .sqlite).',
      );
    }
    let facts;
    try {
      facts = inspectCandidate(file);
    } catch (error) {
      throw refuse(`tệp bị hỏng, không đọc được (${(error as Error).message}).`);
    }
    if (facts.problems.length > 0) {
      throw refuse(
        `kiểm tra toàn vẹn (integrity_check) báo lỗi: ${facts.problems.slice(0, 3).join('; ')}.`,
      );
    }
    if (facts.missingTables.length > 0 || facts.userVersion < 1) {
      throw refuse('tệp là cơ sở dữ liệu SQLite nhưng không phải dữ liệu của TĐKT Desk.');
    }
    if (facts.userVersion > LATEST_SCHEMA_VERSION) {
      throw refuse(
        `tệp do phiên bản mới hơn của TĐKT Desk tạo ra (phiên bản dữ liệu ${facts.userVersion}, ` +
          `chương trình này đọc được đến ${LATEST_SCHEMA_VERSION}). Hãy cập nhật TĐKT Desk trước.`,
      );
    }
    if (facts.foreignMigrations.length > 0 || facts.unrecordedVersions.length > 0) {
      throw refuse(
        'cấu trúc dữ liệu không khớp với chương trình ' +
          `(bước nâng cấp ${[...facts.foreignMigrations, ...facts.unrecordedVersions].join(', ')}).`,
      );
    }
  }

  /** Checks `candidate` (a temp file of ours), backs up the live data, then swaps the files. */
  async function restoreFrom(candidate: string, label: string): Promise<RestoreResult> {
    try {
      verifyCandidate(candidate, label);
    } finally {
      // A read-only open of a WAL-mode file leaves its -wal/-shm behind.
      fs.rmSync(`${candidate}-wal`, { force: true });
      fs.rmSync(`${candidate}-shm`, { force: true });
    }
    const db = host.current();
    let previous: BackupEntry | null = null;
    if (db) {
      previous = await backupAsync(db, 'before-restore');
    } else if (fs.existsSync(host.databasePath)) {
      // The damaged file is kept as it is: someone may still recover rows from it.
      const temp = tempPathIn(dir);
      fs.copyFileSync(host.databasePath, temp);
      previous = finish(temp, 'damaged', null);
    }
    host.detach();
    // Renamed over the live file (atomic): a crash here leaves the old database or the new one.
    removeSidecarFiles(host.databasePath);
    commitFile(candidate, host.databasePath);
    try {
      host.attach();
    } catch (error) {
      // Put back what was there; verification makes this path unlikely, not impossible.
      if (previous) {
        const back = tempPathIn(dir);
        fs.copyFileSync(path.join(dir, previous.name), back);
        host.detach();
        removeSidecarFiles(host.databasePath);
        commitFile(back, host.databasePath);
        try {
          host.attach();
        } catch {
          // Still damaged (it was before the restore): the recovery state stays.
        }
      }
      throw new AppError(
        'DB_CORRUPT',
        `Không mở được dữ liệu phục hồi từ “${label}” (${(error as Error).message}); ` +
          'dữ liệu trước khi phục hồi đã được đặt lại.',
      );
    }
    const reopened = liveDb();
    return {
      restoredFrom: label,
      previousBackup: previous?.name ?? null,
      schemaVersion: schemaVersion(reopened),
    };
  }

  removeTempFiles(dir);

  return {
    overview: () => ({
      folder: dir,
      keep: settings().keep,
      recoveryMessage: host.recoveryMessage(),
      backups: listBackupFiles(dir),
    }),
    create: () => backupAsync(liveDb(), 'manual'),
    download(name) {
      return { fileName: name, content: fs.readFileSync(backupPath(name)) };
    },
    async restore(name) {
      const source = backupPath(name);
      fs.mkdirSync(dir, { recursive: true });
      const temp = tempPathIn(dir);
      fs.copyFileSync(source, temp);
      try {
        return await restoreFrom(temp, name);
      } finally {
        removeSqliteFile(temp);
      }
    },
    async restoreUpload(fileName, content) {
      fs.mkdirSync(dir, { recursive: true });
      const temp = tempPathIn(dir);
      fs.writeFileSync(temp, content);
      try {
        return await restoreFrom(temp, fileName);
      } finally {
        removeSqliteFile(temp);
      }
    },
    settings,
    updateSettings(input) {
      const value = BackupSettings.parse(input);
      fs.mkdirSync(host.dataDir, { recursive: true });
      const temp = `${settingsFile}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(value, null, 2));
      commitFile(temp, settingsFile);
      rotateBackups(dir, value.keep);
      return value;
    },
    opened(db) {
      savedChanges.set(db, totalChanges(db));
    },
    atStart() {
      const db = host.current();
      if (!db) return null;
      const today = localDay(clock());
      const done = listBackupFiles(dir).some((e) => localDay(new Date(e.createdAt)) === today);
      return done ? null : backupSync(db, 'start');
    },
    atClose() {
      const db = host.current();
      if (!db?.open || totalChanges(db) === (savedChanges.get(db) ?? 0)) return null;
      return backupSync(db, 'close');
    },
  };
}
