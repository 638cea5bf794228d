// Issue 17 in Firefox: the same built extension in firefox-esr, one ChatGPT exchange holding every value the
// redaction promise names, Export pressed in the popup, and the zip Firefox saves holds none of them, with the
// manifest saying the standard level ran by default. Set up as firefox-smoke.e2e.ts (CONNECT proxy, fixed
// extension UUID); the download lands in a directory of this test's own through Firefox's download preferences.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES as SUPPORTED } from '../../src/core/sites';
import { DEFAULT_SETTINGS, grantConsent } from '../../src/store/settings';
import { loadSites, type RunningFixtures, startFixtures } from '../sites/server';
import { holds, PROMISED, PROMISED_PROMPT } from '../support/redaction-samples';
import { DIST } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'echo-capture@echo-capture.dev';
const uuid = randomUUID();
const downloads = mkdtempSync(join(tmpdir(), 'echo-ff-downloads-'));
let browser: Browser;
let fixtures: RunningFixtures;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run \`sudo apt-get install -y firefox-esr\``);
  fixtures = await startFixtures(await loadSites(['chatgpt']));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
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
      'extensions.originControls.grantByDefault': true,
      // A person's "save to my downloads folder, don't ask": the zip lands where the test can read it.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/zip',
    },
  });
  await browser.installExtension(DIST);
  // What agreeing on the onboarding page writes (as firefox-smoke.e2e.ts and the Chromium harness do).
  const settings = grantConsent(DEFAULT_SETTINGS, SUPPORTED.map((s) => s.id));
  await inPopup(async (tab) => {
    type Ext = { browser?: { storage?: { local?: { set(v: object): Promise<void> } } } };
    await tab.waitForFunction(() => typeof (globalThis as unknown as Ext).browser?.storage?.local?.set === 'function', { timeout: 10_000 });
    await tab.evaluate(async (value) => (globalThis as unknown as Ext).browser!.storage!.local!.set({ settings: value }), settings);
  });
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
  rmSync(downloads, { recursive: true, force: true });
});

type Tab = Awaited<ReturnType<Browser['newPage']>>;

/**
 * Runs `use` in a fresh popup tab. Navigation to extension pages never reports completion under BiDi (puppeteer
 * issue 14314), so the tab is navigated without waiting and `use` waits for what the page renders.
 */
async function inPopup<T>(use: (tab: Tab) => Promise<T>): Promise<T> {
  const tab = await browser.newPage();
  void tab.goto(`moz-extension://${uuid}/popup/index.html?t=${Date.now()}`, { timeout: 3000 }).catch(() => undefined);
  try {
    return await use(tab);
  } finally {
    await tab.close().catch(() => undefined);
  }
}

async function until<T>(probe: () => T | null, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const got = probe();
    if (got !== null) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Firefox makes an empty `name.zip` at once and writes `name.zip.part`, renamed over it when done. */
function savedZip(): string | null {
  const names = readdirSync(downloads);
  const zip = names.find((f) => f.endsWith('.zip'));
  return zip && !names.some((f) => f.endsWith('.part')) && statSync(join(downloads, zip)).size > 0 ? zip : null;
}

describe('Firefox: the default export redacts', () => {
  it('exports a ChatGPT exchange holding every promised kind with none of the values in any file', async () => {
    const page = await browser.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type(PROMISED_PROMPT);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="copy-turn-action-button"]', { timeout: 30_000 });

    const zipName = await inPopup(async (tab) => {
      // The answer is stored once the popup counts it; the switch shows redaction on by default.
      await tab.waitForFunction(() => document.querySelector('[data-testid="count-answers"]')?.textContent === '1', { timeout: 20_000 });
      const checked = await tab.$eval('[data-testid="export-redact"]', (el) => (el as HTMLInputElement).checked);
      expect(checked).toBe(true);
      await tab.click('[data-testid="export"]');
      await tab.waitForSelector('[data-testid="export-result"]', { timeout: 20_000 });
      return until(savedZip, 'Firefox to save the zip');
    });
    const files = unzipSync(readFileSync(join(downloads, zipName)));
    const text = Object.values(files)
      .map((f) => new TextDecoder().decode(f))
      .join('\n');
    // The exchange is in the zip, each value replaced by its typed placeholder.
    expect(text).toContain('You asked');
    for (const token of ['<EMAIL_1>', '<PHONE_1>', '<CARD_1>', '<IBAN_1>']) expect(text).toContain(token);
    for (const [name, value] of Object.entries(PROMISED)) {
      expect(holds(text, value), `${name} (${value}) in the Firefox export`).toBe(false);
    }
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { redaction?: { level: string; chosenBy: string } };
    expect(manifest.redaction).toMatchObject({ level: 'standard', chosenBy: 'default' });
    await page.close();
  });
});
