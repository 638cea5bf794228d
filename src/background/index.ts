// Service worker (Chromium) / background script (Firefox). It owns the store: every message is parsed against
// its schema and checked against its sender before anything is written. It may be killed at any moment, so it
// keeps no state that matters in memory: per-tab health lives in storage.session.
import browser, { type Runtime } from 'webextension-polyfill';
import { captureEventSchema, type CaptureEvent } from '../core/events';
import { repair, SchemaError } from '../core/schema';
import { siteForUrl } from '../core/sites';
import { type ErrorResult, OUTBOX_PORT, type Request, requestSchema, type ResponseMap, type SiteHealth } from '../messages';
import { isCapturePaused, isEventInScope, loadSettings, openBackgroundStore } from '../store/api';
import { boundaryCounts, type BoundaryNote, noteBoundary } from './boundary';
import { linesMaker, startDerivedUpkeep } from './derived-upkeep';
import { healthKey, showHealth } from './health';
import { startLifecycle } from './lifecycle';
import { writePopupMirror } from '../messages/popup-mirror';
import { completionAcceptance, mirrorCounts, popupSummary } from './popup-summary';
import { isQuotaError, noteStorageFull, noteStored, storageFull } from './storage-full';

const store = openBackgroundStore();
// The export lines it keeps are stamped with this version: an update's export code never writes an older one's.
const upkeep = startDerivedUpkeep(store, { maker: linesMaker(browser.runtime.getManifest().version) });
const mirror = mirrorCounts(store, browser.storage.session);

function reject(error: string, retry = false): ErrorResult {
  return { ok: false, error, retry };
}

/** One of the extension's own pages (popup, review, options), whether shown as a popup or in a tab. */
function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

/** The site whose content script sent this, or null when the sender is not one of ours on a supported host. */
function senderSite(sender: Runtime.MessageSender): string | null {
  if (sender.id !== browser.runtime.id || !sender.tab || !sender.url || fromOwnPage(sender)) return null;
  return siteForUrl(sender.url)?.id ?? null;
}

async function handle(request: Request, sender: Runtime.MessageSender): Promise<ResponseMap[Request['type']]> {
  switch (request.type) {
    case 'events': {
      const site = senderSite(sender);
      if (!site) return reject('sender is not a content script on a supported site');
      const { valid, note } = checkEvents(request.events, site);
      const { refused: rejected, repaired } = note;
      if (rejected || repaired) console.warn(`[echo-capture] from ${site}: ${repaired} event(s) repaired, ${rejected} refused`, note);
      await noteBoundary(site, note);
      const settings = await loadSettings(browser.storage.local);
      if (isCapturePaused(settings, site)) return { ok: true, stored: 0, duplicates: 0, rejected, repaired };
      // In a study, events of signals it does not cover are dropped here: never stored, never exported.
      const inScope = valid.filter((e) => isEventInScope(settings, e));
      try {
        const { stored, duplicates, conversations } = await store.append(inScope);
        if (conversations.length) upkeep.touched();
        if (stored) mirror.stored();
        await noteStored();
        return { ok: true, stored, duplicates, rejected, repaired };
      } catch (e) {
        const quota = isQuotaError(e);
        if (quota) await noteStorageFull();
        return reject(quota ? 'storage full: nothing from this batch was written' : `store failed: ${String(e)}`, true);
      }
    }
    case 'health': {
      const site = senderSite(sender);
      if (!site || request.health.site !== site || sender.tab?.id === undefined) return reject('unexpected sender');
      await browser.storage.session.set({ [healthKey(sender.tab.id)]: request.health });
      await showHealth(sender.tab.id, request.health);
      return { ok: true };
    }
    case 'status': {
      if (!fromOwnPage(sender)) return reject('unexpected sender');
      const tabId = request.tabId;
      let tab: { site: string | null; siteName: string | null; health: SiteHealth | null } = { site: null, siteName: null, health: null };
      // The popup waits on this answer to show anything: every read at once, not one after another.
      const [t, session, settings, counts, full, boundary] = await Promise.all([
        tabId !== undefined ? browser.tabs.get(tabId).catch(() => null) : null,
        tabId !== undefined ? browser.storage.session.get(healthKey(tabId)) : Promise.resolve<Record<string, unknown>>({}),
        loadSettings(browser.storage.local),
        store.counts(),
        storageFull(),
        boundaryCounts(),
      ]);
      if (tabId !== undefined) {
        const info = t?.url ? siteForUrl(t.url) : null;
        const stored = session[healthKey(tabId)] as SiteHealth | undefined;
        tab = { site: info?.id ?? null, siteName: info?.name ?? null, health: stored && stored.site === info?.id ? stored : null };
      }
      void writePopupMirror(browser.storage.session, { counts }).catch(() => undefined);
      return { ok: true, counts, tab, paused: settings.paused, storageFull: full, boundary };
    }
    case 'summary':
      return fromOwnPage(sender) ? popupSummary(store, browser.storage.session) : reject('unexpected sender');
    case 'completions':
      return fromOwnPage(sender) ? completionAcceptance(store) : reject('unexpected sender');
  }
}

/**
 * Each event on its own: repaired where only an optional part does not fit (trimmed or dropped, the event kept),
 * refused where a required part is wrong or it claims another site. One bad event never costs the others.
 */
function checkEvents(raws: unknown[], site: string): { valid: CaptureEvent[]; note: BoundaryNote } {
  const valid: CaptureEvent[] = [];
  const note: BoundaryNote = { repaired: 0, refused: 0 };
  for (const raw of raws) {
    try {
      const { value, repairs } = repair(captureEventSchema, raw);
      if (value.site !== site) {
        note.refused++;
        note.lastRefusal = `site: ${value.site} sent from a ${site} page`;
        continue;
      }
      valid.push(value);
      if (repairs.length) {
        note.repaired++;
        note.lastRepair = repairs.join('; ');
      }
    } catch (e) {
      note.refused++;
      note.lastRefusal = e instanceof SchemaError ? e.message : 'not an event';
    }
  }
  return { valid, note };
}

/** Every message, however it came: parsed against its schema, then handled with its sender's checks. */
function receive(raw: unknown, sender: Runtime.MessageSender, only?: Request['type']): Promise<ResponseMap[Request['type']]> {
  let request: Request;
  try {
    request = requestSchema.parse(raw);
  } catch (e) {
    return Promise.resolve(reject(e instanceof SchemaError ? `invalid message: ${e.message}` : 'invalid message'));
  }
  if (only && request.type !== only) return Promise.resolve(reject(`unexpected ${request.type} message`));
  return handle(request, sender).catch((e: unknown) => reject(String(e), true));
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => receive(raw, sender));

// Events a page hands over as it hides or goes away (src/capture/worker-port.ts): checked exactly as the `events`
// message, stored in order, each answered if the page is still there to hear it.
browser.runtime.onConnect.addListener((port) => {
  const sender = port.sender;
  if (port.name !== OUTBOX_PORT || !sender) return port.disconnect();
  let previous = Promise.resolve();
  port.onMessage.addListener((raw: unknown) => {
    previous = previous.then(async () => {
      const result = await receive(raw, sender, 'events');
      try {
        port.postMessage(result);
      } catch {
        // The page is gone; what it sent is stored all the same.
      }
    });
  });
});

browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(healthKey(tabId)));
startLifecycle(store);
