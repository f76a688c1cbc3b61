import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The “Cài đặt” screen: agency, signer and user, with a live signature-block preview. */
export class SettingsPage {
  readonly shell: ShellPage;
  readonly form: Locator;
  readonly saveButton: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    const main = page.getByRole('main');
    this.form = main.locator('form');
    this.saveButton = main.getByRole('button', { name: 'Lưu', exact: true });
    this.preview = main.getByRole('region', { name: 'Xem trước khối chữ ký' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Cài đặt');
    await expect(this.field('Tên cơ quan ban hành văn bản')).toBeVisible();
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  /** “Hình thức ký thay”: picks the option whose text starts with `code` (KT., TL., …). */
  async chooseDelegation(optionText: string): Promise<void> {
    await this.field('Hình thức ký thay').click();
    await this.page.getByTitle(optionText, { exact: true }).filter({ visible: true }).click();
    await expect(this.form.getByTitle(optionText, { exact: true })).toBeVisible();
  }

  /** Saves and waits for the server's answer. */
  async save(): Promise<boolean> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/settings.update'));
    await this.saveButton.click();
    return (await answered).ok();
  }

  /** Lines of the preview, top to bottom, as printed. */
  async previewLines(): Promise<string[]> {
    return this.preview.locator('div').allTextContents();
  }

  fieldError(label: string): Locator {
    return this.form
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }
}
