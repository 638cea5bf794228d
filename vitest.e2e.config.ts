import { defineConfig } from 'vitest/config';

// Real-browser scenarios: two files at a time, each with its own browser, fixture servers, profile and downloads
// folder; generous timeouts; built extension. One file at a time used about half of one core of the 2-core CI
// machine by the processes' CPU count (the rest was waiting: pages' streams, quiet periods, browser starts); two side
// by side took about a quarter off the stage's wall time (docs/testing.md, the paragraph on time).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    // Files share the support modules' graph (the harness, fixture servers): importing it again per file cost ~0.5 s a file.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
