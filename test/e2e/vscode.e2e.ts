// Inline completions in VS Code for the Web as a user lives them, in the real Monaco editor (fixture:
// test/sites/vscode): a suggestion accepted with Tab, edited on one line and a line typed after it, one dismissed
// with Escape, one typed over, one accepted a word at a time. The store holds each suggestion shown once with its
// context, the right fate, exactly what was accepted, and the code as the user left it (not the line typed after
// it), linked to its suggestion; nothing from the
// editor nobody typed in, the chat input, a file never opened, or the editor in a frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CaptureEvent } from '../../src/core/events';
import { eventsOfKind, launch, type Launched, storedEvents, waitFor } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['vscode'] });
});
afterAll(async () => {
  await l?.close();
});

const GHOST = '#main-editor .ghost-text-decoration';
type FixtureWindow = { fixture: { main: { getValue(): string } } };
const model = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).fixture.main.getValue());

/** Types on a new line under the caret's line and waits for the suggestion that text triggers. */
async function typeAndWaitForSuggestion(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 15 });
  await page.locator(GHOST).first().waitFor({ timeout: 10_000 });
}

describe('VS Code for the Web (Monaco)', () => {
  it('records each suggestion once with its context, its fate, the exact accepted part and the final code', async () => {
    const page = await l.context.newPage();
    await page.goto('https://vscode.dev/');
    await page.locator('body[data-ready]').waitFor();

    // 1. Accepted with Tab, then one line of it edited, then a line typed after it, then the cursor leaves it.
    await page.locator('#main-editor .view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await typeAndWaitForSuggestion(page, 'function total(items) ');
    await page.keyboard.press('Tab');
    await page.locator(GHOST).first().waitFor({ state: 'detached' });
    expect(await model(page)).toContain('function total(items) {\n  return items.reduce((sum, x) => sum + x, 0);\n}\n');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('.5', { delay: 15 });
    // Code typed right after it (Enter at its closing brace, then a line) is not part of it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type('\n// done', { delay: 15 });
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');

    // 2. Dismissed with Escape.
    await page.keyboard.press('Enter');
    await typeAndWaitForSuggestion(page, 'const greeting = ');
    await page.keyboard.press('Escape');
    await page.locator(GHOST).first().waitFor({ state: 'detached' });

    // 3. Typed over.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await typeAndWaitForSuggestion(page, 'let count = ');
    await page.keyboard.type('4;', { delay: 15 });

    // 4. Accepted a word at a time (Ctrl+Right), the rest dismissed, then left.
    await page.keyboard.press('Enter');
    await typeAndWaitForSuggestion(page, 'console.log(');
    const before = await model(page);
    await page.keyboard.press('Control+ArrowRight');
    await waitFor(() => model(page), (v) => v !== before, 'the word to be inserted');
    // What the key inserted (Monaco closed the bracket when `(` was typed, so the line also ends in `)`).
    const wordAccepted = insertedText(before, await model(page));
    expect(wordAccepted.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Home');

    // Editors nobody should be captured from: the chat input and an editor in a frame get suggestions too.
    await page.locator('#chat-input .view-lines').click();
    await typeAndWaitForSuggestionIn(page, '#chat-input', 'const answer = ');
    const frame = page.frameLocator('#frame');
    await frame.locator('body[data-ready]').waitFor();
    await frame.locator('#framed-editor .view-lines').click();
    await page.keyboard.type('const answer = ', { delay: 15 });
    await frame.locator('#framed-editor .ghost-text-decoration').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Tab');

    let seen: CaptureEvent[] = [];
    const events = await waitFor(
      async () => (seen = await storedEvents(l)),
      (es) => eventsOfKind(es, 'completion_outcome').length >= 2 && eventsOfKind(es, 'completion_rejected').length >= 2,
      'the completion events',
    ).catch((err: unknown) => {
      // The stored events in short (the full JSON is cut off in the report), so a failure says which one is missing.
      const brief = seen.map((e) => [e.kind, 'suggestionId' in e ? e.suggestionId.slice(0, 8) : '', 'how' in e ? e.how : '', 'reason' in e ? e.reason : ''].join(' '));
      throw new Error(`${(err as Error).message.slice(0, 80)}…; stored: ${brief.join(' | ')}`);
    });
    const shown = eventsOfKind(events, 'completion_shown');
    expect(shown.map((e) => e.text)).toEqual([
      '{\n  return items.reduce((sum, x) => sum + x, 0);\n}',
      "'hello world';",
      'items.length;',
      "'total is', total(items));",
    ]);
    expect(new Set(shown.map((e) => e.suggestionId)).size).toBe(4);
    const [tabbed, escaped, typedOver, worded] = shown.map((e) => e.suggestionId) as [string, string, string, string];
    const first = shown[0]!;
    expect(first).toMatchObject({
      site: 'vscode',
      editor: 'monaco',
      conversationId: 'file:///workspace/src/app.ts',
      file: 'workspace/src/app.ts',
      language: 'typescript',
      prefix: '// app.ts\nconst items = [1, 2, 3];\nfunction total(items) ',
      line: 3,
      column: 23,
    });
    expect(first.suffix.startsWith('\n\n// end of file')).toBe(true);

    const accepted = eventsOfKind(events, 'completion_accepted');
    expect(accepted.map((e) => [e.suggestionId, e.how, e.acceptedText])).toEqual([
      [tabbed, 'full', '{\n  return items.reduce((sum, x) => sum + x, 0);\n}'],
      [worded, 'word', wordAccepted],
    ]);
    const rejected = eventsOfKind(events, 'completion_rejected');
    expect(rejected.map((e) => [e.suggestionId, e.how])).toEqual([
      [escaped, 'escape'],
      [typedOver, 'typed-over'],
    ]);
    const outcomes = eventsOfKind(events, 'completion_outcome');
    expect(outcomes.map((e) => [e.suggestionId, e.reason, e.acceptedText, e.finalText, e.editDistance])).toEqual([
      [tabbed, 'left', '{\n  return items.reduce((sum, x) => sum + x, 0);\n}', '{\n  return items.reduce((sum, x) => sum + x, 0.5);\n}', 2],
      [worded, 'left', wordAccepted, wordAccepted, 0],
    ]);

    // Nothing from the chat input, the frame, the side editor or the file never opened.
    expect(new Set(events.map((e) => e.conversationId))).toEqual(new Set(['file:///workspace/src/app.ts']));
    expect(events.every((e) => e.kind.startsWith('completion_'))).toBe(true);
    await page.close();
  });
});

/** The text inserted between two versions of a document (one insertion: common start and end taken away). */
function insertedText(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return after.slice(start, after.length - end);
}

async function typeAndWaitForSuggestionIn(page: Page, editor: string, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 15 });
  await page.locator(`${editor} .ghost-text-decoration`).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Tab');
}
