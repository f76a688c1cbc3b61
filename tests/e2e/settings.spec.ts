import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell-page';
import { SettingsPage } from './pages/settings-page';

const VALUES = {
  'Tên cơ quan, tổ chức chủ quản': 'UBND TỈNH BÌNH THUẬN',
  'Tên cơ quan ban hành văn bản': 'Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận',
  'Chữ viết tắt tên cơ quan ban hành': 'HĐTĐKT',
  'Địa danh': 'Bình Thuận',
  'Thay mặt (TM.) tập thể': 'Hội đồng',
  'Ký thay cho chức danh': 'Chủ tịch',
  'Chức vụ người ký': 'Phó Chủ tịch',
  'Họ và tên người ký': 'Nguyễn Văn Đức',
  'Tên người sử dụng': 'Trần Thị Ánh',
};

const EXPECTED_SIGNATURE = [
  'TM. HỘI ĐỒNG',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  '(Chữ ký, dấu)',
  'Nguyễn Văn Đức',
];

test('lưu thông tin cơ quan; tải lại vẫn còn; khối chữ ký xem trước đúng', async ({
  page,
  server,
}) => {
  const settings = new SettingsPage(page);
  await settings.shell.open(server.appUrl);
  await expect(page.getByText('Chưa khai báo thông tin cơ quan')).toBeVisible();
  await settings.open();

  await expect(settings.preview).toContainText('Điền phần “Người ký” để xem khối chữ ký.');
  await settings.fill(VALUES);
  await settings.chooseDelegation('KT. — ký thay người đứng đầu');
  // The preview follows the typing, before anything is saved.
  expect(await settings.previewLines()).toEqual(EXPECTED_SIGNATURE);

  expect(await settings.save()).toBe(true);
  await expect(page.getByText('Đã lưu thông tin cơ quan.')).toBeVisible();
  await expect(settings.shell.agencyName(VALUES['Tên cơ quan ban hành văn bản'])).toBeVisible();

  await page.reload();
  await settings.open();
  for (const [label, value] of Object.entries(VALUES)) {
    await expect(settings.field(label), label).toHaveValue(value);
  }
  await expect(settings.form.getByTitle('KT. — ký thay người đứng đầu')).toBeVisible();
  expect(await settings.previewLines()).toEqual(EXPECTED_SIGNATURE);
  expect((await server.call('settings.get', {})).signerDelegation).toBe('KT.');

  // “Quyền” replaces the delegation line by “Q. <chức vụ>”.
  await settings.chooseDelegation('Q. — quyền (cấp phó được giao quyền cấp trưởng)');
  await settings.field('Chức vụ người ký').fill('Chủ tịch');
  expect(await settings.previewLines()).toEqual([
    'TM. HỘI ĐỒNG',
    'Q. CHỦ TỊCH',
    '(Chữ ký, dấu)',
    'Nguyễn Văn Đức',
  ]);

  await new ShellPage(page).goTo('Tổng quan');
  await expect(page.getByRole('main')).toContainText(VALUES['Tên cơ quan ban hành văn bản']);
});

test('lỗi của máy chủ hiện dưới đúng ô và không mất dữ liệu đã gõ', async ({ page, server }) => {
  const settings = new SettingsPage(page);
  await settings.shell.open(server.appUrl);
  await settings.open();

  const tooLong = 'HỘI ĐỒNG THI ĐUA KHEN THƯỞNG TỈNH BÌNH THUẬN';
  await settings.fill({ 'Chữ viết tắt tên cơ quan ban hành': tooLong, 'Địa danh': 'Phan Thiết' });
  expect(await settings.save()).toBe(false);
  await expect(settings.fieldError('Chữ viết tắt tên cơ quan ban hành')).toHaveText(
    'Dài quá 30 ký tự',
  );
  await expect(settings.field('Chữ viết tắt tên cơ quan ban hành')).toHaveValue(tooLong);
  await expect(settings.field('Địa danh')).toHaveValue('Phan Thiết');
  expect((await server.call('settings.get', {})).placeName).toBe('');
});
