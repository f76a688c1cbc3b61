#!/usr/bin/env node
/**
 * `npm run lint:electron`: Electronegativity over the Electron side, offline, failing on any HIGH
 * finding (the tool itself exits 0 whatever it finds).
 *
 * Its CLI cannot run here: dist/index.js requires `commander` without declaring it and gets the
 * hoisted commander 14 (`_commander2.default.version is not a function`). Its programmatic API
 * (`main: dist/runner.js`) needs no commander, so we call that.
 * Offline: AvailableSecurityFixesGlobalCheck (downloads Electron's release list) is excluded, and
 * the translation download the tool attempts at start is answered "offline" at once.
 */
import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));

/** MEDIUM/LOW review prompts we have looked at; printed with the finding. HIGH is never excused. */
const REVIEWED = {
  PRELOAD_JS_CHECK:
    'preload bundled to one file that imports only electron; exposes { platform, invoke } over one channel (tests/electron/preload.test.ts)',
  CSP_GLOBAL_CHECK:
    "style-src 'unsafe-inline' is needed by Ant Design's CSS-in-JS; script-src is 'self' only",
  OPEN_EXTERNAL_JS_CHECK: 'no openExternal in the app (tests/electron/security.test.ts)',
};

function stub(request, exports) {
  const runnerDir = path.dirname(require.resolve('@doyensec/electronegativity'));
  const resolved = createRequire(path.join(runnerDir, 'x.js')).resolve(request);
  const module = new Module(resolved);
  module.filename = resolved;
  module.loaded = true;
  module.exports = exports;
  require.cache[resolved] = module;
}

/** electron/ as it is, plus index.html with the CSP <meta> the build writes into it. */
async function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-electronegativity-'));
  fs.cpSync(path.join(ROOT, 'electron'), path.join(dir, 'electron'), { recursive: true });
  const { CONTENT_SECURITY_POLICY_META } = await tsImport(
    path.join(ROOT, 'shared', 'security', 'csp.ts'),
    import.meta.url,
  );
  const html = fs
    .readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8')
    .replace(
      '<!-- CSP -->',
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`,
    );
  if (!html.includes('Content-Security-Policy')) throw new Error('index.html has no <!-- CSP -->');
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), html);
  return dir;
}

async function main() {
  stub('got', () => Promise.reject(new Error('offline')));
  const run = require('@doyensec/electronegativity');
  const electronVersion = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
  ).devDependencies.electron.replace(/^[^\d]*/, '');
  // `--input DIR` scans another folder as it is (the test of this script uses an insecure sample).
  const flag = process.argv.indexOf('--input');
  const given = flag > 0 ? path.resolve(process.argv[flag + 1] ?? '') : null;
  const input = given ?? (await stage());
  let result;
  const log = console.log;
  console.log = () => undefined; // the "offline" note of its translation loader
  try {
    result = await run(
      {
        input,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        parserPlugins: [],
        isRelative: true,
        isVerbose: true,
        electronVersionOverride: electronVersion,
      },
      false,
    );
  } finally {
    console.log = log;
    if (!given) fs.rmSync(input, { recursive: true, force: true });
  }
  const { issues, errors } = result;
  console.log(
    `Electronegativity (Electron ${electronVersion}): ${result.atomicChecks} atomic + ` +
      `${result.globalChecks} global checks over ${given ?? 'electron/ and index.html'}`,
  );
  const bySeverity = {};
  for (const issue of issues) {
    const severity = issue.severity.name;
    bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
    const where = issue.file === 'N/A' ? '(global)' : `${issue.file}:${issue.location.line}`;
    const note =
      severity !== 'HIGH' && REVIEWED[issue.id] ? ` — reviewed: ${REVIEWED[issue.id]}` : '';
    console.log(`  ${severity.padEnd(13)} ${issue.id.padEnd(28)} ${where}${note}`);
  }
  const fatal = errors.filter((e) => !e.tolerable);
  for (const error of errors) {
    console.log(`  ${error.tolerable ? 'warning' : 'PARSE ERROR'} ${error.file}: ${error.message}`);
  }
  const summary = Object.entries(bySeverity)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  console.log(`Findings: ${summary || 'none'}`);
  const high = bySeverity.HIGH ?? 0;
  if (high > 0 || fatal.length > 0) {
    console.error(
      `Electronegativity: ${high} HIGH finding(s), ${fatal.length} file(s) not parsed — fix them.`,
    );
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
