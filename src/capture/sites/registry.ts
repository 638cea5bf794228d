/// <reference types="vite/client" />
// Every supported site: each adapter file in this folder that exports a SiteAdapter. Adding a site is adding
// its file (docs/adding-a-site.md); nothing else lists sites. The build makes one content script per adapter,
// and the manifest's host permissions are exactly the union of their match patterns.
import type { SiteAdapter, SiteInfo } from './types';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./registry.ts', '!./types.ts'], { eager: true });

export function isAdapter(value: unknown): value is SiteAdapter {
  const v = value as Partial<SiteAdapter> | null;
  return !!v && typeof v.id === 'string' && Array.isArray(v.matches) && typeof v.readTurn === 'function';
}

export const adapters: readonly SiteAdapter[] = Object.values(modules)
  .flatMap((m) => Object.values(m).filter(isAdapter))
  .sort((a, b) => a.id.localeCompare(b.id));

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
