import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import { describeImportIssue, type ImportPreview } from '../../shared/domain/candidate-list';
import type { DossierDetail } from '../../shared/domain/dossier';
import type { Nomination } from '../../shared/domain/nomination';
import { testApp } from '../helpers/app';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

const HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Chức vụ',
  'Đơn vị công tác',
  'Hình thức khen thưởng',
];
const BK = 'Bằng khen của Chủ tịch UBND tỉnh';

async function xlsx(rows: (string | number | null)[][], sheetName = 'Cá nhân'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(HEADER);
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function setup() {
  const app = testApp();
  const { movementId } = value<{ movementId: number }>(await app.dispatch('demo.load', {}));
  const units = value<{ id: number; name: string }[]>(await app.dispatch('units.list', {}));
  const dossierFor = async (unitName: string) =>
    value<DossierDetail>(
      await app.dispatch('dossiers.create', {
        receivedDate: '2021-11-25',
        proposingUnitId: units.find((u) => u.name.includes(unitName))!.id,
        movementId,
        procedure: 'don_gian',
        awardFormCodes: ['bk_chu_tich_tinh'],
      }),
    );
  const count = () =>
    (app.db.prepare('SELECT COUNT(*) AS c FROM nominations').get() as { c: number }).c;
  return { ...app, movementId, dossierFor, count };
}

describe('Excel import into a dossier (real files, real SQLite)', () => {
  it('previews every error with sheet, row and column, and commits nothing while one remains', async () => {
    const { dispatch, dossierFor, count } = await setup();
    const d = await dossierFor('Tuy Phong');
    const broken = await xlsx([
      ['Nguyễn Văn An', 'Nam', '09/02/1988', 'Y sĩ', 'Trạm Y tế xã Phước Thể', BK],
      ['Trần Thị Bình', 'Nữ', '31/02/1980', 'Điều dưỡng', 'Trạm Y tế xã Phước Thể', BK],
    ]);
    const preview = value<ImportPreview>(
      await dispatch('imports.preview', {
        dossierId: d.id,
        fileName: 'ds.xlsx',
        contentBase64: broken,
      }),
    );
    expect(preview.canCommit).toBe(false);
    expect(preview.errorCount).toBe(1);
    const error = preview.issues.find((i) => i.severity === 'error')!;
    expect(describeImportIssue(error)).toMatch(/^Sheet 'Cá nhân', dòng 4, cột D \(Ngày sinh\): /);
    const before = count();
    const refused = await dispatch('imports.commit', {
      dossierId: d.id,
      fileName: 'ds.xlsx',
      contentBase64: broken,
    });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toContain('chưa nhập dòng nào');
    expect(count()).toBe(before);

    const fixed = await xlsx([
      ['Nguyễn Văn An', 'Nam', '09/02/1988', 'Y sĩ', 'Trạm Y tế xã Phước Thể', BK],
      ['Trần Thị Bình', 'Nữ', '28/02/1980', 'Điều dưỡng', 'Trạm Y tế xã Phước Thể', BK],
    ]);
    const done = value<{ imported: number }>(
      await dispatch('imports.commit', {
        dossierId: d.id,
        fileName: 'ds.xlsx',
        contentBase64: fixed,
      }),
    );
    expect(done.imported).toBe(2);
    expect(count()).toBe(before + 2);
    const rows = value<Nomination[]>(await dispatch('nominations.list', { dossierId: d.id }));
    expect(rows.map((n) => [n.fullName, n.birthDate, n.source])).toEqual([
      ['Nguyễn Văn An', '1988-02-09', 'ds.xlsx › Cá nhân › dòng 3'],
      ['Trần Thị Bình', '1980-02-28', 'ds.xlsx › Cá nhân › dòng 4'],
    ]);
    // The same file again: refused as already imported, nothing added.
    const again = value<ImportPreview>(
      await dispatch('imports.preview', {
        dossierId: d.id,
        fileName: 'ds.xlsx',
        contentBase64: fixed,
      }),
    );
    expect(again.canCommit).toBe(false);
    expect(again.issues.map((i) => i.message).join('\n')).toContain('đã được nhập vào hồ sơ');
    expect(count()).toBe(before + 2);
  });

  it('warns about the same person in another unit’s dossier, and about the unit’s quota', async () => {
    const { dispatch, dossierFor } = await setup();
    const health = await dossierFor('Sở Y tế');
    value(
      await dispatch('imports.commit', {
        dossierId: health.id,
        fileName: 'so-y-te.xlsx',
        contentBase64: await xlsx([
          ['Võ Thị Thu Thuỷ', 'Nữ', '09/02/1988', 'Điều dưỡng', 'Bệnh viện đa khoa tỉnh', BK],
        ]),
      }),
    );
    const district = await dossierFor('Tuy Phong');
    const preview = value<ImportPreview>(
      await dispatch('imports.preview', {
        dossierId: district.id,
        fileName: 'tuy-phong.xlsx',
        contentBase64: await xlsx([
          ['VÕ THỊ THU THỦY', 'NU', '09/02/1988', 'Điều dưỡng', 'Bệnh viện đa khoa tỉnh', BK],
          ['Lê Văn Tâm', 'Nam', '1975', 'Trưởng trạm', 'Trạm Y tế xã Phước Thể', BK],
        ]),
      }),
    );
    expect(preview.errorCount).toBe(0);
    expect(preview.canCommit).toBe(true);
    const duplicate = preview.issues.find((i) => i.message.includes('Có thể trùng'))!;
    expect(duplicate).toMatchObject({ severity: 'warning', sheet: 'Cá nhân', row: 3 });
    expect(duplicate.message).toContain('Sở Y tế');
    expect(duplicate.message).toContain('Cùng ngày sinh 09/02/1988');
    // Huyện: 02 tập thể và 01 cá nhân for the Bằng khen — two persons is one too many.
    expect(preview.quotaWarnings.join('\n')).toMatch(/cá nhân/);
    expect(preview.rows[1]!.draft.birthYear).toBe(1975);
  });

  it('refuses an old .xls and a non-Excel file with a Vietnamese message and no rows', async () => {
    const { dispatch, dossierFor, count } = await setup();
    const d = await dossierFor('Tuy Phong');
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    const preview = value<ImportPreview>(
      await dispatch('imports.preview', {
        dossierId: d.id,
        fileName: 'ds.xls',
        contentBase64: xls.toString('base64'),
      }),
    );
    expect(preview.canCommit).toBe(false);
    expect(preview.issues[0]!.message).toContain('.xlsx');
    const text = value<ImportPreview>(
      await dispatch('imports.preview', {
        dossierId: d.id,
        fileName: 'ds.csv',
        contentBase64: Buffer.from('STT,Họ và tên\n1,An').toString('base64'),
      }),
    );
    expect(text.canCommit).toBe(false);
    expect(count()).toBe(0);
  });

  it('reads back the template it hands out, once filled in', async () => {
    const { dispatch, dossierFor, movementId } = await setup();
    const d = await dossierFor('Tuy Phong');
    const template = value<{ fileName: string; contentBase64: string }>(
      await dispatch('imports.template', { movementId }),
    );
    expect(template.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(template.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Cá nhân')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (label: string) => headers.findIndex((h) => h.startsWith(label)) + 1;
    const row = sheet.getRow(2);
    row.getCell(col('STT')).value = 1;
    row.getCell(col('Danh xưng')).value = 'Bà';
    row.getCell(col('Họ và tên')).value = 'Phạm Thị Hoa';
    row.getCell(col('Giới tính')).value = 'Nữ';
    row.getCell(col('Ngày sinh')).value = '05/03/1979';
    row.getCell(col('Hình thức')).value = BK;
    row.getCell(col('Số CCCD')).value = '060179000123';
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = value<ImportPreview>(
      await dispatch('imports.preview', {
        dossierId: d.id,
        fileName: 'mau.xlsx',
        contentBase64: filled,
      }),
    );
    expect(preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(preview.rows.map((r) => r.draft)).toEqual([
      expect.objectContaining({
        honorific: 'Bà',
        fullName: 'Phạm Thị Hoa',
        gender: 'nu',
        birthDate: '1979-03-05',
        awardFormCode: 'bk_chu_tich_tinh',
        idNumber: '060179000123',
      }),
    ]);
  });

  it('reports progress while reading a large file', async () => {
    const { dispatch, dossierFor } = await setup();
    const d = await dossierFor('Tuy Phong');
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `Nguyễn Văn Người ${i}`,
      'Nam',
      '1980',
      'CB',
      'UBND xã',
      BK,
    ]);
    const content = await xlsx(rows);
    const token = 'bench-progress-1';
    const seen: number[] = [];
    const pending = dispatch('imports.preview', {
      dossierId: d.id,
      fileName: 'lon.xlsx',
      contentBase64: content,
      progressToken: token,
    });
    const poll = setInterval(() => {
      void dispatch('imports.progress', { progressToken: token }).then((r) => {
        if (r.ok) seen.push((r.value as { done: number }).done);
      });
    }, 5);
    const preview = value<ImportPreview>(await pending);
    clearInterval(poll);
    expect(preview.rows).toHaveLength(3000);
    const final = value<{ done: number; phase: string }>(
      await dispatch('imports.progress', { progressToken: token }),
    );
    expect(final).toMatchObject({ done: 3000, phase: 'Xong' });
    expect(seen.length).toBeGreaterThan(0);
  });
});
