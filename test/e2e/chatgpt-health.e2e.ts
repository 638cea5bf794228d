// A site redesign must show as "capture degraded", never as silent garbage: the popup names what is missing, the
// toolbar badge warns, and nothing malformed is stored.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched, openPopup, sendPrompt, storedEvents, tabIdOf } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
});
afterAll(async () => {
  await l?.close();
});

async function badgeText(tabId: number): Promise<string> {
  const sw = await l.worker();
  return sw.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { action: { getBadgeText(q: object): Promise<string> } } }).chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

describe('capture health on ChatGPT', () => {
  it('shows degraded with what is missing when the markup drifted, warns on the badge, and stores nothing', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/?drift=1');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/c\//);
    await page.locator('[data-testid="copy-turn-action-button"]').waitFor();
    await page.locator('[data-testid="copy-turn-action-button"]').click();

    const tabId = await tabIdOf(l, 'https://chatgpt.com/*');
    const popup = await openPopup(l, tabId);
    await expect.poll(async () => popup.getByTestId('site-status').textContent(), { timeout: 10_000 }).toBe('ChatGPT: capture degraded (missing message ids)');
    mkdirSync('test-results/screenshots', { recursive: true });
    await popup.locator('main.popup').screenshot({ path: 'test-results/screenshots/popup-degraded.png' });
    await expect.poll(() => badgeText(tabId)).toBe('!');
    expect(await storedEvents(l)).toEqual([]);

    // The same site with its usual markup recovers: capturing again, badge cleared.
    await page.goto('https://chatgpt.com/');
    await sendPrompt(page, 'Write a Python function that sorts a list');
    await page.locator('[data-testid="copy-turn-action-button"]').waitFor();
    await popup.reload();
    await expect.poll(async () => popup.getByTestId('site-status').textContent(), { timeout: 10_000 }).toBe('ChatGPT: capturing');
    await expect.poll(() => badgeText(tabId)).toBe('');
  });
});
