// The supported sites as the extension pages list them (names and the hosts each runs on): the metadata list in
// src/core/sites.ts, so no page bundle carries adapter code or site selectors.
import { SITES, type SiteMeta } from '../../core/sites';

export { siteName } from '../../core/sites';

export const SUPPORTED_SITES: readonly SiteMeta[] = SITES;

/** Host patterns of these sites, as `permissions.request` takes them (`https://chatgpt.com/*`). */
export function originsOf(ids: readonly string[]): string[] {
  return [...new Set(SUPPORTED_SITES.filter((s) => ids.includes(s.id)).flatMap((s) => s.matches))];
}
