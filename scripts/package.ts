// `npm run package`: builds dist/ and zips it for Chromium and Firefox with web-ext (same files: one manifest
// serves both), after `web-ext lint` passes with 0 errors.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExtension } from './build';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'web-ext-artifacts');
const pkg = (await import('../package.json', { with: { type: 'json' } })).default as { version: string };

await buildExtension(dist);
const webExt = join(root, 'node_modules/.bin/web-ext');
execFileSync(webExt, ['lint', '--source-dir', dist, '--self-hosted', '--warnings-as-errors=false'], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });
for (const target of ['chromium', 'firefox']) {
  const name = `echo-capture-${pkg.version}-${target}.zip`;
  const args = ['build', '--source-dir', dist, '--artifacts-dir', out, '--overwrite-dest', '--filename', name];
  execFileSync(webExt, args, { stdio: 'inherit' });
  console.log(`packaged web-ext-artifacts/${name}`);
}
