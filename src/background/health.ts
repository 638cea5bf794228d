// The toolbar badge tells at a glance when a site's markup drifted and capture is degraded on this tab.
import browser from 'webextension-polyfill';
import type { SiteHealth } from '../messages';

export const healthKey = (tabId: number) => `health:${tabId}`;

export async function showHealth(tabId: number, health: SiteHealth): Promise<void> {
  const text = health.status === 'degraded' ? '!' : health.status === 'paused' ? '||' : '';
  const title =
    health.status === 'degraded'
      ? `Echo Capture: capture degraded on this site (missing: ${health.missing.join(', ')})`
      : health.status === 'paused'
        ? 'Echo Capture: paused'
        : 'Echo Capture: capturing';
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: health.status === 'degraded' ? '#c2410c' : '#64748b' });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}
