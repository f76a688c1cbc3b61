import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { ShellPage } from './shell-page';

const isApi = (method: string) => (response: Response) =>
  response.url().endsWith(`/api/${method}`) && response.request().method() === 'POST';

export interface NewMember {
  fullName: string;
  position: string;
  /** Vietnamese label as shown (“Ủy viên”); typed to find it. */
  role: string;
  roleSearch: string;
}

/** The “Hội đồng” screens: the councils, one council (tabs), one session. */
export class CouncilPage {
  readonly shell: ShellPage;
  readonly main: Locator;
  readonly councils: Locator;
  readonly members: Locator;
  readonly attendance: Locator;
  readonly quorum: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.main = page.getByRole('main');
    this.councils = this.main.getByRole('table', { name: 'Các Hội đồng Thi đua - Khen thưởng' });
    this.members = this.main.getByRole('table', { name: 'Danh sách thành viên Hội đồng' });
    this.attendance = this.main.getByRole('table', { name: 'Điểm danh thành viên dự họp' });
    this.quorum = this.main.locator('.council-quorum');
  }

  waitForApi(method: string): Promise<Response> {
    return this.page.waitForResponse(isApi(method));
  }

  private option(title: string): Locator {
    return this.page
      .locator('.ant-select-dropdown')
      .filter({ visible: true })
      .getByTitle(title, { exact: true });
  }

  /** An Ant Design Select option chosen by keyboard: type, wait for the match, Enter. */
  async choose(field: Locator, search: string, option: string): Promise<void> {
    await field.click();
    await field.fill(search);
    await expect(this.option(option)).toBeVisible();
    await field.press('Enter');
  }

  async typeDate(input: Locator, value: string): Promise<void> {
    await input.click();
    await input.fill(value);
    await input.press('Tab');
    await expect(input).toHaveValue(value);
  }

  tab(name: string | RegExp): Locator {
    return this.main.getByRole('tab', { name });
  }

  async openTab(name: string | RegExp): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** Adds members one after another in the same dialog: Enter saves and clears for the next. */
  async addMembers(members: NewMember[]): Promise<void> {
    await this.main.getByRole('button', { name: 'Thêm thành viên' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Thêm thành viên Hội đồng' });
    const name = dialog.getByLabel('Họ và tên');
    await expect(name).toBeFocused();
    for (const m of members) {
      await name.fill(m.fullName);
      await dialog.getByLabel('Chức vụ, đơn vị công tác').fill(m.position);
      await this.choose(dialog.getByLabel('Chức danh trong Hội đồng'), m.roleSearch, m.role);
      const saved = this.waitForApi('councilMembers.create');
      await name.press('Enter');
      expect((await saved).ok()).toBe(true);
      await expect(name).toHaveValue('');
      await expect(name).toBeFocused();
    }
    await dialog.getByRole('button', { name: 'Xong' }).click();
    await expect(dialog).toBeHidden();
  }

  memberRow(name: string): Locator {
    return this.members.getByRole('row').filter({ hasText: name });
  }

  attendanceRow(name: string): Locator {
    return this.attendance.getByRole('row').filter({ hasText: name });
  }

  /** Marks one member (“Có mặt”, “Vắng”, “Vắng, có ý kiến văn bản”); waits for the save. */
  async mark(name: string, choice: string): Promise<void> {
    const group = this.attendance.getByRole('radiogroup', { name: `Điểm danh: ${name}` });
    const saved = this.waitForApi('sessions.setAttendance');
    await group
      .locator('label')
      .filter({ hasText: new RegExp(`^${choice}$`) })
      .click();
    expect((await saved).ok()).toBe(true);
    await expect(group.getByRole('radio', { name: choice, exact: true })).toBeChecked();
  }
}
