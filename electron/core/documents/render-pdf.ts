/**
 * Renders a pdfmake document definition to PDF bytes with the bundled Liberation Serif fonts
 * (Times New Roman metrics, full Vietnamese), or Windows' own Times New Roman when installed. Plain Node: no Electron, no network, and the same
 * input always gives the same bytes (the creation date comes from the input).
 */
import fs from 'node:fs';
import path from 'node:path';
import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { AppError } from '../errors';
import { DEFAULT_STYLE, FONT_FAMILY } from './nd30-layout';

const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

export const PDF_CREATOR = 'TĐKT Desk';

const hasFonts = (resourcesDir: string) =>
  fs.existsSync(path.join(resourcesDir, 'fonts', FONT_FILES.normal));

function* ancestors(start: string): Generator<string> {
  let dir = path.resolve(start);
  for (;;) {
    yield dir;
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/**
 * The `resources/` folder holding `fonts/`: `TDKT_RESOURCES_DIR` when set; in the packaged app
 * `process.resourcesPath/resources` (electron-builder `extraResources`); otherwise the nearest
 * `resources/` above the working directory or above this module (development, tests, `serve`).
 */
export function findResourcesDir(
  env: NodeJS.ProcessEnv = process.env,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
  startDirs: readonly string[] = [
    process.cwd(),
    ...(typeof __dirname === 'string' ? [__dirname] : []),
  ],
): string {
  const tried: string[] = [];
  const fromEnv = env.TDKT_RESOURCES_DIR?.trim();
  if (fromEnv) {
    if (hasFonts(fromEnv)) return path.resolve(fromEnv);
    tried.push(fromEnv);
  }
  if (resourcesPath) {
    const packaged = path.join(resourcesPath, 'resources');
    if (hasFonts(packaged)) return packaged;
    tried.push(packaged);
  }
  for (const start of startDirs) {
    for (const dir of ancestors(start)) {
      const candidate = path.join(dir, 'resources');
      if (hasFonts(candidate)) return candidate;
    }
    tried.push(`${start} (và các thư mục cha)`);
  }
  throw new AppError(
    'INTERNAL',
    `Không tìm thấy phông chữ để in văn bản (resources/fonts/${FONT_FILES.normal}). ` +
      `Đã tìm ở: ${tried.join('; ')}. Hãy cài lại phần mềm hoặc đặt biến TDKT_RESOURCES_DIR.`,
  );
}

/** Times New Roman as Windows installs it (full Vietnamese since Windows 2000). */
const WINDOWS_TIMES_FILES = {
  normal: 'times.ttf',
  bold: 'timesbd.ttf',
  italics: 'timesi.ttf',
  bolditalics: 'timesbi.ttf',
} as const;

export interface SystemFontOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
}

/**
 * On Windows the system's Times New Roman, when all four styles are installed: clerks compare our
 * pages with Word's, and NĐ 30/2020 names that font. Elsewhere, or with `TDKT_FONT=bundled`, null.
 */
export function windowsTimesNewRoman({
  platform = process.platform,
  env = process.env,
}: SystemFontOptions = {}): Record<keyof typeof FONT_FILES, string> | null {
  if (platform !== 'win32' || env.TDKT_FONT?.trim().toLowerCase() === 'bundled') return null;
  const fontsDir = path.join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts');
  const files = {
    normal: path.join(fontsDir, WINDOWS_TIMES_FILES.normal),
    bold: path.join(fontsDir, WINDOWS_TIMES_FILES.bold),
    italics: path.join(fontsDir, WINDOWS_TIMES_FILES.italics),
    bolditalics: path.join(fontsDir, WINDOWS_TIMES_FILES.bolditalics),
  };
  return Object.values(files).every((file) => fs.existsSync(file)) ? files : null;
}

/**
 * The fonts every document is set in: Times New Roman on Windows when present (see above), else
 * the bundled Liberation Serif (same metrics). An explicit `resourcesDir` always means the bundle.
 */
export function fontDictionary(
  resourcesDir?: string,
  system: SystemFontOptions = {},
): TFontDictionary {
  const preferred = resourcesDir === undefined ? windowsTimesNewRoman(system) : null;
  if (preferred) return { [FONT_FAMILY]: preferred };
  const fontsDir = path.join(resourcesDir ?? findResourcesDir(), 'fonts');
  return {
    [FONT_FAMILY]: {
      normal: path.join(fontsDir, FONT_FILES.normal),
      bold: path.join(fontsDir, FONT_FILES.bold),
      italics: path.join(fontsDir, FONT_FILES.italics),
      bolditalics: path.join(fontsDir, FONT_FILES.bolditalics),
    },
  };
}

let printer: PdfPrinter | undefined;

/** Used when a definition carries no creation date: fixed, so output stays reproducible. */
const FALLBACK_CREATION_DATE = new Date(Date.UTC(2000, 0, 1));

export interface RenderOptions {
  /** The `resources/` folder; found with `findResourcesDir()` when omitted. */
  resourcesDir?: string;
}

/**
 * PDF bytes of `doc`. Metadata: the definition's title and author (the issuing body), creator
 * and producer "TĐKT Desk", creation date from `doc.info.creationDate` (else a fixed date).
 * One serif family is registered: Times New Roman on Windows when installed, else Liberation Serif.
 */
export async function renderPdf(
  doc: TDocumentDefinitions,
  options: RenderOptions = {},
): Promise<Buffer> {
  const pdfPrinter = options.resourcesDir
    ? new PdfPrinter(fontDictionary(options.resourcesDir))
    : (printer ??= new PdfPrinter(fontDictionary()));
  const creationDate = doc.info?.creationDate ?? FALLBACK_CREATION_DATE;
  const definition: TDocumentDefinitions = {
    ...doc,
    defaultStyle: { ...DEFAULT_STYLE, ...doc.defaultStyle },
    info: {
      ...doc.info,
      creator: PDF_CREATOR,
      producer: PDF_CREATOR,
      creationDate,
      modDate: creationDate,
    },
  };
  const pdf = pdfPrinter.createPdfKitDocument(definition);
  return await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
