import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { DossiersPage } from './pages/dossiers-page';

/** Names as the demo creates them (electron/core/demo/binh-thuan-units.ts, shared/presets). */
const TUY_PHONG = 'UBND huyện Tuy Phong';
const BAC_BINH = 'UBND huyện Bắc Bình';
const MOVEMENT = 'phòng, chống và chiến thắng đại dịch COVID-19';
const BK_TINH = 'Bằng khen của Chủ tịch UBND tỉnh';
const BK_TTG = 'Bằng khen của Thủ tướng Chính phủ';
const MANDATORY = [
  'Tờ trình đề nghị khen thưởng',
  'Danh sách đề nghị khen thưởng kèm theo Tờ trình',
  'Báo cáo thành tích của tập thể, cá nhân có xác nhận của cấp trình khen',
  'Biên bản xét khen thưởng của Hội đồng Thi đua - Khen thưởng cấp trình',
];

/** A unit's list as people fill it: one sheet of individuals, headers on row 1. */
async function candidateList(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cá nhân');
  sheet.addRow([
    'STT',
    'Họ và tên',
    'Giới tính',
    'Ngày sinh (hoặc năm sinh)',
    'Chức vụ',
    'Đơn vị công tác',
    'Hình thức khen thưởng',
  ]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const VALID_ROWS = [
  [1, 'Nguyễn Văn An', 'Nam', '09/02/1988', 'Bác sĩ', 'Trung tâm Y tế huyện Tuy Phong', BK_TINH],
  [2, 'Trần Thị Bình', 'Nữ', '1975', 'Điều dưỡng trưởng', 'Trạm Y tế xã Phan Dũng', BK_TTG],
];
/** 31/02 does not exist: the third data row (Excel row 4) is refused. */
const IMPOSSIBLE_DATE_ROW = [
  3,
  'Lê Văn Cường',
  'Nam',
  '31/02/1990',
  'Công an viên',
  'Công an xã Phước Thể',
  BK_TINH,
];

test('vào sổ hồ sơ, kiểm giấy tờ, nhập danh sách Excel (lỗi dòng 4 → sửa → nhập), theo dõi nộp', async ({
  page,
  server,
}, testInfo) => {
  const dossiers = new DossiersPage(page);
  await dossiers.shell.open(server.appUrl);

  // An empty app: the demo creates the Bình Thuận 2021 movement and its units.
  const loaded = page.waitForResponse((r) => r.url().endsWith('/api/demo.load'));
  await dossiers.main.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  expect((await loaded).ok()).toBe(true);
  await expect(dossiers.main.getByRole('tab', { name: 'Bảng chỉ tiêu' })).toBeVisible();

  await dossiers.openRegister();
  await expect(dossiers.register).toContainText('Chưa có hồ sơ nào');

  // Received on 02/12/2021: the plan says “trước ngày 30/11/2021”, so three days late.
  await dossiers.createDossier({
    receivedDate: '02/12/2021',
    unit: TUY_PHONG,
    unitSearch: 'tuy phong',
    documentNumber: '125/TTr-UBND',
    movementSearch: 'chien thang dai dich',
    movement: `Triển khai phong trào thi đua đặc biệt “Toàn dân đoàn kết, chung sức, đồng lòng thi đua ${MOVEMENT}”`,
    forms: [
      { search: 'chu tich ubnd tinh', name: BK_TINH },
      { search: 'thu tuong', name: BK_TTG },
    ],
  });
  await expect(dossiers.shell.pageHeading).toHaveText(`Hồ sơ số 1/2021 — ${TUY_PHONG}`);
  expect(new URL(page.url()).hash).toMatch(/^#\/ho-so\/\d+$/);
  await expect(dossiers.main.locator('.dossier-late')).toHaveText(
    'Nộp muộn 3 ngày so với hạn nộp hồ sơ 30/11/2021 (mục IV.4)',
  );

  // The checklist of the normal procedure (NĐ 91/2017 on the received date), all missing.
  for (const label of MANDATORY) {
    await expect(dossiers.checklistItem(label).getByRole('radio', { name: 'Thiếu' })).toBeChecked();
  }

  // “Hợp lệ” is refused while mandatory documents are missing, and says which.
  const refused = await dossiers.moveTo('Hợp lệ');
  expect(refused.response.status()).toBe(400);
  const refusal = refused.dialog.getByRole('alert');
  await expect(refusal).toContainText('Chưa thể xác nhận hợp lệ: còn thiếu');
  for (const label of MANDATORY) await expect(refusal).toContainText(`“${label}”`);
  await refused.dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(refused.dialog).toBeHidden();

  for (const label of MANDATORY) await dossiers.mark(label, 'Đã nhận');
  await dossiers.mark(
    'Xác nhận của cơ quan có thẩm quyền về thành tích xuất sắc đột xuất (nếu có)',
    'Không áp dụng',
  );
  await expect(dossiers.main.locator('.dossier-checklist')).not.toContainText('mục bắt buộc');

  // The template for this movement.
  const template = await dossiers.download(() =>
    dossiers.importCard.getByRole('button', { name: 'Tải tệp mẫu' }).click(),
  );
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/);

  // A list with an impossible date: the exact cell is named, nothing can be imported.
  await dossiers.uploadList(
    'danh-sach-tuy-phong.xlsx',
    await candidateList([...VALID_ROWS, IMPOSSIBLE_DATE_ROW]),
  );
  await expect(dossiers.preview).toContainText(
    "Sheet 'Cá nhân', dòng 4, cột D (Ngày sinh (hoặc năm sinh)): Ngày sinh “31/02/1990” không có thật",
  );
  await expect(dossiers.preview).toContainText('chưa nhập dòng nào');
  await expect(dossiers.commitButton()).toBeDisabled();

  // The picture of the preview with its error (for people reviewing the screen).
  const screenshots = path.join(testInfo.project.outputDir, 'screenshots');
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, 'dossier-import-preview.png') });

  // The corrected file: clean, then imported — all rows at once.
  await dossiers.uploadList('danh-sach-tuy-phong-da-sua.xlsx', await candidateList(VALID_ROWS));
  await expect(dossiers.preview).toContainText('Tệp không có lỗi');
  await expect(dossiers.preview).toContainText('Trần Thị Bình');
  await expect(dossiers.commitButton()).toHaveText('Nhập 2 trường hợp');
  await expect(dossiers.commitButton()).toBeEnabled();
  const committed = page.waitForResponse((r) => r.url().endsWith('/api/imports.commit'));
  await dossiers.commitButton().click();
  expect((await committed).ok()).toBe(true);
  await expect(dossiers.preview).toBeHidden();
  await expect(dossiers.gridRows).toHaveCount(2);
  await expect(dossiers.grid).toContainText('Nguyễn Văn An');
  await expect(dossiers.grid).toContainText('09/02/1988');
  await expect(dossiers.grid).toContainText('1975');
  await expect(dossiers.main.getByRole('heading', { name: 'Danh sách đề nghị (2)' })).toBeVisible();

  // A CCCD added by hand stays hidden until asked for.
  await dossiers
    .gridRow('Nguyễn Văn An')
    .getByRole('button', { name: 'Sửa Nguyễn Văn An' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Sửa trường hợp đề nghị' });
  await expect(edit.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await edit.getByLabel('Số CCCD').fill('048088001234');
  const updated = page.waitForResponse((r) => r.url().endsWith('/api/nominations.update'));
  await edit.getByLabel('Số CCCD').press('Enter');
  expect((await updated).ok()).toBe(true);
  await expect(edit).toBeHidden();
  await expect(dossiers.grid).not.toContainText('048088001234');
  await dossiers.main.getByRole('switch', { name: 'Hiện số CCCD' }).click();
  await expect(dossiers.gridRow('Nguyễn Văn An')).toContainText('048088001234');

  // Search without diacritics narrows the grid.
  await dossiers.main.getByLabel('Tìm trong danh sách').fill('binh');
  await expect(dossiers.gridRows).toHaveCount(1);
  await expect(dossiers.gridRow('Trần Thị Bình')).toBeVisible();
  await dossiers.main.getByLabel('Tìm trong danh sách').fill('');
  await expect(dossiers.gridRows).toHaveCount(2);

  // The list goes out as Excel.
  const list = await dossiers.download(() =>
    dossiers.main
      .locator('.dossier-nominations')
      .getByRole('button', { name: 'Xuất Excel' })
      .click(),
  );
  expect(list.suggestedFilename()).toMatch(/\.xlsx$/);

  // Every document in, a list attached: now it is valid.
  const accepted = await dossiers.moveTo('Hợp lệ');
  expect(accepted.response.ok()).toBe(true);
  await expect(accepted.dialog).toBeHidden();
  await expect(dossiers.main.locator('.dossier-header-line .dossier-status')).toHaveText('Hợp lệ');

  // Back to the register, then the intake board of the movement.
  await dossiers.main
    .getByRole('navigation', { name: 'Vị trí' })
    .getByRole('link', { name: 'Hồ sơ đề nghị khen thưởng' })
    .click();
  const row = dossiers.register.getByRole('row').filter({ hasText: '1/2021' });
  await expect(row).toContainText(TUY_PHONG);
  await expect(row).toContainText('Hợp lệ');
  await expect(row).toContainText('3 ngày');
  const register = await dossiers.download(() =>
    dossiers.main.getByRole('button', { name: 'Xuất Excel' }).click(),
  );
  expect(register.suggestedFilename()).toMatch(/\.xlsx$/);

  await dossiers.main.getByRole('link', { name: 'Theo dõi nộp hồ sơ' }).click();
  await expect(dossiers.shell.pageHeading).toHaveText('Theo dõi nộp hồ sơ');
  await expect(dossiers.intakeRow(TUY_PHONG)).toContainText('Nộp muộn (3 ngày)');
  await expect(dossiers.intakeRow(BAC_BINH)).toContainText('Chưa nộp');
  await dossiers.main
    .getByRole('radiogroup', { name: 'Lọc theo tình trạng' })
    .locator('label')
    .filter({ hasText: /^Chưa nộp/ })
    .click();
  await expect(dossiers.intakeRow(TUY_PHONG)).toHaveCount(0);
  await expect(dossiers.intakeRow(BAC_BINH)).toBeVisible();
});

test('tệp không phải Excel: máy chủ nói rõ bằng tiếng Việt; bộ lọc của sổ nằm trên địa chỉ', async ({
  page,
  server,
}) => {
  const { movementId } = await server.call('demo.load', {});
  const units = await server.call('units.list', {});
  const unitId = (name: string) => units.find((u) => u.name === name)?.id ?? 0;
  const late = await server.call('dossiers.create', {
    receivedDate: '2021-12-02',
    proposingUnitId: unitId(TUY_PHONG),
    movementId,
    procedure: 'thuong',
    awardFormCodes: ['bk_chu_tich_tinh'],
  });
  await server.call('dossiers.create', {
    receivedDate: '2021-11-20',
    proposingUnitId: unitId(BAC_BINH),
    movementId,
    procedure: 'thuong',
    awardFormCodes: ['bk_chu_tich_tinh'],
  });

  const dossiers = new DossiersPage(page);
  await page.goto(server.appUrl);
  await page.goto(`${server.url}#/ho-so/${late.id}`);
  await expect(dossiers.shell.pageHeading).toHaveText(`Hồ sơ số 1/2021 — ${TUY_PHONG}`);
  await dossiers.uploadList('danh-sach.csv', Buffer.from('STT;Họ và tên\n1;Nguyễn Văn An\n'));
  await expect(dossiers.preview).toContainText('không phải tệp Excel .xlsx');
  await expect(dossiers.commitButton()).toBeDisabled();
  await dossiers.preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await expect(dossiers.preview).toBeHidden();

  // “Chỉ nộp muộn” from the address: only the dossier received after 30/11/2021.
  await page.goto(`${server.url}#/ho-so?muon=1`);
  await expect(dossiers.main.getByRole('checkbox', { name: 'Chỉ nộp muộn' })).toBeChecked();
  await expect(dossiers.register.locator('tbody tr.dossiers-row')).toHaveCount(1);
  await expect(dossiers.register).toContainText(TUY_PHONG);
  await dossiers.main.getByRole('checkbox', { name: 'Chỉ nộp muộn' }).uncheck();
  await expect(dossiers.register.locator('tbody tr.dossiers-row')).toHaveCount(2);
  expect(new URL(page.url()).hash).toBe('#/ho-so');
});
