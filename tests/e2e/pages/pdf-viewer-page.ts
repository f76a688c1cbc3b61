import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The in-app PDF viewer (renderer/src/features/pdf-viewer) that PDFs open in. */
export class PdfViewerPage {
  readonly dialog: Locator;
  readonly pageIndicator: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator('[role="dialog"].pdf-viewer-modal');
    this.pageIndicator = this.dialog.getByTestId('pdf-page-indicator');
  }

  /** Waits for a PDF to be shown, saves it with “Tải về” and closes the viewer. */
  async downloadAndClose(): Promise<Download> {
    await expect(this.pageIndicator).toHaveText(/^Trang \d+\/\d+$/);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.dialog.getByRole('button', { name: 'Tải về' }).click(),
    ]);
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
    return download;
  }
}
