/**
 * documents.decisionPdf1000: a Quyết định with 1,000 awardees through our template against a bare
 * pdfmake table of the same rows (same font, same columns) rendered in the same run.
 * Targets: ratio ≤ 1.3, absolute time < 3 s.
 */
import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_SIZE, PAGE_MARGINS } from '../../electron/core/documents/nd30-layout';
import { renderPdf } from '../../electron/core/documents/render-pdf';
import {
  decisionDocument,
  recipientDetail,
  recipientName,
} from '../../electron/core/documents/templates/decision';
import type {
  DecisionData,
  DecisionRecipient,
} from '../../electron/core/documents/templates/decision-data';
import { formatAmount } from '../../electron/core/documents/vietnamese-numbers';

type Report = (name: string, value: number, unit: string, reference?: number) => void;

const RUNS = 5;
const NOMINEES = 1_000;

function recipients(): DecisionRecipient[] {
  return Array.from({ length: NOMINEES }, (_, i) => ({
    honorific: i % 2 ? 'Bà' : 'Ông',
    name: `Nguyễn Thị Thu Thuỷ ${i + 1}`,
    position: 'Giáo viên',
    unit: `Trường Tiểu học Nguyễn Văn Trỗi số ${(i % 40) + 1}`,
    amount: 1_170_000,
  }));
}

function decision(rows: DecisionRecipient[]): DecisionData {
  return {
    agency: {
      governingBody: '',
      issuingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
      placeName: 'Phan Thiết',
    },
    number: '123',
    symbol: 'QĐ-UBND',
    date: '2021-03-05',
    authorityTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận',
    authorityName: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
    achievement: 'đã có thành tích xuất sắc trong phong trào thi đua',
    awards: [
      {
        subjectType: 'ca_nhan',
        form: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        recipients: rows,
      },
    ],
    fundSource: 'Quỹ Thi đua, khen thưởng tỉnh',
    executors: ['Chánh Văn phòng Ủy ban nhân dân tỉnh'],
    signer: {
      signerOnBehalfOf: '',
      signerDelegation: 'KT.',
      signerDelegationOf: 'Chủ tịch',
      signerTitle: 'Phó Chủ tịch',
      signerName: 'Nguyễn Văn A',
    },
    recipients: ['Như Điều 3;', 'Lưu: VT, NC.'],
  };
}

/** The same rows in a plain pdfmake table: no NĐ 30 page, no layout objects, same columns. */
function bareTable(rows: DecisionRecipient[]): TDocumentDefinitions {
  const body: TableCell[][] = [
    ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Số tiền (đồng)'],
    ...rows.map((r, i) => [
      String(i + 1),
      recipientName(r),
      recipientDetail(r),
      formatAmount(r.amount ?? 0),
    ]),
  ];
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    content: [
      {
        fontSize: FONT_SIZE.table,
        table: { headerRows: 1, widths: [34, '40%', '*', 82], body },
      },
    ],
  };
}

const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

async function timed(fn: () => Promise<Buffer>): Promise<{ ms: number; pdf: Buffer }> {
  const start = process.hrtime.bigint();
  const pdf = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, pdf };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

export async function benchDocuments(report: Report): Promise<void> {
  const rows = recipients();
  const data = decision(rows);
  const ourDoc = () => renderPdf(decisionDocument(data));
  const bareDoc = () => renderPdf(bareTable(rows));
  // Warm-up of both sides (fonts, printer, JIT), then alternating order so neither always runs
  // after the other's garbage.
  await ourDoc();
  await bareDoc();
  const ours: number[] = [];
  const bare: number[] = [];
  let pages = 0;
  let barePages = 0;
  for (let i = 0; i < RUNS; i++) {
    const sides = i % 2 ? [bareDoc, ourDoc] : [ourDoc, bareDoc];
    for (const side of sides) {
      const { ms, pdf } = await timed(side);
      if (side === ourDoc) {
        ours.push(ms);
        pages = pagesOf(pdf);
      } else {
        bare.push(ms);
        barePages = pagesOf(pdf);
      }
    }
  }
  report('documents.decisionPdf1000', median(ours), 'ms', median(bare));
  report('documents.decisionPdf1000.pages', pages, 'pages', barePages);
}
