import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const repo = path.resolve(__dirname, '..', '..');
const depcruise = path.join(
  repo,
  'node_modules',
  'dependency-cruiser',
  'bin',
  'dependency-cruise.mjs',
);

/** Runs the project's dependency-cruiser rules on a throw-away tree laid out like ours. */
function cruise(files: Record<string, string>) {
  const dir = tempDir('tdkt-layers-');
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const roots = [...new Set(Object.keys(files).map((f) => f.split('/')[0]!))];
  const run = spawnSync(
    process.execPath,
    [
      depcruise,
      ...roots,
      '--config',
      path.join(repo, '.dependency-cruiser.cjs'),
      '--output-type',
      'err',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('layer rules (npm run lint)', () => {
  it('fail when electron/core imports electron', () => {
    const r = cruise({
      'electron/core/x.ts': "import { app } from 'electron';\nexport const a = app;\n",
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('core-not-electron');
  });

  it('fail when the renderer imports Node or electron/', () => {
    const r = cruise({
      'electron/core/db.ts': 'export const db = 1;\n',
      'renderer/src/a.ts':
        "import fs from 'node:fs';\nimport { db } from '../../electron/core/db';\nexport const x = [fs, db];\n",
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('renderer-not-node');
    expect(r.output).toContain('renderer-only-shared: renderer/src/a.ts → electron/core/db.ts');
  });

  it('fail when shared/ imports Node, and pass a clean tree', () => {
    expect(
      cruise({ 'shared/a.ts': "import os from 'node:os';\nexport const o = os;\n" }).output,
    ).toContain('shared-is-pure');
    const clean = cruise({
      'shared/text.ts': 'export const t = 1;\n',
      'electron/core/s.ts': "import { t } from '../../shared/text';\nexport const s = t;\n",
      'renderer/src/b.ts': "import { t } from '../../shared/text';\nexport const b = t;\n",
    });
    expect(clean.output).not.toContain('error');
    expect(clean.status).toBe(0);
  });
});
