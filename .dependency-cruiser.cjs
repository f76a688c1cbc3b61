/**
 * Layer rules of TĐKT Desk (docs: ../shared/docs/style.md §5.2). This is the authoritative check:
 * `npm run lint` fails on any violation.
 */
const ELECTRON_PACKAGE = '^electron$|^node_modules/electron/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Vòng phụ thuộc làm khó kiểm thử và đọc mã.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ chạy ở cả giao diện và lõi: chỉ được dùng shared/ và zod.',
      from: { path: '^shared/' },
      to: { pathNot: '^shared/|^node_modules/zod/' },
    },
    {
      name: 'core-not-electron',
      severity: 'error',
      comment: 'electron/core, api, http là Node thuần (chạy được không cần Electron).',
      from: { path: '^electron/(core|api|http)/' },
      to: { path: ELECTRON_PACKAGE },
    },
    {
      name: 'core-not-upper-layers',
      severity: 'error',
      from: { path: '^electron/core/' },
      to: { path: '^electron/(api|http|main|preload)/|^renderer/' },
    },
    {
      name: 'api-not-transports',
      severity: 'error',
      from: { path: '^electron/api/' },
      to: { path: '^electron/(http|main|preload)/|^renderer/' },
    },
    {
      name: 'http-not-electron-shell',
      severity: 'error',
      from: { path: '^electron/http/' },
      to: { path: '^electron/(main|preload)/|^renderer/' },
    },
    {
      name: 'main-not-renderer',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: { path: '^electron/(preload|http)/|^renderer/' },
    },
    {
      name: 'preload-only-electron',
      severity: 'error',
      comment: 'Preload chạy trong sandbox: chỉ electron và kiểu (type) từ shared/.',
      from: { path: '^electron/preload/' },
      to: { pathNot: `${ELECTRON_PACKAGE}|^shared/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-only-shared',
      severity: 'error',
      comment: 'Giao diện chỉ biết shared/ và thư viện trình duyệt.',
      from: { path: '^renderer/' },
      to: { pathNot: '^(renderer|shared|node_modules)/' },
    },
    {
      name: 'renderer-not-electron',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ELECTRON_PACKAGE },
    },
    {
      name: 'renderer-not-node',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|release|node_modules)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
