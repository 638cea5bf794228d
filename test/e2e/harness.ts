// Real-browser harness: Debian's Chromium with the built extension loaded, fixture sites on their real host
// names, a fresh profile per launch. Helpers read what a user would see (popup, downloaded export).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { SITES } from '../../src/core/sites';
import { entriesHolding } from '../../src/core/export/file-parts';
import type { CaptureEvent, EventOf } from '../../src/core/events';
import { grantConsent, parseSettings } from '../../src/store/settings';
import { loadSites, startFixtures, type FixtureSite, type RunningFixtures } from '../sites/server';
import type { SiteBackend } from '../sites/types';

export const DIST = process.env.ECHO_DIST ?? resolve(import.meta.dirname, '../../dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  fixtures: RunningFixtures;
  /** Each fixture site's backend by site id, to compare captures with what the site itself holds. */
  backends: Record<string, SiteBackend>;
  /** Every request made by an extension page or worker (there must be none to the network). */
  extensionRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  /** Only these fixture sites (default: all under test/sites/). */
  sites?: string[];
  /** Reuse running fixtures (e.g. across a browser restart); otherwise fresh ones are started. */
  fixtures?: { fixtures: RunningFixtures; sites: FixtureSite[] };
  /**
   * Default true: the run starts as if the person had agreed on the onboarding page to every supported site
   * (docs/testing.md). false: a first run as a person meets it, with the onboarding page open and nothing captured.
   */
  consent?: boolean;
  /**
   * The browser's language (default en-US): what the fixture sites render their UI in, as the real sites do for a
   * browser set to that language (test/sites/shared/locale.js). The extension's own pages are not translated.
   */
  locale?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Launched> {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const sites = options.fixtures?.sites ?? (await loadSites(options.sites));
  const fixtures = options.fixtures?.fixtures ?? (await startFixtures(sites));
  const backends = Object.fromEntries(sites.map((s) => [s.id, s.backend]));
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'echo-profile-'));
  const freshProfile = !existsSync(userDataDir) || readdirSync(userDataDir).length === 0;
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    acceptDownloads: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1200, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=${fixtures.hostResolverRules}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
    ],
  });
  let sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(sw.url()).host;
  const extensionRequests: string[] = [];
  const fromExtension = (r: Request) => {
    const url = r.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    const frameUrl = (() => {
      try {
        return r.frame().url();
      } catch {
        return 'chrome-extension://worker';
      }
    })();
    if (frameUrl.startsWith('chrome-extension://') || r.serviceWorker()) extensionRequests.push(`${r.method()} ${url}`);
  };
  context.on('request', fromExtension);
  if (options.consent ?? true) {
    await giveConsentForAutomatedRun(sw);
    if (freshProfile) await closeOnboarding(context, extensionId);
  }
  return {
    context,
    extensionId,
    fixtures,
    backends,
    extensionRequests,
    worker: async () => {
      const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      if (live) return (sw = live);
      return (sw = await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    },
    async close() {
      await context.close();
      if (!options.fixtures) await fixtures.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * What a person's "Agree" on the onboarding page writes (every supported site), written through the service
 * worker's own storage before the test opens any page: capture then starts as it would after onboarding.
 */
async function giveConsentForAutomatedRun(sw: Worker): Promise<void> {
  const sites = SITES.map((s) => s.id);
  type Local = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } };
  const stored = await sw.evaluate(async () => (await (globalThis as unknown as Local).chrome.storage.local.get('settings'))['settings']);
  const settings = grantConsent(parseSettings(stored), sites);
  await sw.evaluate(async (value) => (globalThis as unknown as Local).chrome.storage.local.set({ settings: value }), settings);
}

/** The onboarding tab the install opened: closed, so tests start with only the pages they open themselves. */
async function closeOnboarding(context: BrowserContext, extensionId: string): Promise<void> {
  const url = `chrome-extension://${extensionId}/onboarding/`;
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const page = context.pages().find((p) => p.url().startsWith(url));
    if (page) return page.close();
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Stops the extension's service worker the way Chromium does when it idles out: CDP's ServiceWorker domain, from
 * a session on an extension page (service workers are per origin, so a chat page's session cannot see it).
 */
export async function stopServiceWorker(l: Launched): Promise<void> {
  const page = await l.context.newPage();
  try {
    await page.goto(`chrome-extension://${l.extensionId}/icons/16.png`);
    const cdp = await l.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/** Events in the store, read straight from IndexedDB in an extension page (test-only inspection). */
export async function storedEvents(l: Launched): Promise<CaptureEvent[]> {
  const page = await readerPage(l);
  return await page.evaluate(
    () =>
      new Promise<CaptureEvent[]>((ok, fail) => {
        const req = indexedDB.open('echo-capture');
        req.onerror = () => fail(req.error ?? new Error('IndexedDB open failed'));
        req.onsuccess = () => {
          const db = req.result;
          // Closed after each read: a connection kept open would hold up the extension's own version upgrades.
          if (!db.objectStoreNames.contains('events')) return (db.close(), ok([]));
          const all = db.transaction('events').objectStore('events').index('seq').getAll();
          all.onsuccess = () => (db.close(), ok((all.result as { event: CaptureEvent }[]).map((r) => r.event)));
          all.onerror = () => (db.close(), fail(all.error ?? new Error('IndexedDB request failed')));
        };
      }),
  );
}

const readers = new WeakMap<BrowserContext, Page>();

/**
 * One background tab at the extension's origin that runs none of its code (the manifest as text), kept for the
 * stored-event reads a test polls: opening the popup for each read cost a tab and the popup's start (~0.3-1 s a
 * read, ~130 reads a suite run). Opened again if a test closed it.
 */
async function readerPage(l: Launched): Promise<Page> {
  const kept = readers.get(l.context);
  if (kept && !kept.isClosed()) return kept;
  const url = `chrome-extension://${l.extensionId}/manifest.json`;
  const open = l.context.pages().find((p) => !p.isClosed());
  let page: Page;
  if (open) {
    // A background tab: a tab opened in front would leave the test's page behind it, where Chromium throttles its
    // animation frames (Playwright's click waits for two of them; editors draw in them).
    const opened = l.context.waitForEvent('page', { predicate: (p) => p.url() === url || p.url() === 'about:blank', timeout: 15_000 });
    const cdp = await l.context.newCDPSession(open);
    await cdp.send('Target.createTarget', { url, background: true });
    await cdp.detach();
    page = await opened;
    await page.waitForURL(url);
  } else {
    page = await l.context.newPage();
    await page.goto(url);
  }
  readers.set(l.context, page);
  return page;
}

export async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await probe();
  }
  return last;
}

export async function tabIdOf(l: Launched, urlPattern: string): Promise<number> {
  const sw = await l.worker();
  return sw.evaluate(async (pattern) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const tabs = await api.tabs.query({ url: pattern });
    return tabs[0]!.id!;
  }, urlPattern);
}

export async function openPopup(l: Launched, tabId?: number): Promise<Page> {
  const page = await l.context.newPage();
  await page.goto(`chrome-extension://${l.extensionId}/popup/index.html${tabId !== undefined ? `?tab=${tabId}` : ''}`);
  return page;
}

export interface ExportedBundle {
  files: Record<string, Uint8Array>;
  manifest: {
    files: { name: string; sha256: string; records: number; bytes: number }[];
    counts: Record<string, number>;
    schemaVersion: number;
  };
  events: CaptureEvent[];
  jsonl(name: string): unknown[];
}

/** Clicks Export in the popup and reads the downloaded zip, as a user's file manager would. */
export async function exportFromPopup(popup: Page): Promise<ExportedBundle> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export').click()]);
  const path = await download.path();
  const files = unzipSync(readFileSync(path));
  const text = (name: string) => wholeFileText(files, name);
  const jsonl = (name: string) => text(name).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { files, manifest: JSON.parse(text('manifest.json')), events: jsonl('events.jsonl') as CaptureEvent[], jsonl };
}

/**
 * A bundle file's text as a reader sees it: the file itself, or its parts (`events/events-00000-of-00002.jsonl`, …)
 * concatenated in order when it was written in parts (src/core/export/file-parts.ts).
 */
export function wholeFileText(files: Record<string, Uint8Array>, name: string): string {
  return entriesHolding(Object.keys(files), name)
    .map((entry) => new TextDecoder().decode(files[entry]))
    .join('');
}

export async function sendPrompt(page: Page, text: string): Promise<void> {
  await page.locator('#prompt-textarea').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** Waits until the page shows no answer streaming. */
export async function waitForAnswer(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="stop-button"]', { state: 'detached', timeout: 30_000 });
  await page.waitForSelector('[data-testid^="conversation-turn-"]:last-child [data-testid="copy-turn-action-button"]');
}

/** The events of one kind, typed as that kind. */
export function eventsOfKind<K extends CaptureEvent['kind']>(events: CaptureEvent[], kind: K): EventOf<K>[] {
  return events.filter((e): e is EventOf<K> => e.kind === kind);
}
