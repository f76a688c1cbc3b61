import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Stores content under `<files>/<aa>/<sha256><ext>` (attachments of dossiers, and those received
 * in exchange packages). Written before the database transaction: an aborted import leaves only
 * orphans, which are harmless (content-addressed).
 */
export function storeContent(
  filesDir: string,
  fileName: string,
  sha256: string,
  content: Buffer,
): string {
  const ext = path
    .extname(fileName)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10);
  const storedName = `${sha256.slice(0, 2)}/${sha256}${ext}`;
  const target = path.join(filesDir, storedName);
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    // Write then rename: a crash never leaves a half-written file under its final name.
    const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, target);
  }
  return storedName;
}
