// Completion capture on inputs that could cost too much or store junk, in the real Monaco editor (fixture:
// test/sites/vscode): a 20,000-line file (only the window around the cursor is read; the line number is the
// editor's own), two editors on one page (each its own document), a binary file opened as text and a minified file
// whose line is too long to render whole (nothing stored from either; the popup says why).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventsOfKind, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['vscode'] });
});
afterAll(async () => {
  await l?.close();
});

const APP = 'file:///workspace/src/app.ts';
const NOTES = 'file:///workspace/notes.md';
type Editor = {
  getModel(): { getLineContent(n: number): string; getValue(): string };
  setPosition(p: object): void;
  revealLineInCenter(n: number): void;
  focus(): void;
};
type FixtureWindow = { fixture: { main: Editor } };

async function acceptNextSuggestion(page: Page, editor: string, trigger: string): Promise<void> {
  await page.keyboard.type(trigger, { delay: 15 });
  await page.locator(`${editor} .ghost-text-decoration`).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Tab');
  await page.locator(`${editor} .ghost-text-decoration`).first().waitFor({ state: 'detached' });
}

describe('VS Code for the Web (Monaco): bad input', () => {
  it('reads only the window in a huge file, keeps editors apart, and stores nothing from binary or over-long text', async () => {
    const page = await l.context.newPage();
    await page.goto('https://vscode.dev/?lines=20000');
    await page.locator('body[data-ready]').waitFor();

    // A 20,000-line file: the caret in the middle, a suggestion accepted on a new line after line 10,000.
    await page.locator('#main-editor .view-lines').click();
    const line10000 = await page.evaluate(() => {
      const main = (window as unknown as FixtureWindow).fixture.main;
      main.setPosition({ lineNumber: 10_000, column: 1 });
      main.revealLineInCenter(10_000);
      main.focus();
      return main.getModel().getLineContent(10_000);
    });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await acceptNextSuggestion(page, '#main-editor', 'const greeting = ');

    // A second editor on the page: its own document.
    await page.locator('#side-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await acceptNextSuggestion(page, '#side-editor', 'let count = ');

    // A binary file and a minified file, opened in the main editor: suggestions shown, nothing recorded.
    for (const file of ['data.bin', 'min.js']) {
      await page.locator(`.tab[data-file="src/${file}"]`).click();
      await page.locator('#main-editor .view-lines').click();
      await page.keyboard.press('Control+End');
      await acceptNextSuggestion(page, '#main-editor', 'const greeting = ');
    }

    const tabId = await tabIdOf(l, 'https://vscode.dev/*');
    const popup = await openPopup(l, tabId);
    const status = () => popup.getByTestId('site-status').textContent();
    // Health reaches the popup within the content script's report interval: read it again until both are named.
    const both = async () => {
      await popup.reload();
      const text = (await status()) ?? '';
      return /binary-looking text \(1×\)/.test(text) && /line too long to read \(1×\)/.test(text);
    };
    await expect.poll(both, { timeout: 15_000 }).toBe(true);
    expect(await status()).toMatch(/^VS Code for the Web: capture degraded \(.*binary-looking text \(1×\).*\)$/);

    await page.locator('.tab[data-file="src/app.ts"]').click();
    const events = await waitFor(
      () => storedEvents(l),
      (es) => eventsOfKind(es, 'completion_accepted').length >= 2,
      'the accepted suggestions',
    );
    const shown = eventsOfKind(events, 'completion_shown');
    expect(shown.map((e) => [e.conversationId, e.text])).toEqual([
      [APP, "'hello world';"],
      [NOTES, 'items.length;'],
    ]);
    const big = shown[0]!;
    expect(big).toMatchObject({ line: 10_001, column: 18, language: 'typescript' });
    // The window around the cursor, from the rendered lines: it ends with the lines above the cursor and starts at
    // a line start, far below the file's first line.
    expect(big.prefix.endsWith(`${line10000}\nconst greeting = `)).toBe(true);
    expect(big.prefix).not.toContain('// app.ts');
    expect(big.prefix.split('\n')[0]).toMatch(/^const value\d+ = \d+; \/\/ line \d+$/);
    expect(big.suffix.startsWith('\nconst value')).toBe(true);
    expect(shown[1]).toMatchObject({ language: 'markdown', file: 'workspace/notes.md', line: 3 });
    expect(new Set(events.map((e) => e.conversationId))).toEqual(new Set([APP, NOTES]));
    await page.close();
  });
});
