import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { binhThuanAgency } from '../helpers/agency';
import { expect, test } from './fixtures';
import { PdfViewerPage } from './pages/pdf-viewer-page';
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
  await server.call('settings.update', binhThuanAgency({ userName: '' }));
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

  // The preview opens the PDF in the in-app viewer, without taking a number.
  await main.getByRole('button', { name: 'Xem trước' }).click();
  const viewer = new PdfViewerPage(page);
  await expect(viewer.pageIndicator).toHaveText(/^Trang 1\/\d+$/);
  await page.keyboard.press('Escape');
  await expect(viewer.dialog).toBeHidden();
  expect(await server.call('documents.register', {})).toHaveLength(0);

  await main.getByRole('button', { name: 'Ban hành' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Ban hành' }).click();
  await expect(main.locator('.decision-issued')).toContainText(
    'Đã ban hành Quyết định số 01/QĐ-UBND.',
  );
  fs.mkdirSync(OUT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(OUT_DIR, 'van-ban-ban-hanh.png'), fullPage: true });

  await main.locator('.decision-issued').getByRole('button', { name: 'Xem, in PDF' }).click();
  const download = await viewer.downloadAndClose();
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

test('mẫu phôi giấy khen/bằng khen lưu trong cơ sở dữ liệu: lưu, mở lại, khôi phục mặc định', async ({
  page,
  server,
}) => {
  const { movementId } = await server.call('demo.load', {});
  await server.call('settings.update', binhThuanAgency());
  const unit = (await server.call('units.list', {}))[0]!;
  const n = await server.call('nominations.create', {
    movementId,
    proposingUnitId: unit.id,
    awardFormCode: 'bk_chu_tich_tinh',
    subjectType: 'ca_nhan',
    ...PEOPLE[0],
  });
  await server.call('documents.issueDecision', {
    movementId,
    nominationIds: [n.id],
    number: 3,
    date: '2026-11-20',
    achievement: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
  });
  const stored = async () =>
    (await server.call('documents.certificateLayouts', {})).find((e) => e.kind === 'bang_khen')!;

  const shell = new ShellPage(page);
  await shell.open(server.appUrl);
  // A layout kept in the browser by an older version is ignored: the database is the only source.
  const old = JSON.stringify({ ...(await stored()).layout, label: 'Cũ', offsetX: 9 });
  await page.evaluate(
    (json) => localStorage.setItem('tdkt.certificateLayout.bang_khen', json),
    old,
  );
  const openModal = async () => {
    await shell.goTo('Văn bản');
    await shell.main.getByRole('tab', { name: 'Sổ văn bản đã ban hành' }).click();
    await shell.main.getByRole('button', { name: 'In giấy khen/bằng khen' }).click();
    return page.getByRole('dialog').filter({ hasText: 'In giấy khen/bằng khen lên phôi' });
  };
  let dialog = await openModal();
  await expect(dialog.getByText('Đang dùng mẫu mặc định', { exact: false })).toBeVisible();
  const offsetX = dialog.getByLabel('Dịch ngang (mm, + sang phải)');
  await expect(offsetX).toHaveAttribute('aria-valuenow', '0');
  await offsetX.fill('3');
  await expect(dialog.getByText('Có thay đổi chưa lưu', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Lưu bố cục' }).click();
  await expect(page.getByText('Đã lưu bố cục.')).toBeVisible();
  expect((await stored()).layout.offsetX).toBe(3);
  expect((await stored()).saved).toBe(true);

  // Another session (a reload here) reads the saved layout back.
  await page.reload();
  dialog = await openModal();
  await expect(dialog.getByLabel('Dịch ngang (mm, + sang phải)')).toHaveAttribute(
    'aria-valuenow',
    '3',
  );
  await expect(dialog.getByText('Đã lưu lúc', { exact: false })).toBeVisible();

  // Printing saves pending edits first, so what prints is what is stored.
  await dialog.getByLabel('Dịch dọc (mm, + xuống dưới)').fill('2');
  await dialog.getByRole('button', { name: 'In trang căn chỉnh' }).click();
  await expect.poll(async () => (await stored()).layout.offsetY).toBe(2);
  expect((await stored()).layout.offsetX).toBe(3);

  await page.reload();
  dialog = await openModal();
  await expect(dialog.getByLabel('Dịch dọc (mm, + xuống dưới)')).toHaveAttribute(
    'aria-valuenow',
    '2',
  );
  await dialog.getByRole('button', { name: 'Khôi phục mặc định' }).click();
  await expect(page.getByText('Đã khôi phục mẫu phôi mặc định.')).toBeVisible();
  await expect(dialog.getByLabel('Dịch ngang (mm, + sang phải)')).toHaveAttribute(
    'aria-valuenow',
    '0',
  );
  expect((await stored()).saved).toBe(false);
});
