import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { renderPdf } from '../../electron/core/documents/render-pdf';
import { ballotNumber, ballotsDocument } from '../../electron/core/documents/council/ballots';
import type {
  BallotData,
  CouncilHeading,
  CouncilMinutesData,
  MinutesPerson,
  ResultGroup,
  VoteCountMinutesData,
} from '../../electron/core/documents/council/council-data';
import {
  councilNameLines,
  formatPercent,
} from '../../electron/core/documents/council/council-layout';
import { councilMinutesDocument } from '../../electron/core/documents/council/council-minutes';
import { voteCountMinutesDocument } from '../../electron/core/documents/council/vote-count-minutes';
import type { CouncilDetail, CouncilMember, SessionDetail } from '../../shared/domain/council';
import type { SessionVoting } from '../../shared/domain/council-voting';
import type { DossierDetail } from '../../shared/domain/dossier';
import { testApp } from '../helpers/app';
import { tempDir } from '../helpers/temp-dir';
import { pageCount, pagesPng, pageText as textOf, poppler } from '../helpers/pdf-tools';
import { sendToCouncil, value } from '../helpers/api';

const OUT_DIR = path.resolve('test-results/documents');

const pageText = (file: string, page: number) => textOf(file, page);
const allText = (file: string) => textOf(file);
/**
 * The text in drawing order with whitespace squeezed: a table cell's wrapped lines come out
 * together, so "1 Trường THPT Phan Bội Châu Tỉnh Bình Thuận 15 100%" reads as one row.
 */
const rawText = (file: string, page?: number) =>
  poppler('pdftotext', [
    '-raw',
    ...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]),
    file,
    '-',
  ]).replace(/\s+/g, ' ');

interface Word {
  text: string;
  xMin: number;
  yMin: number;
}

function words(file: string, page: number): Word[] {
  const html = poppler('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), text: m[3]! }),
  );
}
/** Text pieces of `pdftotext -layout`: each line cut where two or more spaces separate columns. */
const segments = (text: string) =>
  text
    .split('\n')
    .flatMap((line) => line.split(/\s{2,}/))
    .map((s) => s.trim())
    .filter(Boolean);

/** Writes the PDF and PNGs of its first pages to test-results/documents/ for a human look. */
function keep(file: string, name: string, pages = 2): void {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.copyFileSync(file, path.join(OUT_DIR, `${name}.pdf`));
  pagesPng(file, path.join(OUT_DIR, name), pages);
}

function expectEmbeddedLiberation(file: string): void {
  const rows = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const row of rows) {
    expect(row).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?\s/);
    expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
  }
}

const HEADING: CouncilHeading = {
  governingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
  councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận',
  placeName: 'Phan Thiết',
};

const COLLECTIVES = [
  'Trường THPT Phan Bội Châu',
  'Trường THCS Nguyễn Trãi',
  'Phòng Giáo dục và Đào tạo thành phố Phan Thiết',
  'Ủy ban nhân dân xã Hàm Đức',
  'Hội Liên hiệp Phụ nữ huyện Tuy Phong',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh thị xã La Gi',
  'Bệnh viện Đa khoa khu vực Bắc Bình Thuận',
  'Trung tâm Y tế huyện Đức Linh',
  'Công an phường Đức Nghĩa',
  'Ban Chỉ huy Quân sự huyện Hàm Thuận Bắc',
  'Trường Tiểu học Lê Quý Đôn',
  'Hợp tác xã Nông nghiệp Hàm Mỹ',
  'Ủy ban nhân dân thị trấn Liên Hương',
  'Phòng Văn hóa và Thông tin huyện Phú Quý',
  'Trường Mầm non Hoa Hồng',
  'Chi cục Thủy lợi tỉnh Bình Thuận',
  'Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Thắng',
  'Trạm Y tế xã Hòa Thắng',
  'Hội Nông dân huyện Tánh Linh',
  'Đội Quản lý thị trường số 3',
  'Ủy ban nhân dân xã Hồng Sơn',
  'Trường THCS Hàm Trí',
  'Ủy ban nhân dân xã Phan Hiệp',
  'Hạt Kiểm lâm huyện Hàm Tân',
  'Ủy ban nhân dân xã Sông Phan',
  'Ủy ban nhân dân xã Ngũ Phụng',
];
const collective = (name: string) => ({ name, detail: 'Tỉnh Bình Thuận' });

const PEOPLE = [
  { name: 'Nguyễn Thị Thu Thuỷ', detail: 'Giáo viên, Trường THPT Phan Bội Châu' },
  { name: 'Đặng Văn Ưng', detail: 'Chủ tịch Ủy ban nhân dân xã Hàm Đức' },
  { name: 'Huỳnh Thị Ngọc Ẩn', detail: 'Kế toán, Hợp tác xã Nông nghiệp Hàm Mỹ' },
  { name: 'Quách Thị Ỷ Lan', detail: 'Công chức Văn phòng - Thống kê thị trấn Liên Hương' },
];

/** Council of 15 voting members: 12 present, 3 absent (2 sent written opinions). */
const MEMBERS: MinutesPerson[] = [
  { name: 'Lê Tuấn Phong', role: 'Chủ tịch Hội đồng', position: 'Chủ tịch UBND tỉnh' },
  { name: 'Nguyễn Hồng Hải', role: 'Phó Chủ tịch', position: 'Phó Chủ tịch UBND tỉnh' },
  { name: 'Hồ Lâm', role: 'Phó Chủ tịch thường trực', position: 'Giám đốc Sở Nội vụ' },
  { name: 'Bố Thị Xuân Linh', role: 'Phó Chủ tịch', position: 'Chủ tịch UBMTTQVN tỉnh' },
  { name: 'Nguyễn Văn Thành', role: 'Ủy viên', position: 'Giám đốc Sở Tài chính' },
  { name: 'Phạm Văn Nam', role: 'Ủy viên', position: 'Chánh Văn phòng UBND tỉnh' },
  { name: 'Đoàn Anh Dũng', role: 'Ủy viên', position: 'Giám đốc Sở Giáo dục và Đào tạo' },
  { name: 'Trần Thị Ửng', role: 'Ủy viên', position: 'Chủ tịch Hội LHPN tỉnh' },
  { name: 'Võ Ngọc Hiệp', role: 'Ủy viên', position: 'Giám đốc Sở Y tế' },
  { name: 'Mai Thanh Quý', role: 'Ủy viên', position: 'Chủ tịch Liên đoàn Lao động tỉnh' },
  { name: 'Châu Thị Ổn', role: 'Ủy viên', position: 'Bí thư Tỉnh đoàn' },
  { name: 'Lương Văn Hải', role: 'Ủy viên', position: 'Giám đốc Sở Nông nghiệp và PTNT' },
];
const SECRETARY: MinutesPerson = {
  name: 'Trương Thị Yến',
  role: 'Thư ký',
  position: 'Chuyên viên Ban Thi đua - Khen thưởng',
};
const ABSENT = [
  {
    name: 'Đinh Quốc Kỳ',
    role: 'Ủy viên',
    position: 'Giám đốc Sở Công Thương',
    reason: 'đi công tác',
    writtenOpinion: true,
  },
  {
    name: 'Nguyễn Minh Ẩn',
    role: 'Ủy viên',
    position: 'Giám đốc Công an tỉnh',
    reason: 'ốm',
    writtenOpinion: true,
  },
  {
    name: 'Lý Thị Ỷ',
    role: 'Ủy viên',
    position: 'Giám đốc Sở Văn hóa',
    reason: '',
    writtenOpinion: false,
  },
];

function ballotData(overrides: Partial<BallotData> = {}): BallotData {
  return {
    heading: HEADING,
    title: 'Phiếu bầu',
    subject: 'Xét đề nghị tặng Bằng khen phong trào "Chung sức xây dựng nông thôn mới"',
    sessionDate: '2021-03-05',
    round: 1,
    copies: 14,
    numbered: true,
    groups: [
      {
        awardForm: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        subjectType: 'tap_the',
        quota: 20,
        nominees: COLLECTIVES.map(collective),
      },
      {
        awardForm: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        subjectType: 'ca_nhan',
        quota: 3,
        nominees: PEOPLE,
      },
    ],
    ...overrides,
  };
}

/** 26 collectives, 14 votes counted (12 present + 2 written), base 15: a tie at place 20. */
function collectiveResults(): ResultGroup {
  const yes = [
    15, 15, 14, 14, 14, 14, 14, 13, 13, 13, 13, 13, 13, 13, 13, 12, 12, 12, 12, 11, 11, 10, 8, 7, 6,
    4,
  ];
  return {
    awardForm: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    subjectType: 'tap_the',
    quota: 20,
    baseLabel: 'tổng số thành viên Hội đồng (15)',
    thresholdLabel: 'từ 70% trở lên',
    rows: COLLECTIVES.map((name, i) => {
      const y = yes[i]!;
      const passed = y * 100 >= 70 * 15;
      return {
        name,
        detail: 'Tỉnh Bình Thuận',
        yes: y,
        no: 14 - y,
        percent: formatPercent(y, 15),
        result: !passed
          ? 'Không đạt'
          : i < 19
            ? 'Đạt, trong chỉ tiêu'
            : i === 20
              ? 'Đạt, được chọn ở lần 2'
              : 'Đạt, không được chọn ở lần 2',
        selected: passed && (i < 19 || i === 20),
      };
    }),
  };
}

function minutesData(): CouncilMinutesData {
  return {
    heading: HEADING,
    number: '05',
    symbol: 'BB-HĐTĐKT',
    date: '2021-03-05',
    summary: 'V/v xét, đề nghị khen thưởng phong trào "Chung sức xây dựng nông thôn mới"',
    startTime: '14:00',
    endTime: '16:30',
    place: 'Phòng họp số 2, Ủy ban nhân dân tỉnh',
    purpose: 'xét, đề nghị khen thưởng phong trào thi đua "Chung sức xây dựng nông thôn mới"',
    chair: MEMBERS[0]!,
    secretary: SECRETARY,
    totalMembers: 15,
    present: MEMBERS,
    absent: ABSENT,
    method: 'bỏ phiếu kín',
    proceedings: [
      'Thường trực Hội đồng (Ban Thi đua - Khen thưởng) báo cáo tiêu chuẩn, chỉ tiêu và tóm tắt thành tích của các trường hợp đề nghị khen thưởng.',
    ],
    groups: [collectiveResults()],
    tieResolutions: [
      'Đội Quản lý thị trường số 3 và Ủy ban nhân dân xã Hồng Sơn cùng đạt 11 phiếu tại vị trí thứ 20: Hội đồng bỏ phiếu lần 2, Ủy ban nhân dân xã Hồng Sơn đạt 9/12 phiếu, được chọn.',
    ],
    secretaryTitle: 'Thư ký',
    chairTitle: 'Chủ tịch',
  };
}

/** The same nominees counted from the 11 valid ballots only (the written opinions are not ballots). */
function ballotCountResults(): ResultGroup {
  const group = collectiveResults();
  return {
    ...group,
    baseLabel: 'số phiếu hợp lệ (11)',
    rows: group.rows.map((row) => {
      const yes = Math.min(11, Math.max(0, row.yes - 3));
      return { ...row, yes, no: 11 - yes, percent: formatPercent(yes, 11) };
    }),
  };
}

function voteCountData(): VoteCountMinutesData {
  return {
    heading: HEADING,
    number: '06',
    symbol: 'BB-BKP',
    date: '2021-03-05',
    summary: 'V/v kiểm phiếu bầu khen thưởng phong trào "Chung sức xây dựng nông thôn mới"',
    startTime: '15:10',
    endTime: '15:45',
    place: 'Phòng họp số 2, Ủy ban nhân dân tỉnh',
    round: 1,
    committee: [
      { name: 'Nguyễn Văn Thành', role: 'Trưởng ban', position: 'Giám đốc Sở Tài chính' },
      { name: 'Châu Thị Ổn', role: 'Thành viên', position: 'Bí thư Tỉnh đoàn' },
      { name: 'Trương Thị Yến', role: 'Thành viên', position: 'Chuyên viên' },
    ],
    ballots: { issued: 14, returned: 12, valid: 11, invalid: 1 },
    groups: [ballotCountResults()],
  };
}

describe('council document helpers', () => {
  it('formats percentages Vietnamese style, rounded in integers', () => {
    expect(formatPercent(13, 15)).toBe('86,67%');
    expect(formatPercent(15, 15)).toBe('100%');
    expect(formatPercent(7, 8)).toBe('87,5%');
    expect(formatPercent(1, 3)).toBe('33,33%');
    expect(formatPercent(2, 3)).toBe('66,67%');
    expect(formatPercent(0, 0)).toBe('0%');
  });

  it('numbers ballots with a zero-padded total', () => {
    expect(ballotNumber(1, 14)).toBe('Phiếu số 01/14');
    expect(ballotNumber(7, 30)).toBe('Phiếu số 07/30');
    expect(ballotNumber(7, 120)).toBe('Phiếu số 007/120');
  });

  it('breaks the council name between its word groups', () => {
    expect(councilNameLines('Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận')).toBe(
      'HỘI ĐỒNG THI ĐUA -\nKHEN THƯỞNG\nTỈNH BÌNH THUẬN',
    );
    expect(councilNameLines('Hội đồng\nThi đua')).toBe('Hội đồng\nThi đua');
  });

  it('refuses an empty ballot and an absurd print run', () => {
    expect(() => ballotsDocument(ballotData({ groups: [] }))).toThrow(AppError);
    expect(() => ballotsDocument(ballotData({ copies: 0 }))).toThrow(/Số phiếu cần in/);
    expect(() => ballotsDocument(ballotData({ copies: 5000 }))).toThrow(/Số phiếu cần in/);
  });

  it('refuses a vote count whose ballots do not add up', () => {
    const data = voteCountData();
    data.ballots = { issued: 14, returned: 12, valid: 10, invalid: 1 };
    expect(() => voteCountMinutesDocument(data)).toThrow(/hợp lệ \(10\) cộng không hợp lệ \(1\)/);
    const tooMany = voteCountData();
    tooMany.groups[0]!.rows[0]!.no = 5;
    expect(() => voteCountMinutesDocument(tooMany)).toThrow(
      /Trường THPT Phan Bội Châu: 11 đồng ý và 5 không đồng ý, nhiều hơn 11 phiếu hợp lệ/,
    );
  });
});

describe('council documents as PDF', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-council-pdf-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = {
    ballots: path.join(dir, 'ballots.pdf'),
    long: path.join(dir, 'ballots-60.pdf'),
    round2: path.join(dir, 'ballots-round2.pdf'),
    minutes: path.join(dir, 'minutes.pdf'),
    count: path.join(dir, 'vote-count.pdf'),
  };
  const sixty = Array.from({ length: 60 }, (_, i) => ({
    name: `${COLLECTIVES[i % COLLECTIVES.length]!} (${i + 1})`,
    detail: 'Phòng Giáo dục và Đào tạo huyện Hàm Thuận Bắc',
  }));

  // Five PDFs (up to 28 pages each): a busy machine needs more than the default 10 s.
  beforeAll(async () => {
    fs.writeFileSync(files.ballots, await renderPdf(ballotsDocument(ballotData())));
    fs.writeFileSync(
      files.long,
      await renderPdf(
        ballotsDocument(
          ballotData({
            copies: 3,
            numbered: false,
            groups: [
              {
                awardForm: 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
                subjectType: 'tap_the',
                quota: 20,
                nominees: sixty,
              },
            ],
          }),
        ),
      ),
    );
    fs.writeFileSync(
      files.round2,
      await renderPdf(
        ballotsDocument(
          ballotData({
            round: 2,
            copies: 12,
            groups: [
              {
                awardForm: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
                subjectType: 'tap_the',
                quota: 1,
                nominees: [
                  collective('Đội Quản lý thị trường số 3'),
                  collective('Ủy ban nhân dân xã Hồng Sơn'),
                ],
              },
            ],
          }),
        ),
      ),
    );
    fs.writeFileSync(files.minutes, await renderPdf(councilMinutesDocument(minutesData())));
    fs.writeFileSync(files.count, await renderPdf(voteCountMinutesDocument(voteCountData())));
    keep(files.ballots, 'council-ballots', 2);
    keep(files.long, 'council-ballots-60', 4);
    keep(files.round2, 'council-ballots-round2', 1);
    keep(files.minutes, 'council-minutes', 3);
    keep(files.count, 'council-vote-count', 2);
  }, 60_000);

  it('prints one numbered ballot per copy, each starting on its own page', () => {
    const pages = pageCount(files.ballots);
    expect(pages % 14).toBe(0);
    const perBallot = pages / 14;
    for (let i = 0; i < 14; i++) {
      const first = pageText(files.ballots, i * perBallot + 1);
      expect(first).toContain(`Phiếu số ${String(i + 1).padStart(2, '0')}/14`);
      expect(segments(first)).toContain('PHIẾU BẦU');
    }
    const first = pageText(files.ballots, 1);
    const parts = segments(first);
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'HỘI ĐỒNG THI ĐUA -',
      'KHEN THƯỞNG',
      'TỈNH BÌNH THUẬN',
      'Phiếu số 01/14',
      'Phiên họp ngày 05 tháng 3 năm 2021',
    ]) {
      expect(parts).toContain(line);
    }
    expect(first).toContain(
      'I. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh - Tập thể (Chọn không quá 20)',
    );
    expect(first).toMatch(/STT\s+Tên tập thể\s+Đơn vị\s+Đồng ý\s+Không/);
    const ballot1 = Array.from({ length: perBallot }, (_, p) => rawText(files.ballots, p + 1)).join(
      ' ',
    );
    expect(ballot1).toContain(
      'II. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh - Cá nhân (Chọn không quá 3)',
    );
    COLLECTIVES.forEach((name, i) => expect(ballot1).toContain(`${i + 1} ${name} Tỉnh Bình Thuận`));
    PEOPLE.forEach((p, i) => expect(ballot1).toContain(`${i + 1} ${p.name} ${p.detail}`));
    // A ballot is secret: nothing on it names a voter, nor asks for one.
    const all = rawText(files.ballots);
    for (const member of [...MEMBERS, SECRETARY, ...ABSENT]) expect(all).not.toContain(member.name);
    expect(all).not.toMatch(/người bỏ phiếu:|Họ tên người/i);
    expectEmbeddedLiberation(files.ballots);
    expect(poppler('pdfinfo', [files.ballots])).toMatch(
      /Page size:\s+595\.28 x 841\.89 pts \(A4\)/,
    );
  });

  it('breaks a 60-row ballot across pages with the header row repeated and no row split', () => {
    const pages = pageCount(files.long);
    expect(pages % 3).toBe(0);
    const perBallot = pages / 3;
    expect(perBallot).toBeGreaterThan(1);
    const rowsOnPage = new Map<number, number>();
    for (let p = 1; p <= pages; p++) {
      const text = pageText(files.long, p);
      expect(text, `trang ${p}`).toContain(
        'I. Giấy khen của Chủ tịch Ủy ban nhân dân huyện - Tập thể (Chọn không quá 20)',
      );
      expect(text, `trang ${p}`).toMatch(/STT\s+Tên tập thể\s+Đơn vị\s+Đồng ý\s+Không/);
      expect(text).not.toContain('Phiếu số');
      // Continuation pages carry their page number within the ballot, in the top margin.
      const inBallot = ((p - 1) % perBallot) + 1;
      const top = words(files.long, p).filter((w) => w.yMin < 50);
      expect(top.map((w) => w.text)).toEqual(inBallot === 1 ? [] : [String(inBallot)]);
      if (p > perBallot) continue;
      // Row n prints "n" in the STT column and "(n)" at the end of its name: same page.
      const ws = words(files.long, p);
      const stt = ws.filter((w) => w.xMin < 125 && /^\d+$/.test(w.text)).map((w) => Number(w.text));
      const tags = ws
        .map((w) => /^\((\d+)\)$/.exec(w.text)?.[1])
        .filter(Boolean)
        .map(Number);
      expect(
        tags.sort((a, b) => a - b),
        `trang ${p}`,
      ).toEqual(stt.sort((a, b) => a - b));
      for (const n of stt) rowsOnPage.set(n, p);
    }
    expect([...rowsOnPage.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
    // Every ballot is laid out the same way: page 1 of ballot 2 starts again with row 1.
    expect(rawText(files.long, perBallot + 1)).toMatch(
      /Không đồng ý 1 Trường THPT Phan Bội Châu \(1\)/,
    );
  });

  it('prints a second-round ballot with only the tied nominees', () => {
    expect(pageCount(files.round2)).toBe(12);
    const text = rawText(files.round2, 1);
    expect(text).toContain('Bỏ phiếu lần 2, chỉ giữa các trường hợp có số phiếu bằng nhau');
    expect(text).toContain('(Chọn không quá 1)');
    expect(text).toContain('1 Đội Quản lý thị trường số 3 Tỉnh Bình Thuận');
    expect(text).toContain('2 Ủy ban nhân dân xã Hồng Sơn Tỉnh Bình Thuận');
    expect(text).not.toContain('Trường THPT Phan Bội Châu');
    expect(text).toContain('Phiếu số 01/12');
  });

  it('writes the Biên bản họp Hội đồng with attendance, results, ties and signatures', () => {
    const all = allText(files.minutes);
    const flat = rawText(files.minutes);
    const parts = segments(all);
    for (const line of [
      'Số: 05/BB-HĐTĐKT',
      'Phan Thiết, ngày 05 tháng 3 năm 2021',
      'BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'THƯ KÝ',
      'CHỦ TỊCH',
      'Trương Thị Yến',
      'Lê Tuấn Phong',
    ]) {
      expect(parts).toContain(line);
    }
    expect(flat).toContain('Vào hồi 14 giờ 00 phút, ngày 05 tháng 3 năm 2021');
    expect(flat).toContain('có mặt 12/15 thành viên Hội đồng');
    expect(flat).toContain(
      'Vắng mặt: 3/15 thành viên, trong đó 2 thành viên có ý kiến bằng văn bản',
    );
    expect(flat).toContain(
      'Đinh Quốc Kỳ - Ủy viên (Giám đốc Sở Công Thương); lý do: đi công tác; có ý kiến bằng văn bản',
    );
    expect(flat).toContain('Lý Thị Ỷ - Ủy viên (Giám đốc Sở Văn hóa); không có lý do');
    MEMBERS.forEach((m, i) => expect(flat).toContain(`${i + 1}. ${m.name} - ${m.role}`));
    expect(flat).toContain('Chủ trì: Lê Tuấn Phong - Chủ tịch Hội đồng');
    expect(flat).toContain('Thư ký: Trương Thị Yến - Thư ký');
    expect(flat).toContain('Hình thức biểu quyết: bỏ phiếu kín.');
    expect(flat).toContain(
      'Tỷ lệ tính trên tổng số thành viên Hội đồng (15); điều kiện: từ 70% trở lên; chỉ tiêu: không quá 20',
    );
    expect(all).toMatch(/STT\s+Tên tập thể\s+Đơn vị\s+Số phiếu\s+Tỷ lệ\s+Kết quả/);
    expect(flat).toContain(
      '1 Trường THPT Phan Bội Châu Tỉnh Bình Thuận 15 100% Đạt, trong chỉ tiêu',
    );
    expect(flat).toContain('11 Trường Tiểu học Lê Quý Đôn Tỉnh Bình Thuận 13 86,67%');
    expect(flat).toContain(
      '21 Ủy ban nhân dân xã Hồng Sơn Tỉnh Bình Thuận 11 73,33% Đạt, được chọn ở lần 2',
    );
    expect(flat).toContain('26 Ủy ban nhân dân xã Ngũ Phụng Tỉnh Bình Thuận 4 26,67% Không đạt');
    expect(flat).toContain('Giải quyết trường hợp bằng phiếu:');
    expect(flat).toContain('Hội đồng bỏ phiếu lần 2, Ủy ban nhân dân xã Hồng Sơn đạt 9/12 phiếu');
    expect(flat).toContain('1. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh - Tập thể: 20 tập thể');
    expect(flat).toContain('Cuộc họp kết thúc vào hồi 16 giờ 30 phút cùng ngày.');
    // The approved list holds the 20 selected, in order, and nothing else.
    const conclusion = flat.slice(flat.indexOf('IV. KẾT LUẬN'), flat.indexOf('Cuộc họp kết thúc'));
    expect(conclusion).toContain('20 Ủy ban nhân dân xã Hồng Sơn Tỉnh Bình Thuận 11 73,33%');
    expect(conclusion).not.toContain('Đội Quản lý thị trường số 3');
    expect(conclusion).not.toContain('Trường THCS Hàm Trí');
    expect(conclusion).not.toContain('21 ');
    // The signatures close the minutes: secretary on the left, chair on the right, last page.
    const last = pageText(files.minutes, pageCount(files.minutes));
    expect(last).toMatch(/THƯ KÝ\s{2,}CHỦ TỊCH/);
    expect(last).toMatch(/Trương Thị Yến\s{2,}Lê Tuấn Phong/);
    expectEmbeddedLiberation(files.minutes);
    const info = poppler('pdfinfo', [files.minutes]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Author:\s+Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận/);
  });

  it('writes the Biên bản kiểm phiếu with the ballot counts and votes per nominee', () => {
    const all = allText(files.count);
    const flat = rawText(files.count);
    expect(segments(all)).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(segments(all)).toContain('Số: 06/BB-BKP');
    expect(flat).toContain('1. Nguyễn Văn Thành, Giám đốc Sở Tài chính - Trưởng ban');
    expect(flat).toContain('2. Châu Thị Ổn, Bí thư Tỉnh đoàn - Thành viên');
    expect(all).toMatch(/Số phiếu phát ra\s+14/);
    expect(all).toMatch(/Số phiếu thu về\s+12/);
    expect(all).toMatch(/Số phiếu không thu về\s+2/);
    expect(all).toMatch(/Số phiếu hợp lệ\s+11/);
    expect(all).toMatch(/Số phiếu không hợp lệ\s+1/);
    expect(flat).toContain(
      'a) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh - Tập thể (chọn không quá 20)',
    );
    expect(flat).toContain('(Tỷ lệ tính trên số phiếu hợp lệ (11))');
    expect(flat).toContain('1 Trường THPT Phan Bội Châu Tỉnh Bình Thuận 11 0 100%');
    expect(flat).toContain('11 Trường Tiểu học Lê Quý Đôn Tỉnh Bình Thuận 10 1 90,91%');
    expect(flat).toContain('21 Ủy ban nhân dân xã Hồng Sơn Tỉnh Bình Thuận 8 3 72,73%');
    const last = pageText(files.count, pageCount(files.count));
    expect(last).toContain('BAN KIỂM PHIẾU');
    expect(last).toMatch(/TRƯỞNG BAN\s{2,}THÀNH VIÊN/);
    expect(last).toMatch(/Nguyễn Văn Thành\s{2,}Châu Thị Ổn/);
    expect(last).toContain('Trương Thị Yến');
    expectEmbeddedLiberation(files.count);
  });
});

// ——— wired: a real session in a real SQLite file, through the dispatcher ———

const tapThe = (i: number) => `Tập thể số ${String(i + 1).padStart(2, '0')}`;
/** Yes votes of round 1 (12 ballots + 2 written opinions): places 20–22 tie at 10. */
const ROUND_ONE = [
  14, 14, 13, 13, 13, 13, 13, 13, 12, 12, 12, 12, 12, 12, 11, 11, 11, 11, 11, 10, 10, 10, 9, 5, 3,
  0,
];

/** Voter × nominee marks with the given column sums, each voter at most `quota` yes. */
function distribute(target: readonly number[], voters: number): boolean[][] {
  const grid = Array.from({ length: voters }, () => Array<boolean>(target.length).fill(false));
  const load = Array<number>(voters).fill(0);
  target.forEach((yes, j) => {
    const order = [...load.keys()].sort((a, b) => load[a]! - load[b]! || a - b);
    for (const v of order.slice(0, yes)) {
      grid[v]![j] = true;
      load[v]!++;
    }
  });
  return grid;
}

/** The Bình Thuận demo: 15 voting members and a secretary, 26 collectives for 20 places. */
async function binhThuanSession() {
  const app = testApp();
  const { dispatch } = app;
  const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
  const council = value<CouncilDetail>(
    await dispatch('councils.create', {
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận',
      validFrom: '2021-06-01',
      validTo: '2026-05-31',
    }),
  );
  const members: CouncilMember[] = [];
  const roles = ['chu_tich', 'pho_chu_tich_thuong_truc', ...Array<string>(13).fill('uy_vien')];
  for (const [i, role] of roles.entries()) {
    members.push(
      value<CouncilMember>(
        await dispatch('councilMembers.create', {
          councilId: council.id,
          fullName: i === 0 ? 'Lê Tuấn Phong' : `Thành viên Hội đồng số ${i + 1}`,
          position: i === 0 ? 'Chủ tịch UBND tỉnh' : null,
          role,
          termFrom: '2021-06-01',
        }),
      ),
    );
  }
  value(
    await dispatch('councilMembers.create', {
      councilId: council.id,
      fullName: 'Trương Thị Yến',
      role: 'thu_ky',
      isVoting: false,
      termFrom: '2021-06-01',
    }),
  );
  value(
    await dispatch('councilRules.update', {
      councilId: council.id,
      quorumNum: 2,
      quorumDen: 3,
      quorumComparator: 'gte',
      tieRule: 'second_round',
      source: 'Quy chế hoạt động của Hội đồng',
      overrides: [
        {
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: null,
          votingRuleCode: 'tt35_2015_70_du_hop',
        },
      ],
    }),
  );
  const units = value<{ id: number; name: string }[]>(await dispatch('units.list', {}));
  let next = 0;
  for (const unit of ['Phan Thiết', 'La Gi', 'Tuy Phong', 'Bắc Bình', 'Hàm Thuận Bắc']) {
    const proposingUnitId = units.find((u) => u.name.includes(unit))!.id;
    const d = value<DossierDetail>(
      await dispatch('dossiers.create', {
        receivedDate: '2021-11-25',
        proposingUnitId,
        movementId,
        procedure: 'don_gian',
        awardFormCodes: ['bk_chu_tich_tinh'],
      }),
    );
    const count = unit === 'Phan Thiết' ? 6 : 5;
    for (let k = 0; k < count; k++) {
      value(
        await dispatch('nominations.create', {
          movementId,
          proposingUnitId,
          dossierId: d.id,
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: 'tap_the',
          fullName: tapThe(next++),
        }),
      );
    }
    await sendToCouncil(dispatch, d.id);
  }
  const session = value<SessionDetail>(
    await dispatch('sessions.create', {
      movementId,
      councilId: council.id,
      date: '2021-12-10',
      startTime: '14:00',
      place: 'Phòng họp số 1, UBND tỉnh',
    }),
  );
  value(
    await dispatch('sessions.setAttendance', {
      sessionId: session.id,
      entries: [...members, null].flatMap((m, i) =>
        m
          ? [
              {
                memberId: m.id,
                status: i < 12 ? 'present' : i < 14 ? 'absent_written' : 'absent',
                reason: i < 12 ? null : i < 14 ? 'Đi công tác' : 'Ốm',
              },
            ]
          : [],
      ),
    }),
  );
  return { ...app, session, members };
}

const decode = (file: { fileName: string; contentBase64: string }, dir: string) => {
  const target = path.join(dir, file.fileName);
  fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
  return target;
};

describe('council documents of a real session (sessions.ballotsPdf, minutesPdf, voteCountPdf)', () => {
  it('prints the ballots, the second-round ballots, the minutes and the vote count of the Bình Thuận session', async () => {
    const s = await binhThuanSession();
    const { dispatch, session, members } = s;
    const dir = tempDir();
    type File = { fileName: string; contentBase64: string };

    // Before voting opens: ballots from the agenda, present (12) + spares (3).
    const early = decode(
      value<File>(await dispatch('sessions.ballotsPdf', { sessionId: session.id, spares: 3 })),
      dir,
    );
    expect(pageCount(early) % 15).toBe(0);
    expect(rawText(early, 1)).toContain('Phiếu số 01/15');

    const opened = value<SessionVoting>(
      await dispatch('sessions.openVoting', { sessionId: session.id, spares: 2 }),
    );
    const round = opened.rounds[0]!;
    const ids = Array.from(
      { length: 26 },
      (_, i) => round.sections[0]!.nominees.find((n) => n.fullName === tapThe(i))!.nominationId,
    );
    const file1 = value<File>(await dispatch('sessions.ballotsPdf', { sessionId: session.id }));
    expect(file1.fileName).toBe(`phieu-bau-2021-12-10-phien-${session.id}-vong-1.pdf`);
    const ballots = decode(file1, dir);
    const pages = pageCount(ballots);
    expect(pages % 14).toBe(0);
    const first = rawText(ballots, 1);
    expect(first).toContain('PHIẾU BẦU');
    expect(first).toContain('Phiếu số 01/14');
    expect(first).toContain('Bằng khen của Chủ tịch UBND tỉnh - Tập thể (Chọn không quá 20)');
    const ballot1 = Array.from({ length: pages / 14 }, (_, p) => rawText(ballots, p + 1)).join(' ');
    for (let i = 0; i < 26; i++) expect(ballot1).toContain(tapThe(i));
    for (const m of members) expect(ballot1).not.toContain(m.fullName);

    const grid = distribute(ROUND_ONE, 14);
    const marksOf = (row: boolean[]) =>
      row.map((yes, j) => ({ nominationId: ids[j]!, mark: yes ? 'yes' : 'no' }));
    for (let v = 0; v < 12; v++) {
      value(await dispatch('ballots.enter', { roundId: round.id, marks: marksOf(grid[v]!) }));
    }
    for (const v of [12, 13]) {
      value(
        await dispatch('writtenOpinions.set', {
          sessionId: session.id,
          memberId: members[v]!.id,
          receivedDate: '2021-12-09',
          marks: marksOf(grid[v]!),
        }),
      );
    }
    value(
      await dispatch('rounds.setCounts', { roundId: round.id, ballotsIssued: 14, notReturned: 2 }),
    );
    const second = value<SessionVoting>(
      await dispatch('rounds.openSecond', {
        sessionId: session.id,
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'tap_the',
      }),
    ).rounds[1]!;

    // Second round: only the three tied collectives, one place.
    const round2 = decode(
      value<File>(await dispatch('sessions.ballotsPdf', { sessionId: session.id, round: 2 })),
      dir,
    );
    const r2 = rawText(round2, 1);
    expect(r2).toContain('Bỏ phiếu lần 2, chỉ giữa các trường hợp có số phiếu bằng nhau');
    expect(r2).toContain('(Chọn không quá 1)');
    for (const i of [19, 20, 21]) expect(r2).toContain(tapThe(i));
    for (const i of [0, 18, 22]) expect(r2).not.toContain(tapThe(i));

    const [c20, c21, c22] = [ids[19]!, ids[20]!, ids[21]!];
    const choices = [...Array<number>(7).fill(c21), ...Array<number>(3).fill(c20), c22, c22];
    for (const choice of choices) {
      value(
        await dispatch('ballots.enter', {
          roundId: second.id,
          marks: [c20, c21, c22].map((id) => ({
            nominationId: id,
            mark: id === choice ? 'yes' : 'no',
          })),
        }),
      );
    }
    value(
      await dispatch('rounds.setCounts', { roundId: second.id, ballotsIssued: 14, notReturned: 2 }),
    );
    value(await dispatch('sessions.conclude', { id: session.id }));

    const minutes = decode(
      value<File>(
        await dispatch('sessions.minutesPdf', {
          sessionId: session.id,
          number: '12',
          endTime: '16:30',
        }),
      ),
      dir,
    );
    keep(minutes, 'council-minutes-session', 4);
    const m = rawText(minutes);
    expect(m).toContain('Số: 12/BB-HĐTĐKT');
    expect(m).toContain(
      'Vào hồi 14 giờ 00 phút, ngày 10 tháng 12 năm 2021, tại Phòng họp số 1, UBND tỉnh',
    );
    expect(m).toContain('Chủ trì: Lê Tuấn Phong - Chủ tịch Hội đồng (Chủ tịch UBND tỉnh)');
    expect(m).toContain('Thư ký: Trương Thị Yến - Thư ký');
    expect(m).toContain('có mặt 12/15 thành viên Hội đồng');
    expect(m).toContain('Vắng mặt: 3/15 thành viên, trong đó 2 thành viên có ý kiến bằng văn bản');
    expect(m).toContain('Thành viên Hội đồng số 15 - Ủy viên; lý do: Ốm');
    expect(m).toContain('1 Tập thể số 01 UBND thành phố Phan Thiết 14 100% Được chọn');
    expect(m).toMatch(/Tập thể số 21 [^0-9]*10 71,43% Được chọn sau bỏ phiếu lần 2 \(7 phiếu\)/);
    expect(m).toMatch(/Tập thể số 23 [^0-9]*9 64,29% Không đạt tỷ lệ/);
    expect(m).toContain(
      'Tập thể số 20, Tập thể số 21 và Tập thể số 22 cùng đạt 10 phiếu tại vị trí cuối chỉ tiêu; Hội đồng bỏ phiếu lần 2',
    );
    expect(m).toContain('Tập thể số 21 7 phiếu (được chọn)');
    expect(m).toContain('Bằng khen của Chủ tịch UBND tỉnh - Tập thể: 20 tập thể');
    const conclusion = m.slice(m.indexOf('IV. KẾT LUẬN'));
    expect(conclusion).toContain('Tập thể số 21');
    expect(conclusion).not.toContain('Tập thể số 20 ');
    expect(conclusion).not.toContain('Tập thể số 22');
    expect(m).toContain('Cuộc họp kết thúc vào hồi 16 giờ 30 phút cùng ngày.');

    const count = decode(
      value<File>(
        await dispatch('sessions.voteCountPdf', {
          sessionId: session.id,
          round: 1,
          startTime: '15:10',
          endTime: '15:40',
          committee: [
            { name: 'Thành viên Hội đồng số 5', role: 'Trưởng ban' },
            { name: 'Trương Thị Yến', role: 'Thành viên', position: 'Thư ký Hội đồng' },
          ],
        }),
      ),
      dir,
    );
    const c = rawText(count);
    expect(c).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(c).toContain('1. Thành viên Hội đồng số 5 - Trưởng ban');
    expect(c).toMatch(
      /Số phiếu phát ra 14 Số phiếu thu về 12 Số phiếu không thu về 2 Số phiếu hợp lệ 12 Số phiếu không hợp lệ 0/,
    );
    // Ballots only: 14 yes minus the 2 written opinions.
    expect(c).toContain('1 Tập thể số 01 UBND thành phố Phan Thiết 12 0 100%');
    expect(c).toContain('(Tỷ lệ tính trên số phiếu hợp lệ (12))');

    // A vote count needs an opened round; an unknown round is named.
    const missing = await dispatch('sessions.voteCountPdf', { sessionId: session.id, round: 3 });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain('chưa có vòng bỏ phiếu lần 3');
  });
});
