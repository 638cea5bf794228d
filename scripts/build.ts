// Builds the extension into dist/: one self-contained IIFE content script per site adapter (content scripts
// cannot be ES modules), the background as one classic script (service worker in Chromium, background script in
// Firefox), the Preact pages, and manifest.json with content scripts and host permissions taken from the
// adapter registry, so the extension runs on exactly the supported sites.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { adapters } from '../src/capture/sites/registry';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cache = join(root, '.cache', 'entries');

const common: InlineConfig = {
  configFile: false,
  logLevel: 'warn',
  root,
  define: { 'process.env.NODE_ENV': '"production"' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
};

async function buildScript(entry: string, fileName: string, name: string): Promise<void> {
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

export async function buildExtension(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  cpSync(join(root, 'public'), dist, { recursive: true });

  for (const adapter of adapters) {
    const entry = join(cache, `content-${adapter.id}.ts`);
    writeFileSync(
      entry,
      `import { startCapture } from '../../src/capture/main';\n` +
        `import * as site from '../../src/capture/sites/${adapter.id}';\n` +
        `const adapter = Object.values(site).find((v) => (v as { id?: string })?.id === ${JSON.stringify(adapter.id)});\n` +
        `if (adapter) startCapture(adapter as Parameters<typeof startCapture>[0]);\n`,
    );
    await buildScript(entry, `content-${adapter.id}.js`, `EchoCapture_${adapter.id.replace(/\W/g, '_')}`);
  }
  await buildScript(join(root, 'src/background/index.ts'), 'background.js', 'EchoCaptureBackground');

  await build({
    ...common,
    root: join(root, 'src/ui'),
    base: '/',
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      rollupOptions: { input: { popup: join(root, 'src/ui/popup/index.html') } },
    },
  });

  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  manifest.host_permissions = [...new Set(adapters.flatMap((a) => a.matches))];
  manifest.content_scripts = adapters.map((a) => ({ matches: a.matches, js: [`content-${a.id}.js`], run_at: 'document_idle' }));
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildExtension();
  console.log(`built dist/ in ${Date.now() - started} ms`);
}
