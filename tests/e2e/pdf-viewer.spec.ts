import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { binhThuanAgency } from '../helpers/agency';
import { pageCount, poppler } from '../helpers/pdf-tools';
import { expect, test, type AppServer } from './fixtures';
import { PdfViewerPage } from './pages/pdf-viewer-page';
import { ShellPage } from './pages/shell-page';

/** Files the test reads back (outside test-results/, which another Playwright run may empty). */
let work = '';
test.beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-pdf-viewer-'));
});
test.afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** `pdfinfo -f 1 -l N`: each page's size in whole points, e.g. `595 x 842`. */
const pageSizes = (file: string): string[] => {
  const count = pageCount(file);
  const info = poppler('pdfinfo', ['-f', '1', '-l', String(count), file]);
  // Chromium's print-to-PDF snaps sizes to its pixel grid (595.28 pt → 594.96 pt).
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
    (m) => `${Math.round(Number(m[1]))} x ${Math.round(Number(m[2]))}`,
  );
};

/** A Quyết định long enough for several pages, issued through the API like a script would. */
async function issueLongDecision(server: AppServer): Promise<{ id: number; pdf: Buffer }> {
  const { movementId } = await server.call('demo.load', {});
  await server.call('settings.update', binhThuanAgency({ userName: '' }));
  const unit = (await server.call('units.list', {}))[0]!;
  const ids: number[] = [];
  for (let i = 1; i <= 90; i += 1) {
    const created = await server.call('nominations.create', {
      movementId,
      proposingUnitId: unit.id,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'ca_nhan',
      fullName: `Nguyễn Văn Thành ${i}`,
      gender: 'nam',
      position: 'Chuyên viên',
      workplace: 'Sở Nội vụ tỉnh Bình Thuận',
    });
    ids.push(created.id);
  }
  const issued = await server.call('documents.issueDecision', {
    movementId,
    nominationIds: ids,
    number: 7,
    date: '2026-11-20',
  });
  const file = await server.call('documents.decisionPdf', { id: issued.id });
  return { id: issued.id, pdf: Buffer.from(file.contentBase64, 'base64') };
}

/** Share of dark pixels in a rendered page canvas (0 = blank). */
const inkOf = (page: Page, pageNumber: number) =>
  page.evaluate((n) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-pdf-page="${n}"] canvas`);
    if (!canvas || canvas.width === 0) return 0;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! + data[i + 1]! + data[i + 2]! < 384) dark += 1;
    }
    return dark / (data.length / 4);
  }, pageNumber);

test('PDF của Quyết định mở trong trình xem: số trang, hình trang, tải về, in', async ({
  page,
  server,
}) => {
  const { pdf } = await issueLongDecision(server);
  const serverFile = path.join(work, 'server.pdf');
  fs.writeFileSync(serverFile, pdf);
  const count = pageCount(serverFile);
  // Long enough that the viewer must draw pages lazily.
  expect(count).toBeGreaterThanOrEqual(4);

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const shell = new ShellPage(page);
  await shell.open(server.appUrl);
  await shell.goTo('Văn bản');
  await shell.main.getByRole('tab', { name: 'Sổ văn bản đã ban hành' }).click();
  const row = shell.main.locator('.documents-register tbody tr.ant-table-row').first();
  await row.getByRole('button', { name: 'PDF' }).click();

  const viewer = page.getByRole('dialog', { name: /^quyet-dinh-.*\.pdf$/ });
  await expect(viewer).toBeVisible();
  const indicator = viewer.getByTestId('pdf-page-indicator');
  await expect(indicator).toHaveText(`Trang 1/${count}`);
  await expect(viewer.locator('[data-pdf-page]')).toHaveCount(count);
  await expect(viewer.locator('[data-pdf-page="1"] canvas')).toHaveCount(1);
  // pdf.js parses in its own worker, a same-origin script the build ships (not on the main thread).
  expect(workers).toEqual([expect.stringMatching(/\/assets\/pdf\.worker\.min-[\w-]+\.js$/)]);
  const ink = await inkOf(page, 1);
  expect(ink, 'trang 1 có chữ').toBeGreaterThan(0.002);
  expect(ink, 'trang 1 không đen kịt').toBeLessThan(0.3);
  // Lazy: the last page is not drawn while the first is on screen.
  await expect(viewer.locator(`[data-pdf-page="${count}"] canvas`)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('pdf-viewer.png') });

  // Scrolling to the end: the indicator follows, the last page is drawn, the first released.
  const scroller = viewer.locator('.pdf-viewer-scroll');
  await scroller.evaluate((node) => node.scrollTo({ top: node.scrollHeight }));
  await expect(indicator).toHaveText(`Trang ${count}/${count}`);
  await expect(viewer.locator(`[data-pdf-page="${count}"] canvas`)).toHaveCount(1);
  await expect(viewer.locator('[data-pdf-page="1"] canvas')).toHaveCount(0);
  await expect.poll(() => inkOf(page, count)).toBeGreaterThan(0.001);
  await scroller.focus();
  await page.keyboard.press('PageUp');
  await expect(indicator).toHaveText(`Trang ${count - 1}/${count}`);
  await scroller.evaluate((node) => node.scrollTo({ top: 0 }));
  await expect(indicator).toHaveText(`Trang 1/${count}`);
  await page.keyboard.press('PageDown');
  await expect(indicator).toHaveText(`Trang 2/${count}`);

  // Zoom: 100 % is the paper's real size (A4 width 595 pt = 793 CSS px).
  await viewer.getByRole('button', { name: '100 %' }).click();
  await expect(viewer.locator('[data-pdf-page="2"]')).toHaveCSS('width', /^79[23]px$/);
  await viewer.getByRole('button', { name: 'Phóng to' }).click();
  await expect(viewer.locator('.pdf-viewer-zoom')).toHaveText('110 %');
  await viewer.getByRole('button', { name: 'Vừa chiều rộng' }).click();

  // "Tải về": the server's own bytes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    viewer.getByRole('button', { name: 'Tải về' }).click(),
  ]);
  const downloaded = path.join(work, 'tai-ve.pdf');
  await download.saveAs(downloaded);
  expect(fs.readFileSync(downloaded).equals(pdf)).toBe(true);

  // "In": one print image per page at about 200 dpi, then the print dialog (headless Chromium
  // returns from window.print() at once and fires no afterprint, so the images stay to check).
  await viewer.getByRole('button', { name: 'In', exact: true }).click();
  const sheets = page.locator('.pdf-print-root .pdf-print-sheet img');
  await expect(sheets).toHaveCount(count);
  const widths = await sheets.evaluateAll((images) =>
    images.map((image) => (image as HTMLImageElement).naturalWidth),
  );
  // A4 portrait: 595.28 pt × 200 / 72.
  expect(widths).toEqual(Array.from({ length: count }, () => 1654));

  // On paper only the pages: the app and the viewer are hidden.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-layout')).toBeHidden();
  await expect(viewer).toBeHidden();
  await expect(page.locator('.pdf-print-root')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('pdf-print.png'), fullPage: true });
  // Chromium's own print-to-PDF of the page: one sheet per PDF page, at the PDF's page size.
  const printed = path.join(work, 'ban-in.pdf');
  await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
  expect(pageSizes(printed)).toEqual(pageSizes(serverFile));
  const printedText = poppler('pdftotext', ['-f', '1', '-l', '1', printed, '-']);
  expect(printedText.trim(), 'bản in là ảnh các trang, không có chữ của ứng dụng').toBe('');
  await page.emulateMedia({ media: 'screen' });

  // Esc closes the viewer and clears the print images.
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(page.locator('.pdf-print-root')).toHaveCount(0);

  // Ctrl+P while the viewer is open prints the PDF, not the app.
  await row.getByRole('button', { name: 'PDF' }).click();
  await expect(indicator).toHaveText(`Trang 1/${count}`);
  await page.keyboard.press('Control+p');
  await expect(sheets).toHaveCount(count);
});

/** A dossier with these files attached, open on its screen. */
async function openDossierWith(
  page: Page,
  server: AppServer,
  files: { fileName: string; content: Buffer }[],
): Promise<ShellPage> {
  const { movementId } = await server.call('demo.load', {});
  const unit = (await server.call('units.list', {}))[0]!;
  const dossier = await server.call('dossiers.create', {
    receivedDate: '2026-11-02',
    proposingUnitId: unit.id,
    movementId,
    procedure: 'don_gian',
    awardFormCodes: ['bk_chu_tich_tinh'],
  });
  for (const file of files) {
    await server.call('dossiers.attachFile', {
      dossierId: dossier.id,
      fileName: file.fileName,
      contentBase64: file.content.toString('base64'),
    });
  }
  const shell = new ShellPage(page);
  await shell.open(server.appUrl);
  await page.evaluate((id) => {
    window.location.hash = `#/ho-so/${id}`;
  }, dossier.id);
  return shell;
}

test('tệp PDF hỏng: trình xem báo lỗi rõ ràng, vẫn tải về được', async ({ page, server }) => {
  const junk = Buffer.from('Đây không phải tệp PDF.\n', 'utf8');
  const shell = await openDossierWith(page, server, [
    { fileName: 'to-trinh-hong.pdf', content: junk },
  ]);
  await shell.main.getByRole('button', { name: 'Mở tệp to-trinh-hong.pdf' }).click();

  const viewer = page.getByRole('dialog', { name: 'to-trinh-hong.pdf' });
  await expect(viewer.getByRole('alert')).toContainText(
    'Không đọc được tệp PDF “to-trinh-hong.pdf”: tệp bị hỏng hoặc không phải PDF.',
  );
  await expect(viewer.getByRole('button', { name: 'In', exact: true })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('pdf-viewer-loi.png') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    viewer.getByRole('button', { name: 'Tải về' }).click(),
  ]);
  expect(fs.readFileSync(await download.path()).equals(junk)).toBe(true);
});

test('trang khổ A3 ngang in đúng khổ giấy của tệp', async ({ page, server }) => {
  // The calibration page of the Bằng khen blank: A3 landscape, made by the server.
  const layouts = await server.call('documents.certificateLayouts', {});
  const a3 = layouts.find(
    (l) => l.layout.pageSize === 'A3' && l.layout.orientation === 'landscape',
  );
  expect(a3, 'có mẫu phôi khổ A3 ngang').toBeDefined();
  const file = await server.call('documents.certificateCalibrationPdf', { kind: a3!.kind });
  const content = Buffer.from(file.contentBase64, 'base64');
  const source = path.join(work, 'a3.pdf');
  fs.writeFileSync(source, content);
  expect(pageSizes(source)).toEqual(['1191 x 842']);

  const shell = await openDossierWith(page, server, [{ fileName: 'can-chinh-a3.pdf', content }]);
  await shell.main.getByRole('button', { name: 'Mở tệp can-chinh-a3.pdf' }).click();
  const viewer = page.getByRole('dialog', { name: 'can-chinh-a3.pdf' });
  await expect(viewer.getByTestId('pdf-page-indicator')).toHaveText('Trang 1/1');
  await expect.poll(() => inkOf(page, 1)).toBeGreaterThan(0.001);
  // Fit width: a landscape page as wide as the view, shorter than it is wide.
  const box = (await viewer.locator('[data-pdf-page="1"]').boundingBox())!;
  expect(box.width / box.height).toBeCloseTo(420 / 297, 2);
  await page.screenshot({ path: test.info().outputPath('pdf-viewer-a3.png') });

  await viewer.getByRole('button', { name: 'In', exact: true }).click();
  await expect(page.locator('.pdf-print-root .pdf-print-sheet img')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const printed = path.join(work, 'a3-in.pdf');
  await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
  expect(pageSizes(printed)).toEqual(['1191 x 842']);
  await page.emulateMedia({ media: 'screen' });

  const download = await new PdfViewerPage(page).downloadAndClose();
  expect(download.suggestedFilename()).toBe('can-chinh-a3.pdf');
  expect(fs.readFileSync(await download.path()).equals(content)).toBe(true);
  await expect(page.locator('.pdf-print-root')).toHaveCount(0);
});
