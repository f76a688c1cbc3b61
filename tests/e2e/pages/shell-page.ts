import { expect, type Locator, type Page } from '@playwright/test';

/** Sidebar entries, as the person reads them, with the heading of the screen each one opens. */
export const SECTIONS = [
  { link: 'Tổng quan', heading: 'Tổng quan', hash: '#/tong-quan' },
  { link: 'Phong trào', heading: 'Phong trào thi đua', hash: '#/phong-trao' },
  { link: 'Đơn vị', heading: 'Đơn vị', hash: '#/don-vi' },
  { link: 'Hồ sơ', heading: 'Hồ sơ đề nghị khen thưởng', hash: '#/ho-so' },
  { link: 'Hội đồng', heading: 'Hội đồng Thi đua - Khen thưởng', hash: '#/hoi-dong' },
  { link: 'Văn bản', heading: 'Văn bản', hash: '#/van-ban' },
  { link: 'Báo cáo', heading: 'Báo cáo', hash: '#/bao-cao' },
  { link: 'Cài đặt', heading: 'Cài đặt', hash: '#/cai-dat' },
] as const;
export type SectionName = (typeof SECTIONS)[number]['link'];

/** The frame around every screen: header, sidebar, main area. */
export class ShellPage {
  readonly header: Locator;
  readonly nav: Locator;
  readonly main: Locator;
  readonly pageHeading: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Chức năng' });
    this.main = page.getByRole('main');
    this.pageHeading = this.main.getByRole('heading', { level: 1 });
  }

  /** Opens the app from the address the server printed and waits for the first screen. */
  async open(appUrl: string): Promise<void> {
    await this.page.goto(appUrl);
    await expect(this.pageHeading).toHaveText('Tổng quan');
  }

  navLink(name: SectionName): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  async goTo(name: SectionName): Promise<void> {
    const section = SECTIONS.find((s) => s.link === name)!;
    await this.navLink(name).click();
    await expect(this.pageHeading).toHaveText(section.heading);
  }

  /** The agency name shown next to the app name. */
  agencyName(name: string): Locator {
    return this.header.getByText(name, { exact: true });
  }
}
