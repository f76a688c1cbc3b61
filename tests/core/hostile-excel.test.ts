import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { ImportPreview } from '../../shared/domain/candidate-list';
import type { DossierDetail } from '../../shared/domain/dossier';
import type { Nomination } from '../../shared/domain/nomination';
import { guardWorkbook } from '../../electron/core/excel/workbook-guard';
import { FIXTURE_DIR } from '../fixtures/candidate-lists/build';
import { buildHostileCorpus, validList } from '../fixtures/hostile/build';
import { testApp } from '../helpers/app';

const MAX_MS = 5_000;
const MAX_GROWTH_MB = 200;
const MB = 1024 * 1024;

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

async function setup() {
  const app = testApp();
  const { movementId } = value<{ movementId: number }>(await app.dispatch('demo.load', {}));
  const units = value<{ id: number; name: string }[]>(await app.dispatch('units.list', {}));
  const dossier = value<DossierDetail>(
    await app.dispatch('dossiers.create', {
      receivedDate: '2021-11-25',
      proposingUnitId: units.find((u) => u.name.includes('Tuy Phong'))!.id,
      movementId,
      procedure: 'don_gian',
      awardFormCodes: ['bk_chu_tich_tinh'],
    }),
  );
  /** Row count of every table: "nothing written" means all of them unchanged. */
  const snapshot = () => {
    const tables = app.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (app.db.prepare(`SELECT COUNT(*) AS c FROM "${name}"`).get() as { c: number }).c,
      ]),
    );
  };
  return { ...app, dossier, snapshot };
}

/** Runs `work` while sampling RSS; returns its result, the time taken and the peak growth. */
async function measured<T>(work: () => Promise<T>) {
  const base = process.memoryUsage();
  let peakRss = base.rss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    const after = process.memoryUsage();
    peakRss = Math.max(peakRss, after.rss);
    return {
      result,
      ms,
      rssMb: (peakRss - base.rss) / MB,
      heapMb: (after.heapUsed - base.heapUsed) / MB,
    };
  } finally {
    clearInterval(timer);
  }
}

// One folder for the whole file (the per-test temp dirs are removed after each test).
const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-hostile-'));
let corpus: ReturnType<typeof buildHostileCorpus> = [];
const figures: { file: string; ms: number; rssMb: number; heapMb: number }[] = [];

beforeAll(() => {
  // Built before any measurement.
  corpus = buildHostileCorpus(corpusDir);
}, 60_000);

afterAll(() => fs.rmSync(corpusDir, { recursive: true, force: true }));

describe('hostile Excel files: refused within bounded time and memory, nothing written', () => {
  it('builds small files for big attacks (nothing large on disk)', () => {
    expect(corpus.length).toBe(14);
    for (const file of corpus) expect(fs.statSync(file.path).size).toBeLessThan(40 * MB);
  });

  it('refuses each file in imports.preview and imports.commit with its Vietnamese message', async () => {
    const { dispatch, dossier, snapshot } = await setup();
    const before = snapshot();
    for (const file of corpus) {
      const contentBase64 = fs.readFileSync(file.path).toString('base64');
      const request = { dossierId: dossier.id, fileName: file.name, contentBase64 };
      const run = await measured(() => dispatch('imports.preview', request));
      const preview = value<ImportPreview>(run.result);
      const errors = preview.issues.filter((i) => i.severity === 'error');
      expect(errors, `${file.name} (${file.attack})`).toHaveLength(1);
      expect(errors[0]?.message, file.name).toMatch(file.expected);
      expect(preview.rows, file.name).toEqual([]);
      expect(preview.canCommit, file.name).toBe(false);
      expect(run.ms, `${file.name}: ${Math.round(run.ms)} ms`).toBeLessThan(MAX_MS);
      expect(run.rssMb, `${file.name}: RSS +${Math.round(run.rssMb)} MB`).toBeLessThan(
        MAX_GROWTH_MB,
      );
      figures.push({ file: file.name, ms: run.ms, rssMb: run.rssMb, heapMb: run.heapMb });

      const commit = await measured(() => dispatch('imports.commit', request));
      expect(commit.result.ok, file.name).toBe(false);
      if (!commit.result.ok) expect(commit.result.error.message).toMatch(/chưa nhập dòng nào/);
      expect(commit.ms, file.name).toBeLessThan(MAX_MS);
      expect(snapshot(), file.name).toEqual(before);
    }
    const worst = (k: 'ms' | 'rssMb' | 'heapMb') => Math.max(...figures.map((f) => f[k]));
    console.log(
      `hostile corpus: ${figures.length} files refused; max ${Math.round(worst('ms'))} ms, max RSS growth ${Math.round(worst('rssMb'))} MB, max heap growth ${Math.round(worst('heapMb'))} MB\n` +
        figures
          .map((f) => `  ${f.file}: ${Math.round(f.ms)} ms, RSS +${Math.round(f.rssMb)} MB`)
          .join('\n'),
    );
    expect(figures).toHaveLength(corpus.length);
  }, 120_000);

  it('refuses the whole-file failures of the intake corpus the same way', async () => {
    const { dispatch, dossier, snapshot } = await setup();
    const before = snapshot();
    const refused = [
      'bad-01-text.xlsx',
      'bad-02-pdf.xlsx',
      'bad-03-legacy.xls',
      'bad-04-truncated.xlsx',
      'bad-05-empty-workbook.xlsx',
      'bad-24-encrypted.xlsx',
      'bad-25-zip-not-workbook.xlsx',
    ];
    for (const name of refused) {
      const contentBase64 = fs.readFileSync(path.join(FIXTURE_DIR, name)).toString('base64');
      const request = { dossierId: dossier.id, fileName: name, contentBase64 };
      const run = await measured(() => dispatch('imports.preview', request));
      const preview = value<ImportPreview>(run.result);
      expect(
        preview.issues.map((i) => [i.severity, i.sheet, i.row]),
        name,
      ).toEqual([['error', null, null]]);
      expect(preview.canCommit, name).toBe(false);
      expect(run.ms, name).toBeLessThan(MAX_MS);
      expect(run.rssMb, name).toBeLessThan(MAX_GROWTH_MB);
      expect((await dispatch('imports.commit', request)).ok, name).toBe(false);
    }
    expect(snapshot()).toEqual(before);
  });

  it('lets a plain list through the guard unchanged', async () => {
    const guarded = await guardWorkbook(validList());
    expect('entries' in guarded && [...guarded.entries.keys()].sort()).toEqual([
      '[content_types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedstrings.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
  });

  it('counts nesting across chunk boundaries; ignores markup in comments, CDATA and quoted attributes', async () => {
    const cell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
    const sixtyDeep = `${'<x>'.repeat(55)}${'</x>'.repeat(55)}`;
    const quoted = '<v a="1 > 0" b=\'2>1\'/>'.repeat(100);
    const ok = validList(
      `<?xml version="1.0"?><worksheet><sheetData><!-- <a><a><a> --><row r="1">${cell('<![CDATA[<b><b><b>]]>')}${' '.repeat(70_000)}${sixtyDeep}${quoted}</row></sheetData></worksheet>`,
    );
    expect('entries' in (await guardWorkbook(ok))).toBe(true);
    const deep = validList(
      `<?xml version="1.0"?><worksheet><sheetData><row r="1">${' '.repeat(70_000)}${'<x>'.repeat(70)}</row></sheetData></worksheet>`,
    );
    expect(await guardWorkbook(deep)).toEqual({
      refusal: expect.stringContaining('lồng nhau quá 64 tầng') as string,
    });
  });
});

describe('text that looks like HTML is stored as text', () => {
  it('imports <img onerror> and <script> names verbatim', async () => {
    const { dispatch, dossier } = await setup();
    const names = [
      '<img src=x onerror=alert(1)>',
      '<script>alert("xss")</script>',
      'Nguyễn Văn <b>An</b> & "Bình"',
    ];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cá nhân');
    sheet.addRow(['STT', 'Họ và tên', 'Giới tính', 'Hình thức khen thưởng']);
    names.forEach((n, i) => sheet.addRow([i + 1, n, 'Nam', 'Bằng khen của Chủ tịch UBND tỉnh']));
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const request = { dossierId: dossier.id, fileName: 'ten-la.xlsx', contentBase64 };
    const preview = value<ImportPreview>(await dispatch('imports.preview', request));
    expect(preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    value(await dispatch('imports.commit', request));
    const stored = value<Nomination[]>(
      await dispatch('nominations.list', { dossierId: dossier.id }),
    );
    expect(stored.map((n) => n.fullName).sort()).toEqual([...names].sort());
  });
});
