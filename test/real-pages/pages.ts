// The real saved pages (pages.json) and a fixture site per host that serves each page at its conversation path, so
// the extension's content script runs on them exactly as on the live site. Nothing else is served: the pages have
// no scripts, and any resource they name gets a 404.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FixtureSite } from '../sites/server';

const here = dirname(fileURLToPath(import.meta.url));

export interface CountedTurn {
  role: 'user' | 'assistant';
  /** A sentence of the turn's visible text, counted by hand (contained in the stored text). */
  text: string;
  /** Attachments the page shows on this prompt (kinds and names). */
  attachments?: { kind: string; name?: string }[];
}

export interface RealPage {
  file: string;
  site: string;
  host: string;
  path: string;
  /** `untouched`: never looked at while changing capture code; reported on its own. */
  split: 'tuned' | 'untouched';
  /** The page has its site's composer (a saved excerpt may not: capture then reports it missing). */
  composer: boolean;
  source: { repo: string; path: string; commit: string; licence: string; date: string };
  turns: CountedTurn[];
  /** Turns whose text is not in the page at all (e.g. inside a cross-origin iframe): not expected. */
  unreadable?: { role: string; after: number; why: string }[];
  /** Content the page shows beside an answer (index into `turns`) that belongs to it. */
  artifacts?: { after: number; title: string; text: string }[];
  note?: string;
  /**
   * Problems the suite found on this page and that are not fixed yet, each with why (an expected failure, reported
   * as such): the test fails when the problems differ, fixed ones included, so the entry is removed with the fix.
   */
  knownProblems?: { problem: string; why: string }[];
}

export function loadRealPages(): RealPage[] {
  return (JSON.parse(readFileSync(join(here, 'pages.json'), 'utf8')) as { pages: RealPage[] }).pages;
}

/** The conversation id each page's path names (the same rule the adapters apply to the URL). */
export function pageUrl(page: RealPage): string {
  return `https://${page.host}${page.path}`;
}

/** One fixture site per host: GET of a page's path answers that page, everything else 404. */
export function realPageSites(pages: RealPage[]): FixtureSite[] {
  const byHost = new Map<string, Map<string, string>>();
  for (const p of pages) {
    const paths = byHost.get(p.host) ?? new Map<string, string>();
    paths.set(p.path, join(here, p.file));
    byHost.set(p.host, paths);
  }
  return [...byHost].map(([host, paths]) => ({
    id: `real-${host}`,
    hosts: [host],
    backend: {
      handle(req, res, url) {
        const file = req.method === 'GET' ? paths.get(url.pathname) : undefined;
        if (file) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
        else res.writeHead(404).end();
        return Promise.resolve(true);
      },
    },
  }));
}
