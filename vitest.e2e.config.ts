import { defineConfig } from 'vitest/config';

// Real-browser scenarios: one browser at a time (2-core CI machine), generous timeouts, built extension.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    // Files share the support modules' graph (the harness, fixture servers): importing it again per file cost ~0.5 s a file.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
