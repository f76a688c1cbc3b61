/**
 * The administrative document layout of NĐ 30/2020/NĐ-CP (Phụ lục I), as constants and small
 * builders of pdfmake content. Sizes and styles follow domain.md §4.1–4.2; every template in
 * `templates/` is assembled from these pieces so a layout fix lands in every document.
 */
import type {
  Content,
  ContentText,
  CustomTableLayout,
  DynamicContent,
  Margins,
  PageSize,
  Style,
} from 'pdfmake/interfaces';
import { signatureBlockLines } from '../../../shared/rules/signature-block';
import { formatPlaceDate } from './vietnamese-dates';

export const PT_PER_MM = 72 / 25.4;
export const mm = (millimetres: number): number => millimetres * PT_PER_MM;

/** A4 portrait, 210 × 297 mm (595.28 × 841.89 pt). */
export const PAGE_SIZE: PageSize = 'A4';
export const PAGE_WIDTH_PT = 595.28;
export const PAGE_HEIGHT_PT = 841.89;

/** NĐ 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; we take the narrow end. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** pdfmake order: left, top, right, bottom. */
export const PAGE_MARGINS: [number, number, number, number] = [
  mm(MARGINS_MM.left),
  mm(MARGINS_MM.top),
  mm(MARGINS_MM.right),
  mm(MARGINS_MM.bottom),
];
export const CONTENT_WIDTH = PAGE_WIDTH_PT - mm(MARGINS_MM.left + MARGINS_MM.right);

/** The font family name registered by `render-pdf.ts` (Liberation Serif: Times New Roman metrics). */
export const FONT_FAMILY = 'LiberationSerif';

/** Font sizes (pt) per element, domain.md §4.2. */
export const FONT_SIZE = {
  /** Tên cơ quan chủ quản: in hoa, đứng (12–13). */
  governingBody: 12,
  /** Tên cơ quan ban hành: in hoa, đứng, đậm (12–13). */
  issuingBody: 12,
  /** Quốc hiệu: in hoa, đứng, đậm (12–13). */
  nationalTitle: 12,
  /** Tiêu ngữ: one size larger than the Quốc hiệu (13–14). */
  motto: 13,
  /** "Số: 123/QĐ-UBND" (13). */
  number: 13,
  /** Địa danh, ngày tháng: nghiêng (13–14). */
  placeDate: 14,
  /** Tên loại văn bản "QUYẾT ĐỊNH": in hoa, đậm (13–14). */
  docType: 14,
  /** Trích yếu "Về việc …": đậm (13–14). */
  summary: 14,
  /** Căn cứ ban hành: nghiêng (13–14). */
  legalBasis: 14,
  /** Nội dung: đứng, canh đều (13–14). */
  body: 14,
  /** Quyền hạn, chức vụ và họ tên người ký: đậm (13–14). */
  signer: 14,
  /** "Nơi nhận:": nghiêng, đậm (12). */
  recipientsLabel: 12,
  /** The "- …;" lines under Nơi nhận (11). */
  recipients: 11,
  /** Số trang: from page 2, centred in the top margin (13–14). */
  pageNumber: 13,
  /** Rows of an attached list (danh sách kèm theo). */
  table: 13,
} as const;

/** Paragraph spacing ≥ 6 pt; single line spacing; first-line indent 1–1.27 cm. */
export const PARAGRAPH_GAP = 6;
export const LINE_HEIGHT = 1;
export const FIRST_LINE_INDENT = mm(10);
/** The rules under the issuing body, the Tiêu ngữ and the trích yếu. */
export const RULE_WIDTH = 0.75;
/** Blank space for the handwritten signature and the seal. */
export const SIGNATURE_GAP = 72;

/** Header column widths: the issuing body on the left, Quốc hiệu and Tiêu ngữ on the right. */
export const HEADER_LEFT_WIDTH = 200;
export const HEADER_RIGHT_WIDTH = CONTENT_WIDTH - HEADER_LEFT_WIDTH;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const DEFAULT_STYLE: Style = {
  font: FONT_FAMILY,
  fontSize: FONT_SIZE.body,
  lineHeight: LINE_HEIGHT,
  color: '#000000',
};

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** Table layout without any line and without padding: used to place text and draw rules. */
export const BARE: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

/** A solid rule as wide as its text: a one-cell `auto` table with a bottom border, centred. */
function textWithRule(text: Content, gap: number): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: { widths: ['auto'], body: [[text]] },
        layout: {
          ...BARE,
          hLineWidth: (i) => (i === 1 ? RULE_WIDTH : 0),
          paddingBottom: () => gap,
        },
      },
      { width: '*', text: '' },
    ],
  };
}

/**
 * A short centred rule under a block of text, 3/7 of the width of that text (NĐ 30 asks 1/3 to
 * 1/2 for the issuing body). The text sits in an `auto` cell, so the rule follows the widest
 * line; below it seven equal columns, the middle three carrying the rule.
 */
function textWithShortRule(text: Content, gapAbove: number): Content {
  const sevenths = ['*', '*', '*', '*', '*', '*', '*'];
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        stack: [
          text,
          {
            margin: [0, gapAbove, 0, 0],
            table: {
              widths: sevenths,
              body: [
                sevenths.map((_, i) => ({
                  text: '',
                  fontSize: 1,
                  border: [false, false, false, i >= 2 && i <= 4] as [
                    boolean,
                    boolean,
                    boolean,
                    boolean,
                  ],
                })),
              ],
            },
            layout: { ...BARE, hLineWidth: (i) => (i === 1 ? RULE_WIDTH : 0) },
          },
        ],
      },
      { width: '*', text: '' },
    ],
  };
}

/** A centred rule of a given length (used under the trích yếu). */
export function centredRule(length: number, margin: Margins = [0, 5, 0, 0]): Content {
  const x = (CONTENT_WIDTH - length) / 2;
  return {
    margin,
    canvas: [
      {
        type: 'line',
        x1: x,
        y1: 0,
        x2: x + length,
        y2: 0,
        lineWidth: RULE_WIDTH,
        lineColor: '#000',
      },
    ],
  };
}

/**
 * The heading lines of a body name: explicit line breaks are kept; otherwise a long name is
 * broken before its administrative level ("ỦY BAN NHÂN DÂN" / "TỈNH BÌNH THUẬN"), as clerks do.
 */
export function headingLines(name: string, maxChars = 24): string[] {
  const lines = upper(name)
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (lines.length !== 1) return lines;
  const only = lines[0]!;
  if (only.length <= maxChars) return lines;
  const level = / (TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU) /u.exec(only);
  if (!level || level.index === 0) return lines;
  return [only.slice(0, level.index), only.slice(level.index + 1)];
}

export interface HeaderInput {
  /** Tên cơ quan chủ quản; empty when the issuing body has none (UBND). */
  governingBody: string;
  /** Tên cơ quan ban hành, e.g. "Ủy ban nhân dân tỉnh Bình Thuận" (printed in capitals). */
  issuingBody: string;
  /** "Số: 123/QĐ-UBND": the number (padded below 10) and the symbol. */
  number: string;
  symbol: string;
  place: string;
  /** ISO date, or `null` for a draft ("ngày     tháng     năm"). */
  date: string | null;
}

/** "Số: 05/QĐ-UBND": numbers below 10 take a leading zero; an empty number leaves the blank. */
export function numberLine(number: string, symbol: string): string {
  const trimmed = number.trim();
  const padded = /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
  // "TTr" (Tờ trình) keeps its lowercase r (NĐ 30, Phụ lục III); other symbols are capitals.
  const sym = upper(symbol.trim()).replace(/(^|-)TTR(?=-|$)/u, '$1TTr');
  return `Số: ${padded || '      '}/${sym}`;
}

/** The place-and-date line, italic, centred under the Tiêu ngữ. */
export function placeDate(place: string, isoDate: string | null): ContentText {
  return {
    text: formatPlaceDate(place, isoDate),
    italics: true,
    fontSize: FONT_SIZE.placeDate,
    alignment: 'center',
  };
}

/**
 * The two-column header of page 1 (NĐ 30, Phụ lục I, ô 1–4):
 * issuing body with its short rule | Quốc hiệu, Tiêu ngữ with a rule as long as the Tiêu ngữ;
 * then "Số: …" | the place-and-date line, on one row.
 */
export function header(input: HeaderInput): Content {
  const governing = input.governingBody.trim()
    ? headingLines(input.governingBody).map((line): Content => ({
        text: line,
        fontSize: FONT_SIZE.governingBody,
      }))
    : [];
  const issuing = headingLines(input.issuingBody).map((line): Content => ({
    text: line,
    bold: true,
    fontSize: FONT_SIZE.issuingBody,
  }));
  const left: Content = textWithShortRule(
    { stack: [...governing, ...issuing], alignment: 'center' },
    5,
  );
  const right: Content = {
    stack: [
      { text: NATIONAL_TITLE, bold: true, fontSize: FONT_SIZE.nationalTitle, alignment: 'center' },
      textWithRule({ text: MOTTO, bold: true, fontSize: FONT_SIZE.motto, alignment: 'center' }, 3),
    ],
  };
  return {
    stack: [
      {
        columns: [
          { width: HEADER_LEFT_WIDTH, stack: [left] },
          { width: '*', stack: [right] },
        ],
      },
      {
        margin: [0, 8, 0, 0],
        columns: [
          {
            width: HEADER_LEFT_WIDTH,
            text: numberLine(input.number, input.symbol),
            fontSize: FONT_SIZE.number,
            alignment: 'center',
          },
          { width: '*', ...placeDate(input.place, input.date) },
        ],
      },
    ],
  };
}

/** Tên loại + trích yếu: "QUYẾT ĐỊNH" / "Về việc …", with a short rule below. */
export function titleBlock(docType: string, summary: string): Content {
  return {
    margin: [0, 18, 0, 0],
    stack: [
      { text: upper(docType), bold: true, fontSize: FONT_SIZE.docType, alignment: 'center' },
      ...(summary.trim()
        ? [
            {
              text: summary.trim(),
              bold: true,
              fontSize: FONT_SIZE.summary,
              alignment: 'center' as const,
            },
          ]
        : []),
      centredRule(mm(40), [0, 5, 0, 0]),
    ],
  };
}

/**
 * Text with every space-free token that holds "/" or "-" (ký hiệu like "45/TTr-SNV", dates like
 * "05/3/2021") made unbreakable. pdfmake breaks lines after "/" and "-", and justification then
 * widens those breaks too ("45/ TTr- SNV"), which a clerk would have to fix by hand.
 */
export function keepSymbolsTogether(text: string): (string | ContentText)[] {
  return text
    .split(/(\S*[/\-–]\S*)/u)
    .filter((part) => part !== '')
    .map((part): string | ContentText =>
      /^\S*[/\-–]\S*$/u.test(part) ? { text: part, noWrap: true } : part,
    );
}

type Inline = string | { text: string; bold?: boolean; italics?: boolean };

/** A body paragraph: justified, first-line indent, ≥ 6 pt after. */
export function paragraph(content: string | readonly Inline[], extra: Style = {}): Content {
  const parts = typeof content === 'string' ? [content] : content;
  const text = parts.flatMap((part): Content[] =>
    typeof part === 'string'
      ? keepSymbolsTogether(part)
      : keepSymbolsTogether(part.text).map((token) =>
          typeof token === 'string' ? { ...part, text: token } : { ...part, ...token },
        ),
  );
  return {
    text,
    alignment: 'justify',
    leadingIndent: FIRST_LINE_INDENT,
    margin: [0, 0, 0, PARAGRAPH_GAP],
    ...extra,
  };
}

/** Căn cứ lines as printed: each ending ";" and the last one ".". */
export function legalBasisLines(lines: readonly string[]): string[] {
  const cleaned = lines.map((line) => line.trim().replace(/[;.,]+$/u, '')).filter(Boolean);
  return cleaned.map((line, i) => `${line}${i === cleaned.length - 1 ? '.' : ';'}`);
}

/** Căn cứ lines: italic, one per line, each ending ";" and the last one ".". */
export function legalBases(lines: readonly string[]): Content[] {
  return legalBasisLines(lines).map((line) =>
    paragraph(line, { italics: true, fontSize: FONT_SIZE.legalBasis }),
  );
}

/** The "- …;" lines under Nơi nhận: a leading dash is added when the caller did not write one. */
export function recipientLines(lines: readonly string[]): string[] {
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/^[-–]\s*/u.test(line) ? line.replace(/^[-–]\s*/u, '- ') : `- ${line}`));
}

type SignerFields = Parameters<typeof signatureBlockLines>[0];

/**
 * The signature block (NĐ 30, ô 7): authority and title lines in bold capitals, a gap for the
 * signature and the seal, then the signer's name in bold. Lines come from the shared rule
 * `signatureBlockLines`, the same one the settings screen previews.
 */
export function signatureBlock(signer: SignerFields): Content {
  const lines = signatureBlockLines(signer);
  return {
    stack: lines.map((line): Content =>
      line === ''
        ? { text: ' ', margin: [0, 0, 0, SIGNATURE_GAP - FONT_SIZE.signer] }
        : { text: line, bold: true },
    ),
    fontSize: FONT_SIZE.signer,
    alignment: 'center',
  };
}

/**
 * "Nơi nhận:" (12 pt, italic, bold) and its "- …;" lines (11 pt); the last line is usually
 * "- Lưu: VT, …". A leading dash is added when the caller did not write one.
 */
export function recipients(lines: readonly string[]): Content {
  return {
    stack: [
      { text: 'Nơi nhận:', italics: true, bold: true, fontSize: FONT_SIZE.recipientsLabel },
      ...recipientLines(lines).map((line): Content => ({
        text: line,
        fontSize: FONT_SIZE.recipients,
      })),
    ],
  };
}

/** Nơi nhận on the left, the signature block on the right, side by side at the end. */
export function closing(lines: readonly string[], signer: SignerFields): Content {
  return {
    margin: [0, 6, 0, 0],
    unbreakable: true,
    columns: [
      { width: '45%', stack: [recipients(lines)] },
      { width: '*', stack: [signatureBlock(signer)] },
    ],
  };
}

/** Page numbers: none on page 1, then centred in the top margin, upright, 13 pt. */
export const pageNumberHeader: DynamicContent = (currentPage) =>
  currentPage === 1
    ? null
    : {
        text: String(currentPage),
        fontSize: FONT_SIZE.pageNumber,
        alignment: 'center',
        margin: [PAGE_MARGINS[0], mm(8), PAGE_MARGINS[2], 0],
      };

/** Thin black grid for the attached lists. */
export const LIST_TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};
