// Fixture backend for Val Town (www.val.town; docs/sites/valtown.md). The editor is CodeMirror 6 from the
// `@codemirror/*` npm packages, bundled at test time (vite, into .cache/fixtures/) together with `ghost-text.ts`, a
// ghost-text extension that behaves as the one Val Town publishes (@val-town/codemirror-codeium): the suggestion is
// inserted into the document as real text marked `cm-ghostText` and kept out of the undo history; Tab accepts it,
// any other key, a click or losing focus removes it. Suggestions are scripted; nothing talks to any network.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { SiteBackend } from '../types';

const root = resolve(import.meta.dirname, '../../..');
const OUT_DIR = join(root, '.cache/fixtures/valtown');
const BUNDLE = join(OUT_DIR, 'editor.js');
const SOURCES = ['editor-src.ts', 'ghost-text.ts'].map((f) => join(import.meta.dirname, f));

let building: Promise<void> | null = null;

/** Bundles the editor page script once per source change (vite's own build API, as the extension's build uses). */
export function buildValtownEditor(): Promise<void> {
  const fresh = existsSync(BUNDLE) && SOURCES.every((s) => statSync(s).mtimeMs < statSync(BUNDLE).mtimeMs);
  if (fresh) return Promise.resolve();
  building ??= (async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    const { build } = await import('vite');
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      build: {
        outDir: OUT_DIR,
        emptyOutDir: false,
        minify: false,
        target: 'es2022',
        lib: { entry: SOURCES[0]!, formats: ['iife'], name: 'ValtownFixtureEditor', fileName: () => 'editor.js' },
      },
    });
  })().finally(() => (building = null));
  return building;
}

export function valtownBackend(): SiteBackend {
  return {
    async handle(_req: IncomingMessage, res: ServerResponse, url: URL) {
      if (url.pathname !== '/fixture-build/editor.js') return false;
      await buildValtownEditor();
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(readFileSync(BUNDLE));
      return true;
    },
  };
}
