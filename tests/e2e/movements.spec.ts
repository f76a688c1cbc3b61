import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type AppServer } from './fixtures';
import { MovementsPage } from './pages/movements-page';

/** Names as the demo creates them (electron/core/demo/binh-thuan-units.ts). */
const TUY_PHONG = 'UBND huyện Tuy Phong';
const SO_Y_TE = 'Sở Y tế';
const SO_TAI_CHINH = 'Sở Tài chính';
const BK_TINH = 'Bằng khen của Chủ tịch UBND tỉnh';
const TUY_PHONG_OVER =
  'UBND huyện Tuy Phong đề nghị 3 tập thể Bằng khen của Chủ tịch UBND tỉnh; Kế hoạch cho phép tối đa 02 (mục IV.3).';

/** The demo (Bình Thuận 2021 and its units) loaded through the API; returns the movement id. */
async function loadDemo(server: AppServer): Promise<number> {
  const { movementId } = await server.call('demo.load', {});
  return movementId;
}

async function unitId(server: AppServer, name: string): Promise<number> {
  const units = await server.call('units.list', {});
  const unit = units.find((u) => u.name === name);
  if (!unit) throw new Error(`Không có đơn vị mẫu “${name}”`);
  return unit.id;
}

test('Tổng quan → “Nạp dữ liệu mẫu” → bảng chỉ tiêu đọc các quy tắc thành câu', async ({
  page,
  server,
}) => {
  const movements = new MovementsPage(page);
  await movements.shell.open(server.appUrl);
  const demo = movements.main.getByRole('heading', { name: 'Dùng thử với dữ liệu mẫu' });
  await expect(demo).toBeVisible();
  await expect(movements.main).toContainText('10 đơn vị cấp huyện và các sở, ngành');

  const loaded = page.waitForResponse((r) => r.url().endsWith('/api/demo.load'));
  await movements.main.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  expect((await loaded).ok()).toBe(true);

  // Straight to the movement's board.
  await expect(movements.tab('Bảng chỉ tiêu')).toHaveAttribute('aria-selected', 'true');
  expect(new URL(page.url()).hash).toMatch(/^#\/phong-trao\/\d+\?the=bang-chi-tieu$/);
  await expect(movements.shell.pageHeading).toContainText('phong trào thi đua đặc biệt');
  await expect(movements.board).toContainText(
    'Mỗi đơn vị (Huyện, Thị xã, Thành phố thuộc tỉnh) đề nghị tối đa 02 tập thể và 01 cá nhân — Bằng khen của Chủ tịch UBND tỉnh (mục IV.3).',
  );
  await expect(movements.board).toContainText(
    'Hội đồng xét chọn tối đa 20 tập thể và 20 cá nhân — Bằng khen của Chủ tịch UBND tỉnh (mục IV.3).',
  );
  await expect(movements.board).toContainText('riêng ngành Y tế: 02 tập thể và 02 cá nhân');
  await expect(movements.main.getByText('Không có vi phạm nào')).toBeVisible();
  await expect(movements.bar(TUY_PHONG, 'Tập thể')).toContainText('0/2');

  // The same sentences on the “Chỉ tiêu” tab, with the plan's own words under each.
  await movements.openTab('Chỉ tiêu');
  await expect(movements.rule(5)).toContainText('02 tập thể và 01 cá nhân');
  await expect(movements.rule(5)).toContainText(
    'Mỗi huyện, thị xã, thành phố lựa chọn 02 tập thể và 01 cá nhân',
  );

  // The offer is gone once the database has data; the movement is in the list.
  await movements.shell.goTo('Tổng quan');
  await expect(movements.main.getByText('Tổng số đơn vị')).toBeVisible();
  await expect(demo).toHaveCount(0);
  await movements.openList();
  await expect(movements.listRow('phong trào thi đua đặc biệt')).toContainText(
    'Ủy ban nhân dân tỉnh Bình Thuận',
  );
});

test('thêm đề nghị qua giao diện: vượt chỉ tiêu của huyện thì thanh đỏ và có vi phạm; xóa bớt thì hết', async ({
  page,
  server,
}, testInfo) => {
  const id = await loadDemo(server);
  const movements = new MovementsPage(page);
  await page.goto(`${server.appUrl}`);
  await page.goto(`${server.url}#/phong-trao/${id}`);
  await movements.openTab('Đề nghị');

  await movements.addNomination({
    unit: TUY_PHONG,
    unitSearch: 'tuy phong',
    form: BK_TINH,
    subject: 'Tập thể',
    name: 'Trung tâm Y tế huyện Tuy Phong',
  });
  // Unit, form and subject stay: only the name is typed for the next ones.
  await movements.addByName('Công an huyện Tuy Phong');
  await movements.addByName('Trạm Y tế xã Phan Dũng');

  await movements.openTab('Bảng chỉ tiêu');
  await expect(movements.bar(TUY_PHONG, 'Tập thể')).toContainText('3/2');
  await expect(movements.bar(TUY_PHONG, 'Tập thể')).toHaveClass(/limit-bar-over/);
  await expect(movements.bar(TUY_PHONG, 'Cá nhân')).toContainText('0/1');
  await expect(movements.bar(TUY_PHONG, 'Cá nhân')).not.toHaveClass(/limit-bar-over/);
  await expect(movements.boardRow(TUY_PHONG)).toContainText('Vượt chỉ tiêu');
  await expect(movements.violations).toHaveText([TUY_PHONG_OVER]);

  // The wide rules count proposals vs. the council's choice.
  await expect(movements.board).toContainText('đã chọn 0 trong 3 đề nghị');

  // The picture: only the units that proposed, so the red bar is in view.
  await movements.board.getByRole('checkbox', { name: 'Chỉ đơn vị đã có đề nghị' }).check();
  await expect(movements.board.locator('.board-table tbody tr')).toHaveCount(1);
  await page.mouse.move(0, 0);
  // From the top: the sticky header and tab bar would otherwise be drawn mid-picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  const screenshots = path.join(testInfo.project.outputDir, 'screenshots');
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({
    path: path.join(screenshots, 'quota-board.png'),
    fullPage: true,
    animations: 'disabled',
  });

  await movements.openTab('Đề nghị');
  await expect(movements.nominationRow('Trạm Y tế xã Phan Dũng')).toContainText('Vi phạm');
  await movements.deleteNomination('Trạm Y tế xã Phan Dũng');

  await movements.openTab('Bảng chỉ tiêu');
  await expect(movements.bar(TUY_PHONG, 'Tập thể')).toContainText('2/2');
  await expect(movements.bar(TUY_PHONG, 'Tập thể')).not.toHaveClass(/limit-bar-over/);
  await expect(movements.violations).toHaveCount(0);
  await expect(movements.main.getByText('Không có vi phạm nào')).toBeVisible();
  await expect(movements.board).toContainText('đã chọn 0 trong 2 đề nghị');

  // “Hội đồng chọn” counts towards the council's 20 + 20.
  await movements.openTab('Đề nghị');
  const chosen = page.waitForResponse((r) => r.url().endsWith('/api/nominations.setSelected'));
  await movements
    .nominationRow('Công an huyện Tuy Phong')
    .getByRole('switch', { name: 'Hội đồng chọn Công an huyện Tuy Phong' })
    .click();
  expect((await chosen).ok()).toBe(true);
  await movements.openTab('Bảng chỉ tiêu');
  await expect(movements.board).toContainText('đã chọn 1 trong 2 đề nghị');

  // A movement with nominations cannot be deleted: the server says why.
  await movements.openList();
  await expect(movements.listRow('phong trào thi đua đặc biệt')).toContainText('2');
  const refused = await movements.deleteMovement('phong trào thi đua đặc biệt');
  expect(refused.status()).toBe(409);
  await expect(movements.main.getByRole('alert')).toContainText(
    'đã có 2 trường hợp đề nghị khen thưởng thuộc phong trào này',
  );
  await expect(movements.listRow('phong trào thi đua đặc biệt')).toBeVisible();
});

test('riêng ngành Y tế được 02 tập thể; Sở Tài chính 01 tập thể + 01 cá nhân là vượt (01 tính chung)', async ({
  page,
  server,
}) => {
  const movementId = await loadDemo(server);
  const yTe = await unitId(server, SO_Y_TE);
  const taiChinh = await unitId(server, SO_TAI_CHINH);
  const add = (proposingUnitId: number, subjectType: 'tap_the' | 'ca_nhan', fullName: string) =>
    server.call('nominations.create', {
      movementId,
      proposingUnitId,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType,
      fullName,
    });
  await add(yTe, 'tap_the', 'Bệnh viện Đa khoa tỉnh');
  await add(yTe, 'tap_the', 'Trung tâm Kiểm soát bệnh tật tỉnh');
  await add(taiChinh, 'tap_the', 'Phòng Quản lý ngân sách');
  await add(taiChinh, 'ca_nhan', 'Nguyễn Văn An');

  const movements = new MovementsPage(page);
  await page.goto(server.appUrl);
  await page.goto(`${server.url}#/phong-trao/${movementId}?the=bang-chi-tieu`);
  await expect(movements.board).toBeVisible();

  // Sở Y tế: its sector's own limits replace the common one.
  await expect(movements.boardRow(SO_Y_TE)).toContainText('ngành Y tế: 02 + 02');
  await expect(movements.bar(SO_Y_TE, 'Tập thể')).toContainText('2/2');
  await expect(movements.bar(SO_Y_TE, 'Tập thể')).not.toHaveClass(/limit-bar-over/);
  await expect(movements.boardRow(SO_Y_TE)).toContainText('Trong chỉ tiêu');

  // Sở Tài chính: “01 tập thể hoặc 01 cá nhân” is one in total.
  await expect(movements.bar(SO_TAI_CHINH, 'Tổng gộp')).toContainText('2/1');
  await expect(movements.bar(SO_TAI_CHINH, 'Tổng gộp')).toHaveClass(/limit-bar-over/);
  await expect(movements.violations).toHaveCount(1);
  await expect(movements.violations.first()).toContainText(SO_TAI_CHINH);
  await expect(movements.violations.first()).toContainText('01 tập thể hoặc cá nhân (mục IV.3)');
  await expect(movements.board).not.toContainText(`${SO_Y_TE} đề nghị`);

  // Filters: by sector, then by kind.
  await movements.board.getByLabel('Ngành').click();
  await movements.board.getByLabel('Ngành').fill('y te');
  // Keyboard choice of the one matching option: a click can land while the dropdown still moves.
  await expect(
    page.locator('.ant-select-dropdown').filter({ visible: true }).getByTitle('Y tế'),
  ).toBeVisible();
  await movements.board.getByLabel('Ngành').press('Enter');
  await expect(movements.boardRow(SO_Y_TE)).toBeVisible();
  await expect(movements.boardRow(SO_TAI_CHINH)).toHaveCount(0);
  await expect(movements.boardRow(TUY_PHONG)).toHaveCount(0);
});

test('tạo phong trào từ kế hoạch mẫu Sóc Trăng: có 02 đợt', async ({ page, server }) => {
  const movements = new MovementsPage(page);
  await movements.shell.open(server.appUrl);
  await movements.openList();
  await expect(movements.table).toContainText('Chưa có phong trào nào');
  await movements.createFromPreset('UBND tỉnh Sóc Trăng');

  await expect(movements.shell.pageHeading).toContainText('Sóc Trăng đoàn kết');
  await movements.openTab('Đợt và thời hạn');
  const first = movements.card('Đợt 1');
  const second = movements.card('Đợt 2');
  await expect(movements.field('Tên đợt', first)).toHaveValue('Đợt 1');
  await expect(movements.field('Từ ngày', first)).toHaveValue('09/09/2021');
  await expect(movements.field('Đến ngày', first)).toHaveValue('31/12/2021');
  await expect(movements.field('Từ ngày', second)).toHaveValue('01/01/2022');
  await expect(movements.field('Đến ngày', second)).toHaveValue('');
  // The plan's routing (mục III.4) shows its own tab.
  await expect(movements.tab('Tuyến trình')).toBeVisible();
  await expect(movements.saveButton).toBeDisabled();

  await movements.openList();
  await expect(movements.listRow('Sóc Trăng đoàn kết')).toContainText(
    'Ủy ban nhân dân tỉnh Sóc Trăng',
  );
});

test('lỗi của máy chủ hiện ngay tại ô nhập, không lưu gì; rời trang khi chưa lưu thì được hỏi', async ({
  page,
  server,
}) => {
  const id = await loadDemo(server);
  const movements = new MovementsPage(page);
  await page.goto(server.appUrl);
  await page.goto(`${server.url}#/phong-trao/${id}?the=chi-tieu`);
  await expect(movements.saveButton).toBeDisabled();

  // A negative limit: refused by the server, shown under “Tập thể” of that rule.
  const rule = await movements.editRule(5);
  const limits = rule.getByRole('group', { name: 'Giới hạn', exact: true });
  await movements.field('Tập thể', limits).fill('-1');
  await expect(movements.saveButton).toBeEnabled();
  await expect(movements.main.getByText('Có thay đổi chưa lưu')).toBeVisible();
  const refused = await movements.save();
  expect(refused.status()).toBe(400);
  await expect(movements.fieldError('Tập thể', limits)).toHaveText('Giới hạn không được âm');
  await expect(movements.saveError).toBeVisible();
  await expect(movements.tab('Chỉ tiêu')).toContainText('có lỗi');
  // What was typed is still there.
  await expect(movements.field('Tập thể', limits)).toHaveValue('-1');

  // A sector override no unit belongs to: the server's own check, on the override's “Ngành”.
  await movements.field('Tập thể', limits).fill('2');
  await rule.getByRole('button', { name: 'Thêm giới hạn riêng cho một ngành' }).click();
  const override = rule.getByRole('group', { name: 'Giới hạn riêng 1' });
  await movements.field('Ngành', override).fill('Thủy sản');
  await movements.field('Ngành', override).press('Escape');
  await movements.field('Tập thể', override).fill('1');
  expect((await movements.save()).status()).toBe(400);
  await expect(movements.fieldError('Ngành', override)).toContainText(
    'không có đơn vị nào thuộc ngành “Thủy sản”',
  );
  await expect(movements.fieldError('Tập thể', limits)).toHaveCount(0);

  // Leaving asks first; staying keeps everything.
  await movements.shell.navLink('Đơn vị').click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Rời trang khi chưa lưu?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Ở lại' }).click();
  await expect(confirm).toBeHidden();
  await expect(movements.field('Ngành', override)).toHaveValue('Thủy sản');

  // Nothing was saved: after a reload the plan's 02 is back.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await movements.openTab('Chỉ tiêu');
  const again = await movements.editRule(5);
  await expect(
    movements.field('Tập thể', again.getByRole('group', { name: 'Giới hạn', exact: true })),
  ).toHaveValue('2');
  const stored = await server.call('movements.get', { id });
  expect(stored.quotaRules[4]?.limits.tapThe).toBe(2);
  expect(stored.quotaRules[4]?.overrides).toEqual([]);

  // A period that ends before it starts: the error is on “Đến ngày” of that period.
  await movements.openList();
  await movements.createFromPreset('UBND tỉnh Sóc Trăng');
  await movements.openTab('Đợt và thời hạn');
  const second = movements.card('Đợt 2');
  await movements.typeDate(movements.field('Đến ngày', second), '01/12/2021');
  const refusedPeriod = await movements.save();
  expect(refusedPeriod.status()).toBe(400);
  await expect(movements.fieldError('Đến ngày', second)).toHaveText(
    'Đợt “Đợt 2” kết thúc trước khi bắt đầu',
  );
  await expect(movements.field('Đến ngày', second)).toHaveValue('01/12/2021');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await movements.openTab('Đợt và thời hạn');
  await expect(movements.field('Đến ngày', movements.card('Đợt 2'))).toHaveValue('');

  // A valid change is saved, and the button goes back to “nothing to save”.
  await movements.field('Ghi chú', movements.card('Đợt 2')).fill('Tùy diễn biến dịch bệnh');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/movements.update'));
  await page.keyboard.press('Control+s');
  expect((await saved).ok()).toBe(true);
  await expect(movements.saveButton).toBeDisabled();
  await page.reload();
  await movements.openTab('Đợt và thời hạn');
  await expect(movements.field('Ghi chú', movements.card('Đợt 2'))).toHaveValue(
    'Tùy diễn biến dịch bệnh',
  );
});
