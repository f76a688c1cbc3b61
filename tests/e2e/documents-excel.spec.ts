import path from 'node:path';
import ExcelJS from 'exceljs';
import { binhThuanAgency } from '../helpers/agency';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';

const OUT_DIR = path.resolve('test-results/documents');

test('sổ văn bản: tải danh sách kèm theo của Quyết định dạng Excel', async ({ page, server }) => {
  const { movementId } = await server.call('demo.load', {});
  await server.call('settings.update', binhThuanAgency({ userName: '' }));
  const unit = (await server.call('units.list', {}))[0]!;
  const ids: number[] = [];
  for (const [fullName, gender] of [
    ['Trần Thị Ánh', 'nu'],
    ['Lê Văn Đức', 'nam'],
  ] as const) {
    const created = await server.call('nominations.create', {
      movementId,
      proposingUnitId: unit.id,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'ca_nhan',
      fullName,
      gender,
      position: 'Giáo viên',
      workplace: 'Trường THPT Phan Bội Châu',
    });
    ids.push(created.id);
  }
  await server.call('documents.issueDecision', {
    movementId,
    nominationIds: ids,
    number: 12,
    date: '2026-11-20',
  });

  const shell = new ShellPage(page);
  await shell.open(server.appUrl);
  await shell.goTo('Văn bản');
  await shell.main.getByRole('tab', { name: 'Sổ văn bản đã ban hành' }).click();
  const row = shell.main.locator('.documents-register tbody tr.ant-table-row').first();
  await expect(row).toContainText('12/QĐ-UBND');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: 'Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('quyet-dinh-12-QD-UBND-2026-11-20-danh-sach.xlsx');
  const file = path.join(OUT_DIR, 'danh-sach-kem-theo.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe('DANH SÁCH');
  const names: unknown[] = [];
  sheet.eachRow((r) => {
    if (typeof r.getCell(1).value === 'number') names.push(r.getCell(2).value);
  });
  expect(names).toEqual(['Bà Trần Thị Ánh', 'Ông Lê Văn Đức']);
});
