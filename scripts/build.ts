// Builds the extension into dist/ (or the directory given): every entry of vite.config.ts (one content script and
// page-world hook per site in src/core/sites.ts, the background, the pages), the public/ files, and manifest.json
// whose host permissions and content scripts come from the same site list, so the extension runs on exactly the
// supported sites. `--watch` (npm run dev) rebuilds whenever src/, public/, manifest.json or vite.config.ts change.
import { cpSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { SITES } from '../src/core/sites';
import { configFor, contentScriptFile, entryName, extensionEntries, pageWorldFile } from '../vite.config';

const root = resolve(import.meta.dirname, '..');

/** manifest.json with the version from package.json and the sites' host permissions and content scripts. */
export function extensionManifest(): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  manifest['version'] = pkg.version;
  manifest['host_permissions'] = [...new Set(SITES.flatMap((s) => s.matches))];
  // Both run at document_start so they can claim the private page-world bridge before any page script runs
  // (src/capture/page-world/bridge.ts); the capture engine itself waits for the DOM.
  manifest['content_scripts'] = SITES.flatMap((s) => [
    { matches: [...s.matches], js: [contentScriptFile(s.id)], run_at: 'document_start' },
    ...(s.pageWorldResponses?.length
      ? [{ matches: [...s.matches], js: [pageWorldFile(s.id)], run_at: 'document_start', world: 'MAIN' }]
      : []),
  ]);
  return manifest;
}

export async function buildExtension(dist = join(root, 'dist')): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  cpSync(join(root, 'public'), dist, { recursive: true });
  for (const entry of extensionEntries()) {
    try {
      await build({ ...configFor(entry, dist), configFile: false });
    } catch (e) {
      throw new Error(`building ${entryName(entry)}: ${(e as Error).message}`, { cause: e });
    }
  }
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(extensionManifest(), null, 2) + '\n');
}

/** Rebuilds `dist` after every change under the watched paths (one rebuild at a time; changes during one queue one more). */
async function watchExtension(dist: string): Promise<void> {
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rebuild = async () => {
    if (running) return void (again = true);
    running = true;
    const started = Date.now();
    try {
      await buildExtension(dist);
      console.log(`[dev] rebuilt ${dist} in ${Date.now() - started} ms; reload the extension to pick it up`);
    } catch (e) {
      console.error(`[dev] build failed: ${(e as Error).message}`);
    }
    running = false;
    if (again) {
      again = false;
      await rebuild();
    }
  };
  await rebuild();
  const onChange = (file: string | null) => {
    if (file && /\.test\.tsx?$/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 100);
  };
  for (const dir of ['src', 'public']) watch(join(root, dir), { recursive: true }, (_, f) => onChange(f));
  for (const file of ['manifest.json', 'package.json', 'vite.config.ts']) watch(join(root, file), () => onChange(file));
  console.log('[dev] watching src/, public/, manifest.json, vite.config.ts (Ctrl-C to stop)');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--'));
  const dist = out ? resolve(out) : join(root, 'dist');
  if (args.includes('--watch')) await watchExtension(dist);
  else {
    const started = Date.now();
    await buildExtension(dist);
    console.log(`built ${out ?? 'dist/'} in ${Date.now() - started} ms`);
  }
}
