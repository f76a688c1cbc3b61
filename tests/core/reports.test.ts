import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { Nomination } from '../../shared/domain/nomination';
import type { Statistics, SummaryList } from '../../shared/domain/report';
import { binhThuanAgency } from '../helpers/agency';
import { testApp } from '../helpers/app';
import { pagesPng } from '../helpers/pdf-tools';
import { tempDir } from '../helpers/temp-dir';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

const SETTINGS = binhThuanAgency();

// Vietnamese order differs from code-point order: "Ấp" sorts before "Bệnh", "Sở" after.
const UNITS = [
  { name: 'Sở Giáo dục và Đào tạo', kindCode: 'co_quan' },
  { name: 'Ấp Ánh Dương', kindCode: 'thon_to_dan_pho' },
  { name: 'Bệnh viện Đa khoa tỉnh', kindCode: 'co_so_y_te' },
] as const;
const FORMS = ['bk_chu_tich_tinh', 'bk_thu_tuong'] as const;
const GIVEN = ['Ánh', 'Bình', 'Chi', 'Dũng', 'Đức', 'Giang', 'Hà', 'Ấu', 'Yến', 'Long'];

interface Seed {
  unit: number;
  form: (typeof FORMS)[number];
  subjectType: 'ca_nhan' | 'tap_the';
  fullName: string;
  gender: 'nam' | 'nu' | null;
  isLeader: boolean;
  posthumous: boolean;
  selected: boolean;
  awarded: boolean;
}

/** 30 nominations spread over units, forms, subjects, genders, leaders; a deterministic mix. */
function seeds(): Seed[] {
  const out: Seed[] = [];
  for (let i = 0; i < 30; i++) {
    const collective = i % 7 === 3;
    const selected = i % 3 !== 0;
    out.push({
      unit: Math.floor(i / 10),
      form: FORMS[i % 5 === 0 ? 1 : 0],
      subjectType: collective ? 'tap_the' : 'ca_nhan',
      fullName: collective
        ? `Tổ công tác số ${i}`
        : `${i % 2 ? 'Nguyễn' : 'Trần'} ${['Văn', 'Thị', 'Minh'][Math.floor(i / 10)]} ${GIVEN[i % GIVEN.length]}`,
      gender: collective ? null : i % 4 === 1 ? 'nam' : 'nu',
      isLeader: !collective && i % 4 === 2,
      posthumous: !collective && i === 11,
      selected,
      awarded: selected && i % 2 === 0,
    });
  }
  return out;
}

async function reportApp() {
  const app = testApp(() => new Date('2026-11-23T08:00:00Z'));
  const { dispatch } = app;
  const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
  value(await dispatch('settings.update', SETTINGS));
  const unitIds: number[] = [];
  for (const u of UNITS) unitIds.push(value<{ id: number }>(await dispatch('units.create', u)).id);
  const data = seeds();
  const awarded: number[] = [];
  for (const s of data) {
    const n = value<Nomination>(
      await dispatch('nominations.create', {
        movementId,
        proposingUnitId: unitIds[s.unit],
        awardFormCode: s.form,
        subjectType: s.subjectType,
        fullName: s.fullName,
        gender: s.gender,
        isLeader: s.isLeader,
        posthumous: s.posthumous,
        position: s.subjectType === 'ca_nhan' ? 'Chuyên viên' : null,
        workplace: UNITS[s.unit]!.name,
      }),
    );
    if (s.selected) value(await dispatch('nominations.setSelected', { id: n.id, selected: true }));
    if (s.awarded) awarded.push(n.id);
  }
  value(
    await dispatch('documents.issueDecision', {
      movementId,
      nominationIds: awarded,
      number: 125,
      date: '2026-11-20',
    }),
  );
  return { ...app, movementId, data };
}

const stageOf = {
  proposed: () => true,
  selected: (s: Seed) => s.selected,
  awarded: (s: Seed) => s.awarded,
};
const countAt = (rows: Seed[]) => ({
  proposed: rows.length,
  selected: rows.filter(stageOf.selected).length,
  awarded: rows.filter(stageOf.awarded).length,
});

describe('reports of a movement', () => {
  it('counts by form, subject, unit kind, unit, leader, gender and posthumous at each stage', async () => {
    const { dispatch, movementId, data } = await reportApp();
    const stats = value<Statistics>(await dispatch('reports.statistics', { movementId }));
    const pick = (lines: Statistics['tables']['byForm'], key: string) => {
      const l = lines.find((x) => x.key === key);
      return l ? { proposed: l.proposed, selected: l.selected, awarded: l.awarded } : undefined;
    };
    expect(pick([stats.total], 'all')).toEqual(countAt(data));
    for (const form of FORMS) {
      expect(pick(stats.tables.byForm, form)).toEqual(countAt(data.filter((s) => s.form === form)));
    }
    for (const st of ['ca_nhan', 'tap_the'] as const) {
      expect(pick(stats.tables.bySubject, st)).toEqual(
        countAt(data.filter((s) => s.subjectType === st)),
      );
    }
    UNITS.forEach((u, i) => {
      expect(pick(stats.tables.byUnitKind, u.kindCode)).toEqual(
        countAt(data.filter((s) => s.unit === i)),
      );
    });
    expect(stats.tables.byUnit.map((l) => l.label)).toEqual([
      'Ấp Ánh Dương',
      'Bệnh viện Đa khoa tỉnh',
      'Sở Giáo dục và Đào tạo',
    ]);
    const persons = data.filter((s) => s.subjectType === 'ca_nhan');
    expect(pick(stats.tables.byRole, 'leader')).toEqual(countAt(persons.filter((s) => s.isLeader)));
    expect(pick(stats.tables.byRole, 'direct')).toEqual(
      countAt(persons.filter((s) => !s.isLeader)),
    );
    expect(pick(stats.tables.byGender, 'nu')).toEqual(
      countAt(persons.filter((s) => s.gender === 'nu')),
    );
    expect(pick(stats.tables.posthumous, 'posthumous')).toEqual(
      countAt(data.filter((s) => s.posthumous)),
    );
    // The chart's matrix at the chosen stage.
    const awardedStats = value<Statistics>(
      await dispatch('reports.statistics', { movementId, stage: 'awarded' }),
    );
    const matrix = awardedStats.unitForm;
    expect(matrix.stage).toBe('awarded');
    for (const unit of matrix.units) {
      const i = UNITS.findIndex((u) => u.name === unit.name);
      matrix.forms.forEach((f, j) => {
        expect(unit.counts[j]).toBe(
          data.filter((s) => s.awarded && s.unit === i && s.form === f.code).length,
        );
      });
    }
  });

  it('groups the danh sách tổng hợp by unit or by form × subject, in Vietnamese order', async () => {
    const { dispatch, movementId, data } = await reportApp();
    const byUnit = value<SummaryList>(
      await dispatch('reports.summaryList', { movementId, stage: 'selected' }),
    );
    expect(byUnit.total).toBe(data.filter((s) => s.selected).length);
    expect(byUnit.groups.map((g) => g.label)).toEqual([
      'Ấp Ánh Dương',
      'Bệnh viện Đa khoa tỉnh',
      'Sở Giáo dục và Đào tạo',
    ]);
    for (const g of byUnit.groups) {
      const i = UNITS.findIndex((u) => u.name === g.label);
      expect(g.count).toBe(data.filter((s) => s.selected && s.unit === i).length);
      expect(g.entries).toHaveLength(g.count);
      // collectives first
      const firstPerson = g.entries.findIndex((e) => e.subjectType === 'ca_nhan');
      expect(g.entries.slice(firstPerson).every((e) => e.subjectType === 'ca_nhan')).toBe(true);
    }
    // Persons by tên (Vietnamese order: Ánh < Ấu < Bình < Đức), not by the whole name.
    const givenOrder = (g: SummaryList['groups'][number]) =>
      g.entries
        .filter((e) => e.subjectType === 'ca_nhan')
        .map((e) => GIVEN.indexOf(e.fullName.split(' ')[2]!));
    const rank = ['Ánh', 'Ấu', 'Bình', 'Chi', 'Dũng', 'Đức', 'Giang', 'Hà', 'Long', 'Yến'];
    for (const g of byUnit.groups) {
      const ranks = givenOrder(g).map((i) => rank.indexOf(GIVEN[i]!));
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    }

    const byForm = value<SummaryList>(
      await dispatch('reports.summaryList', { movementId, grouping: 'form', stage: 'proposed' }),
    );
    expect(byForm.total).toBe(data.length);
    for (const g of byForm.groups) {
      const [form, subject] = g.key.slice(1).split('|');
      expect(g.count).toBe(data.filter((s) => s.form === form && s.subjectType === subject).length);
    }
    // Catalogue order: the higher form (Thủ tướng) first, collectives before persons.
    const expectedKeys = (['bk_thu_tuong', 'bk_chu_tich_tinh'] as const).flatMap((f) =>
      (['tap_the', 'ca_nhan'] as const)
        .filter((st) => data.some((s) => s.form === f && s.subjectType === st))
        .map((st) => `f${f}|${st}`),
    );
    expect(expectedKeys.length).toBeGreaterThan(2);
    expect(byForm.groups.map((g) => g.key)).toEqual(expectedKeys);

    const unknownPeriod = await dispatch('reports.summaryList', {
      movementId,
      periodCode: 'dot_khong_co',
    });
    expect(unknownPeriod.ok).toBe(false);
    if (!unknownPeriod.ok) expect(unknownPeriod.error.message).toContain('dot_khong_co');
  });

  it('writes the Excel files and the PDF list with the Vietnamese text', async () => {
    const { dispatch, movementId, data } = await reportApp();
    const file = value<{ fileName: string; contentBase64: string }>(
      await dispatch('reports.summaryListExcel', { movementId, stage: 'awarded' }),
    );
    expect(file.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((c) => cells.push(c.text));
      texts.push(cells.join(' | '));
    });
    expect(texts[0]).toContain('DANH SÁCH TỔNG HỢP KHEN THƯỞNG');
    const awardedNames = data.filter((s) => s.awarded).map((s) => s.fullName);
    for (const name of awardedNames) expect(texts.some((t) => t.includes(name))).toBe(true);
    const notAwarded = data.find((s) => !s.awarded)!.fullName;
    expect(texts.some((t) => t.includes(notAwarded))).toBe(false);

    const statsFile = value<{ contentBase64: string }>(
      await dispatch('reports.statisticsExcel', { movementId }),
    );
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(statsFile.contentBase64, 'base64') as unknown as ArrayBuffer);
    const s2 = wb2.worksheets[0]!;
    let womenRow: ExcelJS.Row | undefined;
    s2.eachRow((row) => {
      if (row.getCell(3).value === 'Nữ') womenRow = row;
    });
    expect(womenRow).toBeDefined();
    const women = data.filter((s) => s.gender === 'nu');
    expect([4, 5, 6].map((c) => womenRow!.getCell(c).value)).toEqual([
      women.length,
      women.filter((s) => s.selected).length,
      women.filter((s) => s.awarded).length,
    ]);

    const pdf = value<{ fileName: string; contentBase64: string }>(
      await dispatch('reports.summaryListPdf', { movementId, stage: 'proposed' }),
    );
    const dir = tempDir();
    const pdfPath = path.join(dir, pdf.fileName);
    fs.writeFileSync(pdfPath, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('DANH SÁCH TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG');
    expect(text).toContain('I. Ấp Ánh Dương');
    expect(text).toContain(`Tổng số: ${data.length}`);
    for (const s of data.slice(0, 5)) expect(text).toContain(s.fullName);
    // Page 1 kept as an artifact to look at.
    const artifacts = path.resolve('test-results/reports');
    fs.mkdirSync(artifacts, { recursive: true });
    fs.copyFileSync(pdfPath, path.join(artifacts, 'danh-sach-tong-hop.pdf'));
    pagesPng(pdfPath, path.join(artifacts, 'danh-sach-tong-hop'), 1);
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSerif.*yes/);
  });
});
