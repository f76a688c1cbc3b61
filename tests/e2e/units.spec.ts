import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type AppServer } from './fixtures';
import { ShellPage } from './pages/shell-page';
import { UnitsPage } from './pages/units-page';

/** Units used across the specs (names from the 2021 seed era; domain.md §6.1). */
const PROVINCE = 'Tỉnh Bình Thuận';
const DISTRICT = 'Huyện Tuy Phong';
const COMMUNE = 'Xã Phan Dũng';
const DUC_LINH = 'Huyện Đức Linh';
const SCHOOL = 'Trường THCS Nguyễn Du';

/** Prepares the same hierarchy through the API, for specs that are not about creating it. */
async function seedUnits(server: AppServer) {
  const province = await server.call('units.create', {
    name: PROVINCE,
    kindCode: 'tinh',
    code: '52',
    validTo: '2025-06-30',
  });
  const district = await server.call('units.create', {
    name: DISTRICT,
    kindCode: 'huyen',
    parentId: province.id,
    validTo: '2025-06-30',
  });
  await server.call('units.create', { name: COMMUNE, kindCode: 'xa', parentId: district.id });
  await server.call('units.create', {
    name: DUC_LINH,
    kindCode: 'huyen',
    parentId: province.id,
    validTo: '2025-06-30',
  });
  await server.call('units.create', { name: SCHOOL, kindCode: 'truong_hoc', sector: 'Giáo dục' });
}

async function expectHierarchy(units: UnitsPage) {
  await expect(units.treeNode(PROVINCE)).toBeVisible();
  await expect(units.treeNode(SCHOOL)).toBeVisible();
  expect(await units.rowNames()).toEqual([PROVINCE, SCHOOL]);
  await units.selectInTree(PROVINCE);
  expect(await units.rowNames()).toEqual([DISTRICT]);
  await units.selectInTree(DISTRICT);
  expect(await units.rowNames()).toEqual([COMMUNE]);
  await expect(units.treeNode(COMMUNE)).toBeVisible();
  await expect(units.row(COMMUNE)).toContainText('Xã');
}

test('thêm cây đơn vị qua giao diện; còn nguyên sau khi tải lại trang và khởi động lại máy chủ', async ({
  page,
  server,
}, testInfo) => {
  const units = new UnitsPage(page);
  await units.shell.open(server.appUrl);
  await units.open();
  await expect(units.table).toContainText('Chưa có đơn vị nào. Bấm “Thêm đơn vị” để bắt đầu.');

  await units.addUnit({
    name: PROVINCE,
    kind: 'Tỉnh',
    kindSearch: 'tinh',
    code: '52',
    validFrom: '01/01/1992',
    validTo: '30/06/2025',
  });
  await units.addUnit({ name: DISTRICT, kind: 'Huyện', kindSearch: 'huyen' }, PROVINCE);
  await units.addUnit({ name: COMMUNE, kind: 'Xã', kindSearch: 'xa' }, DISTRICT);
  await units.shell.goTo('Đơn vị');
  await units.addUnit({
    name: SCHOOL,
    kind: 'Trường học',
    kindSearch: 'truong',
    sector: 'Giáo dục',
  });

  // The typed dates were stored and are shown as dd/mm/yyyy, with the expired tag.
  await expect(units.row(PROVINCE)).toContainText('01/01/1992 – 30/06/2025');
  await expect(units.row(PROVINCE)).toContainText('Hết hiệu lực');
  await expect(units.row(SCHOOL)).toContainText('Giáo dục');
  await expectHierarchy(units);

  await page.reload();
  await units.open();
  await expectHierarchy(units);

  await server.restart();
  await units.shell.open(server.appUrl);
  await units.open();
  await expectHierarchy(units);

  await units.shell.goTo('Đơn vị');
  await units.selectInTree(PROVINCE);
  await expect(units.treeNode(COMMUNE)).toBeVisible();
  await page.mouse.move(0, 0);
  // Kept outside the per-test folder so it survives as the screen's reference picture.
  const screenshots = path.join(testInfo.project.outputDir, 'screenshots');
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({
    path: path.join(screenshots, 'units.png'),
    fullPage: true,
    animations: 'disabled',
  });
});

test('tìm không phân biệt dấu, đ ≡ d; kết quả ghi rõ đơn vị trực thuộc', async ({
  page,
  server,
}) => {
  await seedUnits(server);
  const units = new UnitsPage(page);
  await units.shell.open(server.appUrl);
  await units.open();

  await units.searchFor('nguyen');
  expect(await units.rowNames()).toEqual([SCHOOL]);
  await expect(units.tableTitle).toHaveText('Kết quả tìm “nguyen”: 1 đơn vị');
  await expect(units.table.getByRole('columnheader', { name: 'Trực thuộc' })).toBeVisible();

  await units.searchFor('phan dung');
  expect(await units.rowNames()).toEqual([COMMUNE]);
  await expect(units.row(COMMUNE)).toContainText(`${PROVINCE} › ${DISTRICT}`);

  for (const query of ['duc', 'đuc', 'ĐỨC', 'đức linh']) {
    await units.searchFor(query);
    expect(await units.rowNames(), query).toEqual([DUC_LINH]);
  }

  await units.searchFor('không có đơn vị này');
  await expect(units.table).toContainText('Không tìm thấy đơn vị nào khớp');

  await units.clearSearch();
  expect(await units.rowNames()).toEqual([PROVINCE, SCHOOL]);
});

test('không xóa được đơn vị còn đơn vị trực thuộc; xóa được đơn vị không còn', async ({
  page,
  server,
}) => {
  await seedUnits(server);
  const units = new UnitsPage(page);
  await units.shell.open(server.appUrl);
  await units.open();

  const refused = await units.confirmDelete(PROVINCE);
  expect(refused.status()).toBe(409);
  await expect(units.actionError).toContainText(
    `Không xóa được “${PROVINCE}”: còn 2 đơn vị trực thuộc`,
  );
  await expect(units.row(PROVINCE)).toBeVisible();

  const removed = await units.confirmDelete(SCHOOL);
  expect(removed.ok()).toBe(true);
  await expect(units.row(SCHOOL)).toHaveCount(0);
  await expect(units.treeNode(SCHOOL)).toHaveCount(0);
  await expect(page.getByText(`Đã xóa “${SCHOOL}”.`)).toBeVisible();
});

test('biểu mẫu: ô đầu có con trỏ, tên trống báo lỗi tại ô, lỗi của máy chủ hiện đúng ô, Enter để lưu', async ({
  page,
  server,
}) => {
  await seedUnits(server);
  const units = new UnitsPage(page);
  await units.shell.open(server.appUrl);
  await units.open();

  await units.addButton.click();
  await expect(units.dialog).toBeVisible();
  await expect(units.dialog.getByLabel('Tên đơn vị')).toBeFocused();

  // Empty name: the error is on the field and nothing is sent.
  await units.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(units.fieldError('Tên đơn vị')).toHaveText('Nhập tên đơn vị');
  await expect(units.fieldError('Loại đơn vị')).toHaveText('Chọn loại đơn vị');
  await expect(units.dialog.getByLabel('Tên đơn vị')).toHaveAttribute('aria-invalid', 'true');

  // End before start: checked before sending.
  await units.fillForm({ name: 'Xã Chí Công', kind: 'Xã', kindSearch: 'xa', code: '52' });
  await units.typeDate('Hiệu lực từ ngày', '01/07/2025');
  await units.typeDate('Hiệu lực đến ngày', '30/06/2025');
  await units.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(units.fieldError('Hiệu lực đến ngày')).toHaveText(
    'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực',
  );
  await units.typeDate('Hiệu lực đến ngày', '31/12/2030');

  // The code is already used: the server refuses, the message sits under “Mã đơn vị”,
  // and what was typed is still there.
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/units.create'));
  await units.dialog.getByRole('button', { name: 'Lưu' }).click();
  expect((await refused).status()).toBe(409);
  await expect(units.fieldError('Mã đơn vị')).toContainText(
    `Mã đơn vị “52” đã dùng cho “${PROVINCE}”`,
  );
  await expect(units.dialog.getByLabel('Tên đơn vị')).toHaveValue('Xã Chí Công');
  await expect(units.dialog.getByLabel('Hiệu lực từ ngày')).toHaveValue('01/07/2025');

  // Fix the code and press Enter in a text field: the form is saved.
  await units.dialog.getByLabel('Mã đơn vị').fill('22870');
  const created = page.waitForResponse((r) => r.url().endsWith('/api/units.create'));
  await units.dialog.getByLabel('Mã đơn vị').press('Enter');
  expect((await created).ok()).toBe(true);
  await expect(units.dialog).toBeHidden();
  await expect(units.row('Xã Chí Công')).toContainText('01/07/2025 – 31/12/2030');
});

test('sửa đơn vị: đổi tên và chuyển cấp trên', async ({ page, server }) => {
  await seedUnits(server);
  const units = new UnitsPage(page);
  await units.shell.open(server.appUrl);
  await units.open();
  await units.selectInTree(PROVINCE);

  await units
    .row(DUC_LINH)
    .getByRole('button', { name: `Sửa ${DUC_LINH}` })
    .click();
  await expect(units.dialog.getByLabel('Tên đơn vị')).toHaveValue(DUC_LINH);
  await units.fillForm({ name: 'Huyện Đức Linh (cũ)', parent: DISTRICT });
  await units.saveDialog('units.update');
  // The table follows the unit to its new parent.
  await expect(units.tableTitle).toHaveText(`Đơn vị trực thuộc “${DISTRICT}”`);
  expect(await units.rowNames()).toEqual(['Huyện Đức Linh (cũ)', COMMUNE]);

  // Someone else deleted the unit meanwhile: the refusal has no field, so it is shown at the top
  // of the dialog, and the dialog keeps what was typed.
  await units
    .row(COMMUNE)
    .getByRole('button', { name: `Sửa ${COMMUNE}` })
    .click();
  await units.fillForm({ name: 'Xã Phan Dũng (mới)' });
  const commune = (await server.call('units.list', { query: COMMUNE }))[0]!;
  await server.call('units.delete', { id: commune.id });
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/units.update'));
  await units.dialog.getByRole('button', { name: 'Lưu' }).click();
  expect((await refused).status()).toBe(404);
  await expect(units.dialog.getByRole('alert')).toContainText('Chưa lưu được');
  await expect(units.dialog.getByLabel('Tên đơn vị')).toHaveValue('Xã Phan Dũng (mới)');
});

test('ẩn đơn vị đã hết hiệu lực nhưng giữ cấp trên của đơn vị còn hiệu lực', async ({
  page,
  server,
}) => {
  await seedUnits(server);
  const units = new UnitsPage(page);
  await units.shell.open(server.appUrl);
  await units.open();
  await units.selectInTree(PROVINCE);
  expect(await units.rowNames()).toEqual([DUC_LINH, DISTRICT]);

  await units.showExpired.uncheck();
  // Đức Linh expired and has nothing valid under it; Tuy Phong is kept for Phan Dũng.
  expect(await units.rowNames()).toEqual([DISTRICT]);
  await expect(units.treeNode(DUC_LINH)).toHaveCount(0);
  await expect(units.treeNode(PROVINCE)).toBeVisible();

  await units.showExpired.check();
  expect(await units.rowNames()).toEqual([DUC_LINH, DISTRICT]);
});

test('tên đơn vị chứa HTML được hiện như chữ, không chạy mã', async ({ page, server }) => {
  const hostile = '<img src=x onerror="window.__xss=1">';
  const units = new UnitsPage(page);
  await new ShellPage(page).open(server.appUrl);
  await units.open();
  await units.addUnit({ name: hostile, kind: 'Khác', kindSearch: 'khac' });

  await expect(units.row(hostile)).toBeVisible();
  await expect(units.tree.getByText(hostile, { exact: true })).toBeVisible();
  await units.searchFor('img src');
  await expect(units.row(hostile)).toBeVisible();
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});
