import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { ShellPage } from './shell-page';

export type MovementTabName =
  | 'Thông tin chung'
  | 'Hình thức khen thưởng'
  | 'Đợt và thời hạn'
  | 'Chỉ tiêu'
  | 'Tuyến trình'
  | 'Bảng chỉ tiêu'
  | 'Đề nghị';

export interface QuickNomination {
  /** Exact unit name; `unitSearch` is what is typed to find it (no diacritics needed). */
  unit: string;
  unitSearch?: string;
  form: string;
  subject: 'Tập thể' | 'Cá nhân' | 'Hộ gia đình';
  name: string;
}

const isApi = (method: string) => (response: Response) =>
  response.url().endsWith(`/api/${method}`) && response.request().method() === 'POST';

/** The “Phong trào” screens: the list, one movement's tabs, its quota board and nominations. */
export class MovementsPage {
  readonly shell: ShellPage;
  readonly main: Locator;
  readonly table: Locator;
  readonly dialog: Locator;
  readonly saveButton: Locator;
  readonly saveError: Locator;
  readonly board: Locator;
  readonly violations: Locator;
  readonly quickAdd: Locator;
  readonly nominationsTable: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.table = this.main.locator('.movements-table');
    this.dialog = page.getByRole('dialog');
    this.saveButton = this.main.getByRole('button', { name: 'Lưu phong trào' });
    this.saveError = this.main.getByRole('alert').filter({ hasText: 'Chưa lưu được phong trào' });
    this.board = this.main.locator('.quota-board');
    this.violations = this.main.getByRole('list', { name: 'Vi phạm' }).getByRole('listitem');
    this.quickAdd = this.main.locator('form#nomination-quick-add');
    this.nominationsTable = this.main.locator('.nominations-table');
  }

  async openList(): Promise<void> {
    await this.shell.goTo('Phong trào');
  }

  listRow(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  /** Deletes from the list after the confirmation; returns the server's answer. */
  async deleteMovement(title: string): Promise<Response> {
    await this.listRow(title)
      .getByRole('button', { name: /^Xóa phong trào/ })
      .click();
    const popup = this.page.getByRole('tooltip').filter({ visible: true });
    const answered = this.page.waitForResponse(isApi('movements.delete'));
    await popup.getByRole('button', { name: 'Xóa', exact: true }).click();
    const response = await answered;
    await expect(popup).toHaveCount(0);
    return response;
  }

  /** “Tạo từ kế hoạch mẫu” → the preset whose label starts with `label`; lands on the new movement. */
  async createFromPreset(label: string): Promise<void> {
    await this.main.getByRole('button', { name: 'Tạo từ kế hoạch mẫu' }).click();
    await expect(this.dialog).toBeVisible();
    const answered = this.page.waitForResponse(isApi('movements.createFromPreset'));
    await this.dialog.getByRole('button', { name: new RegExp(`^Tạo từ mẫu ${label}`) }).click();
    expect((await answered).ok()).toBe(true);
    await expect(this.dialog).toBeHidden();
    await expect(this.tab('Thông tin chung')).toBeVisible();
  }

  /** A tab; with an error in its fields its name ends with “(có lỗi)”. */
  tab(name: MovementTabName): Locator {
    return this.main.getByRole('tab', { name: new RegExp(`^${name}( \\(có lỗi\\))?$`) });
  }

  /** The open tab's content. */
  get panel(): Locator {
    return this.main.getByRole('tabpanel').filter({ visible: true });
  }

  async openTab(name: MovementTabName): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** A field of the movement form, inside `within` (a card, a rule) or the open tab. */
  field(label: string, within: Locator = this.panel): Locator {
    return within.getByLabel(label, { exact: true });
  }

  /** The inline error of a form field (Ant Design puts it under the input). */
  fieldError(label: string, within: Locator = this.panel): Locator {
    return within
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }

  /** A card of a list in the editor (“Đợt 2”, “Thời hạn 1”…), by its title. */
  card(title: string): Locator {
    return this.panel
      .locator('.movement-item-card')
      .filter({ has: this.page.locator('.ant-card-head-title').getByText(title, { exact: true }) });
  }

  /** “Chỉ tiêu n” on the “Chỉ tiêu” tab. */
  rule(n: number): Locator {
    return this.panel.getByRole('group', { name: `Chỉ tiêu ${n}`, exact: true });
  }

  async editRule(n: number): Promise<Locator> {
    const rule = this.rule(n);
    const toggle = rule.getByRole('button', { name: 'Sửa' });
    if (await toggle.isVisible()) await toggle.click();
    await expect(rule.getByRole('button', { name: 'Thu gọn' })).toBeVisible();
    return rule;
  }

  /** Types a date as people do (dd/mm/yyyy). */
  async typeDate(input: Locator, value: string): Promise<void> {
    await input.click();
    await input.fill(value);
    await input.press('Tab');
    await expect(input).toHaveValue(value);
  }

  /** Clicks “Lưu phong trào” and returns the server's answer. */
  async save(): Promise<Response> {
    const answered = this.page.waitForResponse(isApi('movements.update'));
    await this.saveButton.click();
    return answered;
  }

  /** A unit's row on the quota board. */
  boardRow(unit: string): Locator {
    return this.board
      .locator('.board-table tbody tr')
      .filter({ has: this.page.locator('.board-unit-name').getByText(unit, { exact: true }) });
  }

  /** The bar of one limit in a unit's row (“Tập thể”, “Cá nhân”, “Tổng gộp”). */
  bar(unit: string, limit: string): Locator {
    return this.boardRow(unit)
      .locator('.limit-bar')
      .filter({ has: this.page.locator('.limit-bar-label').getByText(limit, { exact: true }) });
  }

  /** Picks an option of an Ant Design Select: the visible item carries the title. */
  private async pickOption(field: Locator, search: string | null, option: string): Promise<void> {
    await field.click();
    if (search !== null) await field.fill(search);
    await this.page
      .locator('.ant-select-dropdown')
      .filter({ visible: true })
      .getByTitle(option, { exact: true })
      .click();
    await expect(this.page.locator('.ant-select-dropdown').filter({ visible: true })).toHaveCount(
      0,
    );
  }

  /** Quick entry on the “Đề nghị” tab: the choices stay for the next one; Enter adds. */
  async addNomination(n: QuickNomination): Promise<void> {
    const form = this.quickAdd;
    await this.pickOption(form.getByLabel('Đơn vị đề nghị'), n.unitSearch ?? n.unit, n.unit);
    await this.pickOption(form.getByLabel('Hình thức'), null, n.form);
    await this.pickOption(form.getByLabel('Đối tượng'), null, n.subject);
    await this.addByName(n.name);
  }

  /** Types only the name (unit, form and subject kept from the last entry) and presses Enter. */
  async addByName(name: string): Promise<void> {
    const input = this.quickAdd.getByLabel('Tên tập thể, cá nhân');
    await input.fill(name);
    const answered = this.page.waitForResponse(isApi('nominations.create'));
    await input.press('Enter');
    expect((await answered).ok()).toBe(true);
    await expect(this.nominationRow(name)).toBeVisible();
    // Ready for the next one: the name is cleared and keeps the focus.
    await expect(input).toHaveValue('');
    await expect(input).toBeFocused();
  }

  nominationRow(name: string): Locator {
    return this.nominationsTable
      .getByRole('row')
      .filter({ has: this.page.locator('.nomination-name').getByText(name, { exact: true }) });
  }

  async deleteNomination(name: string): Promise<void> {
    await this.nominationRow(name)
      .getByRole('button', { name: `Xóa đề nghị ${name}` })
      .click();
    const popup = this.page.getByRole('tooltip').filter({ visible: true });
    const answered = this.page.waitForResponse(isApi('nominations.delete'));
    await popup.getByRole('button', { name: 'Xóa', exact: true }).click();
    expect((await answered).ok()).toBe(true);
    await expect(popup).toHaveCount(0);
    await expect(this.nominationRow(name)).toHaveCount(0);
  }
}
