import { defineConfig } from 'vitest/config';

// Unit tests only: real-browser scenarios live in test/e2e (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Some units build real zips and run DuckDB; a loaded 2-core machine must not turn them into timeouts.
    testTimeout: 30_000,
  },
});
