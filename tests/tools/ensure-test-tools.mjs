// Before the tests: make sure the real tools they use exist — a system Chromium and a font with
// Vietnamese glyphs (Playwright), LibreOffice Calc and Writer (Excel exports and DOCX drafts must open
// in them), poppler (PDFs).
// On Debian/Ubuntu as root it installs what is missing with apt-get; anywhere else it says what to install.
// `--only=browser` checks just what the end-to-end tests need.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const LIBERATION_DIR = '/usr/share/fonts/truetype/liberation';
const INSTALL_HINT =
  'Thiếu Chromium để chạy kiểm thử giao diện: chạy `sudo apt-get install -y chromium fonts-liberation` ' +
  'hoặc đặt TDKT_CHROMIUM=<đường dẫn tới chrome>';

const isLinux = process.platform === 'linux';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = isLinux && existsSync('/usr/bin/apt-get');

function aptInstall(packages, flags = '') {
  const command =
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${flags} ` +
    packages.join(' ');
  console.log(`Đang cài ${packages.join(', ')} bằng apt-get…`);
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit' });
  return result.status === 0;
}

const chosen = process.env['TDKT_CHROMIUM'];
if (chosen && !existsSync(chosen)) {
  console.error(
    `TDKT_CHROMIUM=${chosen} không tồn tại: sửa lại đường dẫn tới chrome hoặc bỏ biến này.`,
  );
  process.exit(1);
}

const onlyBrowser = process.argv.includes('--only=browser');
const onPath = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const needChromium = findChromium() === null;
// Without a font that has Vietnamese glyphs, screenshots show boxes instead of “ạ ế ữ …”.
const needFonts = hasApt && !existsSync(LIBERATION_DIR);
// `soffice` exists with Calc alone; DOCX needs Writer's library too.
const hasWriter = () => existsSync('/usr/lib/libreoffice/program/libswlo.so');
const needOffice = !onlyBrowser && !onPath('soffice');
const needWriter = !onlyBrowser && isLinux && (needOffice || !hasWriter());
const needPoppler = !onlyBrowser && !onPath('pdftotext');

if (needOffice || needWriter || needPoppler) {
  const packages = [
    ...(needOffice ? ['libreoffice-calc-nogui'] : []),
    ...(needWriter ? ['libreoffice-writer-nogui'] : []),
    ...(needPoppler ? ['poppler-utils'] : []),
  ];
  if (!(hasApt && isRoot && aptInstall(packages, '--no-install-recommends'))) {
    console.error(
      `Thiếu công cụ cho kiểm thử: chạy \`sudo apt-get install -y ${packages.join(' ')}\` ` +
        '(LibreOffice Calc/Writer mở thử tệp Excel và DOCX xuất ra; poppler đọc tệp PDF).',
    );
    process.exit(1);
  }
}

if (needChromium || needFonts) {
  if (hasApt && isRoot) {
    const packages = [...(needChromium ? ['chromium'] : []), 'fonts-liberation'];
    aptInstall(packages);
  } else if (needFonts && !needChromium) {
    console.warn(
      'Cảnh báo: thiếu phông fonts-liberation (chữ tiếng Việt trong ảnh chụp có thể lỗi): ' +
        'chạy `sudo apt-get install -y fonts-liberation`.',
    );
  }
}

const chromium = findChromium();
if (chromium === null) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Chromium cho kiểm thử giao diện: ${chromium}`);
