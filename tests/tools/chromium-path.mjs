// Where a system Chromium/Chrome is: Playwright never downloads browsers in this project
// (docs: shared/docs/style.md §5.7). `TDKT_CHROMIUM` wins; otherwise the usual install paths.
import { existsSync } from 'node:fs';
import path from 'node:path';

const LINUX_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function windowsCandidates() {
  const roots = [
    process.env['PROGRAMFILES'],
    process.env['PROGRAMFILES(X86)'],
    process.env['LOCALAPPDATA'],
  ].filter((root) => typeof root === 'string' && root !== '');
  return roots.flatMap((root) => [
    path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
  ]);
}

const MAC_CANDIDATES = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string | null} the path of a Chromium-family browser, or null when none is found. */
export function findChromium() {
  const fromEnv = process.env['TDKT_CHROMIUM'];
  // An explicit choice that does not exist is an error to report, not a reason to pick another.
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const candidates =
    process.platform === 'win32'
      ? windowsCandidates()
      : process.platform === 'darwin'
        ? MAC_CANDIDATES
        : LINUX_CANDIDATES;
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}
