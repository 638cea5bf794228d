// Every supported site, in one list. The build makes one content script per entry, with the entry's match
// patterns, and the manifest's host permissions are exactly the union of these patterns.
import { chatgpt } from './chatgpt';
import type { SiteAdapter, SiteInfo } from './types';

export const adapters: readonly SiteAdapter[] = [chatgpt];

export function siteForUrl(url: string): SiteInfo | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return adapters.find((a) => a.matches.some((m) => matchPattern(m, parsed))) ?? null;
}

/** Manifest match pattern semantics for the `scheme://host/path*` patterns this project uses. */
export function matchPattern(pattern: string, url: URL): boolean {
  const m = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== url.hostname) return false;
  const re = new RegExp('^' + path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(url.pathname);
}
