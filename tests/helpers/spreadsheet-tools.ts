import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from './temp-dir';

const run = promisify(execFile);

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Converts the first sheet to UTF-8 CSV with LibreOffice, in its own profile (parallel-safe). */
export async function libreOfficeCsv(xlsxPath: string): Promise<string> {
  const work = tempDir('tdkt-soffice-');
  const profile = pathToFileURL(path.join(work, 'profile')).href;
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        // 44 = comma, 34 = double quote, 76 = UTF-8: without it Vietnamese is lost.
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        work,
        xlsxPath,
      ],
      { timeout: 120_000 },
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'LibreOffice (soffice) is not on PATH: install it (apt-get install libreoffice-calc) — ' +
          'this test checks how a real spreadsheet reads our files and is never skipped.',
      );
    }
    throw e;
  }
  const csv = path.join(work, `${path.basename(xlsxPath, '.xlsx')}.csv`);
  if (!fs.existsSync(csv)) throw new Error(`LibreOffice wrote no CSV into ${work}`);
  return fs.readFileSync(csv, 'utf8');
}

/** The first sheet's rows as LibreOffice reads them. */
export const libreOfficeRows = async (xlsxPath: string): Promise<string[][]> =>
  parseCsv(await libreOfficeCsv(xlsxPath));
