import { expect, type Download, type Locator, type Page, type Response } from '@playwright/test';
import { ShellPage } from './shell-page';

export interface NewDossier {
  /** dd/mm/yyyy */
  receivedDate: string;
  /** Exact unit name; `unitSearch` is what is typed to find it (no diacritics needed). */
  unit: string;
  unitSearch: string;
  documentNumber?: string;
  /** Typed into “Phong trào”; the one match is chosen. */
  movementSearch: string;
  movement: string;
  /** Award form names, each typed and chosen. */
  forms: { search: string; name: string }[];
}

export type ChecklistChoice = 'Đã nhận' | 'Thiếu' | 'Không áp dụng';

const isApi = (method: string) => (response: Response) =>
  response.url().endsWith(`/api/${method}`) && response.request().method() === 'POST';

/** The “Hồ sơ” screens: the register, one dossier, the Excel import, the intake board. */
export class DossiersPage {
  readonly shell: ShellPage;
  readonly main: Locator;
  readonly register: Locator;
  readonly checklist: Locator;
  readonly grid: Locator;
  readonly gridRows: Locator;
  readonly importCard: Locator;
  readonly preview: Locator;
  readonly intakeTable: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.register = this.main.getByRole('table', { name: 'Sổ theo dõi hồ sơ đến' });
    this.checklist = this.main.getByRole('list', { name: 'Danh mục giấy tờ' });
    this.grid = this.main.locator('.nominations-grid');
    // The grid is virtual: its rows are drawn as div rows, only those on screen.
    this.gridRows = this.grid.locator('.ant-table-tbody-virtual .ant-table-row');
    this.importCard = this.main.locator('.dossier-import');
    this.preview = page.getByRole('dialog', { name: /^Đọc thử:/ });
    this.intakeTable = this.main.locator('.intake-table');
  }

  async openRegister(): Promise<void> {
    await this.shell.goTo('Hồ sơ');
  }

  /** A dropdown that is open and settled; its option with this title. */
  private option(title: string): Locator {
    return this.page
      .locator('.ant-select-dropdown')
      .filter({ visible: true })
      .getByTitle(title, { exact: true });
  }

  /**
   * Chooses an Ant Design Select option by keyboard: type, wait for the one match, Enter.
   * (A click can land while the dropdown still moves.)
   */
  async choose(field: Locator, search: string, option: string): Promise<void> {
    await field.click();
    await field.fill(search);
    await expect(this.option(option)).toBeVisible();
    await field.press('Enter');
  }

  /** Types a date as people do (dd/mm/yyyy) and leaves the field. */
  async typeDate(input: Locator, value: string): Promise<void> {
    await input.click();
    await input.fill(value);
    await input.press('Tab');
    await expect(input).toHaveValue(value);
  }

  /** “Vào sổ hồ sơ” → the form → “Vào sổ”; lands on the new dossier. */
  async createDossier(d: NewDossier): Promise<void> {
    await this.main.getByRole('button', { name: 'Vào sổ hồ sơ' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Vào sổ hồ sơ đến' });
    await expect(dialog).toBeVisible();
    // The unit is what people choose first: it has the focus.
    await expect(dialog.getByLabel('Đơn vị đề nghị')).toBeFocused();
    await this.typeDate(dialog.getByLabel('Ngày nhận'), d.receivedDate);
    await this.choose(dialog.getByLabel('Đơn vị đề nghị'), d.unitSearch, d.unit);
    if (d.documentNumber) await dialog.getByLabel('Số tờ trình').fill(d.documentNumber);
    await this.choose(dialog.getByLabel('Phong trào'), d.movementSearch, d.movement);
    const forms = dialog.getByLabel('Hình thức đề nghị');
    for (const form of d.forms) await this.choose(forms, form.search, form.name);
    // Tab, not Escape: an Escape after the list has closed would close the whole dialog.
    await forms.press('Tab');
    const created = this.page.waitForResponse(isApi('dossiers.create'));
    // Enter in a text field saves.
    await dialog.getByLabel('Số tờ trình').press('Enter');
    expect((await created).ok()).toBe(true);
    await expect(dialog).toBeHidden();
  }

  /** The state switch of one checklist item. */
  checklistItem(label: string): Locator {
    return this.checklist.getByRole('radiogroup', { name: `Tình trạng: ${label}`, exact: true });
  }

  async mark(label: string, choice: ChecklistChoice): Promise<void> {
    const item = this.checklistItem(label);
    const saved = this.page.waitForResponse(isApi('dossiers.setChecklistItem'));
    // The radio input is hidden under its button face: click the face.
    await item.locator('label').filter({ hasText: choice }).click();
    if (choice === 'Không áp dụng') {
      const ask = this.page.getByRole('dialog', { name: /^Không áp dụng:/ });
      await expect(ask).toBeVisible();
      await ask.getByRole('button', { name: 'Lưu' }).click();
    }
    expect((await saved).ok()).toBe(true);
    await expect(item.getByRole('radio', { name: choice })).toBeChecked();
  }

  /** Clicks a status button and confirms; returns the dialog (still open when refused). */
  async moveTo(status: string, reason?: string): Promise<{ dialog: Locator; response: Response }> {
    await this.main.getByRole('button', { name: `Chuyển hồ sơ sang “${status}”` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Chuyển hồ sơ sang “${status}”` });
    await expect(dialog).toBeVisible();
    if (reason) await dialog.getByLabel(/^Lý do/).fill(reason);
    const answered = this.page.waitForResponse(isApi('dossiers.setStatus'));
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    return { dialog, response: await answered };
  }

  /** Runs `action` and returns the download it starts. */
  async download(action: () => Promise<void>): Promise<Download> {
    const started = this.page.waitForEvent('download');
    await action();
    return started;
  }

  /** Drops an Excel file on the import zone (or, with the preview open, “Chọn lại tệp đã sửa”). */
  async uploadList(name: string, buffer: Buffer): Promise<void> {
    const previewOpen = await this.preview.isVisible();
    const input = previewOpen
      ? this.preview.locator('input[type=file]')
      : this.importCard.locator('.import-dropzone input[type=file]');
    const read = this.page.waitForResponse(isApi('imports.preview'));
    await input.setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    expect((await read).ok()).toBe(true);
    await expect(this.preview).toBeVisible();
  }

  commitButton(): Locator {
    return this.preview.getByRole('button', { name: /^Nhập \d+ trường hợp$/ });
  }

  /** A row of the (virtual) nominations grid, by the name it shows. */
  gridRow(name: string): Locator {
    return this.gridRows.filter({
      has: this.page.locator('.nomination-name').getByText(name, { exact: true }),
    });
  }

  intakeRow(unit: string): Locator {
    return this.intakeTable
      .locator('tbody tr')
      .filter({ has: this.page.locator('.intake-unit').getByText(unit, { exact: true }) });
  }
}
