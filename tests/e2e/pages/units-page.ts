import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { ShellPage } from './shell-page';

export interface UnitFields {
  name: string;
  /** Visible kind name, e.g. 'Huyện'; `kindSearch` is what is typed to find it. */
  kind: string;
  kindSearch?: string;
  shortName?: string;
  sector?: string;
  code?: string;
  /** Typed as dd/mm/yyyy. */
  validFrom?: string;
  validTo?: string;
  note?: string;
}

const isApi = (method: string) => (response: Response) =>
  response.url().endsWith(`/api/${method}`) && response.request().method() === 'POST';

/** The “Đơn vị” screen: tree, table, search, and the add/edit dialog. */
export class UnitsPage {
  readonly shell: ShellPage;
  readonly addButton: Locator;
  readonly addChildButton: Locator;
  readonly search: Locator;
  readonly showExpired: Locator;
  readonly tree: Locator;
  readonly table: Locator;
  readonly tableTitle: Locator;
  readonly dialog: Locator;
  readonly actionError: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    const main = page.getByRole('main');
    this.addButton = main.getByRole('button', { name: 'Thêm đơn vị', exact: true });
    this.addChildButton = main.getByRole('button', { name: 'Thêm đơn vị trực thuộc' });
    this.search = main.getByLabel('Tìm đơn vị');
    this.showExpired = main.getByRole('checkbox', { name: 'Hiện cả đơn vị đã hết hiệu lực' });
    this.tree = main.getByRole('tree', { name: 'Cây đơn vị trực thuộc' });
    this.table = main.getByRole('table');
    this.tableTitle = main.getByRole('heading', { level: 2 });
    this.dialog = page.getByRole('dialog');
    this.actionError = main.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.shell.goTo('Đơn vị');
  }

  /** A row of the table, found by the unit's exact name. */
  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.locator('.unit-name').getByText(name, { exact: true }) });
  }

  /** The table's unit names, top to bottom. */
  async rowNames(): Promise<string[]> {
    return this.table.locator('tbody .unit-name').allTextContents();
  }

  treeNode(name: string): Locator {
    return this.tree
      .getByRole('treeitem')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async selectInTree(name: string): Promise<void> {
    await this.tree.getByText(name, { exact: true }).click();
    await expect(this.tableTitle).toHaveText(`Đơn vị trực thuộc “${name}”`);
  }

  async expandInTree(name: string): Promise<void> {
    const node = this.treeNode(name);
    if ((await node.getAttribute('aria-expanded')) !== 'true') {
      await node.locator('.ant-tree-switcher').click();
    }
    await expect(node).toHaveAttribute('aria-expanded', 'true');
  }

  /** Types in the search box and waits for the server's answer to be shown. */
  async searchFor(text: string): Promise<void> {
    const answered = this.page.waitForResponse(
      (r) => isApi('units.list')(r) && r.request().postData()?.includes('"query"') === true,
    );
    await this.search.fill(text);
    await answered;
    await expect(this.tableTitle).toHaveText(/^Kết quả tìm “/);
    await expect(this.table.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  async clearSearch(): Promise<void> {
    await this.search.fill('');
    await expect(this.tableTitle).not.toHaveText(/^Kết quả tìm/);
  }

  /** Picks an option of an Ant Design Select/TreeSelect: the visible item carries the title. */
  /** Types to filter, waits for the option, then takes it with Enter (clicks on an opening dropdown flake). */
  private async pickOption(field: Locator, search: string, option: string): Promise<void> {
    await field.click();
    await field.fill(search);
    await expect(
      this.page.getByTitle(option, { exact: true }).filter({ visible: true }),
    ).toBeVisible();
    await field.press('Enter');
  }

  /** The tree picker takes no Enter: click the node, retrying if the dropdown was still opening. */
  private async pickTreeOption(field: Locator, search: string, option: string): Promise<void> {
    await expect(async () => {
      await field.click();
      await field.fill(search);
      await this.page
        .getByTitle(option, { exact: true })
        .filter({ visible: true })
        .click({ timeout: 5000 });
    }).toPass({ timeout: 30_000 });
  }

  async fillForm(fields: Partial<UnitFields> & { parent?: string | null }): Promise<void> {
    const d = this.dialog;
    if (fields.name !== undefined) await d.getByLabel('Tên đơn vị').fill(fields.name);
    if (fields.shortName !== undefined) await d.getByLabel('Tên viết tắt').fill(fields.shortName);
    if (fields.kind !== undefined) {
      await this.pickOption(
        d.getByLabel('Loại đơn vị'),
        fields.kindSearch ?? fields.kind,
        fields.kind,
      );
    }
    if (fields.parent !== undefined && fields.parent !== null) {
      await this.pickTreeOption(d.getByLabel('Đơn vị cấp trên'), fields.parent, fields.parent);
    }
    if (fields.sector !== undefined) {
      await d.getByLabel('Ngành, lĩnh vực').fill(fields.sector);
      // Tab, not Escape: an Escape after the suggestions closed would close the dialog.
      await d.getByLabel('Ngành, lĩnh vực').press('Tab');
    }
    if (fields.code !== undefined) await d.getByLabel('Mã đơn vị').fill(fields.code);
    if (fields.validFrom !== undefined) await this.typeDate('Hiệu lực từ ngày', fields.validFrom);
    if (fields.validTo !== undefined) await this.typeDate('Hiệu lực đến ngày', fields.validTo);
    if (fields.note !== undefined) await d.getByLabel('Ghi chú').fill(fields.note);
  }

  /** Types a date as people do (dd/mm/yyyy) instead of clicking in the calendar. */
  async typeDate(label: string, value: string): Promise<void> {
    const input = this.dialog.getByLabel(label);
    await input.click();
    await input.fill(value);
    await input.press('Tab');
    await expect(input).toHaveValue(value);
  }

  /** Clicks “Lưu” and waits for the server to accept and the dialog to close. */
  async saveDialog(method: 'units.create' | 'units.update' = 'units.create'): Promise<void> {
    const answered = this.page.waitForResponse(isApi(method));
    await this.dialog.getByRole('button', { name: 'Lưu' }).click();
    expect((await answered).ok()).toBe(true);
    await expect(this.dialog).toBeHidden();
  }

  /** “Thêm đơn vị” (top level) or, with `parent`, select it and “Thêm đơn vị trực thuộc”. */
  async addUnit(fields: UnitFields, parent?: string): Promise<void> {
    if (parent) {
      await this.selectInTree(parent);
      await this.addChildButton.click();
    } else {
      await this.addButton.click();
    }
    await expect(this.dialog).toBeVisible();
    await this.fillForm(fields);
    await this.saveDialog();
    await expect(this.row(fields.name)).toBeVisible();
  }

  async confirmDelete(name: string): Promise<Response> {
    await this.row(name)
      .getByRole('button', { name: `Xóa ${name}` })
      .click();
    const popup = this.page.getByRole('tooltip').filter({ visible: true });
    const answered = this.page.waitForResponse(isApi('units.delete'));
    await popup.getByRole('button', { name: 'Xóa', exact: true }).click();
    const response = await answered;
    // The confirmation fades out; wait until it is gone so the next one is not confused with it.
    await expect(popup).toHaveCount(0);
    return response;
  }

  /** The inline error of a form field (Ant Design puts it under the input). */
  fieldError(label: string): Locator {
    return this.dialog
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }
}
