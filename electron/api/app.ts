import path from 'node:path';
import { databasePathIn, openDatabase, type Db } from '../core/db/open-database';
import { createServices, type Services } from '../core/services';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

export interface AppInstance {
  readonly db: Db;
  readonly services: Services;
  readonly dispatch: Dispatch;
  close(): void;
}

/** Composition root shared by the Electron shell and browser mode. */
export function openApp(options: {
  dataDir: string;
  mode: 'electron' | 'browser';
  appVersion: string;
  clock?: () => Date;
  /** The desktop shell passes `shell.openPath`; browser mode has none. */
  openPath?: (path: string) => Promise<boolean>;
}): AppInstance {
  const databasePath = databasePathIn(options.dataDir);
  const db = openDatabase(databasePath);
  const services = createServices({
    db,
    info: {
      appVersion: options.appVersion,
      dataDir: options.dataDir,
      databasePath,
      mode: options.mode,
    },
    filesDir: path.join(options.dataDir, 'files'),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.openPath ? { openPath: options.openPath } : {}),
  });
  return {
    db,
    services,
    dispatch: createDispatcher(createHandlers(services)),
    close: () => {
      if (db.open) db.close();
    },
  };
}
