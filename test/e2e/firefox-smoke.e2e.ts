// Firefox smoke test: the same built extension in Debian's firefox-esr captures a prompt and its answer on the
// ChatGPT fixture. Firefox has no host-resolver flag, so it reaches the fixture hosts through the fixtures'
// CONNECT proxy; a fixed internal UUID makes the popup's moz-extension:// URL known in advance.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES as SUPPORTED } from '../../src/core/sites';
import { DEFAULT_SETTINGS, grantConsent } from '../../src/store/settings';
import { loadSites, type RunningFixtures, startFixtures } from '../sites/server';
import { DIST } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'echo-capture@echo-capture.dev';
const uuid = randomUUID();
let browser: Browser;
let fixtures: RunningFixtures;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run \`sudo apt-get install -y firefox-esr\` (npm test does this when it can)`);
  fixtures = await startFixtures(await loadSites(['chatgpt', 'claude', 'gemini']));
  browser = await puppeteer.launch({
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
    },
  });
  await browser.installExtension(DIST);
  await giveConsent();
});

/** As the Chromium harness does (docs/testing.md): what agreeing on the onboarding page writes, before any chat page opens. */
async function giveConsent(): Promise<void> {
  const settings = grantConsent(DEFAULT_SETTINGS, SUPPORTED.map((s) => s.id));
  const tab = await browser.newPage();
  void tab.goto(`moz-extension://${uuid}/popup/index.html?consent`, { timeout: 3000 }).catch(() => undefined);
  type Ext = { browser?: { storage?: { local?: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } } };
  await tab.waitForFunction(() => typeof (globalThis as unknown as Ext).browser?.storage?.local?.set === 'function', { timeout: 10_000 });
  await tab.evaluate(async (value) => (globalThis as unknown as Ext).browser!.storage!.local!.set({ settings: value }), settings);
  await tab.close().catch(() => undefined);
}

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

const SITES = [
  { name: 'ChatGPT', url: 'https://chatgpt.com/', composer: '#prompt-textarea', done: '[data-testid="copy-turn-action-button"]' },
  { name: 'Claude', url: 'https://claude.ai/new', composer: '[data-testid="chat-input"]', done: '[data-perf-row="assistant"][data-perf-row-streaming="false"]' },
  { name: 'Gemini', url: 'https://gemini.google.com/app', composer: 'rich-textarea .ql-editor', done: 'model-response .response-footer.complete' },
];

/**
 * What the popup shows once it lists `answers` answers. Navigation to extension pages never reports completion
 * under BiDi (puppeteer issue 14314) and a second navigation of the same tab loses its browsing context, so each
 * try navigates a fresh tab once and waits for what it renders.
 */
async function popupShows(answers: string): Promise<string | null> {
  for (let i = 0; i < 15; i++) {
    const tab = await browser.newPage();
    void tab.goto(`moz-extension://${uuid}/popup/index.html?t=${Date.now()}`, { timeout: 3000 }).catch(() => undefined);
    const seen = await tab
      .waitForFunction(
        () => {
          const count = document.querySelector('[data-testid="count-answers"]')?.textContent ?? '';
          const recent = document.querySelector('[data-testid="recent"]')?.textContent ?? '';
          return /\d/.test(count) && recent ? { count, recent } : null;
        },
        { timeout: 10_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    await tab.close().catch(() => undefined);
    if (seen?.count === answers) return seen.recent;
    await new Promise((r) => setTimeout(r, 300));
  }
  return null;
}

describe('Firefox', () => {
  SITES.forEach((site, i) => {
    it(`captures one prompt and its streamed answer on the ${site.name} fixture`, async () => {
      const page = await browser.newPage();
      await page.goto(site.url);
      await page.click(site.composer);
      const prompt = `Write a Python function that reverses a list (${site.name})`;
      await page.keyboard.type(prompt);
      await page.keyboard.press('Enter');
      await page.waitForSelector(site.done, { timeout: 30_000 });
      const recent = await popupShows(String(i + 1));
      expect(recent, `${site.name}: the popup never showed ${i + 1} answers`).not.toBeNull();
      expect(recent).toContain(prompt);
      await page.close();
    });
  });
});
