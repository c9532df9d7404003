import { defineConfig } from 'vitest/config';

export const config = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'mock/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    env: { PACT_DO_NOT_TRACK: 'true', CLIENTELA_STRICT: '1' },
  },
});

// vitest reads the default export of its config file; this is the one place a default export is needed.
export default config;
