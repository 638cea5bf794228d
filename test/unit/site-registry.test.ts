// Adding a site is one entry in src/core/sites.ts plus its adapter, fixture site, e2e test and notes
// (docs/adding-a-site.md). The build makes the manifest and the content scripts from that list alone, so a missing
// or mismatched piece would ship a content script that never starts or a site nobody tests: this checks each piece.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMatchPattern, SITES, type SiteMeta } from '../../src/core/sites';
import type { EditorSiteAdapter } from '../../src/capture/editors/types';
import type { SiteAdapter } from '../../src/capture/sites/types';
import type { FixtureSiteModule } from '../sites/types';

const root = resolve(import.meta.dirname, '../..');
const sitesDir = join(root, 'src/capture/sites');

const load = async (file: string) => (await import(pathToFileURL(file).href)) as Record<string, unknown>;

/**
 * The exports that look like a site adapter (the content-script entry picks one of them by id): a chat adapter reads
 * turns, an editor adapter (`kind: 'editor'`) names the editor kind and the documents its editors show.
 */
function adaptersIn(mod: Record<string, unknown>): (SiteAdapter | EditorSiteAdapter)[] {
  const isAdapter = (v: unknown): v is SiteAdapter | EditorSiteAdapter => {
    if (!v || typeof v !== 'object' || typeof (v as SiteAdapter).id !== 'string') return false;
    if ((v as EditorSiteAdapter).kind === 'editor') {
      const e = v as EditorSiteAdapter;
      const known = e.editor === 'monaco' || e.editor === 'codemirror';
      return known && typeof e.documentOf === 'function' && typeof e.editorSelector === 'string';
    }
    return typeof (v as SiteAdapter).readTurn === 'function';
  };
  return Object.values(mod).filter(isAdapter);
}

const hostOf = (pattern: string) => /^[^:]+:\/\/([^/]+)\//.exec(pattern)![1]!;

describe('the site list', () => {
  it('has unique ids, and every match pattern parses', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const site of SITES) for (const m of site.matches) expect(isMatchPattern(m), `${site.id}: ${m}`).toBe(true);
  });

  it('lists every adapter in src/capture/sites/ (an unlisted adapter would never be built)', async () => {
    const listed = new Set(SITES.map((s) => s.id));
    for (const file of readdirSync(sitesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const adapter of adaptersIn(await load(join(sitesDir, file)))) {
        expect(listed.has(adapter.id), `${file} exports adapter "${adapter.id}", which src/core/sites.ts does not list`).toBe(true);
      }
    }
  });
});

describe.each(SITES.map((s) => [s.id, s] as [string, SiteMeta]))('site %s', (id, meta) => {
  it(`has src/capture/sites/${id}.ts exporting an adapter with this id and exactly these match patterns`, async () => {
    const file = join(sitesDir, `${id}.ts`);
    expect(existsSync(file), `src/capture/sites/${id}.ts is missing`).toBe(true);
    const found = adaptersIn(await load(file)).filter((a) => a.id === id);
    expect(found, `src/capture/sites/${id}.ts exports no adapter with id "${id}"`).toHaveLength(1);
    const adapter = found[0]!;
    expect([...adapter.matches].sort()).toEqual([...meta.matches].sort());
    // The build starts the editor capture for `kind: 'editor'` entries and the chat engine for the rest.
    expect(adapter.kind, 'the adapter and src/core/sites.ts agree on the kind').toBe(meta.kind);
    if (meta.kind === 'editor') expect(meta.captures, 'an editor site says what it captures (consent page)').toBeTruthy();
    // The build installs the page-world hook only for sites whose metadata names response patterns.
    const together = 'adapter.pageWorld and pageWorldResponses in src/core/sites.ts go together';
    expect('pageWorld' in adapter && !!adapter.pageWorld, together).toBe(!!meta.pageWorldResponses?.length);
    if ('pageWorld' in adapter && adapter.pageWorld && 'responses' in adapter.pageWorld) {
      expect(adapter.pageWorld.responses.map(String).sort()).toEqual((meta.pageWorldResponses ?? []).map(String).sort());
    }
  });

  it(`has a fixture site test/sites/${id}/site.ts serving every host it matches`, async () => {
    const file = join(root, 'test/sites', id, 'site.ts');
    expect(existsSync(file), `test/sites/${id}/site.ts is missing`).toBe(true);
    const fixture = (await load(file))['default'] as FixtureSiteModule;
    expect(fixture.id).toBe(id);
    for (const host of new Set(meta.matches.map(hostOf))) expect(fixture.hosts, `fixture ${id} does not serve ${host}`).toContain(host);
  });

  it(`has an e2e test test/e2e/${id}*.e2e.ts`, () => {
    // `copilot` must not count `copilot-x.e2e.ts` when `copilot-x` is a site of its own.
    const longer = SITES.map((s) => s.id).filter((other) => other.startsWith(`${id}-`));
    const named = (f: string, site: string) => f === `${site}.e2e.ts` || (f.startsWith(`${site}-`) && f.endsWith('.e2e.ts'));
    const own = readdirSync(join(root, 'test/e2e')).filter((f) => named(f, id) && !longer.some((o) => named(f, o)));
    expect(own, `no test/e2e/${id}*.e2e.ts`).not.toEqual([]);
  });

  it(`has notes in docs/sites/${id}.md`, () => {
    expect(existsSync(join(root, 'docs/sites', `${id}.md`)), `docs/sites/${id}.md is missing`).toBe(true);
  });
});
