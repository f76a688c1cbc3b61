import { expect, test, type AppServer } from './fixtures';
import { DuplicatesPage, NominationSearchPage, PersonEntryForm } from './pages/duplicates-page';

/** Names as the demo creates them (electron/core/demo/binh-thuan-units.ts). */
const TUY_PHONG = 'UBND huyện Tuy Phong';
const SO_Y_TE = 'Sở Y tế';
const BK_TINH = 'Bằng khen của Chủ tịch UBND tỉnh';
/** The same nurse, typed two ways by two units (old and new tone placement, upper case). */
const NURSE = 'Võ Thị Thu Thuỷ';
const NURSE_UPPER = 'VÕ THỊ THU THỦY';
const BORN = '1988-02-09';

async function unitId(server: AppServer, name: string): Promise<number> {
  const units = await server.call('units.list', {});
  const unit = units.find((u) => u.name === name);
  if (!unit) throw new Error(`Không có đơn vị mẫu “${name}”`);
  return unit.id;
}

/** A dossier received from `unit` for the demo movement, as the intake desk registers it. */
async function dossierFrom(server: AppServer, movementId: number, unit: string, day: string) {
  return server.call('dossiers.create', {
    receivedDate: day,
    proposingUnitId: await unitId(server, unit),
    movementId,
    procedure: 'thuong',
    awardFormCodes: ['bk_chu_tich_tinh'],
  });
}

/** The nurse, proposed by the dossier's unit for the provincial certificate of merit. */
async function nurseIn(
  server: AppServer,
  dossier: { id: number; movementId: number | null; proposingUnitId: number },
  fullName: string,
  workplace: string,
) {
  return server.call('nominations.create', {
    movementId: dossier.movementId ?? 0,
    proposingUnitId: dossier.proposingUnitId,
    dossierId: dossier.id,
    awardFormCode: 'bk_chu_tich_tinh',
    subjectType: 'ca_nhan',
    fullName,
    gender: 'nu',
    birthDate: BORN,
    position: 'Điều dưỡng',
    workplace,
  });
}

test('hai đơn vị cùng đề nghị một điều dưỡng: thấy cặp nghi trùng, đánh dấu “Khác người” thì hết; tìm không dấu thấy cả hai', async ({
  page,
  server,
}) => {
  const duplicates = new DuplicatesPage(page);

  // An empty app: the demo is loaded from Tổng quan, as a person would.
  await duplicates.shell.open(server.appUrl);
  const loaded = page.waitForResponse((r) => r.url().endsWith('/api/demo.load'));
  await duplicates.main.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  expect((await loaded).ok()).toBe(true);
  await expect(page).toHaveURL(/#\/phong-trao\/\d+/);
  const [movement] = await server.call('movements.list', {});
  if (!movement) throw new Error('Dữ liệu mẫu chưa có phong trào');

  // Two dossiers from two units, each with the same nurse (born 09/02/1988).
  const fromYTe = await dossierFrom(server, movement.id, SO_Y_TE, '2021-11-10');
  const fromTuyPhong = await dossierFrom(server, movement.id, TUY_PHONG, '2021-11-12');
  await nurseIn(server, fromYTe, NURSE, 'Bệnh viện Đa khoa tỉnh');
  await nurseIn(server, fromTuyPhong, NURSE_UPPER, 'Trung tâm Y tế huyện Tuy Phong');

  await duplicates.open(server.url);
  await expect(duplicates.movement).toBeVisible();
  await expect(duplicates.pairs).toHaveCount(1);
  await expect(duplicates.count('Cặp nghi trùng')).toContainText('1');
  await expect(duplicates.count('Lỗi: cùng đợt')).toContainText('1');
  await expect(duplicates.count('Cảnh báo')).toContainText('0');
  const pair = duplicates.pair(NURSE);
  await expect(pair).toContainText('Lỗi: cùng đợt');
  await expect(pair).toContainText('Gần như chắc chắn');
  await expect(pair).toContainText('Cùng ngày sinh 09/02/1988');
  // Side by side: the name as each unit typed it, the same birth date, two units and dossiers.
  await expect(duplicates.compareRow(pair, 'Danh xưng, họ tên')).toContainText(NURSE);
  await expect(duplicates.compareRow(pair, 'Danh xưng, họ tên')).toContainText(NURSE_UPPER);
  await expect(duplicates.compareRow(pair, 'Ngày/Năm sinh').getByRole('cell')).toHaveText([
    '09/02/1988',
    '09/02/1988',
  ]);
  await expect(duplicates.compareRow(pair, 'Đơn vị đề nghị').getByRole('cell')).toHaveText([
    SO_Y_TE,
    TUY_PHONG,
  ]);
  await expect(duplicates.compareRow(pair, 'Hồ sơ (số đến)').getByRole('cell')).toHaveText([
    `${fromYTe.incomingNumber}/${fromYTe.year}`,
    `${fromTuyPhong.incomingNumber}/${fromTuyPhong.year}`,
  ]);

  // “Khác người” needs a reason; without one nothing is sent.
  await duplicates.openNotSame(NURSE);
  await duplicates.dialog.getByRole('button', { name: 'Xác nhận khác người' }).click();
  await expect(duplicates.dialog.getByText('Ghi lý do', { exact: true })).toBeVisible();
  await duplicates.reason.fill('Đã đối chiếu CCCD: hai người trùng tên, trùng ngày sinh');
  expect((await duplicates.confirm('Xác nhận khác người')).ok()).toBe(true);

  await expect(duplicates.pairs).toHaveCount(0);
  await expect(duplicates.main).toContainText('Không có cặp nghi trùng nào trong phong trào này.');
  await expect(duplicates.count('Cặp nghi trùng')).toContainText('0');
  // Both nominations stay; the pair is no longer reported.
  expect(await server.call('duplicates.list', { movementId: movement.id })).toEqual([]);
  expect(await server.call('nominations.list', { movementId: movement.id })).toHaveLength(2);

  // One search box across every movement: no diacritics, đ ≡ d, old or new tone placement.
  const search = new NominationSearchPage(page);
  await search.open(server.url);
  await search.search('vo thi thu thuy');
  await expect(search.status).toContainText('Tìm thấy 2 trường hợp');
  await expect(search.row(NURSE)).toBeVisible();
  await expect(search.row(NURSE_UPPER)).toBeVisible();
  await expect(search.row(NURSE)).toContainText(SO_Y_TE);
  await expect(search.row(NURSE_UPPER)).toContainText('09/02/1988');
  await expect(search.row(NURSE).locator('mark').first()).toHaveText('Võ');
  await expect(
    search.row(NURSE_UPPER).getByRole('link', { name: /^Mở phong trào/ }),
  ).toHaveAttribute('href', `#/phong-trao/${movement.id}?the=de-nghi`);
  await expect(
    search.row(NURSE_UPPER).getByRole('link', {
      name: `Mở hồ sơ số đến ${fromTuyPhong.incomingNumber}/${fromTuyPhong.year}`,
    }),
  ).toHaveAttribute('href', `#/ho-so/${fromTuyPhong.id}`);
  // The search stays in the address: back from a result, it is still there.
  await expect(page).toHaveURL(/#\/ho-so\/tim-kiem\?q=vo\+thi\+thu\+thuy$/);
});

test('nhập cá nhân trên thẻ “Đề nghị” (danh xưng, ngày sinh, hồ sơ), “Gộp” giữ một và xóa trường hợp kia, rồi sửa chức vụ', async ({
  page,
  server,
}) => {
  const { movementId } = await server.call('demo.load', {});
  const fromYTe = await dossierFrom(server, movementId, SO_Y_TE, '2021-11-10');
  const fromTuyPhong = await dossierFrom(server, movementId, TUY_PHONG, '2021-11-12');
  const kept = await nurseIn(server, fromYTe, NURSE, 'Bệnh viện Đa khoa tỉnh');

  // The second unit's entry is typed on the movement's “Đề nghị” tab.
  await page.goto(server.appUrl);
  await page.goto(`${server.url}#/phong-trao/${movementId}?the=de-nghi`);
  const entry = new PersonEntryForm(page);
  const created = await entry.add({
    unit: TUY_PHONG,
    unitSearch: 'tuy phong',
    form: BK_TINH,
    honorific: 'Bà',
    name: NURSE_UPPER,
    birthDate: '09/02/1988',
    position: 'Điều dưỡng',
    dossier: `Số đến ${fromTuyPhong.incomingNumber}/${fromTuyPhong.year}`,
  });
  expect(created.ok()).toBe(true);
  const list = page.getByRole('main').locator('.nominations-table');
  const row = list
    .getByRole('row')
    .filter({ has: page.locator('.nomination-name').getByText(NURSE_UPPER, { exact: true }) });
  await expect(row).toContainText(`Bà ${NURSE_UPPER}`);
  await expect(row).toContainText('09/02/1988');
  await expect(row).toContainText('Điều dưỡng');
  await expect(row).toContainText(`${fromTuyPhong.incomingNumber}/${fromTuyPhong.year}`);

  const duplicates = new DuplicatesPage(page);
  await duplicates.open(server.url);
  const pair = duplicates.pair(NURSE);
  await expect(duplicates.compareRow(pair, 'Danh xưng, họ tên').getByRole('cell')).toHaveText([
    NURSE,
    `Bà ${NURSE_UPPER}`,
  ]);

  // “Gộp”: which one stays and why are both required; the dialog names the one to be removed.
  await duplicates.openMerge(NURSE);
  await duplicates.dialog.getByRole('button', { name: 'Gộp và xóa trường hợp kia' }).click();
  await expect(
    duplicates.dialog.getByText('Chọn trường hợp giữ lại', { exact: true }),
  ).toBeVisible();
  await expect(duplicates.dialog.getByText('Ghi lý do', { exact: true })).toBeVisible();
  await duplicates.dialog.getByRole('radio', { name: /^Trường hợp 1: Võ Thị Thu Thuỷ/ }).check();
  await expect(duplicates.dialog.getByRole('alert')).toContainText(`Trường hợp còn lại sẽ bị xóa`);
  await expect(duplicates.dialog.getByRole('alert')).toContainText(`Bà ${NURSE_UPPER}`);
  await duplicates.reason.fill('Cùng một người, hai đơn vị cùng đề nghị');
  expect((await duplicates.confirm('Gộp và xóa trường hợp kia')).ok()).toBe(true);
  await expect(duplicates.pairs).toHaveCount(0);

  const left = await server.call('nominations.list', { movementId });
  expect(left.map((n) => n.id)).toEqual([kept.id]);

  // The one kept is edited on the “Đề nghị” tab (nominations.update).
  await page.goto(`${server.url}#/phong-trao/${movementId}?the=de-nghi`);
  await expect(row).toHaveCount(0);
  await list.getByRole('button', { name: `Sửa đề nghị ${NURSE}` }).click();
  const dialog = page.getByRole('dialog');
  const position = dialog.getByLabel('Chức vụ');
  await expect(position).toHaveValue('Điều dưỡng');
  await position.fill('Điều dưỡng trưởng');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/nominations.update'));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  expect((await saved).ok()).toBe(true);
  await expect(dialog).toBeHidden();
  await expect(
    list
      .getByRole('row')
      .filter({ has: page.locator('.nomination-name').getByText(NURSE, { exact: true }) }),
  ).toContainText('Điều dưỡng trưởng');
  expect((await server.call('nominations.get', { id: kept.id })).position).toBe(
    'Điều dưỡng trưởng',
  );
});
