// Firefox smoke test: the same built extension in Debian's firefox-esr captures a prompt and its answer on the
// ChatGPT fixture. Firefox has no host-resolver flag, so it reaches the fixture hosts through the fixtures'
// CONNECT proxy; a fixed internal UUID makes the popup's moz-extension:// URL known in advance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxRun, launchFirefox } from './firefox-harness';

let run: FirefoxRun;

// Launched, with consent given, by the shared Firefox harness.
beforeAll(async () => {
  run = await launchFirefox(['chatgpt', 'claude', 'gemini']);
});

afterAll(async () => {
  await run?.close();
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
    const tab = await run.browser.newPage();
    void tab.goto(`moz-extension://${run.uuid}/popup/index.html?t=${Date.now()}`, { timeout: 3000 }).catch(() => undefined);
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
      const page = await run.browser.newPage();
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
