// The built extension in Debian's firefox-esr, driven by puppeteer over WebDriver BiDi (Playwright drives only its
// own patched Firefox). Firefox has no host-resolver flag, so it reaches the fixture hosts through the fixtures'
// CONNECT proxy; a fixed internal UUID makes the extension pages' moz-extension:// URLs known in advance; downloads
// land in a folder of the run's own, as a person's "save to Downloads" would.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { CaptureEvent } from '../../src/core/events';
import { SITES as SUPPORTED } from '../../src/core/sites';
import { DEFAULT_SETTINGS, grantConsent } from '../../src/store/settings';
import { loadSites, type RunningFixtures, startFixtures } from '../sites/server';
import { exportFiles, filesIn } from './export-files';
import { DIST } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'echo-capture@echo-capture.dev';

export interface FirefoxRun {
  browser: Browser;
  fixtures: RunningFixtures;
  uuid: string;
  downloads: string;
  close(): Promise<void>;
}

export async function launchFirefox(sites: string[]): Promise<FirefoxRun> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} is missing: run \`sudo apt-get install -y firefox-esr\` (npm test does this when it can)`);
  }
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'echo-ff-downloads-'));
  const fixtures = await startFixtures(await loadSites(sites));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access enabled.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': fixtures.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': fixtures.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // MV3 host permissions are granted at install, as the install prompt would for a person.
      'extensions.originControls.grantByDefault': true,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/zip,application/octet-stream',
      // Pages may write the clipboard on a click, as they do for a person.
      'dom.events.asyncClipboard.clipboardItem': true,
      'dom.events.testing.asyncClipboard': true,
    },
  });
  await browser.installExtension(DIST);
  const run: FirefoxRun = {
    browser,
    fixtures,
    uuid,
    downloads,
    close: async () => {
      await browser.close().catch(() => undefined);
      await fixtures.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  await giveConsent(run);
  return run;
}

/**
 * Runs `fn` in a fresh tab of an extension page once `ready` holds there. Navigation to extension pages never
 * reports completion under BiDi (puppeteer issue 14314) and a second navigation of the same tab loses its browsing
 * context, so each call opens a new tab and navigates it once.
 */
export async function inExtensionPage<T>(run: FirefoxRun, path: string, ready: string, fn: (tab: Page) => Promise<T>): Promise<T> {
  const tab = await run.browser.newPage();
  try {
    void tab.goto(`moz-extension://${run.uuid}/${path}`, { timeout: 3000 }).catch(() => undefined);
    // In the extension's page, not the about:blank it replaces: there `indexedDB` exists too, and opening the
    // extension's database from it throws "SecurityError: The operation is insecure".
    await untilReady(tab, `location.protocol === 'moz-extension:' && (${ready})`, 15_000);
    return await fn(tab);
  } finally {
    await tab.close().catch(() => undefined);
  }
}

/**
 * Waits for `ready` in the tab. While the tab moves from about:blank to the extension page, Firefox's BiDi may answer
 * an evaluation in the realm being replaced with a protocol error ("right-hand side of 'in' should be an object")
 * that `waitForFunction` does not retry; such an answer means "not yet", so the wait goes on until its deadline.
 */
async function untilReady(tab: Page, ready: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await tab.waitForFunction(ready, { timeout: Math.max(1, end - Date.now()) });
      return;
    } catch (err) {
      if (Date.now() >= end || !/Protocol error/.test(String((err as Error).cause ?? err))) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** As the Chromium harness does (docs/testing.md): what agreeing on the onboarding page writes, before any chat page opens. */
async function giveConsent(run: FirefoxRun): Promise<void> {
  const settings = grantConsent(DEFAULT_SETTINGS, SUPPORTED.map((s) => s.id));
  type Ext = { browser?: { storage?: { local?: { set(v: object): Promise<void> } } } };
  await inExtensionPage(run, 'popup/index.html?consent', "typeof browser !== 'undefined' && !!browser.storage?.local?.set", (tab) =>
    tab.evaluate(async (value) => (globalThis as unknown as Ext).browser!.storage!.local!.set({ settings: value }), settings),
  );
}

/** Every stored event, in arrival order, read from the extension's database as the Chromium harness does. */
export async function storedEvents(run: FirefoxRun): Promise<CaptureEvent[]> {
  return inExtensionPage(run, `popup/index.html?read=${Date.now()}`, "typeof indexedDB !== 'undefined'", (tab) =>
    tab.evaluate(
      () =>
        new Promise<CaptureEvent[]>((ok, fail) => {
          const req = indexedDB.open('echo-capture');
          req.onerror = () => fail(new Error(String(req.error)));
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('events')) return ok([]);
            const all = db.transaction('events').objectStore('events').index('seq').getAll();
            all.onsuccess = () => ok((all.result as { event: CaptureEvent }[]).map((r) => r.event));
            all.onerror = () => fail(new Error(String(all.error)));
          };
        }),
    ),
  );
}

/** Polls `probe` until `ok` holds (a condition awaited, never a fixed sleep). */
export async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Clicks Export in the popup and reads the zip Firefox saved, as a user's file manager would. */
export async function exportFromPopup(run: FirefoxRun): Promise<{ events: CaptureEvent[]; files: string[]; opfs: string[] }> {
  const before = new Set(readdirSync(run.downloads));
  const opfs = await inExtensionPage(run, `popup/index.html?t=${Date.now()}`, "!!document.querySelector('[data-testid=\"export\"]')", async (tab) => {
    await tab.click('[data-testid="export"]');
    // Done, or failed (role=alert): either ends the wait, and a failure or a stall says what the popup showed.
    const ended = await tab
      .waitForSelector('[data-testid="export-result"], .error[role="alert"]', { timeout: 60_000 })
      .catch(() => null);
    if (!ended || !(await tab.$('[data-testid="export-result"]'))) {
      const shown = await tab.evaluate(() => document.querySelector('.actions')?.textContent + ' | ' + document.querySelector('[role="alert"]')?.textContent);
      throw new Error(`the popup's export did not finish: ${shown}`);
    }
    return filesIn(await exportFiles(tab));
  });
  const name = await until(
    () => Promise.resolve(readdirSync(run.downloads).find((f) => !before.has(f) && f.endsWith('.zip'))),
    (f) => !!f,
    'the exported zip',
  );
  const zip = await until(
    () => {
      try {
        return Promise.resolve(unzipSync(readFileSync(join(run.downloads, name!))));
      } catch {
        return Promise.resolve(null); // still being written
      }
    },
    (z) => !!z,
    'the zip to be whole',
  );
  const text = new TextDecoder().decode(zip!['events.jsonl']);
  return { events: text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as CaptureEvent), files: Object.keys(zip!), opfs };
}

/** Waits until the page's text shows `text` (a readout, a label). */
export async function showsText(page: Page, text: string, scope = 'body'): Promise<void> {
  // An inline function: a named one would be serialised with the bundler's name helper, unknown to the page.
  await page.waitForFunction((s, t) => !!document.querySelector<HTMLElement>(s)?.innerText.includes(t), { timeout: 15_000 }, scope, text);
}
