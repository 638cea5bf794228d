// The Vite configuration of every bundle Echo Capture ships, one config per entry kind:
//   content:<site>     one self-contained IIFE content script per site (content scripts cannot be ES modules)
//   page-world:<site>  the page-world hook with only that site's response patterns (no adapter code in the page)
//   background         the service worker / Firefox background script, one classic IIFE script
//   pages              the Preact extension pages (popup, review, options, onboarding)
//   cli                echo-dataset for Node, committed as lib/echo-dataset.mjs so it runs without dev dependencies
// `scripts/build.ts` builds every extension entry from `extensionEntries()` and writes the manifest; one entry can
// also be built alone with `npx vite build --mode content:chatgpt`. Per-site entries are virtual modules made by the
// plugin below from src/core/sites.ts, so no generated entry file is ever written to disk.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { SITES, siteMeta } from './src/core/sites.ts';

const root = import.meta.dirname;

export type Entry =
  | { kind: 'content'; site: string }
  | { kind: 'page-world'; site: string }
  | { kind: 'background' }
  | { kind: 'pages' }
  | { kind: 'cli' };

/** Every bundle of the extension, in build order: content scripts and page-world hooks from SITES, then the rest. */
export function extensionEntries(): Entry[] {
  return [
    ...SITES.flatMap((s): Entry[] => [
      { kind: 'content', site: s.id },
      ...(s.pageWorldResponses?.length ? [{ kind: 'page-world', site: s.id } as const] : []),
    ]),
    { kind: 'background' },
    { kind: 'pages' },
  ];
}

export function entryName(entry: Entry): string {
  return 'site' in entry ? `${entry.kind}:${entry.site}` : entry.kind;
}

/** The entry a `--mode` names (`content:chatgpt`, `page-world:claude`, `background`, `pages`, `cli`). */
export function entryOfMode(mode: string): Entry {
  const [kind, site] = mode.split(':');
  if ((kind === 'content' || kind === 'page-world') && site) {
    siteMeta(site);
    return { kind, site };
  }
  if (kind === 'background' || kind === 'pages' || kind === 'cli') return { kind };
  const modes = [...extensionEntries().map(entryName), 'cli'].join(', ');
  throw new Error(`vite.config.ts: --mode ${mode} names no entry; one of: ${modes} (npm run build builds them all)`);
}

/** The file name a content script or page-world hook gets in dist/ (the manifest names them). */
export const contentScriptFile = (site: string) => `content-${site}.js`;
export const pageWorldFile = (site: string) => `page-${site}.js`;

export const CLI_BUNDLE = 'lib/echo-dataset.mjs';
const CLI_BANNER =
  '// Generated from src/cli/ by `npm run build:cli` (vite.config.ts, mode cli): do not edit. Committed so that\n' +
  '// echo-dataset runs from a plain `npm ci --omit=dev` install; src/cli/bundle-committed.test.ts fails when stale.';

const VIRTUAL = 'virtual:echo-entry/';

/**
 * Per-site entries as virtual modules. The content entry hands `src/capture/sites/<id>.ts` to `startSite`
 * (src/capture/site-entry.ts), which starts capture with the export whose `id` is the site's (the registry test checks
 * that it exists); the page-world entry is the hook with the site's response patterns written in as regular
 * expression literals.
 */
function siteEntries(): Plugin {
  return {
    name: 'echo-site-entries',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const entry = entryOfMode(id.slice(VIRTUAL.length + 1));
      if (entry.kind === 'content') {
        // An editor site starts the editor capture instead of the chat engine; each entry module imports only its own.
        const editor = siteMeta(entry.site).kind === 'editor';
        const start = editor ? 'startEditorSite' : 'startSite';
        const module = resolve(root, editor ? 'src/capture/editor-entry.ts' : 'src/capture/site-entry.ts');
        return [
          `import { ${start} } from ${JSON.stringify(module)};`,
          `import * as site from ${JSON.stringify(resolve(root, `src/capture/sites/${entry.site}.ts`))};`,
          `${start}(${JSON.stringify(entry.site)}, site);`,
        ].join('\n');
      }
      if (entry.kind === 'page-world') {
        const patterns = siteMeta(entry.site).pageWorldResponses ?? [];
        return [
          `import { installPageHook } from ${JSON.stringify(resolve(root, 'src/capture/page-world/hook.ts'))};`,
          `installPageHook([${patterns.map((r) => r.toString()).join(', ')}]);`,
        ].join('\n');
      }
      return null;
    },
  };
}

const shared: UserConfig = {
  logLevel: 'warn',
  root,
  // scripts/build.ts copies public/ into dist/ once; no entry copies it again (and lib/ gets none).
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Production JSX even when NODE_ENV is not `production` (vitest sets `test`: the e2e and bundle checks build inside
  // it), so what the tests load is what ships, without source paths in `jsxDEV` calls.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
};

/** One classic script: every import inlined, nothing shared between scripts, no `import` statement left. */
function iife(entry: string, fileName: string, name: string, outDir: string): UserConfig {
  return {
    ...shared,
    plugins: [siteEntries()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
      // Lib mode would resolve a virtual entry as a path under root; naming the input keeps it virtual.
      rollupOptions: { input: entry },
    },
  };
}

const PAGES = ['popup', 'review', 'onboarding', 'options'];

const globalName = (prefix: string, site: string) => `${prefix}_${site.replace(/\W/g, '_')}`;

/** The Vite config of one entry, writing into `outDir` (default dist/, lib/ for the CLI). */
export function configFor(entry: Entry, outDir = resolve(root, entry.kind === 'cli' ? 'lib' : 'dist')): UserConfig {
  switch (entry.kind) {
    case 'content':
      return iife(`${VIRTUAL}${entryName(entry)}`, contentScriptFile(entry.site), globalName('EchoCapture', entry.site), outDir);
    case 'page-world':
      return iife(`${VIRTUAL}${entryName(entry)}`, pageWorldFile(entry.site), globalName('EchoCapturePage', entry.site), outDir);
    case 'background':
      return iife(resolve(root, 'src/background/index.ts'), 'background.js', 'EchoCaptureBackground', outDir);
    case 'pages':
      return {
        ...shared,
        root: resolve(root, 'src/ui'),
        base: '/',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          rollupOptions: {
            input: Object.fromEntries(PAGES.map((p) => [p, resolve(root, `src/ui/${p}/index.html`)])),
          },
        },
      };
    case 'cli':
      return cliConfig(outDir);
  }
}

/**
 * echo-dataset as one ES module for Node: the project's own code inlined, its runtime dependencies (package.json
 * `dependencies`, e.g. @duckdb/node-api and fflate) and Node's built-ins left as imports, not minified so a stack
 * trace stays readable.
 */
function cliConfig(outDir: string): UserConfig {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const bare = [...builtinModules, ...Object.keys(pkg.dependencies)];
  const external = (id: string) => id.startsWith('node:') || bare.some((m) => id === m || id.startsWith(`${m}/`));
  return {
    ...shared,
    define: {},
    build: {
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      ssr: resolve(root, 'src/cli/main.ts'),
      rollupOptions: { external, output: { format: 'es', entryFileNames: 'echo-dataset.mjs', banner: CLI_BANNER, codeSplitting: false } },
    },
  };
}

export default defineConfig(({ mode }) => configFor(entryOfMode(mode)));
