/**
 * `npm run crash-test [-- --kills 100 --rows 3000 --seed N --parallel 2]`: the long run of the
 * crash-safety test (SIGKILL during an import, then integrity and all-or-nothing checks).
 */
import { parseArgs } from 'node:util';
import { crashRuns } from './crash-harness';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '100' },
      rows: { type: 'string', default: '3000' },
      seed: { type: 'string' },
      parallel: { type: 'string', default: '2' },
    },
  });
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  console.log(`crash-test: seed ${seed} (replay with --seed ${seed})`);
  const started = Date.now();
  const summary = await crashRuns({
    kills: Number(values.kills),
    rows: Number(values.rows),
    seed,
    parallel: Number(values.parallel),
    log: (line) => console.log(`crash-test: ${line}`),
  });
  console.log(`crash-test: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const failure of summary.failures) console.error(`crash-test: FAILED ${failure}`);
  process.exit(summary.failures.length === 0 ? 0 : 1);
}

void main();
