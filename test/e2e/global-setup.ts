import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../../scripts/build';

// Each run builds its own copy of the extension, so runs in parallel checkouts or shells never share a dist/.
export default async function setup(): Promise<() => void> {
  if (process.env.ECHO_DIST) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'echo-dist-'));
  await buildExtension(dir);
  process.env.ECHO_DIST = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
