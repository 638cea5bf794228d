import { defineConfig } from 'vitest/config';

// Real-browser scenarios: one browser at a time (2-core CI machine), generous timeouts, built extension.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
