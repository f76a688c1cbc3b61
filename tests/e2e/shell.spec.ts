import { expect, test } from './fixtures';
import { SECTIONS, ShellPage } from './pages/shell-page';
import { UnitsPage } from './pages/units-page';

test('mọi mục ở thanh bên mở đúng màn hình; màn hình chưa làm nói rõ', async ({ page, server }) => {
  const shell = new ShellPage(page);
  await shell.open(server.appUrl);
  // The token left the address bar at once.
  expect(new URL(page.url()).hash).toBe('#/');

  for (const section of SECTIONS) {
    await shell.goTo(section.link);
    expect(new URL(page.url()).hash).toBe(section.hash);
    await expect(shell.navLink(section.link).locator('xpath=ancestor::li[1]')).toHaveClass(
      /ant-menu-item-selected/,
    );
  }
  await shell.goTo('Báo cáo');
  await expect(shell.main).toContainText('Chọn một phong trào để xem báo cáo.');
  await shell.goTo('Hội đồng');
  await expect(shell.main).not.toContainText('Chức năng đang được xây dựng.');

  // Back/forward work because navigation is the URL.
  await page.goBack();
  await expect(shell.pageHeading).toHaveText('Báo cáo');

  await page.goto(`${server.url}#/khong-co`);
  await expect(shell.pageHeading).toHaveText('Không có trang này');
});

test('thanh bên dùng được bằng bàn phím', async ({ page, server }) => {
  const shell = new ShellPage(page);
  await shell.open(server.appUrl);

  // The first Tab stop is the skip link; it moves focus to the main area.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Bỏ qua menu, tới nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.main).toBeFocused();

  // From the top, Tab reaches the sidebar links; Enter opens the screen.
  await page.locator('body').focus();
  const unitsLink = shell.navLink('Đơn vị');
  for (let i = 0; i < 15; i += 1) {
    await page.keyboard.press('Tab');
    if (await unitsLink.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(unitsLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.pageHeading).toHaveText('Đơn vị');
  await expect(shell.main).toBeFocused();

  // The collapse button keeps every entry named.
  await page.getByRole('button', { name: 'Thu gọn menu' }).click();
  await expect(page.getByRole('button', { name: 'Mở rộng menu' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(shell.navLink('Cài đặt')).toHaveCount(1);
});

test('tổng quan cho số liệu thật; ảnh chụp toàn màn hình có dữ liệu', async ({
  page,
  server,
}, testInfo) => {
  const province = await server.call('units.create', {
    name: 'Tỉnh Bình Thuận',
    kindCode: 'tinh',
    validFrom: '1992-01-01',
    validTo: '2025-06-30',
  });
  const district = await server.call('units.create', {
    name: 'Huyện Tuy Phong',
    kindCode: 'huyen',
    parentId: province.id,
    validTo: '2025-06-30',
  });
  await server.call('units.create', {
    name: 'Xã Phan Dũng',
    kindCode: 'xa',
    parentId: district.id,
  });
  await server.call('units.create', {
    name: 'Trường THCS Nguyễn Du',
    kindCode: 'truong_hoc',
    sector: 'Giáo dục',
    code: 'THCS-ND',
  });
  await server.call('settings.update', {
    governingBody: 'UBND TỈNH BÌNH THUẬN',
    issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    issuingBodyAbbr: 'HĐTĐKT',
    placeName: 'Bình Thuận',
    signerOnBehalfOf: 'Hội đồng',
    signerDelegation: 'KT.',
    signerDelegationOf: 'Chủ tịch',
    signerTitle: 'Phó Chủ tịch',
    signerName: 'Nguyễn Văn Đức',
    userName: 'Trần Thị Ánh',
  });

  const shell = new ShellPage(page);
  await shell.open(server.appUrl);
  await expect(shell.agencyName('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')).toBeVisible();
  const main = shell.main;
  await expect(main.getByText('Tổng số đơn vị').locator('xpath=../..')).toContainText('4');
  await expect(main.getByText('Đang còn hiệu lực').locator('xpath=../..')).toContainText('2');
  await expect(main).toContainText(server.dataDir);
  await expect(main).toContainText('trình duyệt');
  await expect(main.getByText('Phiên bản cấu trúc dữ liệu')).toBeVisible();
  const info = await server.call('app.info', {});
  await expect(main).toContainText(info.databasePath);

  const overview = testInfo.outputPath('overview.png');
  await page.screenshot({ path: overview, fullPage: true, animations: 'disabled' });
  await testInfo.attach('overview', { path: overview, contentType: 'image/png' });

  const units = new UnitsPage(page);
  await units.open();
  await units.selectInTree('Tỉnh Bình Thuận');
  await units.expandInTree('Huyện Tuy Phong');
  await expect(units.treeNode('Xã Phan Dũng')).toBeVisible();
  await page.mouse.move(0, 0);
  const screenshot = testInfo.outputPath('shell.png');
  await page.screenshot({ path: screenshot, fullPage: true, animations: 'disabled' });
  await testInfo.attach('shell', { path: screenshot, contentType: 'image/png' });
});
