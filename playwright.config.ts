import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/tools/chromium-path.mjs';

const chromium = findChromium();

/**
 * E2E in browser mode against Debian's Chromium (browsers are never downloaded: see
 * tests/tools/ensure-test-tools.mjs). Each test starts its own server on a temp data dir
 * (tests/e2e/fixtures.ts), so there is no `webServer` block. Build first: `npm run build`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  // Generous: a loaded build machine runs these 2–4× slower than a quiet one, and a timeout proves nothing.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // null only when ensure-test-tools.mjs was skipped; Playwright then says what is missing.
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
});
