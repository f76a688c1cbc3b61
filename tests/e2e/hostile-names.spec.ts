import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { DossiersPage } from './pages/dossiers-page';

const BK_TINH = 'Bằng khen của Chủ tịch UBND tỉnh';
/** Names that would run code if any screen put them into the page as HTML. */
const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '<svg onload=alert(3)>',
  'Nguyễn Văn <b>An</b> & "Bình"',
];

async function listWith(names: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cá nhân');
  sheet.addRow(['STT', 'Họ và tên', 'Giới tính', 'Hình thức khen thưởng']);
  names.forEach((name, i) => sheet.addRow([i + 1, name, 'Nam', BK_TINH]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('tên có dạng HTML/script trong danh sách Excel hiện ra đúng nguyên văn, không chạy gì', async ({
  page,
  server,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { movementId } = await server.call('demo.load', {});
  const units = await server.call('units.list', {});
  const dossier = await server.call('dossiers.create', {
    receivedDate: '2021-11-25',
    proposingUnitId: units.find((u) => u.name === 'UBND huyện Tuy Phong')!.id,
    movementId,
    procedure: 'don_gian',
    awardFormCodes: ['bk_chu_tich_tinh'],
  });

  const dossiers = new DossiersPage(page);
  await dossiers.shell.open(server.appUrl);
  await page.evaluate((id) => {
    window.location.hash = `#/ho-so/${id}`;
  }, dossier.id);
  await expect(dossiers.shell.pageHeading).toContainText('UBND huyện Tuy Phong');

  // The preview shows each name as typed in the cell.
  await dossiers.uploadList('ten-la.xlsx', await listWith(HOSTILE_NAMES));
  for (const name of HOSTILE_NAMES) await expect(dossiers.preview).toContainText(name);
  await expect(dossiers.commitButton()).toHaveText(`Nhập ${HOSTILE_NAMES.length} trường hợp`);
  const committed = page.waitForResponse((r) => r.url().endsWith('/api/imports.commit'));
  await dossiers.commitButton().click();
  expect((await committed).ok()).toBe(true);
  await expect(dossiers.preview).toBeHidden();

  // The grid shows them as text too.
  await expect(dossiers.gridRows).toHaveCount(HOSTILE_NAMES.length);
  for (const name of HOSTILE_NAMES) await expect(dossiers.gridRow(name)).toHaveCount(1);

  // No element came from the file and nothing ran.
  await expect(page.locator('img[src="x"], svg[onload], main script, main b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
