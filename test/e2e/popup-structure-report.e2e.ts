// When a site shows "capture degraded", the popup offers the page's structure with every word removed (what
// `npm run check:live` writes), asked of that tab's content script, shown, and saved as a JSON file on this
// computer: the skeleton is there, no word of the conversation is. A site capturing normally offers nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched, openPopup, sendPrompt, tabIdOf } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
});
afterAll(async () => {
  await l?.close();
});

/** Words of at least five letters, lower-cased. */
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
/** The file without its class tokens (kept on purpose, as structure: `items-center` holds the word "items"). */
const withoutClasses = (text: string) => text.replace(/\.[^\s.[{"]+/g, ' ');

describe('the page structure report offered in the popup', () => {
  it('on a degraded site: shows what the file holds, then saves the skeleton and no word of the conversation', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/?drift=1'); // a redesign renamed the message attributes
    const prompt = 'Quokkas marmalade Zanzibar: write a Python function that reverses a list';
    await sendPrompt(page, prompt);
    await page.waitForURL(/\/c\//);
    await page.locator('[data-testid="copy-turn-action-button"]').waitFor();
    const conversation = (await page.locator('[data-testid^="conversation-turn-"]').allInnerTexts()).join('\n');
    expect(conversation).toContain('Zanzibar');
    expect(conversation).toContain('def ');

    const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
    await expect.poll(() => popup.getByTestId('site-status').textContent(), { timeout: 10_000 }).toContain('capture degraded');
    await popup.getByTestId('structure-report').click();
    const preview = popup.getByTestId('structure-report-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('sent nowhere');
    expect(await popup.getByTestId('structure-report-skeleton').textContent()).toMatch(/^main/);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('structure-report-save').click()]);
    expect(download.suggestedFilename()).toMatch(/^echo-capture-structure-chatgpt-[\d-]+\.json$/);
    const text = readFileSync((await download.path()), 'utf8');
    const file = JSON.parse(text) as { site: string; path: string; skeleton: string[]; landmarks: { name: string; found: number }[] };
    expect(file.site).toBe('chatgpt'); // the site's id is the file's own metadata, beside the page's structure
    expect(file.path).toBe('/c/<id>');
    // The skeleton of the chat: the turns are there by test id, with the drifted attribute named, not valued.
    expect(file.skeleton.some((line) => /\[data-testid=conversation-turn-#\]/.test(line))).toBe(true);
    expect(file.landmarks.find((m) => m.name === 'message ids')?.found).toBe(0);
    // No word of the prompt or the answer: anywhere for the prompt's own words, outside class tokens for the rest.
    for (const word of ['quokkas', 'marmalade', 'zanzibar']) expect(text.toLowerCase()).not.toContain(word);
    const inFile = wordsOf(withoutClasses(JSON.stringify({ path: file.path, skeleton: file.skeleton, landmarks: file.landmarks })));
    expect([...wordsOf(conversation)].filter((w) => inFile.has(w))).toEqual([]);
    expect(await popup.getByTestId('structure-report-result').textContent()).toContain(download.suggestedFilename());
    await page.close();
  });

  it('is not offered while the site captures normally', async () => {
    for (const other of l.context.pages()) if (other.url().startsWith('https://chatgpt.com')) await other.close();
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    await sendPrompt(page, 'Write a Python function that sorts a list');
    await page.locator('[data-testid="copy-turn-action-button"]').first().waitFor();
    const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
    await expect.poll(() => popup.getByTestId('site-status').textContent(), { timeout: 10_000 }).toBe('ChatGPT: capturing');
    expect(await popup.getByTestId('structure-report').count()).toBe(0);
  });
});
