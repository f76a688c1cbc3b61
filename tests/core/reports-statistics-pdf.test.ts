import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { Movement } from '../../shared/domain/movement';
import type { Nomination } from '../../shared/domain/nomination';
import type { ReportStage, Statistics } from '../../shared/domain/report';
import { binhThuanAgency } from '../helpers/agency';
import { testApp } from '../helpers/app';
import { pageCount, pagesPng, pageText, poppler } from '../helpers/pdf-tools';
import { tempDir } from '../helpers/temp-dir';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

const SETTINGS = binhThuanAgency();

const MOVEMENT_TITLE =
  'Kế hoạch tổ chức phong trào thi đua “Bình Thuận chung sức xây dựng nông thôn mới” năm 2026';

const UNITS = [
  { name: 'Ủy ban nhân dân xã Hàm Đức', kindCode: 'xa' },
  { name: 'Ấp Ánh Dương', kindCode: 'thon_to_dan_pho' },
  { name: 'Trường Tiểu học Đinh Bộ Lĩnh', kindCode: 'truong_hoc' },
  { name: 'Hội Liên hiệp Phụ nữ tỉnh', kindCode: 'mat_tran_doan_the' },
] as const;
const FORMS = ['bk_chu_tich_tinh', 'bk_thu_tuong'] as const;
const SUBJECTS = ['tap_the', 'ca_nhan', 'ho_gia_dinh'] as const;
const GIVEN = ['Ánh', 'Bình', 'Chi', 'Dũng', 'Đức', 'Giang', 'Hà', 'Ấu', 'Yến', 'Long'];

interface Seed {
  unit: number;
  form: (typeof FORMS)[number];
  subjectType: (typeof SUBJECTS)[number];
  fullName: string;
  gender: 'nam' | 'nu' | null;
  isLeader: boolean;
  selected: boolean;
  awarded: boolean;
}

/** 34 nominations over four units, two forms, three subject types; a deterministic mix. */
function seeds(): Seed[] {
  const out: Seed[] = [];
  for (let i = 0; i < 34; i++) {
    const subjectType = i % 6 === 2 ? 'tap_the' : i % 9 === 4 ? 'ho_gia_dinh' : 'ca_nhan';
    const selected = i % 3 !== 0;
    out.push({
      unit: i % 4 === 3 ? 3 : Math.floor(i / 12),
      form: FORMS[i % 5 === 0 ? 0 : 1],
      subjectType,
      fullName:
        subjectType === 'tap_the'
          ? `Tổ tự quản số ${i}`
          : subjectType === 'ho_gia_dinh'
            ? `Hộ ông Lê Văn ${GIVEN[i % GIVEN.length]}`
            : `${i % 2 ? 'Nguyễn' : 'Trần'} Thị ${GIVEN[i % GIVEN.length]}`,
      gender: subjectType === 'ca_nhan' ? (i % 4 === 1 ? 'nam' : 'nu') : null,
      isLeader: subjectType === 'ca_nhan' && i % 4 === 2,
      selected,
      awarded: selected && i % 2 === 0,
    });
  }
  return out;
}

async function statisticsApp() {
  const app = testApp(() => new Date('2026-11-23T08:00:00Z'));
  const { dispatch } = app;
  value(await dispatch('settings.update', SETTINGS));
  const unitIds: number[] = [];
  for (const u of UNITS) unitIds.push(value<{ id: number }>(await dispatch('units.create', u)).id);
  const movement = value<Movement>(
    await dispatch('movements.create', {
      issuingBody: SETTINGS.issuingBody,
      title: MOVEMENT_TITLE,
      procedure: 'thuong',
      legalRegimeCode: 'luat2022_nd152',
      awardForms: FORMS.map((awardFormCode) => ({
        awardFormCode,
        subjectTypes: [...SUBJECTS],
      })),
    }),
  );
  const data = seeds();
  const awarded: number[] = [];
  for (const s of data) {
    const n = value<Nomination>(
      await dispatch('nominations.create', {
        movementId: movement.id,
        proposingUnitId: unitIds[s.unit],
        awardFormCode: s.form,
        subjectType: s.subjectType,
        fullName: s.fullName,
        gender: s.gender,
        isLeader: s.isLeader,
        position: s.subjectType === 'ca_nhan' ? 'Hội viên' : null,
        workplace: UNITS[s.unit]!.name,
      }),
    );
    if (s.selected) value(await dispatch('nominations.setSelected', { id: n.id, selected: true }));
    if (s.awarded) awarded.push(n.id);
  }
  value(
    await dispatch('documents.issueDecision', {
      movementId: movement.id,
      nominationIds: awarded,
      number: 7,
      date: '2026-11-20',
    }),
  );
  return { ...app, movementId: movement.id, data };
}

const atStage: Record<ReportStage, (s: Seed) => boolean> = {
  proposed: () => true,
  selected: (s) => s.selected,
  awarded: (s) => s.awarded,
};

const percent = (part: number, whole: number) =>
  ((part * 100) / whole).toFixed(1).replace('.', ',');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const flat = (text: string) => text.replace(/\s+/g, ' ');
/**
 * A numbered table row of `pdftotext -layout`: STT, the label (its first words: a long label
 * wraps, the numbers stay on its first line), then the numbers in their columns.
 */
const tableRow = (label: string, numbers: readonly (number | string)[]) =>
  new RegExp(
    `^\\s*\\d+\\s+${escape(label.split(' ').slice(0, 3).join(' '))}.*?\\s` +
      `${numbers.map((n) => escape(String(n))).join('\\s+')}\\s*$`,
    'm',
  );

async function writePdf(
  dispatch: ReturnType<typeof testApp>['dispatch'],
  input: Record<string, unknown>,
): Promise<string> {
  const file = value<{ fileName: string; contentBase64: string }>(
    await dispatch('reports.statisticsPdf', input),
  );
  expect(file.fileName).toMatch(/^thong-ke-khen-thuong-\d{8}\.pdf$/);
  const out = path.join(tempDir(), file.fileName);
  fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
  return out;
}

/** Keeps the PDF and a PNG of page 1 under test-results/artifacts/ for a human look. */
function keep(file: string, name: string): void {
  const dir = path.resolve('test-results/artifacts');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(file, path.join(dir, `${name}.pdf`));
  pagesPng(file, path.join(dir, name), 2, 80);
}

function expectEmbeddedFontsOnly(file: string): void {
  const rows = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const row of rows) {
    expect(row).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?\s/);
    expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
  }
}

function expectA4Portrait(file: string): void {
  const pages = pageCount(file);
  const info = poppler('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)];
  expect(sizes).toHaveLength(pages);
  for (const [, w, h] of sizes) {
    expect(Number(w)).toBeCloseTo(595.28, 1);
    expect(Number(h)).toBeCloseTo(841.89, 1);
  }
  for (const [, rot] of info.matchAll(/^Page\s+\d+ rot:\s+(\d+)/gm)) expect(rot).toBe('0');
}

describe('báo cáo thống kê in PDF', () => {
  it('prints the NĐ 30 header, the title, every unit with its counts, and vector charts', async () => {
    const { dispatch, movementId, data } = await statisticsApp();
    const stats = value<Statistics>(await dispatch('reports.statistics', { movementId }));
    const file = await writePdf(dispatch, { movementId });
    keep(file, 'thong-ke-khen-thuong');
    const text = pageText(file);
    const page1 = pageText(file, 1);

    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BÌNH THUẬN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Phan Thiết, ngày 23 tháng 11 năm 2026',
      'Số:',
      '/BC-UBND',
      'BÁO CÁO THỐNG KÊ KẾT QUẢ KHEN THƯỞNG',
    ]) {
      expect(page1, line).toContain(line);
    }
    expect(flat(page1)).toContain(MOVEMENT_TITLE);
    expect(flat(page1)).toContain(
      '(Số liệu các trường hợp được đề nghị khen thưởng; cả phong trào)',
    );

    // Every unit, with the split by subject, the total and the percentage; from the seeds and
    // the same as the statistics on screen.
    const total = data.length;
    expect(stats.total.proposed).toBe(total);
    UNITS.forEach((u, i) => {
      const rows = data.filter((s) => s.unit === i);
      const bySubject = SUBJECTS.map((st) => rows.filter((s) => s.subjectType === st).length);
      expect(stats.tables.byUnit.find((l) => l.label === u.name)?.proposed).toBe(rows.length);
      expect(flat(text)).toContain(u.name);
      expect(text, u.name).toMatch(
        tableRow(u.name, [...bySubject, rows.length, percent(rows.length, total)]),
      );
    });
    // The forms, split the same way, and the "Cộng" rows equal to the total.
    for (const form of stats.tables.byForm) {
      const rows = data.filter((s) => s.form === FORMS.find((f) => form.key === f));
      expect(rows.length).toBe(form.proposed);
      const bySubject = SUBJECTS.map((st) => rows.filter((s) => s.subjectType === st).length);
      expect(text, form.label).toMatch(
        tableRow(form.label, [...bySubject, rows.length, percent(rows.length, total)]),
      );
    }
    const subjectTotals = SUBJECTS.map((st) => data.filter((s) => s.subjectType === st).length);
    expect(text).toMatch(
      new RegExp(`^\\s*Cộng\\s+${subjectTotals.join('\\s+')}\\s+${total}\\s+100,0\\s*$`, 'm'),
    );
    // Women among persons, percentage of the persons.
    const persons = data.filter((s) => s.subjectType === 'ca_nhan');
    const women = persons.filter((s) => s.gender === 'nu').length;
    expect(text).toMatch(tableRow('Nữ', [women, percent(women, persons.length)]));
    // The general table: the three stages, each split by subject.
    for (const [label, stage] of [
      ['Đề nghị', 'proposed'],
      ['Hội đồng chọn', 'selected'],
      ['Đã khen thưởng', 'awarded'],
    ] as const) {
      const rows = data.filter(atStage[stage]);
      const parts = SUBJECTS.map((st) => rows.filter((s) => s.subjectType === st).length);
      expect(text).toMatch(
        new RegExp(`^\\s*${label}\\s+${parts.join('\\s+')}\\s+${rows.length}\\s*$`, 'm'),
      );
    }

    // Charts are drawn, not pasted: titles and labels as text, no image in the file.
    expect(text).toContain('Biểu đồ 1. Số trường hợp được đề nghị theo đơn vị và hình thức');
    expect(text).toContain('Biểu đồ 2. Số trường hợp được đề nghị theo hình thức khen thưởng');
    expect(poppler('pdfimages', ['-list', file]).split('\n').slice(2).filter(Boolean)).toEqual([]);

    expectEmbeddedFontsOnly(file);
    expectA4Portrait(file);
    // Page numbers from page 2, centred at the top; none on page 1.
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(
      page1
        .split('\n')
        .find((l) => l.trim())
        ?.trim(),
    ).not.toBe('1');
    for (let p = 2; p <= pages; p++) {
      const first = pageText(file, p)
        .split('\n')
        .find((l) => l.trim());
      expect(first?.trim(), `page ${p}`).toBe(String(p));
    }
    // Closing: Nơi nhận and the signer, never alone on the last page.
    const last = pageText(file, pages);
    expect(last).toContain('Nơi nhận:');
    expect(last).toContain('KT. CHỦ TỊCH');
    expect(last).toContain('Nguyễn Hồng Hải');
    expect(last).toContain('Tỷ lệ (%)');
  });

  it('reports one stage: the awarded counts and percentages', async () => {
    const { dispatch, movementId, data } = await statisticsApp();
    const stats = value<Statistics>(
      await dispatch('reports.statistics', { movementId, stage: 'awarded' }),
    );
    const file = await writePdf(dispatch, { movementId, stage: 'awarded' });
    keep(file, 'thong-ke-khen-thuong-da-khen-thuong');
    const text = pageText(file);
    expect(flat(text)).toContain('(Số liệu các trường hợp đã được khen thưởng; cả phong trào)');
    expect(text).toContain('Biểu đồ 1. Số trường hợp được khen thưởng theo đơn vị và hình thức');
    const awarded = data.filter((s) => s.awarded);
    expect(stats.total.awarded).toBe(awarded.length);
    UNITS.forEach((u, i) => {
      const rows = awarded.filter((s) => s.unit === i);
      const bySubject = SUBJECTS.map((st) => rows.filter((s) => s.subjectType === st).length);
      expect(stats.tables.byUnit.find((l) => l.label === u.name)?.awarded).toBe(rows.length);
      expect(text, u.name).toMatch(
        tableRow(u.name, [...bySubject, rows.length, percent(rows.length, awarded.length)]),
      );
    });
    expectEmbeddedFontsOnly(file);
  });

  it('says there is no data for a movement without nominations', async () => {
    const { dispatch } = testApp(() => new Date('2026-11-23T08:00:00Z'));
    value(await dispatch('settings.update', SETTINGS));
    const movement = value<Movement>(
      await dispatch('movements.create', {
        issuingBody: SETTINGS.issuingBody,
        title: 'Phong trào thi đua “Dân vận khéo” năm 2026',
        procedure: 'thuong',
        legalRegimeCode: 'luat2022_nd152',
      }),
    );
    const file = await writePdf(dispatch, { movementId: movement.id });
    keep(file, 'thong-ke-khen-thuong-trong');
    const text = flat(pageText(file));
    expect(text).toContain('BÁO CÁO THỐNG KÊ KẾT QUẢ KHEN THƯỞNG');
    expect(text).toContain('Phong trào thi đua “Dân vận khéo” năm 2026');
    expect(text).toContain(
      'Phong trào chưa có trường hợp nào được đề nghị khen thưởng, nên chưa có số liệu để thống kê.',
    );
    expect(text).not.toContain('Biểu đồ');
    expectEmbeddedFontsOnly(file);
    expectA4Portrait(file);

    // One period of a movement: named in the sentences, "đợt" not doubled.
    const withPeriod = value<Movement>(
      await dispatch('movements.create', {
        issuingBody: SETTINGS.issuingBody,
        title: 'Phong trào thi đua “Lao động giỏi, lao động sáng tạo”',
        procedure: 'thuong',
        legalRegimeCode: 'luat2022_nd152',
        periods: [{ code: 'dot1', name: 'Đợt 1 năm 2026', startDate: '2026-01-01' }],
      }),
    );
    const periodText = flat(
      pageText(await writePdf(dispatch, { movementId: withPeriod.id, periodCode: 'dot1' })),
    );
    expect(periodText).toContain(
      'Phong trào thi đua “Lao động giỏi, lao động sáng tạo” — Đợt 1 năm 2026',
    );
    expect(periodText).toContain(
      '(Số liệu các trường hợp được đề nghị khen thưởng; đợt 1 năm 2026)',
    );
    expect(periodText).toContain('Đợt 1 năm 2026 của phong trào chưa có trường hợp nào');

    const unknown = await dispatch('reports.statisticsPdf', { movementId: movement.id + 99 });
    expect(unknown.ok).toBe(false);
    const badPeriod = await dispatch('reports.statisticsPdf', {
      movementId: withPeriod.id,
      periodCode: 'dot9',
    });
    expect(!badPeriod.ok && badPeriod.error.message).toContain('dot9');

    // A report with no issuing body or signer would print a bare header: refused, saying what to fill.
    value(await dispatch('settings.update', { ...SETTINGS, issuingBodyAbbr: '', signerName: '' }));
    const bare = await dispatch('reports.statisticsPdf', { movementId: withPeriod.id });
    expect(!bare.ok && bare.error.message).toBe(
      'Chưa đủ thông tin để in báo cáo: hãy điền “Chữ viết tắt tên cơ quan ban hành”, ' +
        '“Họ và tên người ký” trong Cài đặt › Cơ quan và người ký.',
    );
    const list = await dispatch('reports.summaryListPdf', { movementId: withPeriod.id });
    expect(!list.ok && list.error.message).toContain('“Chữ viết tắt tên cơ quan ban hành”');
  });
});
