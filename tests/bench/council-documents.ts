/**
 * council.ballotsPdf: the ballots of a session, 30 numbered copies × 60 candidates (two groups,
 * 40 collectives and 20 people), rendered to PDF bytes; median of a few runs, pages reported.
 */
import { ballotsDocument } from '../../electron/core/documents/council/ballots';
import type { BallotData } from '../../electron/core/documents/council/council-data';
import { renderPdf } from '../../electron/core/documents/render-pdf';

type Report = (name: string, value: number, unit: string, reference?: number) => void;

const RUNS = 3;
const COPIES = 30;

function data(): BallotData {
  const collectives = Array.from({ length: 40 }, (_, i) => ({
    name: `Trường Tiểu học Nguyễn Văn Trỗi số ${i + 1}`,
    detail: 'Phòng Giáo dục và Đào tạo huyện Hàm Thuận Bắc',
  }));
  const people = Array.from({ length: 20 }, (_, i) => ({
    name: `Nguyễn Thị Thu Thuỷ ${i + 1}`,
    detail: 'Giáo viên, Trường THPT Phan Bội Châu',
  }));
  return {
    heading: {
      governingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
      councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận',
      placeName: 'Phan Thiết',
    },
    title: 'Phiếu bầu',
    subject: 'Xét đề nghị tặng Bằng khen phong trào "Chung sức xây dựng nông thôn mới"',
    sessionDate: '2021-03-05',
    round: 1,
    copies: COPIES,
    numbered: true,
    groups: [
      {
        awardForm: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        subjectType: 'tap_the',
        quota: 20,
        nominees: collectives,
      },
      {
        awardForm: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        subjectType: 'ca_nhan',
        quota: 10,
        nominees: people,
      },
    ],
  };
}

export async function benchCouncilDocuments(report: Report): Promise<void> {
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const pdf = await renderPdf(ballotsDocument(data()));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    // Each page is one "/Type /Page" object (not "/Pages").
    pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  }
  times.sort((a, b) => a - b);
  report('council.ballotsPdf30x60', times[Math.floor(times.length / 2)]!, 'ms');
  report('council.ballotsPdf30x60.pages', pages, 'pages');
}
