import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{shared,core,api,electron,tooling}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
