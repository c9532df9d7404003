import { defineConfig } from 'vitest/config';

const shared = {
  environment: 'node',
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks',
  env: { PACT_DO_NOT_TRACK: 'true', CLIENTELA_STRICT: '1' },
} as const;

const pact = ['test/pact/**/*.test.ts'];

export const config = defineConfig({
  test: {
    exclude: ['dist/**', 'node_modules/**'],
    projects: [
      // Test files share their imported modules within a worker: most of a file's time was importing the mock.
      { test: { ...shared, name: 'unit-and-http', include: ['src/**/*.test.ts', 'mock/**/*.test.ts', 'test/**/*.test.ts'], exclude: [...pact, 'dist/**', 'node_modules/**'], isolate: false } },
      // Pact's native core keeps process-wide state: each pact file gets a fresh worker.
      { test: { ...shared, name: 'pact', include: pact, isolate: true } },
    ],
  },
});

// vitest reads the default export of its config file; this is the one place a default export is needed.
export default config;
