import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, type BackupEntry, type BackupKind } from '../../../shared/contract/backup';

export const BACKUP_DIR_NAME = 'backups';
const NAME_PATTERN =
  /^tdkt-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+?)(?:-(\d+))?\.sqlite$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** UTC in the name so names sort by time whatever the PC's time zone; the UI shows local time. */
export function backupFileName(at: Date, kind: BackupKind, counter = 0): string {
  const stamp =
    `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}` +
    `T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}` +
    `${pad(at.getUTCMilliseconds(), 3)}Z`;
  return `tdkt-${stamp}-${kind}${counter > 0 ? `-${counter}` : ''}.sqlite`;
}

export function parseBackupFileName(
  name: string,
): { createdAt: Date; kind: BackupKind; counter: number } | null {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  const kind = m[8] as BackupKind;
  if (!(BACKUP_KINDS as readonly string[]).includes(kind)) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    createdAt: new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms)),
    kind,
    counter: m[9] ? Number(m[9]) : 0,
  };
}

/** Our backups in the folder, newest first (other files are ignored). */
export function listBackupFiles(dir: string): BackupEntry[] {
  if (!fs.existsSync(dir)) return [];
  const entries: (BackupEntry & { counter: number })[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    let size: number;
    try {
      const stat = fs.statSync(path.join(dir, name));
      if (!stat.isFile()) continue;
      size = stat.size;
    } catch {
      continue;
    }
    entries.push({
      name,
      kind: parsed.kind,
      createdAt: parsed.createdAt.toISOString(),
      size,
      counter: parsed.counter,
    });
  }
  entries.sort((a, b) =>
    a.createdAt === b.createdAt ? b.counter - a.counter : a.createdAt < b.createdAt ? 1 : -1,
  );
  return entries.map(({ counter: _counter, ...entry }) => entry);
}

/** A name not used yet in `dir`, even for two backups within the same millisecond. */
export function freeBackupName(dir: string, at: Date, kind: BackupKind): string {
  for (let counter = 0; ; counter++) {
    const name = backupFileName(at, kind, counter);
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

/** Temporary files start with a dot and never match the backup pattern. */
export function tempPathIn(dir: string): string {
  return path.join(dir, `.tdkt-${randomBytes(6).toString('hex')}.tmp`);
}

export function removeTempFiles(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (/^\.tdkt-[0-9a-f]+\.tmp(-wal|-shm|-journal)?$/.test(name)) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

export function removeSqliteFile(file: string): void {
  fs.rmSync(file, { force: true });
  removeSidecarFiles(file);
}

/** A closed database has none; a stale one must never meet a different main file. */
export function removeSidecarFiles(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Flushes a finished file, then renames it into place: a crash leaves either nothing or all of it. */
export function commitFile(temp: string, target: string): void {
  const fd = fs.openSync(temp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  try {
    const dirFd = fs.openSync(path.dirname(target), 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // Windows cannot open a folder as a file; NTFS journals the rename itself.
  }
}

/** Deletes the oldest backups beyond `keep`; returns the names removed. */
export function rotateBackups(dir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const entry of listBackupFiles(dir).slice(keep)) {
    fs.rmSync(path.join(dir, entry.name), { force: true });
    removed.push(entry.name);
  }
  return removed;
}
