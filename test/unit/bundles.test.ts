// What the build ships, checked on a real build: site selectors (adapter code) only in the content scripts, so the
// service worker and the extension pages stay site-agnostic and small; each content script within its size budget;
// the manifest naming exactly the listed sites and the scripts that exist.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/build';
import { bundleSizes } from '../../scripts/bench/bundle';
import { SITES } from '../../src/core/sites';
import type { EditorSiteAdapter } from '../../src/capture/editors/types';
import type { SiteAdapter } from '../../src/capture/sites/types';

const root = resolve(import.meta.dirname, '../..');
const CONTENT_SCRIPT_BUDGET = 25 * 1024;
let dist = '';

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'echo-bundles-'));
  await buildExtension(dist);
}, 120_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

/**
 * The adapter's selectors that could not appear in a bundle by accident: a bare tag name (`pre`, `textarea`) or a
 * very short string is part of ordinary code too, so only selectors with structure (attributes, classes, ids,
 * combinators) of some length count.
 */
async function distinctiveSelectors(site: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(join(root, 'src/capture/sites', `${site}.ts`)).href)) as Record<string, unknown>;
  const found = Object.values(mod).find((v) => (v as SiteAdapter | null)?.id === site) as SiteAdapter | EditorSiteAdapter;
  // An editor site (kind 'editor') names its code editors instead of chat turns.
  const all =
    found.kind === 'editor'
      ? [(found as EditorSiteAdapter).editorSelector, (found as EditorSiteAdapter).excludeSelector]
      : [found.turnSelector, found.codeBlockSelector, found.composerSelector, ...found.landmarks.map((l) => l.selector)];
  return [...new Set(all.filter((s): s is string => !!s && s.length >= 8 && !/^[a-z][a-z0-9-]*$/.test(s)))];
}

/** Whether a bundle holds this string as written in source, or with its double quotes escaped by the minifier. */
const holds = (text: string, s: string) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1));

describe('the built extension', () => {
  it('carries site selectors only in the content scripts: none in the service worker or any extension page', async () => {
    const shared = filesUnder(dist).filter((f) => /\.(js|css|html)$/.test(f) && !/^(content|page)-/.test(relative(dist, f)));
    expect(shared.map((f) => relative(dist, f))).toContain('background.js');
    expect(shared.some((f) => f.includes(`${join(dist, 'assets')}`))).toBe(true);
    const texts = shared.map((f) => [relative(dist, f), readFileSync(f, 'utf8')] as const);
    for (const site of SITES) {
      const selectors = await distinctiveSelectors(site.id);
      // The same needles are found where they belong, so a miss elsewhere means absent, not unfindable.
      const own = readFileSync(join(dist, `content-${site.id}.js`), 'utf8');
      const found = selectors.filter((s) => holds(own, s));
      expect(found.length, `${site.id}: none of its selectors found in its content script`).toBeGreaterThan(0);
      for (const [file, text] of texts) {
        const leaked = selectors.filter((s) => holds(text, s));
        expect(leaked, `${file} carries ${site.id} selectors`).toEqual([]);
      }
    }
  });

  it('names no path of the machine it was built on', () => {
    const leaking = filesUnder(dist).filter((f) => /\.(js|css|html|json)$/.test(f) && readFileSync(f, 'utf8').includes(root));
    expect(leaking.map((f) => relative(dist, f))).toEqual([]);
  });

  it(`keeps every content script within ${CONTENT_SCRIPT_BUDGET / 1024} KB gzip`, () => {
    const scripts = bundleSizes(dist).filter((b) => b.kind === 'content' || b.kind === 'page-world');
    expect(scripts.filter((b) => b.kind === 'content')).toHaveLength(SITES.length);
    for (const b of scripts) expect(b.gzip, `${b.name}: ${(b.gzip / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it('has a manifest naming exactly the listed sites, with scripts that exist', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
      host_permissions: string[];
      content_scripts: { matches: string[]; js: string[]; world?: string }[];
    };
    expect([...manifest.host_permissions].sort()).toEqual([...new Set(SITES.flatMap((s) => s.matches))].sort());
    for (const site of SITES) {
      const own = [`content-${site.id}.js`, `page-${site.id}.js`];
      const scripts = manifest.content_scripts.filter((c) => c.js.some((js) => own.includes(js)));
      const worlds = site.pageWorldResponses?.length ? ['ISOLATED', 'MAIN'] : ['ISOLATED'];
      expect(scripts.map((c) => c.world ?? 'ISOLATED').sort()).toEqual(worlds);
      for (const c of scripts) {
        expect(c.matches).toEqual([...site.matches]);
        for (const js of c.js) expect(existsSync(join(dist, js)), js).toBe(true);
      }
    }
  });
});
