import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';

const OUT_DIR = path.resolve('test-results/documents');

const PEOPLE = [
  {
    fullName: 'Trần Thị Ánh',
    gender: 'nu',
    position: 'Giáo viên',
    workplace: 'Trường THPT Phan Bội Châu',
  },
  {
    fullName: 'Lê Văn Đức',
    gender: 'nam',
    position: 'Bác sĩ',
    workplace: 'Bệnh viện Đa khoa tỉnh',
  },
  { fullName: 'Nguyễn Thị Ấu', gender: 'nu', position: 'Kế toán', workplace: 'Sở Tài chính' },
] as const;

test('ban hành Quyết định khen thưởng từ danh sách đề nghị; tải PDF; sổ văn bản', async ({
  page,
  server,
}) => {
  const { movementId } = await server.call('demo.load', {});
  await server.call('settings.update', {
    governingBody: '',
    issuingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
    issuingBodyAbbr: 'UBND',
    placeName: 'Phan Thiết',
    signerOnBehalfOf: '',
    signerDelegation: 'KT.',
    signerDelegationOf: 'Chủ tịch',
    signerTitle: 'Phó Chủ tịch',
    signerName: 'Nguyễn Hồng Hải',
    userName: '',
  });
  const unit = (await server.call('units.list', {}))[0]!;
  for (const p of PEOPLE) {
    await server.call('nominations.create', {
      movementId,
      proposingUnitId: unit.id,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'ca_nhan',
      ...p,
    });
  }
  const movement = await server.call('movements.get', { id: movementId });

  const shell = new ShellPage(page);
  await shell.open(server.appUrl);
  await shell.goTo('Văn bản');
  const main = shell.main;

  const movementSelect = main.getByLabel('Phong trào', { exact: true });
  await movementSelect.click();
  await movementSelect.fill('Toàn dân đoàn kết');
  await expect(
    page.locator('.ant-select-dropdown').filter({ visible: true }).getByTitle(movement.title),
  ).toBeVisible();
  await movementSelect.press('Enter');

  const rows = main.locator('.decision-candidates tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3);
  await expect(main.getByText('Bà Trần Thị Ánh')).toBeVisible();
  // Signer and number come from the settings and the register.
  await expect(main.getByLabel('Họ và tên người ký')).toHaveValue('Nguyễn Hồng Hải');
  await expect(main.getByLabel('Ký hiệu')).toHaveValue('QĐ-UBND');
  await expect(main.getByLabel('Số', { exact: true })).toHaveValue('1');

  await main.getByRole('button', { name: 'Chọn tất cả đang hiện' }).click();
  const chosen = main.locator('.ant-statistic').filter({ hasText: 'Đã chọn' });
  await expect(chosen).toContainText('3');
  // Each person: 1,5 × the base salary in force today (read from the catalogue, not the page).
  const bases = await server.call('baseSalary.list', {});
  const today = new Date().toISOString().slice(0, 10);
  const base = bases.filter((b) => b.validFrom <= today).at(-1)!.amount;
  const total = String(3 * 1.5 * base).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  await expect(
    main.locator('.ant-statistic').filter({ hasText: 'Tổng tiền thưởng' }),
  ).toContainText(total);

  // The preview opens the PDF in a new tab, without taking a number.
  const [tab] = await Promise.all([
    page.waitForEvent('popup'),
    main.getByRole('button', { name: 'Xem trước' }).click(),
  ]);
  expect(tab.url()).toMatch(/^blob:/);
  await tab.close();
  expect(await server.call('documents.register', {})).toHaveLength(0);

  await main.getByRole('button', { name: 'Ban hành' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Ban hành' }).click();
  await expect(main.locator('.decision-issued')).toContainText(
    'Đã ban hành Quyết định số 01/QĐ-UBND.',
  );
  fs.mkdirSync(OUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUT_DIR, 'van-ban-ban-hanh.png'), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.locator('.decision-issued').getByRole('button', { name: 'Tải PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^quyet-dinh-01-QD-UBND-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = path.join(OUT_DIR, 'van-ban-tai-ve.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Số: 01/QĐ-UBND');
  for (const name of ['Bà Trần Thị Ánh', 'Ông Lê Văn Đức', 'Bà Nguyễn Thị Ấu']) {
    expect(text).toContain(name);
  }

  // Awarded now: the rows are marked and cannot be chosen again.
  await expect(main.getByText('Đã khen tại QĐ 01/QĐ-UBND')).toHaveCount(3);

  await main.getByRole('tab', { name: 'Sổ văn bản đã ban hành' }).click();
  const register = main.locator('.documents-register tbody tr.ant-table-row');
  await expect(register).toHaveCount(1);
  await expect(register.first()).toContainText('01/QĐ-UBND');
  await expect(register.first()).toContainText('Nguyễn Hồng Hải');
  await page.screenshot({ path: path.join(OUT_DIR, 'van-ban-so-dang-ky.png'), fullPage: true });
});
