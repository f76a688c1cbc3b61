/**
 * Times New Roman is preferred on Windows when all four styles are installed; otherwise (other
 * systems, a style missing, TDKT_FONT=bundled, an explicit resources folder) the bundled Liberation
 * Serif. A fake Windows folder holds copies of the bundled files under Windows' names, and the PDF
 * rendered with that dictionary embeds the file found there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PdfPrinter from 'pdfmake';
import { describe, expect, it } from 'vitest';
import {
  findResourcesDir,
  fontDictionary,
  windowsTimesNewRoman,
} from '../../electron/core/documents/render-pdf';
import { FONT_FAMILY } from '../../electron/core/documents/nd30-layout';
import { poppler } from '../helpers/pdf-tools';

const BUNDLED = path.join(findResourcesDir(), 'fonts');
const WINDOWS_NAMES: Record<string, string> = {
  'times.ttf': 'LiberationSerif-Regular.ttf',
  'timesbd.ttf': 'LiberationSerif-Bold.ttf',
  'timesi.ttf': 'LiberationSerif-Italic.ttf',
  'timesbi.ttf': 'LiberationSerif-BoldItalic.ttf',
};

function fakeWindows(skip: string[] = []): string {
  const windir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-windir-'));
  fs.mkdirSync(path.join(windir, 'Fonts'));
  for (const [name, source] of Object.entries(WINDOWS_NAMES)) {
    if (!skip.includes(name)) {
      fs.copyFileSync(path.join(BUNDLED, source), path.join(windir, 'Fonts', name));
    }
  }
  return windir;
}

describe('document fonts', () => {
  it('takes Times New Roman from the Windows fonts folder when all four styles are there', async () => {
    const windir = fakeWindows();
    const system = { platform: 'win32' as const, env: { WINDIR: windir } };
    expect(windowsTimesNewRoman(system)).toEqual({
      normal: path.join(windir, 'Fonts', 'times.ttf'),
      bold: path.join(windir, 'Fonts', 'timesbd.ttf'),
      italics: path.join(windir, 'Fonts', 'timesi.ttf'),
      bolditalics: path.join(windir, 'Fonts', 'timesbi.ttf'),
    });
    const dictionary = fontDictionary(undefined, system);
    expect(dictionary[FONT_FAMILY]!.normal).toBe(path.join(windir, 'Fonts', 'times.ttf'));

    // The PDF is set in the file found there: a text in Vietnamese survives and the font is embedded.
    const pdf = new PdfPrinter(dictionary).createPdfKitDocument({
      content: [{ text: 'Quyết định khen thưởng', bold: true }, 'Bà Nguyễn Thị Thủy'],
      defaultStyle: { font: FONT_FAMILY },
    });
    const bytes = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      pdf.on('data', (c: Buffer) => chunks.push(c));
      pdf.on('end', () => resolve(Buffer.concat(chunks)));
      pdf.end();
    });
    const file = path.join(windir, 'out.pdf');
    fs.writeFileSync(file, bytes);
    expect(poppler('pdftotext', [file, '-'])).toContain('Bà Nguyễn Thị Thủy');
    const fonts = poppler('pdffonts', [file]);
    expect(fonts).toMatch(/LiberationSerif-Bold\s/);
    expect(
      fonts
        .split('\n')
        .filter((l) => /TrueType/.test(l))
        .every((l) => /\byes\b/.test(l)),
    ).toBe(true);
  });

  it('keeps the bundled font when a style is missing, off Windows, when asked, or given a folder', () => {
    const bundled = path.join(BUNDLED, 'LiberationSerif-Regular.ttf');
    const partial = fakeWindows(['timesbi.ttf']);
    expect(windowsTimesNewRoman({ platform: 'win32', env: { WINDIR: partial } })).toBeNull();
    expect(
      fontDictionary(undefined, { platform: 'win32', env: { WINDIR: partial } })[FONT_FAMILY]!
        .normal,
    ).toBe(bundled);
    const full = fakeWindows();
    expect(windowsTimesNewRoman({ platform: 'linux', env: { WINDIR: full } })).toBeNull();
    expect(
      windowsTimesNewRoman({ platform: 'win32', env: { WINDIR: full, TDKT_FONT: 'bundled' } }),
    ).toBeNull();
    expect(
      fontDictionary(findResourcesDir(), { platform: 'win32', env: { WINDIR: full } })[FONT_FAMILY]!
        .normal,
    ).toBe(bundled);
  });
});
