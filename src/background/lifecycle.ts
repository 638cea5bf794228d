// What the background does on its own, not in answer to a message: show the onboarding page on install (no
// capture happens before the person agrees there, see store/settings.ts) and after an update that changed the
// consent text, and apply retention. Retention runs whenever the worker starts (browser start, and every wake-up
// after idling), at most once an hour: that needs no "alarms" permission and still runs daily for anyone who uses
// the browser.
import browser from 'webextension-polyfill';
import { type EchoStore, effectiveRetentionDays, loadSettings, needsConsentAgain, watchSettings } from '../store/api';

const RETENTION_KEY = 'retentionCheckedAt';
const HOUR_MS = 60 * 60 * 1000;

export const ONBOARDING_PAGE = 'onboarding/index.html';

async function applyRetention(store: EchoStore, force = false): Promise<void> {
  const last = (await browser.storage.session.get(RETENTION_KEY))[RETENTION_KEY] as number | undefined;
  if (!force && last !== undefined && Date.now() - last < HOUR_MS) return;
  await browser.storage.session.set({ [RETENTION_KEY]: Date.now() });
  const days = effectiveRetentionDays(await loadSettings(browser.storage.local));
  if (days !== undefined) await store.applyRetention(days);
}

export function startLifecycle(store: EchoStore): void {
  const onboard = () => void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') onboard();
    // An update whose consent text changed (CONSENT_VERSION): capture stopped on the person's sites until they
    // agree again, so the page that asks is shown.
    else if (reason === 'update') void loadSettings(browser.storage.local).then((s) => needsConsentAgain(s) && onboard());
  });
  const run = (force: boolean) => {
    applyRetention(store, force).catch((e: unknown) => console.warn('[echo-capture] retention failed:', e));
  };
  run(false);
  // A shorter retention (set in options, or by joining a study) applies at once.
  watchSettings(browser, () => run(true));
}
