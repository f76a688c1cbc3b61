import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { ShellPage } from './shell-page';

const isApi = (method: string) => (response: Response) =>
  response.url().endsWith(`/api/${method}`) && response.request().method() === 'POST';

/** The “Trùng lặp đối tượng đề nghị” screen (`#/ho-so/trung-lap`): suspected pairs and their resolution. */
export class DuplicatesPage {
  readonly shell: ShellPage;
  readonly main: Locator;
  readonly movement: Locator;
  readonly counts: Locator;
  readonly pairs: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.movement = this.main.getByLabel('Phong trào', { exact: true });
    this.counts = this.main.getByRole('region', { name: 'Số cặp nghi trùng' });
    // Only the pairs themselves (each card has its own list of evidence inside).
    this.pairs = this.main
      .getByRole('list', { name: 'Cặp nghi trùng' })
      .locator(':scope > [role="listitem"]');
    this.dialog = page.getByRole('dialog');
  }

  /** Opens the screen by its address (the server's URL, without the token: the page keeps it). */
  async open(baseUrl: string): Promise<void> {
    const loaded = this.page.waitForResponse(isApi('duplicates.list'));
    await this.page.goto(`${baseUrl}#/ho-so/trung-lap`);
    await expect(this.shell.pageHeading).toHaveText('Trùng lặp đối tượng đề nghị');
    expect((await loaded).ok()).toBe(true);
  }

  /** A count at the top (“Cặp nghi trùng”, “Lỗi: cùng đợt”, “Cảnh báo”). */
  count(title: string): Locator {
    return this.counts.locator('.ant-statistic').filter({
      has: this.page.locator('.ant-statistic-title').getByText(title, { exact: true }),
    });
  }

  /** The pair whose first side is named `name` (as typed, with its form of address). */
  pair(name: string): Locator {
    return this.pairs.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** The row of the comparison table (“Ngày/Năm sinh”…) of a pair: label, side 1, side 2. */
  compareRow(pair: Locator, label: string): Locator {
    return pair.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label }) });
  }

  /** “Khác người”: opens the dialog for the pair named `name`. */
  async openNotSame(name: string): Promise<void> {
    await this.pair(name)
      .getByRole('button', { name: `Khác người: ${name}` })
      .click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog).toContainText('Đây là hai đối tượng khác nhau');
  }

  /** “Gộp”: opens the dialog for the pair named `name`. */
  async openMerge(name: string): Promise<void> {
    await this.pair(name)
      .getByRole('button', { name: `Gộp: ${name}` })
      .click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog).toContainText('Gộp hai trường hợp, giữ lại một');
  }

  get reason(): Locator {
    return this.dialog.getByLabel('Lý do');
  }

  /** Confirms the open dialog with its main button; returns the server's answer. */
  async confirm(button: 'Xác nhận khác người' | 'Gộp và xóa trường hợp kia'): Promise<Response> {
    const answered = this.page.waitForResponse(isApi('duplicates.resolve'));
    await this.dialog.getByRole('button', { name: button }).click();
    const response = await answered;
    await expect(this.dialog).toBeHidden();
    return response;
  }
}

/** The “Tìm đối tượng đề nghị” screen (`#/ho-so/tim-kiem`). */
export class NominationSearchPage {
  readonly main: Locator;
  readonly box: Locator;
  readonly table: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.box = this.main.getByRole('searchbox', { name: 'Tìm đối tượng đề nghị' });
    this.table = this.main.locator('.nomination-search-table');
    this.status = this.main.getByRole('status');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/ho-so/tim-kiem`);
    await expect(this.main.getByRole('heading', { level: 1 })).toHaveText('Tìm đối tượng đề nghị');
    // The box takes the focus: a person types straight away.
    await expect(this.box).toBeFocused();
  }

  /** Types the way a person does (key by key) and waits for the answer to the whole text. */
  async search(text: string): Promise<void> {
    const answered = this.page.waitForResponse(
      (r) =>
        isApi('nominations.list')(r) &&
        (r.request().postDataJSON() as { query?: string }).query === text,
    );
    await this.box.pressSequentially(text);
    expect((await answered).ok()).toBe(true);
  }

  /** Result rows whose name cell reads exactly `name` (with its form of address, if any). */
  row(name: string): Locator {
    const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.table
      .locator('tbody tr')
      .filter({ has: this.page.locator('.search-name').filter({ hasText: exact }) });
  }
}

export interface PersonNomination {
  /** Exact unit name; `unitSearch` is typed to find it (no diacritics needed). */
  unit: string;
  unitSearch: string;
  form: string;
  honorific?: string;
  name: string;
  /** dd/mm/yyyy */
  birthDate?: string;
  position?: string;
  /** The start of the dossier's option (“Số đến 2/2021”). */
  dossier?: string;
}

/** The quick entry of the movement's “Đề nghị” tab, for a person (cá nhân) with the new fields. */
export class PersonEntryForm {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('main').locator('form#nomination-quick-add');
  }

  /** Picks an option of an Ant Design Select: the visible item carries the title. */
  private async pick(field: Locator, search: string | null, option: string | RegExp) {
    await field.click();
    if (search !== null) await field.fill(search);
    await this.page
      .locator('.ant-select-dropdown')
      .filter({ visible: true })
      .getByTitle(option, { exact: typeof option === 'string' })
      .click();
    await expect(this.page.locator('.ant-select-dropdown').filter({ visible: true })).toHaveCount(
      0,
    );
  }

  /** Fills the form and presses Enter in the name box; returns the server's answer. */
  async add(n: PersonNomination): Promise<Response> {
    await this.pick(this.form.getByLabel('Đơn vị đề nghị'), n.unitSearch, n.unit);
    await this.pick(this.form.getByLabel('Hình thức'), null, n.form);
    await this.pick(this.form.getByLabel('Đối tượng'), null, 'Cá nhân');
    if (n.dossier) {
      await this.pick(this.form.getByLabel('Hồ sơ'), null, new RegExp(`^${n.dossier}`));
    }
    if (n.honorific) await this.form.getByLabel('Danh xưng').fill(n.honorific);
    if (n.birthDate) {
      const date = this.form.getByLabel('Ngày sinh');
      await date.click();
      await date.fill(n.birthDate);
      await date.press('Tab');
      await expect(date).toHaveValue(n.birthDate);
    }
    if (n.position) await this.form.getByLabel('Chức vụ').fill(n.position);
    const name = this.form.getByLabel('Họ và tên');
    await name.fill(n.name);
    const answered = this.page.waitForResponse(isApi('nominations.create'));
    await name.press('Enter');
    const response = await answered;
    // Ready for the next person: the name is cleared and keeps the focus.
    await expect(name).toHaveValue('');
    await expect(name).toBeFocused();
    return response;
  }
}
