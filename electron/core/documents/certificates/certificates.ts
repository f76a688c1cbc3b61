/**
 * Certificates printed onto pre-printed blanks (phôi Bằng khen / Giấy khen): only the variable
 * text, placed absolutely at the layout's mm positions (the blank already carries borders,
 * emblem and titles), shrunk to fit its box. The calibration page draws the same boxes over a mm
 * grid so the person can hold a plain-paper print against a blank and correct the offsets.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Fontkit from '@foliojs-fork/fontkit';
import type { Font } from '@foliojs-fork/fontkit';
import type { Content, ContentCanvas, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_FIELDS,
  CERTIFICATE_KIND_LABELS,
  pageSizeMm,
  type CertificateField,
  type CertificateFieldBox,
  type CertificateLayout,
} from '../../../../shared/domain/certificate';
import { AppError } from '../../errors';
import { mm } from '../nd30-layout';
import { fontDictionary } from '../render-pdf';

/** The text of one certificate; '\n' separates lines meant to stay apart (KT. / PHÓ CHỦ TỊCH). */
export type CertificateTexts = Record<CertificateField, string>;

/** Width of `text` in pt at `size`, in the font the PDF embeds. */
export type Measure = (text: string, size: number, bold: boolean, italic: boolean) => number;

const fonts = new Map<string, Font>();

/**
 * fontkit (pdfmake's own) is required at run time, not imported: bundled by esbuild it would look
 * for its data files next to main.cjs and fail when the app starts.
 */
function openFont(file: string): Font {
  const here = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'index.js');
  const fontkit = createRequire(here)('@foliojs-fork/fontkit') as typeof Fontkit;
  return fontkit.openSync(file);
}

/** Measures with the bundled Liberation Serif files, the ones `renderPdf` embeds. */
export function fontMeasure(resourcesDir?: string): Measure {
  const dict = Object.values(fontDictionary(resourcesDir))[0]!;
  return (text, size, bold, italic) => {
    const pick =
      bold && italic ? dict.bolditalics : bold ? dict.bold : italic ? dict.italics : dict.normal;
    if (typeof pick !== 'string') {
      throw new AppError('INTERNAL', 'Không đọc được tệp phông chữ để đo chữ trên giấy khen.');
    }
    const file = pick;
    let font = fonts.get(file);
    if (!font) {
      font = openFont(file);
      fonts.set(file, font);
    }
    return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
  };
}

/** Line height pdfmake gives Liberation Serif at lineHeight 1 (ascender − descender ≈ 1.15 em). */
export const LINE_EM = 1.15;
const MIN_SIZE = 6;
// A hair under the box, so pdfmake's own wrapping never adds a line we did not count.
const SLACK = 0.99;

/** Greedy word wrap of each explicit line; `null` when a single word is wider than the box. */
function wrap(text: string, fits: (s: string) => boolean): string[] | null {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    for (const word of line.split(/\s+/u).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word;
      if (fits(next)) current = next;
      else if (!current || !fits(word)) return null;
      else {
        out.push(current);
        current = word;
      }
    }
    out.push(current);
  }
  return out;
}

/**
 * The size (≤ the box's) at which `text` fits the box's width in at most `maxLines` lines
 * (explicit lines count), with the lines to print.
 */
export function fitText(
  text: string,
  b: Pick<CertificateFieldBox, 'width' | 'fontSize' | 'maxLines' | 'bold' | 'italic'>,
  measure: Measure,
): { size: number; lines: string[] } {
  const width = mm(b.width) * SLACK;
  const explicit = text.split('\n').length;
  const maxLines = Math.max(b.maxLines, explicit);
  for (let size = b.fontSize; size > MIN_SIZE; size = Math.round((size - 0.25) * 100) / 100) {
    const lines = wrap(text, (s) => measure(s, size, b.bold, b.italic) <= width);
    if (lines && lines.length <= maxLines) return { size, lines };
  }
  // Last resort at the smallest size: one line per explicit line, never wider than the box.
  const lines = text.split('\n').map((line) => {
    let s = line;
    while (s.length > 1 && measure(s, MIN_SIZE, b.bold, b.italic) > width) s = s.slice(0, -1);
    return s;
  });
  return { size: MIN_SIZE, lines };
}

const boxAt = (layout: CertificateLayout, b: CertificateFieldBox) => ({
  x: mm(b.x + layout.offsetX),
  y: mm(b.y + layout.offsetY),
  w: mm(b.width),
});

function fieldContent(
  layout: CertificateLayout,
  field: CertificateField,
  text: string,
  measure: Measure,
): Content | null {
  if (!text.trim()) return null;
  const b = layout.fields[field];
  const { size, lines } = fitText(text.normalize('NFC'), b, measure);
  const at = boxAt(layout, b);
  return {
    absolutePosition: { x: at.x, y: at.y },
    columns: [
      {
        width: at.w,
        text: lines.join('\n'),
        fontSize: size,
        bold: b.bold,
        italics: b.italic,
        alignment: b.align,
        lineHeight: 1,
      },
    ],
  };
}

function pageSetup(layout: CertificateLayout) {
  return {
    pageSize: layout.pageSize,
    pageOrientation: layout.orientation,
    pageMargins: [0, 0, 0, 0] as [number, number, number, number],
  };
}

/** One page per certificate, only the variable text. */
export function certificatesDocument(
  layout: CertificateLayout,
  pages: readonly CertificateTexts[],
  measure: Measure,
  meta: { title: string; author: string; creationDate?: Date },
): TDocumentDefinitions {
  const content: Content[] = [];
  pages.forEach((texts, i) => {
    // An invisible anchor starts each page after the first; the fields float on it.
    content.push({ text: ' ', fontSize: 1, ...(i > 0 ? { pageBreak: 'before' as const } : {}) });
    for (const field of CERTIFICATE_FIELDS) {
      const node = fieldContent(layout, field, texts[field], measure);
      if (node) content.push(node);
    }
  });
  return {
    ...pageSetup(layout),
    info: {
      title: meta.title,
      author: meta.author,
      ...(meta.creationDate ? { creationDate: meta.creationDate } : {}),
    },
    content,
  };
}

/** What the calibration page prints inside the boxes when no real certificate is given. */
export const SAMPLE_TEXTS: CertificateTexts = {
  recipient: 'Bà Nguyễn Thị Hồng Nhung',
  positionUnit: 'Trưởng phòng, Sở Nội vụ tỉnh',
  achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
  decision: 'Quyết định số 05/QĐ-UBND ngày 23 tháng 11 năm 2026',
  placeDate: 'Phan Thiết, ngày 23 tháng 11 năm 2026',
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  signerName: 'Trần Văn Bình',
};

const GRID_MINOR = '#d0d0d0';
const GRID_MAJOR = '#8a8a8a';
const BOX_COLOR = '#c00000';

/**
 * The calibration page: a mm grid with rulers every 10 mm (positions of the sheet itself, offsets
 * not applied), each field's box (offsets applied) with its name and position, and sample text.
 */
export function calibrationDocument(
  layout: CertificateLayout,
  measure: Measure,
  meta: { author: string; creationDate?: Date },
  texts: CertificateTexts = SAMPLE_TEXTS,
): TDocumentDefinitions {
  const page = pageSizeMm(layout);
  const canvas: ContentCanvas['canvas'] = [];
  const labels: Content[] = [];
  for (let x = 0; x <= page.w; x += 5) {
    const major = x % 10 === 0;
    canvas.push({
      type: 'line',
      x1: mm(x),
      y1: 0,
      x2: mm(x),
      y2: mm(page.h),
      lineWidth: major ? 0.4 : 0.2,
      lineColor: major ? GRID_MAJOR : GRID_MINOR,
    });
    if (major && x > 0 && x < page.w) {
      labels.push({ text: String(x), fontSize: 6, absolutePosition: { x: mm(x) + 1, y: mm(1) } });
    }
  }
  for (let y = 0; y <= page.h; y += 5) {
    const major = y % 10 === 0;
    canvas.push({
      type: 'line',
      x1: 0,
      y1: mm(y),
      x2: mm(page.w),
      y2: mm(y),
      lineWidth: major ? 0.4 : 0.2,
      lineColor: major ? GRID_MAJOR : GRID_MINOR,
    });
    if (major && y > 0 && y < page.h) {
      labels.push({ text: String(y), fontSize: 6, absolutePosition: { x: mm(1), y: mm(y) + 1 } });
    }
  }
  const boxes: Content[] = [];
  for (const field of CERTIFICATE_FIELDS) {
    const b = layout.fields[field];
    const at = boxAt(layout, b);
    const lines = Math.max(b.maxLines, texts[field].split('\n').length);
    canvas.push({
      type: 'rect',
      x: at.x,
      y: at.y,
      w: at.w,
      h: lines * b.fontSize * LINE_EM,
      lineWidth: 0.8,
      lineColor: BOX_COLOR,
    });
    boxes.push({
      text: `${CERTIFICATE_FIELD_LABELS[field]} (x ${b.x}, y ${b.y}, rộng ${b.width} mm, ${b.fontSize} pt)`,
      fontSize: 7,
      color: BOX_COLOR,
      absolutePosition: { x: at.x, y: at.y - 9 },
    });
    const node = fieldContent(layout, field, texts[field], measure);
    if (node) boxes.push(node);
  }
  const orientation = layout.orientation === 'landscape' ? 'ngang' : 'dọc';
  const title =
    `TRANG CĂN CHỈNH - ${CERTIFICATE_KIND_LABELS[layout.kind]}, ${layout.pageSize} ${orientation}` +
    ` - ${layout.label}; dịch ngang ${layout.offsetX} mm, dịch dọc ${layout.offsetY} mm`;
  return {
    ...pageSetup(layout),
    info: {
      title: `Trang căn chỉnh ${CERTIFICATE_KIND_LABELS[layout.kind]}`,
      author: meta.author,
      ...(meta.creationDate ? { creationDate: meta.creationDate } : {}),
    },
    content: [
      { canvas, absolutePosition: { x: 0, y: 0 } },
      ...labels,
      {
        absolutePosition: { x: mm(15), y: mm(6) },
        stack: [
          { text: title, fontSize: 9, bold: true },
          {
            text:
              'In trang này lên giấy trắng cùng khổ, đặt chồng lên phôi và soi ra ánh sáng; ' +
              'chữ lệch bao nhiêu mm thì sửa "Dịch ngang" (+ sang phải) và "Dịch dọc" (+ xuống dưới).',
            fontSize: 8,
          },
        ],
      },
      ...boxes,
    ],
  };
}
