import { defineConfig } from 'vitest/config';

// Unit tests only: real-browser scenarios live in test/e2e (vitest.e2e.config.ts).
// Two workers (Vitest's default is one fewer than the cores: one on the 2-core CI machine), and files share one
// module graph per worker (`isolate: false`: importing the graph again for each of ~110 files was most of the
// stage's time). Files that replace modules (`vi.mock`) or share fake-indexeddb's global database namespace run in a
// project of their own, each file in a fresh module graph.
const ISOLATED = [
  'src/background/lifecycle.test.ts',
  'src/background/popup-summary.test.ts',
  'src/capture/structure-report-handler.test.ts',
  'src/store/**/*.test.ts',
];
const INCLUDE = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    maxWorkers: 2,
    // Some units build real zips and run DuckDB; a loaded 2-core machine must not turn them into timeouts.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'shared', include: INCLUDE, exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
