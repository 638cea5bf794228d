// Firefox smoke test: the same built extension in Debian's firefox-esr captures a prompt and its answer on the
// ChatGPT fixture. Firefox has no host-resolver flag, so it reaches the fixture hosts through the fixtures'
// CONNECT proxy; a fixed internal UUID makes the popup's moz-extension:// URL known in advance.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSites, type RunningFixtures, startFixtures } from '../sites/server';
import { DIST } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'echo-capture@echo-capture.dev';
const uuid = randomUUID();
let browser: Browser;
let fixtures: RunningFixtures;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run \`sudo apt-get install -y firefox-esr\` (npm test does this when it can)`);
  fixtures = await startFixtures(await loadSites(['chatgpt']));
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
});

afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
});

describe('Firefox', () => {
  it('captures one prompt and its streamed answer on the ChatGPT fixture', async () => {
    const page = await browser.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type('Write a Python function that reverses a list');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="copy-turn-action-button"]', { timeout: 30_000 });

    const popup = await browser.newPage();
    // Navigation to extension pages never reports completion in Firefox under BiDi (puppeteer issue 14314):
    // start it, then wait for what the popup shows.
    const open = async () => {
      void popup.goto(`moz-extension://${uuid}/popup/index.html?t=${Date.now()}`, { timeout: 3000 }).catch(() => undefined);
      await popup.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="count-answers"]')?.textContent ?? ''), { timeout: 10_000 });
      return popup.$eval('[data-testid="count-answers"]', (el) => el.textContent);
    };
    let answers = await open();
    for (let i = 0; i < 20 && answers !== '1'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      answers = await open();
    }
    expect(answers).toBe('1');
    expect(await popup.$eval('[data-testid="recent"]', (el) => el.textContent)).toContain('Write a Python function that reverses a list');
  });
});
