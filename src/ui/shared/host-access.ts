// Host access as the browser grants it. Chromium grants the manifest's host permissions at install; Firefox (MV3)
// lets the person withhold them per site. So when someone switches a site on, the page asks the browser for that
// site's hosts if they are not granted yet. Firefox accepts the request only straight from the click, so callers
// look up what is missing beforehand and call `requestHostAccess` first thing in the handler.
import browser from 'webextension-polyfill';
import { originsOf, SUPPORTED_SITES } from './sites';

/** Site ids whose hosts the browser has not granted. */
export async function sitesWithoutHostAccess(): Promise<Set<string>> {
  const missing = new Set<string>();
  for (const site of SUPPORTED_SITES) {
    const granted = await browser.permissions.contains({ origins: [...site.matches] }).catch(() => true);
    if (!granted) missing.add(site.id);
  }
  return missing;
}

/** Asks for the hosts of these sites; resolves false when the person (or the browser) refuses. */
export function requestHostAccess(siteIds: readonly string[]): Promise<boolean> {
  if (siteIds.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins: originsOf(siteIds) }).catch(() => false);
}
