import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findResourcesDir } from '../../electron/core/documents/render-pdf';

/** Runs a poppler tool; a missing tool fails the test with the package to install. */
export function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `${tool} không có trên máy: cài poppler-utils (apt-get install poppler-utils) để chạy kiểm thử PDF.`,
      );
    }
    throw error;
  }
}

export const pageCount = (file: string): number =>
  Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [file]))?.[1] ?? NaN);

/** `pdftotext -layout` of one page, or of the whole file. */
export const pageText = (file: string, page?: number): string =>
  poppler('pdftotext', [
    '-layout',
    ...(page ? ['-f', String(page), '-l', String(page)] : []),
    file,
    '-',
  ]);

/**
 * Converts a DOCX to PDF with LibreOffice Writer into `dir` and returns the PDF's path. A private
 * profile avoids a clash with a LibreOffice the user has open; the fonts we ship come first, so
 * the result does not depend on the machine's (often older) Liberation fonts.
 */
export function docxToPdf(docxFile: string, dir: string): string {
  const fontsConf = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    fontsConf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<dir>${path.join(findResourcesDir(), 'fonts')}</dir>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      `<cachedir>${path.join(dir, 'fc-cache')}</cachedir></fontconfig>`,
  );
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docxFile,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: fontsConf }, timeout: 120_000 },
  );
  const pdf = path.join(dir, `${path.basename(docxFile, path.extname(docxFile))}.pdf`);
  if (!fs.existsSync(pdf)) {
    // soffice says "source file could not be loaded" and exits 0 when Writer is missing.
    throw new Error(
      'LibreOffice không mở được tệp DOCX: cần LibreOffice Writer ' +
        '(apt-get install libreoffice-writer-nogui).',
    );
  }
  return pdf;
}

/** One page as `<outPrefix>.png` (kept as an artifact for a human look). */
export function pagePng(pdf: string, outPrefix: string, page = 1, dpi = 60): void {
  const p = String(page);
  poppler('pdftoppm', ['-png', '-r', String(dpi), '-f', p, '-l', p, '-singlefile', pdf, outPrefix]);
}

/** Pages 1…`last` as `<outPrefix>-<n>.png` (pdftoppm pads n to the page count's width). */
export function pagesPng(pdf: string, outPrefix: string, last: number, dpi = 60): void {
  poppler('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', String(last), pdf, outPrefix]);
}
