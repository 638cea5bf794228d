// The supported sites as the extension pages list them (names and the hosts each runs on).
import { adapters } from '../../capture/sites/registry';
import type { SiteInfo } from '../../capture/sites/types';

export const SUPPORTED_SITES: readonly SiteInfo[] = adapters.map(({ id, name, matches }) => ({ id, name, matches }));

export function siteName(id: string): string {
  return SUPPORTED_SITES.find((s) => s.id === id)?.name ?? id;
}

/** Host patterns of these sites, as `permissions.request` takes them (`https://chatgpt.com/*`). */
export function originsOf(ids: readonly string[]): string[] {
  return [...new Set(SUPPORTED_SITES.filter((s) => ids.includes(s.id)).flatMap((s) => s.matches))];
}
