// Builds the renderer (Vite) and the Node/Electron entry points (esbuild) into dist/.
import { readFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3', 'pdfmake'],
  define: { __APP_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};
await esbuild({
  ...common,
  entryPoints: {
    main: 'electron/main/index.ts',
    preload: 'electron/preload/index.ts',
    serve: 'electron/http/serve.ts',
  },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
});
console.log('Đã đóng gói: dist/renderer, dist/electron');
