// better-sqlite3 is a native module built for one ABI at a time: Node's (tests, browser mode) or
// Electron's (after `npm start` in Electron mode or packaging). Rebuild for Node when it does not load.
import { spawnSync } from 'node:child_process';

const probe = spawnSync(
  process.execPath,
  ['-e', "new (require('better-sqlite3'))(':memory:').close()"],
  { encoding: 'utf8' },
);
if (probe.status !== 0) {
  const reason = probe.stderr.split('\n').find((l) => l.trim()) ?? '';
  console.log(
    `better-sqlite3 chưa dùng được với Node ${process.version} (${reason.trim()}); đang biên dịch lại…`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const rebuild = spawnSync(npm, ['rebuild', 'better-sqlite3'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (rebuild.status !== 0) {
    console.error(
      'Không biên dịch lại được better-sqlite3: cần Python 3 và trình biên dịch C++ (build-essential / Visual Studio Build Tools).',
    );
    process.exit(1);
  }
}
