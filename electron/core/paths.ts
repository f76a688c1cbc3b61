import os from 'node:os';
import path from 'node:path';

/** ASCII folder name: safer than "TĐKT Desk" in Windows paths handed to other tools. */
export const DATA_FOLDER_NAME = 'TDKT Desk';

/**
 * The per-user data folder, the same in both modes: the Electron shell sets its `userData`
 * to this, and browser mode uses it when `--data` is not given.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
      DATA_FOLDER_NAME,
    );
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', DATA_FOLDER_NAME);
  }
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), DATA_FOLDER_NAME);
}

/** Whether `file` resolves to a path strictly under `dir` (no `..` escape, no other drive). */
export function isInside(dir: string, file: string, p: typeof path = path): boolean {
  const relative = p.relative(p.resolve(dir), p.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !p.isAbsolute(relative);
}
