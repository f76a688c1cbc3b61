import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const SCRIPT = path.resolve(import.meta.dirname, '..', 'tools', 'electronegativity.mjs');

function lint(args: string[] = []) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('Electronegativity lint (offline)', () => {
  it('passes on our Electron code: no HIGH finding', () => {
    const { status, output } = lint();
    expect(output).toMatch(/Findings: /);
    expect(output).not.toMatch(/^\s+HIGH/m);
    expect(status).toBe(0);
  }, 60_000);

  it('fails on an insecure sample (the tool alone would exit 0)', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'main.js'),
      `const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true } });
  win.loadURL('https://example.com');
});
`,
    );
    const { status, output } = lint(['--input', dir]);
    expect(output).toMatch(/HIGH\s+CONTEXT_ISOLATION_JS_CHECK/);
    expect(status).toBe(1);
  }, 60_000);
});
