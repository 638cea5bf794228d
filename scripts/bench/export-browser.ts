// The bench browser the export tools (export-heap.ts, export-memory.ts, export-profile.ts) run in: the extension
// built into a temporary folder unless `--dist` names one already built (another commit's, for an A/B), the ChatGPT
// fixture on its real host, and everything taken down again when the tool ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chatgptBackend } from '../../test/sites/chatgpt/backend';
import { startFixtures } from '../../test/sites/server';
import { buildExtension } from '../build';
import { type BenchBrowser, launchBench, type LaunchExtras } from './browsers';

export async function withExportBench(
  dist: string | undefined,
  run: (browser: BenchBrowser) => Promise<void>,
  extras: LaunchExtras = {},
): Promise<void> {
  const dir = dist ?? mkdtempSync(join(tmpdir(), 'echo-export-dist-'));
  if (!dist) await buildExtension(dir);
  const fixtures = await startFixtures([{ id: 'chatgpt', hosts: ['chatgpt.com'], backend: chatgptBackend({}), dir: 'chatgpt' }]);
  const browser = await launchBench(fixtures, dir, extras);
  try {
    await run(browser);
  } finally {
    await browser.close();
    await fixtures.close();
    if (!dist) rmSync(dir, { recursive: true, force: true });
  }
}
