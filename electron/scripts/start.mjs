// `npm start` (after `npm run build`): the desktop window when Electron can run on this machine,
// otherwise the same app in the browser (dist/electron/serve.cjs). Plain Node, works on Windows.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
// A first run on a slow Windows line may really be downloading Electron (~100 MB).
const ELECTRON_LOOKUP_TIMEOUT_MS = 10 * 60 * 1000;
const PATH_MARKER = 'TDKT_ELECTRON_PATH=';

const fallbackLine = (reason) =>
  `Không chạy được Electron trên máy này (${reason}). Chuyển sang chế độ trình duyệt:`;

/** The line to print when browser mode is decided before looking for Electron, else null. */
function browserModeUpFront() {
  if (process.env.TDKT_BROWSER_MODE === '1') {
    return 'Chạy ở chế độ trình duyệt (đã đặt TDKT_BROWSER_MODE=1):';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return fallbackLine('không có màn hình đồ họa: thiếu DISPLAY/WAYLAND_DISPLAY');
  }
  return null;
}

/**
 * Asks the electron package for its binary in a child process: electron's index.js downloads the
 * binary on first use and throws when it cannot, which must not crash this script.
 * Resolves to { path } or { reason }.
 */
function findElectronBinary() {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-e', `process.stdout.write('\\n${PATH_MARKER}' + require('electron'))`],
      {
        cwd: projectDir,
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: ELECTRON_LOOKUP_TIMEOUT_MS,
        windowsHide: true,
      },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    // Say something if this is a real download, so the window does not look frozen.
    const notice = setTimeout(() => {
      console.log('Đang tải Electron (chỉ lần đầu, có thể mất vài phút)…');
    }, 5000);
    const done = (result) => {
      clearTimeout(notice);
      resolve(result);
    };
    child.on('error', () => done({ reason: 'không chạy được Node để tìm Electron' }));
    child.on('close', (code, signal) => {
      if (signal) return done({ reason: 'tìm/tải tệp chạy Electron quá lâu' });
      const line = stdout.split(/\r?\n/).find((l) => l.startsWith(PATH_MARKER));
      const binary = line?.slice(PATH_MARKER.length);
      if (code !== 0 || !binary) {
        return done({ reason: 'chưa tải được tệp chạy Electron – máy không có Internet?' });
      }
      if (!existsSync(binary)) return done({ reason: `không thấy tệp chạy Electron: ${binary}` });
      return done({ path: binary });
    });
  });
}

/** Runs a child with our console, passes Ctrl+C/stop on, and ends with the child's exit code. */
function runForwarding(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: projectDir, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      // On Windows the console already gives Ctrl+C to the child, and kill() there is a hard
      // TerminateProcess that would skip the child's clean database close.
      if (process.platform === 'win32' && signal === 'SIGINT') return;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Không chạy được ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

/** better-sqlite3 must be built for the runtime that loads it (see ensure-node-native.mjs). */
function rebuildNativeFor(runtime) {
  const script =
    runtime === 'electron'
      ? [path.join(projectDir, 'node_modules', 'electron-builder', 'install-app-deps.js')]
      : [path.join(projectDir, 'electron', 'scripts', 'ensure-node-native.mjs')];
  return spawnSync(process.execPath, script, { cwd: projectDir, stdio: 'inherit' }).status === 0;
}

function startBrowserMode(line) {
  console.log(line);
  if (!rebuildNativeFor('node')) process.exit(1);
  const serve = path.join(projectDir, 'dist', 'electron', 'serve.cjs');
  if (!existsSync(serve)) {
    console.error('Chưa có bản dựng: hãy chạy “npm run build” trước.');
    process.exit(1);
  }
  runForwarding(process.execPath, [serve, ...args]);
}

const upFront = browserModeUpFront();
if (upFront) {
  startBrowserMode(upFront);
} else {
  const found = await findElectronBinary();
  if ('path' in found) {
    // ELECTRON_RUN_AS_NODE left over in the environment would start plain Node instead of the app.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    if (rebuildNativeFor('electron')) {
      runForwarding(found.path, [projectDir, ...args], env);
    } else {
      startBrowserMode(fallbackLine('không biên dịch được better-sqlite3 cho Electron'));
    }
  } else {
    startBrowserMode(fallbackLine(found.reason));
  }
}
