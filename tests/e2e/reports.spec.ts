import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { PdfViewerPage } from './pages/pdf-viewer-page';
import { ShellPage } from './pages/shell-page';
import { binhThuanAgency } from '../helpers/agency';
import { pageText } from '../helpers/pdf-tools';

const OUT_DIR = path.resolve('test-results/reports');

const SEED = [
  { unit: 0, fullName: 'Trần Thị Ánh', gender: 'nu', isLeader: false, selected: true },
  { unit: 0, fullName: 'Lê Văn Đức', gender: 'nam', isLeader: true, selected: false },
  { unit: 1, fullName: 'Nguyễn Thị Ấu', gender: 'nu', isLeader: false, selected: true },
  { unit: 1, fullName: 'Phạm Minh Bình', gender: 'nam', isLeader: false, selected: true },
  { unit: 1, fullName: 'Võ Thị Yến', gender: 'nu', isLeader: true, selected: false },
] as const;

test('Báo cáo: danh sách tổng hợp theo đơn vị, thống kê có biểu đồ, xuất Excel', async ({
  page,
  server,
}) => {
  const { movementId } = await server.call('demo.load', {});
  await server.call('settings.update', binhThuanAgency());
  const units = [
    await server.call('units.create', { name: 'Sở Y tế', kindCode: 'co_quan' }),
    await server.call('units.create', { name: 'Ấp Ánh Dương', kindCode: 'thon_to_dan_pho' }),
  ];
  for (const s of SEED) {
    const n = await server.call('nominations.create', {
      movementId,
      proposingUnitId: units[s.unit]!.id,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'ca_nhan',
      fullName: s.fullName,
      gender: s.gender,
      isLeader: s.isLeader,
    });
    if (s.selected) await server.call('nominations.setSelected', { id: n.id, selected: true });
  }
  const movement = await server.call('movements.get', { id: movementId });

  const shell = new ShellPage(page);
  await shell.open(server.appUrl);
  await shell.goTo('Báo cáo');
  const main = shell.main;
  await expect(main.getByText('Chọn một phong trào để xem báo cáo.')).toBeVisible();

  const movementSelect = main.getByLabel('Phong trào', { exact: true });
  await movementSelect.click();
  await movementSelect.fill('Toàn dân đoàn kết');
  await expect(
    page.locator('.ant-select-dropdown').filter({ visible: true }).getByTitle(movement.title),
  ).toBeVisible();
  await movementSelect.press('Enter');

  await expect(main.getByTestId('summary-total')).toHaveText(`Tổng số: ${SEED.length}`);
  // Groups in Vietnamese order: "Ấp" before "Sở".
  const groupTitles = main.locator('.ant-card-head-title');
  await expect(groupTitles).toHaveText(['Ấp Ánh Dương', 'Sở Y tế']);
  await expect(main.getByText('3 trường hợp')).toBeVisible();

  await main.locator('label.ant-radio-button-wrapper', { hasText: 'Hội đồng chọn' }).click();
  const selected = SEED.filter((s) => s.selected);
  await expect(main.getByTestId('summary-total')).toHaveText(`Tổng số: ${selected.length}`);
  await expect(main.getByText('Lê Văn Đức')).toHaveCount(0);

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Xuất Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^danh-sach-tong-hop-\d{8}\.xlsx$/);
  const file = path.join(OUT_DIR, 'danh-sach-tong-hop.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
  expect(texts).toContain('DANH SÁCH TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG ĐƯỢC HỘI ĐỒNG XÉT CHỌN');
  for (const s of selected) expect(texts).toContain(s.fullName);
  expect(texts).not.toContain('Lê Văn Đức');
  await page.screenshot({ path: path.join(OUT_DIR, 'bao-cao-danh-sach.png'), fullPage: true });

  await main.getByRole('tab', { name: 'Thống kê' }).click();
  const chart = main.getByRole('img', { name: /Khen thưởng theo đơn vị và hình thức/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect')).toHaveCount(2);
  // Women among the persons selected: 2 of 3.
  await expect(main.locator('svg text', { hasText: 'Nữ: 2/3 (67%)' })).toBeVisible();
  await page.screenshot({ path: path.join(OUT_DIR, 'bao-cao-thong-ke.png'), fullPage: true });

  // The statistics report as a PDF, shown in the app's viewer, then saved.
  await main.getByRole('button', { name: 'In PDF' }).click();
  const viewer = new PdfViewerPage(page);
  await expect(viewer.pageIndicator).toHaveText(/^Trang 1\/\d+$/);
  await page.screenshot({ path: path.join(OUT_DIR, 'bao-cao-thong-ke-pdf.png') });
  const pdf = await viewer.downloadAndClose();
  const pdfFile = path.join(OUT_DIR, 'bao-cao-thong-ke.pdf');
  await pdf.saveAs(pdfFile);
  const text = pageText(pdfFile);
  expect(text).toContain('BÁO CÁO THỐNG KÊ KẾT QUẢ KHEN THƯỞNG');
  expect(text).toMatch(/Nữ\s+2\s+66,7/);
});
