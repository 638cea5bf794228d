// Builds the extension into dist/: one self-contained IIFE content script per site adapter (content scripts
// cannot be ES modules), the background as one classic script (service worker in Chromium, background script in
// Firefox), the Preact pages, and manifest.json with content scripts and host permissions taken from the
// adapter registry, so the extension runs on exactly the supported sites.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import type { SiteAdapter } from '../src/capture/sites/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.cache', 'entries');

const common: InlineConfig = {
  configFile: false,
  logLevel: 'warn',
  root,
  define: { 'process.env.NODE_ENV': '"production"' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
};

async function buildScript(dist: string, entry: string, fileName: string, name: string): Promise<void> {
  await build({
    ...common,
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
    },
  });
}

/** The adapters, found the way the registry finds them (one file per site in src/capture/sites/). */
export async function loadAdapters(): Promise<SiteAdapter[]> {
  const dir = join(root, 'src/capture/sites');
  const found: SiteAdapter[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'registry.ts' || file === 'types.ts') continue;
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      const v = value as Partial<SiteAdapter> | null;
      if (v && typeof v.id === 'string' && Array.isArray(v.matches) && typeof v.readTurn === 'function') found.push({ ...(v as SiteAdapter), file } as SiteAdapter & { file: string });
    }
  }
  return found.sort((a, b) => a.id.localeCompare(b.id));
}

export async function buildExtension(dist = join(root, 'dist')): Promise<void> {
  const adapters = (await loadAdapters()) as (SiteAdapter & { file: string })[];
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  cpSync(join(root, 'public'), dist, { recursive: true });

  for (const adapter of adapters) {
    const entry = join(cache, `content-${adapter.id}-${process.pid}.ts`);
    writeFileSync(
      entry,
      `import { startCapture } from '../../src/capture/main';\n` +
        `import * as site from '../../src/capture/sites/${adapter.file.replace(/\.ts$/, '')}';\n` +
        `const adapter = Object.values(site).find((v) => (v as { id?: string })?.id === ${JSON.stringify(adapter.id)});\n` +
        `if (adapter) startCapture(adapter as Parameters<typeof startCapture>[0]);\n`,
    );
    await buildScript(dist, entry, `content-${adapter.id}.js`, `EchoCapture_${adapter.id.replace(/\W/g, '_')}`);
    if (adapter.pageWorld) {
      // The page-world hook gets only the response patterns, serialised here: no adapter code in the page.
      const pageEntry = join(cache, `page-${adapter.id}-${process.pid}.ts`);
      writeFileSync(
        pageEntry,
        `import { installPageHook } from '../../src/capture/page-world/hook';\n` +
          `installPageHook([${adapter.pageWorld.responses.map((r) => r.toString()).join(', ')}]);\n`,
      );
      await buildScript(dist, pageEntry, `page-${adapter.id}.js`, `EchoCapturePage_${adapter.id.replace(/\W/g, '_')}`);
    }
  }
  await buildScript(dist, join(root, 'src/background/index.ts'), 'background.js', 'EchoCaptureBackground');

  await build({
    ...common,
    root: join(root, 'src/ui'),
    base: '/',
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      rollupOptions: {
        input: {
          popup: join(root, 'src/ui/popup/index.html'),
          review: join(root, 'src/ui/review/index.html'),
          onboarding: join(root, 'src/ui/onboarding/index.html'),
          options: join(root, 'src/ui/options/index.html'),
        },
      },
    },
  });

  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  manifest.host_permissions = [...new Set(adapters.flatMap((a) => a.matches))];
  // Both run at document_start so they can claim the private page-world bridge before any page script runs
  // (src/capture/page-world/bridge.ts); the capture engine itself waits for the DOM.
  manifest.content_scripts = adapters.flatMap((a) => [
    { matches: a.matches, js: [`content-${a.id}.js`], run_at: 'document_start' },
    ...(a.pageWorld ? [{ matches: a.matches, js: [`page-${a.id}.js`], run_at: 'document_start', world: 'MAIN' }] : []),
  ]);
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
  await buildExtension(out);
  console.log(`built ${out ?? 'dist/'} in ${Date.now() - started} ms`);
}
