import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './fixtures';
import { ShellPage } from './pages/shell-page';

const RULE = 'Giấy xác nhận của Ban quản lý khu công nghiệp';
const SOURCE = 'QĐ 25/2018/QĐ-UBND tỉnh Bình Thuận, Điều 30';
const ENTERPRISE = 'Có doanh nghiệp hoặc người đứng đầu doanh nghiệp';

/** Cài đặt → “Giấy tờ trong hồ sơ”: the table of requirement records and its dialog. */
class RequirementsPanel {
  readonly shell: ShellPage;
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.table = page
      .getByRole('main')
      .getByRole('table', { name: 'Danh mục giấy tờ trong hồ sơ' });
    this.dialog = page.getByRole('dialog');
  }

  async open(): Promise<void> {
    await this.shell.goTo('Cài đặt');
    await expect(this.table.getByRole('row').nth(1)).toBeVisible();
  }

  row(label: string): Locator {
    return this.table.getByRole('row').filter({ hasText: label });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /**
   * An Ant Design Select, by keyboard as a person can: type to filter (when it has a search box),
   * else arrow down to the option, then Enter. (A click can land while the dropdown still moves.)
   */
  async choose(label: string, option: string, search?: string): Promise<void> {
    const field = this.field(label);
    await field.click();
    if (search !== undefined) await field.fill(search);
    const dropdown = this.page.locator('.ant-select-dropdown').filter({ visible: true });
    await expect(dropdown.getByTitle(option, { exact: true })).toBeVisible();
    const active = dropdown.locator('.ant-select-item-option-active');
    for (let step = 0; (await active.getAttribute('title')) !== option; step++) {
      if (step > 20) throw new Error(`Không tới được lựa chọn “${option}”`);
      await field.press('ArrowDown');
    }
    await field.press('Enter');
    await expect(this.dialog.getByTitle(option, { exact: true })).toBeVisible();
  }

  /** “Lưu” in the dialog; waits for the server's answer. */
  async save(method: 'requirements.create' | 'requirements.update'): Promise<boolean> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith(`/api/${method}`));
    await this.dialog.getByRole('button', { name: 'Lưu' }).click();
    return (await answered).ok();
  }

  fieldError(label: string): Locator {
    return this.dialog
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }
}

test('thêm giấy tờ theo quy chế của tỉnh vào danh mục hồ sơ, sửa số bản, báo trùng, rồi xóa', async ({
  page,
  server,
}) => {
  const panel = new RequirementsPanel(page);
  await panel.shell.open(server.appUrl);
  await panel.open();
  await expect(page.getByText('Thay đổi áp dụng cho hồ sơ vào sổ sau đó')).toBeVisible();
  // Seeded records show their legal source; those of the old regime come last, marked.
  await expect(panel.row('Tờ trình đề nghị khen thưởng').first()).toContainText(
    'Luật Thi đua, khen thưởng 2022, Điều 84',
  );
  await expect(panel.row('Nghị định 91/2017/NĐ-CP').first()).toContainText('hết hiệu lực');

  await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
  await expect(panel.dialog).toContainText('Thêm giấy tờ vào danh mục hồ sơ');
  await panel.choose('Loại giấy tờ', 'Giấy tờ khác', 'khac');
  // Choosing a kind names the document; the secretary writes the full name.
  await expect(panel.field('Tên giấy tờ')).toHaveValue('Giấy tờ khác');
  await panel.field('Tên giấy tờ').fill(RULE);
  await panel.choose('Điều kiện', ENTERPRISE);
  // Every rule cites its source: the form refuses to save without one.
  await panel.dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(panel.fieldError('Căn cứ')).toHaveText('Không được để trống');
  await panel.field('Căn cứ').fill(SOURCE);
  expect(await panel.save('requirements.create')).toBe(true);
  await expect(page.getByText('Đã lưu giấy tờ trong hồ sơ.')).toBeVisible();
  await expect(panel.dialog).toBeHidden();

  const row = panel.row(RULE);
  await expect(row).toContainText(ENTERPRISE);
  await expect(row).toContainText(SOURCE);
  await expect(row).toContainText('Mọi thủ tục');
  const stored = (await server.call('requirements.list', {})).find((r) => r.label === RULE);
  expect(stored).toMatchObject({ condition: 'doanh_nghiep', docType: 'khac', copies: 1 });

  // The same document again: the server's refusal shows under “Tên giấy tờ”.
  await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
  await panel.choose('Loại giấy tờ', 'Giấy tờ khác', 'khac');
  await panel.field('Tên giấy tờ').fill(RULE);
  await panel.choose('Điều kiện', ENTERPRISE);
  await panel.field('Căn cứ').fill('Nhập lần hai');
  expect(await panel.save('requirements.create')).toBe(false);
  await expect(panel.fieldError('Tên giấy tờ')).toContainText('Danh mục đã có');
  await panel.dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(panel.dialog).toBeHidden();

  await row.getByRole('button', { name: `Sửa giấy tờ “${RULE}”` }).click();
  await expect(panel.field('Căn cứ')).toHaveValue(SOURCE);
  await panel.field('Số bản').fill('2');
  expect(await panel.save('requirements.update')).toBe(true);
  await expect(row.getByRole('cell', { name: '2', exact: true })).toBeVisible();

  await row.getByRole('button', { name: `Xóa giấy tờ “${RULE}”` }).click();
  const deleted = page.waitForResponse((r) => r.url().endsWith('/api/requirements.delete'));
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
  expect((await deleted).ok()).toBe(true);
  await expect(panel.row(RULE)).toHaveCount(0);
  expect((await server.call('requirements.list', {})).some((r) => r.label === RULE)).toBe(false);
});

test('xuất Excel bảng theo dõi nộp hồ sơ và danh sách nghi trùng', async ({ page, server }) => {
  const { movementId } = await server.call('demo.load', {});
  const units = await server.call('units.list', {});
  const tuyPhong = units.find((u) => u.name === 'UBND huyện Tuy Phong')!;
  await server.call('dossiers.create', {
    receivedDate: '2021-11-25',
    proposingUnitId: tuyPhong.id,
    movementId,
    procedure: 'don_gian',
    awardFormCodes: ['bk_chu_tich_tinh'],
  });
  const shell = new ShellPage(page);
  await shell.open(server.appUrl);

  const firstColumnOf = async (path: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([await readFile(path)]));
    const values: unknown[] = [];
    workbook.worksheets[0]!.eachRow((r) => values.push(r.getCell(1).value, r.getCell(2).value));
    return values;
  };

  await page.goto(`${server.url}#/ho-so/theo-doi?phong-trao=${movementId}`);
  await expect(shell.pageHeading).toHaveText('Theo dõi nộp hồ sơ');
  const board = page.waitForEvent('download');
  await shell.main.getByRole('button', { name: 'Xuất Excel' }).click();
  const boardFile = await board;
  expect(boardFile.suggestedFilename()).toMatch(/^theo-doi-nop-ho-so-\d{8}\.xlsx$/);
  const boardCells = await firstColumnOf(await boardFile.path());
  expect(boardCells[0]).toBe('BẢNG THEO DÕI NỘP HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG');
  expect(boardCells).toContain('UBND huyện Tuy Phong');

  await page.goto(`${server.url}#/ho-so/trung-lap?phong-trao=${movementId}`);
  await expect(shell.pageHeading).toHaveText('Trùng lặp đối tượng đề nghị');
  const pairs = page.waitForEvent('download');
  await shell.main.getByRole('button', { name: 'Xuất Excel' }).click();
  const pairsFile = await pairs;
  expect(pairsFile.suggestedFilename()).toMatch(/^nghi-trung-\d{8}\.xlsx$/);
  expect((await firstColumnOf(await pairsFile.path()))[0]).toBe(
    'DANH SÁCH CÁC TRƯỜNG HỢP NGHI TRÙNG',
  );
});
