import fs from 'node:fs';
import path from 'node:path';
import { createBackupService, type DatabaseHost } from '../core/backup/backup.service';
import { integrityProblems } from '../core/backup/backup.repo';
import { databasePathIn, openDatabase, type Db } from '../core/db/open-database';
import { AppError } from '../core/errors';
import { createServices, type Services } from '../core/services';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

export interface AppInstance {
  /** The live connection; throws in the recovery state (and may change after a restore). */
  readonly db: Db;
  readonly services: Services;
  readonly dispatch: Dispatch;
  /** Null when the database opened and passed its check; otherwise what went wrong, in Vietnamese. */
  readonly recoveryMessage: string | null;
  /** Synchronous (Electron's will-quit cannot wait): backup if anything changed, then close. */
  close(): void;
}

const WAY_OUT =
  'TĐKT Desk đang chạy ở chế độ phục hồi: vào Cài đặt → “Sao lưu và phục hồi” và phục hồi ' +
  'bản sao lưu gần nhất (dữ liệu hiện tại được giữ lại thành một bản sao lưu trước khi thay).';

/** Opens, migrates and checks the file; a failed `quick_check` counts as "cannot open". */
function openCheckedDatabase(file: string): Db {
  const db = openDatabase(file);
  let problems: string[];
  try {
    problems = integrityProblems(db, false);
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length > 0) {
    db.close();
    throw new AppError(
      'DB_CORRUPT',
      `Cơ sở dữ liệu “${file}” bị hỏng (kiểm tra nhanh báo: ${problems.slice(0, 3).join('; ')}).`,
    );
  }
  return db;
}

/** Composition root shared by the Electron shell and browser mode. */
export function openApp(options: {
  dataDir: string;
  mode: 'electron' | 'browser';
  appVersion: string;
  clock?: () => Date;
  /** The desktop shell passes `shell.openPath`; browser mode has none. */
  openPath?: (path: string) => Promise<boolean>;
  /** Backup once a day at start and at close when something changed (default true). */
  autoBackup?: boolean;
}): AppInstance {
  const databasePath = databasePathIn(options.dataDir);
  const clock = options.clock ?? (() => new Date());
  const info = {
    appVersion: options.appVersion,
    dataDir: options.dataDir,
    databasePath,
    mode: options.mode,
  };
  const existed = fs.existsSync(databasePath) && fs.statSync(databasePath).size > 0;
  let db: Db | null = null;
  let services: Services | null = null;
  let recovery: string | null = null;
  let dispatch: Dispatch;

  const host: DatabaseHost = {
    dataDir: options.dataDir,
    databasePath,
    current: () => db,
    recoveryMessage: () => recovery,
    detach() {
      if (db?.open) db.close();
      db = null;
      services = null;
    },
    attach() {
      let opened: Db;
      try {
        opened = openCheckedDatabase(databasePath);
      } catch (error) {
        enterRecovery(error);
        throw error;
      }
      db = opened;
      recovery = null;
      backup.opened(opened);
      services = createServices({
        db: opened,
        info,
        backup,
        filesDir: path.join(options.dataDir, 'files'),
        clock,
        ...(options.openPath ? { openPath: options.openPath } : {}),
      });
      dispatch = createDispatcher(createHandlers(services));
    },
  };
  const backup = createBackupService(host, clock);

  /** Only app.info and backup.* work; every other method answers with the reason and the way out. */
  function enterRecovery(error: unknown): void {
    const reason =
      error instanceof AppError
        ? error.message
        : `Không mở được cơ sở dữ liệu “${databasePath}” (${(error as Error).message}).`;
    recovery = `${reason} ${WAY_OUT}`;
    const refusal = new AppError('DB_CORRUPT', recovery);
    const available: Partial<Services> = {
      app: { info: () => ({ ...info, schemaVersion: 0 }) },
      backup,
      openPath: null,
    };
    const limited = new Proxy(available, {
      get(target, key) {
        if (key in target) return target[key as keyof Services];
        throw refusal;
      },
    }) as Services;
    dispatch = createDispatcher(createHandlers(limited));
  }

  try {
    host.attach();
  } catch {
    // The recovery state is set; the app starts anyway so that the user can restore.
  }
  if (db && existed && options.autoBackup !== false) {
    try {
      backup.atStart();
    } catch (error) {
      console.error('Sao lưu khi khởi động không thành công:', error);
    }
  }
  return {
    get db() {
      if (!db) throw new AppError('DB_CORRUPT', recovery ?? 'Cơ sở dữ liệu đã đóng.');
      return db;
    },
    get services() {
      if (!services) throw new AppError('DB_CORRUPT', recovery ?? 'Cơ sở dữ liệu đã đóng.');
      return services;
    },
    dispatch: (method, input) => dispatch(method, input),
    get recoveryMessage() {
      return recovery;
    },
    close: () => {
      if (options.autoBackup !== false && db?.open) {
        try {
          backup.atClose();
        } catch (error) {
          console.error('Sao lưu khi đóng không thành công:', error);
        }
      }
      host.detach();
    },
  };
}
