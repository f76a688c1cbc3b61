import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test, type AppServer } from './fixtures';
import { CouncilPage } from './pages/council-page';
import { PdfViewerPage } from './pages/pdf-viewer-page';

const COUNCIL = 'Hội đồng Thi đua - Khen thưởng tỉnh Bình Thuận';
const BK_TINH = 'Bằng khen của Chủ tịch UBND tỉnh';

/** The Bình Thuận 2021 demo with one dossier sent to the council (3 collectives, 1 individual). */
async function seed(server: AppServer): Promise<{ movementTitle: string }> {
  const { movementId } = await server.call('demo.load', {});
  const movement = await server.call('movements.get', { id: movementId });
  const units = await server.call('units.list', {});
  const tuyPhong = units.find((u) => u.name.includes('Tuy Phong'));
  if (!tuyPhong) throw new Error('Dữ liệu mẫu thiếu UBND huyện Tuy Phong');
  const dossier = await server.call('dossiers.create', {
    receivedDate: '2021-11-25',
    proposingUnitId: tuyPhong.id,
    movementId,
    procedure: 'don_gian',
    awardFormCodes: ['bk_chu_tich_tinh'],
  });
  const nominees = [
    { fullName: 'Trung tâm Y tế huyện Tuy Phong', subjectType: 'tap_the' as const },
    { fullName: 'Ban Chỉ huy Quân sự huyện Tuy Phong', subjectType: 'tap_the' as const },
    { fullName: 'Trạm Y tế xã Phan Dũng', subjectType: 'tap_the' as const },
    { fullName: 'Nguyễn Thị Hoa', subjectType: 'ca_nhan' as const },
  ];
  for (const n of nominees) {
    await server.call('nominations.create', {
      movementId,
      proposingUnitId: tuyPhong.id,
      dossierId: dossier.id,
      awardFormCode: 'bk_chu_tich_tinh',
      ...n,
    });
  }
  const filled = await server.call('dossiers.get', { id: dossier.id });
  for (const item of filled.checklist.filter((c) => c.mandatory)) {
    await server.call('dossiers.setChecklistItem', { id: item.id, state: 'da_nhan' });
  }
  await server.call('dossiers.setStatus', { id: dossier.id, status: 'hop_le', date: '2021-11-26' });
  await server.call('dossiers.setStatus', {
    id: dossier.id,
    status: 'trinh_hoi_dong',
    date: '2021-12-01',
  });
  return { movementTitle: movement.title };
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = path.resolve('test-results');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `council-${name}.png`) });
}

test('Hội đồng: thành viên, quy tắc, giao phong trào, phiên họp, điểm danh đủ số lượng, danh sách trình, kết thúc', async ({
  page,
  server,
}) => {
  // A whole session end to end through the UI: longer than one screen's test.
  test.slow();
  const { movementTitle } = await seed(server);
  const council = new CouncilPage(page);
  await council.shell.open(server.appUrl);
  await council.shell.goTo('Hội đồng');
  await expect(council.councils).toContainText('Chưa có Hội đồng nào');

  // Found the council: Enter in a text field saves, and the new council's screen opens.
  await council.main.getByRole('button', { name: 'Thành lập Hội đồng' }).click();
  const found = page.getByRole('dialog', { name: 'Thành lập Hội đồng' });
  await expect(found.getByLabel('Tên Hội đồng')).toBeFocused();
  await found.getByLabel('Tên Hội đồng').fill(COUNCIL);
  await found.getByLabel('Cơ quan quyết định thành lập').fill('Ủy ban nhân dân tỉnh Bình Thuận');
  await found.getByLabel('Số quyết định thành lập').fill('1234/QĐ-UBND');
  await council.typeDate(found.getByLabel('Ngày quyết định'), '01/06/2021');
  await council.typeDate(found.getByLabel('Hiệu lực từ ngày'), '01/06/2021');
  const created = council.waitForApi('councils.create');
  await found.getByLabel('Tên Hội đồng').press('Enter');
  expect((await created).ok()).toBe(true);
  await expect(council.shell.pageHeading).toHaveText(COUNCIL);
  expect(new URL(page.url()).hash).toMatch(/^#\/hoi-dong\/\d+$/);

  // The roster, typed from the keyboard: 5 voting members and a non-voting secretary.
  await council.addMembers([
    {
      fullName: 'Đoàn Anh Dũng',
      position: 'Chủ tịch UBND tỉnh',
      role: 'Chủ tịch',
      roleSearch: 'chu tich',
    },
    {
      fullName: 'Nguyễn Hồng Hải',
      position: 'Giám đốc Sở Nội vụ',
      role: 'Phó Chủ tịch thường trực',
      roleSearch: 'thuong truc',
    },
    {
      fullName: 'Lê Văn Bình',
      position: 'Giám đốc Sở Y tế',
      role: 'Ủy viên',
      roleSearch: 'uy vien',
    },
    {
      fullName: 'Trần Thị Cúc',
      position: 'Giám đốc Sở Tài chính',
      role: 'Ủy viên',
      roleSearch: 'uy vien',
    },
    {
      fullName: 'Phạm Minh Đức',
      position: 'Giám đốc Sở Giáo dục',
      role: 'Ủy viên',
      roleSearch: 'uy vien',
    },
    {
      fullName: 'Võ Thị Em',
      position: 'Chuyên viên Ban Thi đua - Khen thưởng',
      role: 'Thư ký',
      roleSearch: 'thu ky',
    },
  ]);
  await expect(council.tab('Thành viên (6)')).toBeVisible();
  await expect(council.memberRow('Nguyễn Hồng Hải')).toContainText('Phó Chủ tịch thường trực');
  await expect(council.memberRow('Đoàn Anh Dũng')).toContainText('Có quyền biểu quyết');
  await expect(council.memberRow('Võ Thị Em')).toContainText('Thư ký');
  await expect(council.memberRow('Võ Thị Em')).toContainText('Không biểu quyết');
  await expect(council.memberRow('Võ Thị Em')).toContainText('Từ 01/06/2021');
  await shoot(page, 'roster');

  // Rules: quorum "trên 1/2", the chairman decides ties, a stricter rule for collectives.
  await council.openTab('Quy tắc biểu quyết');
  const rules = council.main.locator('form#council-rules');
  await expect(rules).toContainText('từ 2/3 số thành viên có quyền biểu quyết trở lên');
  await rules.getByText('trên … (>)').click();
  await rules.getByLabel('Tử số').fill('1');
  await rules.getByLabel('Mẫu số').fill('2');
  await rules.getByText('Chủ tịch Hội đồng quyết định').click();
  await rules
    .getByLabel('Căn cứ (Quy chế hoạt động)')
    .fill('Quy chế hoạt động ban hành kèm theo Quyết định số 1235/QĐ-HĐTĐKT');
  await rules.getByRole('button', { name: 'Thêm quy tắc riêng' }).click();
  await council.choose(rules.getByLabel('Hình thức khen thưởng'), 'chu tich ubnd tinh', BK_TINH);
  // "Mọi đối tượng" (the default): one rule for collectives and individuals alike.
  await expect(rules.getByLabel('Đối tượng')).toBeVisible();
  await council.choose(
    rules.getByLabel('Quy tắc biểu quyết'),
    '91/2017',
    'Bỏ phiếu kín, đồng ý từ 90% trở lên tính trên tổng số thành viên Hội đồng — ' +
      'Nghị định 91/2017/NĐ-CP, khoản 8 Điều 45 (15/09/2017 – 31/12/2023)',
  );
  await rules.getByLabel('Căn cứ', { exact: true }).fill('Điều 7 Quy chế hoạt động');
  const savedRules = council.waitForApi('councilRules.update');
  await rules.getByRole('button', { name: 'Lưu quy tắc' }).click();
  expect((await savedRules).ok()).toBe(true);
  await expect(rules).toContainText('trên 1/2 số thành viên có quyền biểu quyết');
  const stored = await server.call('councils.list', {});
  const rulesNow = await server.call('councilRules.get', { councilId: stored[0]!.id });
  expect(rulesNow).toMatchObject({
    quorumNum: 1,
    quorumDen: 2,
    quorumComparator: 'gt',
    tieRule: 'chair_decides',
    overrides: [
      {
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: null,
        votingRuleCode: 'nd91_2017_90_tong_so',
        source: 'Điều 7 Quy chế hoạt động',
      },
    ],
  });
  await shoot(page, 'rules');

  // The Bình Thuận movement is considered by this council.
  await council.openTab('Phong trào được giao');
  await council.choose(
    council.main.getByLabel('Phong trào cần giao'),
    'chien thang dai dich',
    movementTitle,
  );
  const assigned = council.waitForApi('councils.assignMovement');
  await council.main.getByRole('button', { name: 'Giao cho Hội đồng này' }).click();
  expect((await assigned).ok()).toBe(true);
  await expect(
    council.main.getByRole('table', { name: 'Phong trào được giao cho Hội đồng' }),
  ).toContainText(movementTitle);

  // A session: the movement is preselected (the only one); Enter in "Địa điểm" opens it.
  await council.openTab('Phiên họp');
  await council.main.getByRole('button', { name: 'Mở phiên họp' }).click();
  const open = page.getByRole('dialog', { name: 'Mở phiên họp Hội đồng' });
  await council.typeDate(open.getByLabel('Ngày họp'), '10/12/2021');
  await open.getByLabel('Giờ bắt đầu').fill('14:00');
  await open.getByLabel('Địa điểm').fill('Phòng họp số 1, UBND tỉnh');
  const opened = council.waitForApi('sessions.create');
  await open.getByLabel('Địa điểm').press('Enter');
  expect((await opened).ok()).toBe(true);
  await expect(council.shell.pageHeading).toHaveText('Phiên họp ngày 10/12/2021');
  expect(new URL(page.url()).hash).toMatch(/^#\/hoi-dong\/phien-hop\/\d+$/);

  // Nobody marked yet: "trên 1/2" of 5 needs 3; concluding is refused, with the reason.
  await expect(council.quorum).toContainText('Có mặt 0/5 — Cần thêm 3 thành viên');
  const conclude = council.main.getByRole('button', { name: 'Kết thúc phiên họp' });
  await expect(conclude).toBeDisabled();
  await expect(council.main.locator('.council-conclude-reason')).toContainText(
    'Có mặt 0/5 thành viên có quyền biểu quyết: chưa đủ số lượng (cần ít nhất 3). Cần thêm 3 thành viên.',
  );

  await council.mark('Đoàn Anh Dũng', 'Có mặt');
  await council.mark('Nguyễn Hồng Hải', 'Có mặt');
  await council.mark('Võ Thị Em', 'Có mặt');
  // The secretary does not vote: still two voting members present.
  await expect(council.quorum).toContainText('Có mặt 2/5 — Cần thêm 1 thành viên');
  await council.mark('Lê Văn Bình', 'Vắng');
  const reason = council.attendance.getByLabel('Lý do vắng: Lê Văn Bình');
  const savedReason = council.waitForApi('sessions.setAttendance');
  await reason.fill('Đi công tác');
  await reason.press('Enter');
  expect((await savedReason).ok()).toBe(true);
  await council.mark('Trần Thị Cúc', 'Vắng, có ý kiến văn bản');
  await expect(council.quorum).toContainText('Có mặt 2/5 — Cần thêm 1 thành viên');
  await expect(council.quorum).toContainText('1 thành viên vắng mặt có ý kiến bằng văn bản.');
  await expect(conclude).toBeDisabled();
  await shoot(page, 'session-no-quorum');

  await council.mark('Phạm Minh Đức', 'Có mặt');
  await expect(council.quorum).toContainText('Có mặt 3/5 — Đủ số lượng');
  // Quorum is met; what blocks now is the vote itself (no ballots yet).
  await expect(council.main.locator('.council-conclude-reason')).not.toContainText('Cần thêm');
  await expect(conclude).toBeDisabled();

  // The agenda: grouped by award form × subject, each group with its selection quota.
  const agenda = council.main.locator('.council-agenda');
  await expect(agenda).toContainText('Danh sách trình Hội đồng (4)');
  const collectives = agenda.getByRole('region', { name: `${BK_TINH} — tập thể` });
  await expect(collectives).toContainText('Chọn không quá 20');
  await expect(collectives).toContainText(
    'Quy tắc biểu quyết: Bỏ phiếu kín, đồng ý từ 90% trở lên tính trên tổng số thành viên Hội đồng',
  );
  await expect(collectives.getByRole('row')).toHaveCount(4);
  await expect(collectives).toContainText('Trạm Y tế xã Phan Dũng');
  const individuals = agenda.getByRole('region', { name: `${BK_TINH} — cá nhân` });
  await expect(individuals).toContainText('Nguyễn Thị Hoa');
  await expect(individuals).toContainText('Chọn không quá 20');
  await expect(individuals).toContainText('Quy tắc biểu quyết: Bỏ phiếu kín');
  await agenda.scrollIntoViewIfNeeded();
  await shoot(page, 'session-agenda');

  // Lê Văn Bình arrives after all; Trần Thị Cúc stays away and writes. 4 ballots, no spares.
  await council.mark('Lê Văn Bình', 'Có mặt');
  await expect(council.quorum).toContainText('Có mặt 4/5 — Đủ số lượng');
  const voting = council.main.locator('.council-voting');
  await voting.getByLabel('Số phiếu dự phòng').fill('0');
  const openedVoting = council.waitForApi('sessions.openVoting');
  await voting.getByRole('button', { name: 'Phát phiếu (vòng 1)' }).click();
  expect((await openedVoting).ok()).toBe(true);

  const ballot = voting.getByRole('group', { name: /^Nhập phiếu số \d+$/ });
  await expect(ballot).toHaveAccessibleName('Nhập phiếu số 1');
  const names = (await ballot.locator('.council-ballot-name').allTextContents()).map((text) =>
    text.split(' · ')[0]!.trim(),
  );
  expect(names).toHaveLength(4);

  // The absent member's written opinion: yes, yes, no, yes.
  await voting.getByRole('button', { name: 'Ghi ý kiến của Trần Thị Cúc' }).click();
  const opinion = page.getByRole('dialog', { name: 'Ghi ý kiến của Trần Thị Cúc' });
  for (const [i, name] of names.entries()) {
    await opinion
      .getByRole('radiogroup', { name: `Phiếu của dòng: ${name}` })
      .locator('label')
      .filter({ hasText: i === 2 ? /^Không đồng ý$/ : /^Đồng ý$/ })
      .click();
  }
  const savedOpinion = council.waitForApi('writtenOpinions.set');
  await opinion.getByRole('button', { name: 'Lưu ý kiến' }).click();
  expect((await savedOpinion).ok()).toBe(true);
  await expect(opinion).toBeHidden();
  await expect(voting.locator('.council-written')).toContainText('3 đồng ý, 1 không đồng ý');

  // Ballots typed row by row: 1 = Đồng ý, 2 = Không đồng ý, 3 = both boxes; Enter saves.
  const ballots = ['1111', '1121', '1121', '1321'];
  for (const [i, keys] of ballots.entries()) {
    await ballot.focus();
    for (const key of keys) await page.keyboard.press(key);
    const entered = council.waitForApi('ballots.enter');
    await page.keyboard.press('Enter');
    expect((await entered).ok()).toBe(true);
    const result = voting.locator('.council-ballot-result');
    if (i < 3) await expect(result).toHaveText(`Phiếu số ${i + 1}: hợp lệ.`);
    if (i === 1) {
      await ballot.scrollIntoViewIfNeeded();
      await shoot(page, 'session-ballot');
    }
  }
  const last = voting.locator('.council-ballot-result');
  await expect(last).toContainText('Phiếu số 4: hợp lệ, có dòng hoặc mục không được tính.');
  await expect(last).toContainText('cả hai ô');
  await expect(voting).toContainText('Đã nhập đủ số phiếu phát ra.');
  const reconciliation = voting.locator('.council-reconciliation');
  await expect(reconciliation).toContainText('Phát ra 4 = thu về 4 + không thu về 0');
  await expect(reconciliation).toContainText('Hợp lệ 4 + không hợp lệ 0 = thu về 4');
  await expect(reconciliation).toContainText('Số phiếu khớp');

  // ≥ 90% of the 5 members, the written opinion included: 5 "Đồng ý" pass, 4 do not (the
  // both-boxes row counts for nobody).
  const results = voting.locator('.council-results');
  const resultRow = (name: string) =>
    results
      .getByRole('table', { name: /^Kết quả: / })
      .getByRole('row')
      .filter({ hasText: name });
  await expect(resultRow(names[0]!)).toContainText('Được chọn');
  await expect(resultRow(names[0]!)).toContainText('Đạt');
  await expect(resultRow(names[1]!)).toContainText('Không đạt tỷ lệ');
  await expect(resultRow(names[2]!)).toContainText('Không đạt tỷ lệ');
  await expect(resultRow(names[3]!)).toContainText('Được chọn');
  await expect(resultRow(names[0]!).getByRole('cell').first()).toHaveText('1');
  await expect(resultRow(names[0]!)).toContainText('gồm ý kiến văn bản: 1 đồng ý, 0 không đồng ý');
  await expect(results).toContainText('cần ít nhất 5 phiếu đồng ý');
  await results.scrollIntoViewIfNeeded();
  await shoot(page, 'session-results');

  // The PDFs open in the in-app viewer and are saved from it ("Tải về"); each is the document the
  // button names. The two biên bản ask first for what only the secretariat knows.
  const viewer = new PdfViewerPage(page);
  const pdfText = async (download: Promise<Download>): Promise<string> => {
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const saved = path.resolve('test-results', `council-${file.suggestedFilename()}`);
    await file.saveAs(saved);
    return execFileSync('pdftotext', ['-layout', saved, '-'], { encoding: 'utf8' });
  };
  await council.main.getByRole('button', { name: 'In phiếu bầu', exact: true }).click();
  expect(await pdfText(viewer.downloadAndClose())).toContain('Phiếu số 01/04');

  // Ban kiểm phiếu: one member picked from the council, one name typed; the typed one is moved
  // up to be trưởng ban. Enter in the picker adds a person and does not print.
  await council.main.getByRole('button', { name: 'In biên bản kiểm phiếu', exact: true }).click();
  const count = page.getByRole('dialog', { name: 'In biên bản kiểm phiếu — Vòng 1' });
  const picker = count.getByLabel('Thêm người vào Ban kiểm phiếu');
  await expect(picker).toBeFocused();
  await picker.fill('hong hai');
  await expect(
    page
      .locator('.ant-select-dropdown')
      .filter({ visible: true })
      .getByText(/Nguyễn Hồng Hải/),
  ).toBeVisible();
  await picker.press('Enter');
  await expect(count.locator('.council-committee-name')).toHaveText(['Nguyễn Hồng Hải']);
  await expect(picker).toHaveValue('');
  await picker.fill('Hồ Thị Kiểm');
  await picker.press('Enter');
  await expect(count.locator('.council-committee-name')).toHaveText([
    'Nguyễn Hồng Hải',
    'Hồ Thị Kiểm',
  ]);
  await count.getByLabel('Chức vụ của người thứ 2').fill('Chuyên viên Ban Thi đua - Khen thưởng');
  await count.getByRole('button', { name: 'Đưa Hồ Thị Kiểm lên trên' }).click();
  await expect(count.locator('.council-committee-name')).toHaveText([
    'Hồ Thị Kiểm',
    'Nguyễn Hồng Hải',
  ]);
  await expect(count).toContainText('Hồ Thị Kiểm — Trưởng ban');
  await count.getByLabel('Số biên bản').fill('02');
  await count.getByLabel('Giờ bắt đầu kiểm phiếu').fill('15:05');
  await count.getByLabel('Giờ kết thúc kiểm phiếu').fill('1540');
  await count.getByRole('button', { name: 'In biên bản kiểm phiếu' }).click();
  await expect(count).toContainText('Giờ dạng HH:MM (ví dụ 16:30)');
  await count.getByLabel('Giờ kết thúc kiểm phiếu').fill('15:40');
  await shoot(page, 'vote-count-modal');
  await count.getByRole('button', { name: 'In biên bản kiểm phiếu' }).click();
  const countText = await pdfText(viewer.downloadAndClose());
  await expect(count).toBeHidden();
  expect(countText).toContain('BIÊN BẢN KIỂM PHIẾU');
  expect(countText).toContain('Số: 02/BB-BKP');
  expect(countText).toContain('Hồ Thị Kiểm');
  expect(countText).toContain('Nguyễn Hồng Hải');
  expect(countText).toContain('Vào hồi 15 giờ 05 phút');
  expect(countText).toContain('15 giờ 40 phút');
  expect(countText.indexOf('Hồ Thị Kiểm')).toBeLessThan(countText.indexOf('Nguyễn Hồng Hải'));

  await council.main.getByRole('button', { name: 'In biên bản', exact: true }).click();
  const minutes = page.getByRole('dialog', { name: 'In biên bản họp Hội đồng' });
  await expect(minutes.getByLabel('Số biên bản')).toBeFocused();
  await minutes.getByLabel('Số biên bản').fill('03');
  await minutes.getByLabel('Giờ kết thúc cuộc họp').fill('16:30');
  await minutes.getByLabel('Giờ kết thúc cuộc họp').press('Enter');
  const minutesText = await pdfText(viewer.downloadAndClose());
  await expect(minutes).toBeHidden();
  expect(minutesText).toContain('có mặt 4/5 thành viên');
  expect(minutesText).toMatch(/Số: 03\//);
  expect(minutesText).toContain('16 giờ 30 phút');

  // Conclude: the session becomes read-only.
  await expect(conclude).toBeEnabled();
  await conclude.click();
  const concluded = council.waitForApi('sessions.conclude');
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Kết thúc phiên họp' }).click();
  expect((await concluded).ok()).toBe(true);
  await expect(council.main).toContainText('Đã kết thúc');
  await expect(council.main).toContainText('chỉ xem, không sửa được');
  await expect(conclude).toHaveCount(0);
  await expect(
    council.attendance
      .getByRole('radiogroup', { name: 'Điểm danh: Lê Văn Bình' })
      .getByRole('radio', {
        name: 'Có mặt',
        exact: true,
      }),
  ).toBeDisabled();
  await shoot(page, 'session-concluded');

  // A correction after conclusion: a new recorded act; the frozen votes stay as they were.
  await resultRow(names[3]!)
    .getByRole('button', { name: `Đính chính kết quả: ${names[3]}` })
    .click();
  const correction = page.getByRole('dialog', { name: `Đính chính kết quả: ${names[3]}` });
  await expect(correction).toContainText('Kết quả hiện tại: Được chọn');
  await expect(correction.getByRole('radio', { name: 'Không được chọn' })).toBeChecked();
  await expect(correction.getByLabel('Người lập')).toHaveValue('Võ Thị Em');
  await correction.getByRole('button', { name: 'Ghi đính chính' }).click();
  await expect(correction).toContainText('Ghi lý do đính chính');
  await correction
    .getByLabel('Lý do đính chính')
    .fill('Phát hiện đơn vị bị xử lý kỷ luật trong năm xét khen thưởng');
  await council.typeDate(correction.getByLabel('Ngày đính chính'), '20/12/2021');
  await correction.getByLabel('Số văn bản / căn cứ').fill('Công văn 123/BTĐKT');
  await shoot(page, 'correction-modal');
  const corrected = council.waitForApi('sessions.correct');
  await correction.getByLabel('Số văn bản / căn cứ').press('Enter');
  expect((await corrected).ok()).toBe(true);
  await expect(correction).toBeHidden();
  await expect(resultRow(names[3]!)).toContainText('Không được chọn');
  await expect(resultRow(names[3]!)).toContainText('đã đính chính');
  const corrections = voting.getByRole('table', { name: 'Các lần đính chính kết quả' });
  const entry = corrections.getByRole('row').filter({ hasText: names[3]! });
  await expect(entry).toContainText('20/12/2021');
  await expect(entry).toContainText('Võ Thị Em');
  await expect(entry).toContainText(`${names[3]}: Được chọn → Không được chọn`);
  await expect(entry).toContainText('Phát hiện đơn vị bị xử lý kỷ luật');
  await expect(entry).toContainText('Công văn 123/BTĐKT');
  await expect(resultRow(names[0]!)).not.toContainText('đã đính chính');
  await corrections.scrollIntoViewIfNeeded();
  await shoot(page, 'corrections');
});

/** A council of 10, all present; 22 collectives for 20 places, 3 tied at the cut-off with 9 votes. */
async function seedTie(
  server: AppServer,
  tieRule: 'chair_decides' | 'second_round',
): Promise<void> {
  const { movementId } = await server.call('demo.load', {});
  const units = await server.call('units.list', {});
  const unit = units.find((u) => u.name.includes('Bắc Bình'));
  if (!unit) throw new Error('Dữ liệu mẫu thiếu UBND huyện Bắc Bình');
  const dossier = await server.call('dossiers.create', {
    receivedDate: '2021-11-25',
    proposingUnitId: unit.id,
    movementId,
    procedure: 'don_gian',
    awardFormCodes: ['bk_chu_tich_tinh'],
  });
  for (let i = 1; i <= 22; i += 1) {
    await server.call('nominations.create', {
      movementId,
      proposingUnitId: unit.id,
      dossierId: dossier.id,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'tap_the',
      fullName: `Tập thể số ${String(i).padStart(2, '0')}`,
    });
  }
  const filled = await server.call('dossiers.get', { id: dossier.id });
  for (const item of filled.checklist.filter((c) => c.mandatory)) {
    await server.call('dossiers.setChecklistItem', { id: item.id, state: 'da_nhan' });
  }
  await server.call('dossiers.setStatus', { id: dossier.id, status: 'hop_le', date: '2021-11-26' });
  await server.call('dossiers.setStatus', {
    id: dossier.id,
    status: 'trinh_hoi_dong',
    date: '2021-12-01',
  });
  const council = await server.call('councils.create', {
    name: COUNCIL,
    issuingBody: null,
    decisionNumber: null,
    decisionDate: null,
    validFrom: '2021-06-01',
    validTo: null,
    note: null,
  });
  const memberIds: number[] = [];
  for (let i = 1; i <= 10; i += 1) {
    const member = await server.call('councilMembers.create', {
      councilId: council.id,
      fullName: i === 1 ? 'Đoàn Anh Dũng' : `Thành viên ${i}`,
      position: null,
      role: i === 1 ? 'chu_tich' : 'uy_vien',
      isVoting: true,
      termFrom: '2021-06-01',
      termTo: null,
      sortOrder: null,
    });
    memberIds.push(member.id);
  }
  await server.call('councilRules.update', {
    councilId: council.id,
    quorumNum: 2,
    quorumDen: 3,
    quorumComparator: 'gte',
    tieRule,
    overQuotaRule: 'ballot_invalid',
    numberedBallots: true,
    source: 'Quy chế hoạt động của Hội đồng, Điều 7',
    overrides: [
      {
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: null,
        votingRuleCode: 'nd91_2017_90_tong_so',
        source: null,
      },
    ],
  });
  await server.call('councils.assignMovement', { movementId, councilId: council.id });
  const session = await server.call('sessions.create', {
    movementId,
    councilId: council.id,
    periodCode: null,
    date: '2021-12-10',
    startTime: '14:00',
    place: 'Phòng họp số 1',
    note: null,
  });
  await server.call('sessions.setAttendance', {
    sessionId: session.id,
    entries: memberIds.map((memberId) => ({ memberId, status: 'present', reason: null })),
  });
  const voting = await server.call('sessions.openVoting', { sessionId: session.id, spares: 0 });
  const round = voting.rounds[0]!;
  const nominees = round.sections.flatMap((s) => s.nominees);
  await server.call('rounds.enterTotals', {
    roundId: round.id,
    returned: 10,
    invalid: 0,
    // 19 with all 10 votes; numbers 20–22 with 9 each, tied for the 20th place.
    rows: nominees.map((n) => {
      const tied = /số (20|21|22)$/.test(n.fullName);
      return { nominationId: n.nominationId, yes: tied ? 9 : 10, no: tied ? 1 : 0 };
    }),
  });
}

test('Hội đồng: bằng phiếu tại vị trí cuối chỉ tiêu được đánh dấu, Chủ tịch quyết định, rồi mới kết thúc', async ({
  page,
  server,
}) => {
  test.slow();
  await seedTie(server, 'chair_decides');
  const council = new CouncilPage(page);
  await council.shell.open(server.appUrl);
  await council.shell.goTo('Hội đồng');
  await council.councils.getByRole('link', { name: COUNCIL }).click();
  await council.openTab('Phiên họp');
  await council.main.getByRole('link', { name: 'Mở phiên họp ngày 10/12/2021' }).click();
  await expect(council.shell.pageHeading).toHaveText('Phiên họp ngày 10/12/2021');
  await expect(council.quorum).toContainText('Có mặt 10/10 — Đủ số lượng');

  const results = council.main.getByRole('region', { name: `Kết quả: ${BK_TINH} — tập thể` });
  const tie = results.locator('.council-tie');
  await expect(tie).toContainText('Bằng phiếu tại vị trí cuối chỉ tiêu');
  await expect(results).toContainText('Được chọn 19/20');
  for (const n of ['20', '21', '22']) {
    await expect(results.getByRole('row').filter({ hasText: `Tập thể số ${n}` })).toContainText(
      'Bằng phiếu tại vị trí cuối chỉ tiêu',
    );
  }
  // Never broken silently: the session cannot conclude while the tie stands.
  const conclude = council.main.getByRole('button', { name: 'Kết thúc phiên họp' });
  await expect(conclude).toBeDisabled();
  const tieMessage =
    (await tie.locator('.ant-alert-description > div').first().textContent()) ?? '';
  expect(tieMessage).not.toBe('');
  await expect(council.main.locator('.council-conclude-reason')).toContainText(tieMessage);
  await tie.scrollIntoViewIfNeeded();
  await shoot(page, 'tie');

  // The council's rule is "Chủ tịch quyết định": only that action is offered.
  await expect(tie.getByRole('button', { name: 'Bỏ phiếu lại (vòng 2)' })).toHaveCount(0);
  await tie.getByRole('button', { name: 'Chủ tịch quyết định' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chủ tịch Hội đồng quyết định' });
  await expect(dialog.getByLabel('Người quyết định (Chủ tịch Hội đồng)')).toHaveValue(
    'Đoàn Anh Dũng',
  );
  await dialog.getByRole('checkbox', { name: /^Tập thể số 21 / }).check();
  const decided = council.waitForApi('ties.chairDecide');
  await dialog.getByRole('button', { name: 'Ghi quyết định' }).click();
  expect((await decided).ok()).toBe(true);
  await expect(dialog).toBeHidden();

  await expect(tie).toHaveCount(0);
  await expect(results).toContainText('Được chọn 20/20');
  const chosen = results.getByRole('row').filter({ hasText: 'Tập thể số 21' });
  await expect(chosen).toContainText('Được chọn');
  await expect(chosen).toContainText('Chủ tịch quyết định');
  await expect(results.getByRole('row').filter({ hasText: 'Tập thể số 22' })).toContainText(
    'Không được chọn (ngoài chỉ tiêu)',
  );
  await expect(conclude).toBeEnabled();
  await chosen.scrollIntoViewIfNeeded();
  await shoot(page, 'tie-resolved');
});

test('Hội đồng: bằng phiếu tại vị trí cuối chỉ tiêu, bỏ phiếu lại (vòng 2) giữa những người bằng phiếu', async ({
  page,
  server,
}) => {
  test.slow();
  await seedTie(server, 'second_round');
  const council = new CouncilPage(page);
  await council.shell.open(server.appUrl);
  await council.shell.goTo('Hội đồng');
  await council.councils.getByRole('link', { name: COUNCIL }).click();
  await council.openTab('Phiên họp');
  await council.main.getByRole('link', { name: 'Mở phiên họp ngày 10/12/2021' }).click();

  const results = council.main.getByRole('region', { name: `Kết quả: ${BK_TINH} — tập thể` });
  const tie = results.locator('.council-tie');
  await expect(tie.getByRole('button', { name: 'Chủ tịch quyết định' })).toHaveCount(0);
  const opened = council.waitForApi('rounds.openSecond');
  await tie.getByRole('button', { name: 'Bỏ phiếu lại (vòng 2)' }).click();
  expect((await opened).ok()).toBe(true);
  await expect(tie).toContainText('Đang bỏ phiếu lại');

  // Round 2 among the three tied only, for the one place left: 10 present + 2 spares issued.
  const round = council.main.locator('.council-round').filter({ hasText: 'Vòng 2 (bỏ phiếu lại)' });
  await expect(round).toContainText('chọn 1');
  await round.getByText('Nhập tổng số theo từng người').click();
  await round.getByLabel('Số phiếu thu về').fill('10');
  await round.getByLabel('Số phiếu không hợp lệ').fill('0');
  const votes: Record<string, [number, number]> = { '20': [3, 7], '21': [6, 4], '22': [1, 9] };
  for (const [n, [yes, no]] of Object.entries(votes)) {
    await round.getByLabel(`Đồng ý: Tập thể số ${n}`, { exact: true }).fill(String(yes));
    await round.getByLabel(`Không đồng ý: Tập thể số ${n}`).fill(String(no));
  }
  const totals = council.waitForApi('rounds.enterTotals');
  await round.getByRole('button', { name: 'Lưu tổng số' }).click();
  expect((await totals).ok()).toBe(true);

  // The two spare ballots were not returned: the counts then balance.
  const notReturned = round.getByRole('spinbutton').nth(1);
  await notReturned.fill('2');
  const counts = council.waitForApi('rounds.setCounts');
  await round.getByRole('button', { name: 'Lưu số phiếu' }).click();
  expect((await counts).ok()).toBe(true);
  await expect(round.locator('.council-reconciliation')).toContainText(
    'Phát ra 12 = thu về 10 + không thu về 2',
  );
  await expect(round.locator('.council-reconciliation')).toContainText('Số phiếu khớp');

  await expect(tie).toHaveCount(0);
  await expect(results).toContainText('Được chọn 20/20');
  const chosen = results.getByRole('row').filter({ hasText: 'Tập thể số 21' });
  await expect(chosen).toContainText('Được chọn');
  await expect(chosen).toContainText('vòng 2: 6 đồng ý');
  await expect(chosen).toContainText('theo vòng bỏ phiếu lại');
  await expect(results.getByRole('row').filter({ hasText: 'Tập thể số 20' })).toContainText(
    'Không được chọn (ngoài chỉ tiêu)',
  );
  await expect(council.main.getByRole('button', { name: 'Kết thúc phiên họp' })).toBeEnabled();
  await round.scrollIntoViewIfNeeded();
  await shoot(page, 'second-round');
});
