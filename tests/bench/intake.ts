/**
 * intake.import10k: a 10,000-row candidate list validated and committed into a dossier, against a bare
 * exceljs read of the same file (load + touch every cell) in the same run; intake.read10k and
 * intake.write10k: its reading and its database transaction alone, against the same reference.
 * nominations.search200k: p50/p95 of the FTS prefix search over 200,000 nominations, against a LIKE scan.
 * Each also as `.cpu` (this process's CPU time), steadier than wall time on a busy machine.
 */
import ExcelJS from 'exceljs';
import { openApp, type AppInstance } from '../../electron/api/app';
import { readCandidateList } from '../../electron/core/excel/read-candidate-list';
import { nominationKeys } from '../../electron/core/nominations/nominations.service';
import * as nominationsRepo from '../../electron/core/nominations/nominations.repo';
import type { CandidateDraft } from '../../shared/domain/candidate-list';
import { NominationInput } from '../../shared/domain/nomination';
import { searchKey } from '../../shared/text/vietnamese';

type Report = (name: string, value: number, unit: string, reference?: number) => void;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Ngọc',
  'Quang',
  'Thu',
  'Xuân',
  'Hoài',
  'Kim',
];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thủy',
  'Trang',
  'Trung',
  'Tuấn',
  'Ưng',
  'Vy',
  'Yến',
];
const WORKPLACES = [
  'Trạm Y tế xã Phước Thể',
  'Bệnh viện đa khoa tỉnh',
  'Trường THPT Phan Bội Châu',
  'UBND xã Hòa Thắng',
  'Công an huyện Tuy Phong',
];

function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

const pick = <T>(rand: (n: number) => number, list: readonly T[]): T => list[rand(list.length)]!;
const now = () => performance.now();
/** CPU time of this process (ms): unlike wall time, hardly moved by other processes on the machine. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

async function candidateFile(rows: number): Promise<Buffer> {
  const rand = lcg(42);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cá nhân');
  sheet.addRow([
    'STT',
    'Họ và tên',
    'Giới tính',
    'Ngày sinh',
    'Chức vụ',
    'Đơn vị công tác',
    'Hình thức khen thưởng',
  ]);
  for (let i = 0; i < rows; i++) {
    const day = String(1 + rand(28)).padStart(2, '0');
    const month = String(1 + rand(12)).padStart(2, '0');
    sheet.addRow([
      i + 1,
      `${pick(rand, FAMILY)} ${pick(rand, MIDDLE)} ${pick(rand, GIVEN)} ${i}`,
      rand(2) ? 'Nam' : 'Nữ',
      `${day}/${month}/${1960 + rand(40)}`,
      'Nhân viên',
      pick(rand, WORKPLACES),
      'Bằng khen của Chủ tịch UBND tỉnh',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function demo(dataDir: string): { app: AppInstance; movementId: number; unitId: number } {
  const app = openApp({ dataDir, mode: 'browser', appVersion: 'bench' });
  const { movementId } = app.services.demo.load();
  const unitId = app.services.units.list({}).find((u) => u.name.includes('Tuy Phong'))!.id;
  return { app, movementId, unitId };
}

/** The import's transaction alone, for rows already read and checked (ms). */
function timeWrite(
  dataDir: string,
  parsed: readonly { row: number; draft: CandidateDraft }[],
): number {
  const { app, movementId, unitId } = demo(dataDir);
  const rows = parsed.map((r) => {
    const n = NominationInput.parse({ ...r.draft, movementId, proposingUnitId: unitId });
    return { n, keys: nominationKeys(n), source: `ds.xlsx › dòng ${r.row}` };
  });
  const start = now();
  app.db
    .transaction(() => {
      const batchId = nominationsRepo.insertImportBatch(app.db, {
        dossierId: null,
        fileName: 'ds.xlsx',
        sha256: 'bench',
        rowCount: rows.length,
        now: new Date().toISOString(),
      });
      nominationsRepo.insertImportedNominations(app.db, batchId, rows, new Date().toISOString());
    })
    .immediate();
  const ms = now() - start;
  app.close();
  return ms;
}

export async function benchIntake(report: Report, freshDir: () => string): Promise<void> {
  const file = await candidateFile(10_000);
  const importTimes: number[] = [];
  const readTimes: number[] = [];
  const bareTimes: number[] = [];
  const importCpu: number[] = [];
  const readCpu: number[] = [];
  const bareCpu: number[] = [];
  const writeTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    let start = now();
    let cpu = cpuNow();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    let cells = 0;
    workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => void cells++)));
    bareTimes.push(now() - start);
    bareCpu.push(cpuNow() - cpu);

    const { app, movementId, unitId } = demo(freshDir());
    start = now();
    cpu = cpuNow();
    const parsed = await readCandidateList(file, { awardForms: app.services.catalog.awardForms() });
    readTimes.push(now() - start);
    readCpu.push(cpuNow() - cpu);
    if (parsed.rows.length !== 10_000) throw new Error(`read ${parsed.rows.length}`);
    writeTimes.push(timeWrite(freshDir(), parsed.rows));
    const dossier = app.services.dossiers.create({
      receivedDate: '2021-11-25',
      proposingUnitId: unitId,
      documentNumber: null,
      documentDate: null,
      movementId,
      periodCode: null,
      procedure: 'don_gian',
      awardFormCodes: ['bk_chu_tich_tinh'],
      note: null,
    });
    start = now();
    cpu = cpuNow();
    const result = await app.services.imports.commit({
      dossierId: dossier.id,
      fileName: 'ds.xlsx',
      content: file,
    });
    importTimes.push(now() - start);
    importCpu.push(cpuNow() - cpu);
    if (result.imported !== 10_000) throw new Error(`imported ${result.imported}`);
    // The batch is indexed in bulk (migration 0008): the search index must match the table.
    app.db
      .prepare("INSERT INTO nominations_fts (nominations_fts, rank) VALUES ('integrity-check', 1)")
      .run();
    app.close();
  }
  for (const list of [importTimes, bareTimes, readTimes, importCpu, bareCpu, readCpu, writeTimes]) {
    list.sort((a, b) => a - b);
  }
  // The whole import (read, checks, duplicates, quotas, one transaction) and its reading part alone.
  report('intake.import10k', importTimes[1]!, 'ms', bareTimes[1]);
  report('intake.read10k', readTimes[1]!, 'ms', bareTimes[1]);
  // The database write alone (one transaction, indexes and search index): the floor under the checks.
  report('intake.write10k', writeTimes[1]!, 'ms', bareTimes[1]);
  // The same in CPU time: the ratio to trust when the machine is busy (the fsync wait is left out).
  report('intake.import10k.cpu', importCpu[1]!, 'ms', bareCpu[1]);
  report('intake.read10k.cpu', readCpu[1]!, 'ms', bareCpu[1]);

  // 200,000 nominations straight through the repository (the keys the service computes).
  const { app, movementId, unitId } = demo(freshDir());
  const rand = lcg(7);
  const names: string[] = [];
  const stamp = new Date().toISOString();
  app.db.transaction(() => {
    for (let i = 0; i < 200_000; i++) {
      const fullName = `${pick(rand, FAMILY)} ${pick(rand, MIDDLE)} ${pick(rand, MIDDLE)} ${pick(rand, GIVEN)}`;
      names.push(fullName);
      const n = NominationInput.parse({
        movementId,
        proposingUnitId: unitId,
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'ca_nhan',
        fullName,
        birthYear: 1960 + rand(40),
        workplace: pick(rand, WORKPLACES),
      });
      nominationsRepo.insertNomination(app.db, n, nominationKeys(n), stamp);
    }
  })();
  const queries = Array.from({ length: 200 }, (_, i) => {
    const words = searchKey(pick(rand, names)).split(' ');
    // Whole names, "họ + prefix of tên", and a given name alone: what people type.
    if (i % 3 === 0) return words.join(' ');
    if (i % 3 === 1) return `${words[0]} ${words[3]!.slice(0, 2)}`;
    return words[3]!;
  });
  const fts: number[] = [];
  const like: number[] = [];
  const ftsCpu: number[] = [];
  const likeCpu: number[] = [];
  for (const query of queries) {
    let start = now();
    let cpu = cpuNow();
    app.services.nominations.list({ query, withIdNumber: false, limit: 200 });
    fts.push(now() - start);
    ftsCpu.push(cpuNow() - cpu);
    start = now();
    cpu = cpuNow();
    nominationsRepo.searchByLikeScan(app.db, searchKey(query), 200);
    like.push(now() - start);
    likeCpu.push(cpuNow() - cpu);
  }
  report('nominations.search200k.p50', quantile(fts, 0.5), 'ms', quantile(like, 0.5));
  report('nominations.search200k.p95', quantile(fts, 0.95), 'ms', quantile(like, 0.95));
  report('nominations.search200k.p50.cpu', quantile(ftsCpu, 0.5), 'ms', quantile(likeCpu, 0.5));
  report('nominations.search200k.p95.cpu', quantile(ftsCpu, 0.95), 'ms', quantile(likeCpu, 0.95));
  app.close();
}
