// Inline completions on Val Town as a user lives them, in the real CodeMirror 6 editor (fixture: test/sites/valtown,
// ghost text inserted as marked document text the way Val Town's @val-town/codemirror-codeium does): a suggestion
// accepted with Tab, edited on one line and a line typed after it, one dismissed with Escape, one typed over, one left by moving the
// cursor. Val Town's ghost text has no word or line accept (docs/sites/valtown.md): every key but Tab removes it,
// so partial acceptance is covered by the Monaco e2e (vscode.e2e.ts). The store holds each suggestion shown once
// with its context, its fate, exactly what was accepted and the code as the user left it; nothing from the README
// editor the user never typed in, though it showed a suggestion too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventsOfKind, launch, type Launched, storedEvents, waitFor } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['valtown'] });
});
afterAll(async () => {
  await l?.close();
});

const GHOST = '#code-editor .cm-ghostText';
type Doc = { state: { doc: { toString(): string; length: number } }; dispatch(spec: object): void };
type FixtureWindow = { fixture: { code: Doc; readme: Doc } };
const code = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).fixture.code.state.doc.toString());

async function typeAndWaitForSuggestion(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 15 });
  await page.locator(GHOST).first().waitFor({ timeout: 10_000 });
}

describe('Val Town (CodeMirror 6)', () => {
  it('records each suggestion once with its context, its fate, the exact accepted part and the final code', async () => {
    const page = await l.context.newPage();
    await page.goto('https://www.val.town/x/fixture/agent-sync/code/main.ts');
    await page.locator('body[data-ready]').waitFor();

    // A suggestion in the README editor the user never typed in (the page changed its text, not a key press).
    await page.evaluate(() => {
      const readme = (window as unknown as FixtureWindow).fixture.readme;
      const end = readme.state.doc.length;
      readme.dispatch({ changes: { from: end, insert: 'const answer = ' }, selection: { anchor: end + 'const answer = '.length } });
    });
    await page.locator('#readme-editor .cm-ghostText').first().waitFor({ timeout: 10_000 });

    // 1. Accepted with Tab, then one line of it edited, then a line typed after it, then the cursor leaves it.
    await page.locator('#code-editor .cm-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await typeAndWaitForSuggestion(page, 'function total(items) ');
    await page.keyboard.press('Tab');
    await waitFor(() => code(page), (v) => v.includes('sum + x, 0);\n}'), 'the suggestion to be inserted');
    await expect.poll(() => page.locator(GHOST).count()).toBe(0);
    expect(await code(page)).toContain('function total(items) {\n  return items.reduce((sum, x) => sum + x, 0);\n}\n');
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
    await expect.poll(() => page.locator(GHOST).count()).toBe(0);

    // 3. Typed over.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await typeAndWaitForSuggestion(page, 'let count = ');
    await page.keyboard.type('4;', { delay: 15 });

    // 4. Left: the cursor moves to another line while it is shown.
    await page.keyboard.press('Enter');
    await typeAndWaitForSuggestion(page, 'const answer = ');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator(GHOST).count()).toBe(0);

    const events = await waitFor(
      () => storedEvents(l),
      (es) => eventsOfKind(es, 'completion_outcome').length >= 1 && eventsOfKind(es, 'completion_rejected').length >= 3,
      'the completion events',
    );
    const shown = eventsOfKind(events, 'completion_shown');
    const functionBody = '{\n  return items.reduce((sum, x) => sum + x, 0);\n}';
    expect(shown.map((e) => e.text)).toEqual([functionBody, "'hello world';", 'items.length;', '42;']);
    expect(new Set(shown.map((e) => e.suggestionId)).size).toBe(4);
    const [tabbed, escaped, typedOver, moved] = shown.map((e) => e.suggestionId) as [string, string, string, string];
    expect(shown[0]).toMatchObject({
      site: 'valtown',
      editor: 'codemirror',
      conversationId: 'fixture/agent-sync/main.ts',
      file: 'main.ts',
      language: 'typescript',
      prefix: '// main.ts\nconst items = [1, 2, 3];\nfunction total(items) ',
      line: 3,
      column: 23,
    });
    expect(shown[0]!.suffix.startsWith('\n\n// end of file')).toBe(true);
    // The later ones see the code as it was then (typed under the first line; the edited function below it).
    expect(shown[1]!.prefix).toBe('// main.ts\nconst greeting = ');
    expect(shown[1]!.suffix).toContain('sum + x, 0.5);\n}');

    const accepted = eventsOfKind(events, 'completion_accepted');
    expect(accepted.map((e) => [e.suggestionId, e.how, e.acceptedText])).toEqual([
      [tabbed, 'full', '{\n  return items.reduce((sum, x) => sum + x, 0);\n}'],
    ]);
    const rejected = eventsOfKind(events, 'completion_rejected');
    expect(rejected.map((e) => [e.suggestionId, e.how])).toEqual([
      [escaped, 'escape'],
      [typedOver, 'typed-over'],
      [moved, 'cursor-moved'],
    ]);
    const outcomes = eventsOfKind(events, 'completion_outcome');
    expect(outcomes.map((e) => [e.suggestionId, e.reason, e.acceptedText, e.finalText, e.editDistance])).toEqual([
      [tabbed, 'left', '{\n  return items.reduce((sum, x) => sum + x, 0);\n}', '{\n  return items.reduce((sum, x) => sum + x, 0.5);\n}', 2],
    ]);

    // Nothing from the README editor, though it showed a suggestion.
    expect(new Set(events.map((e) => e.conversationId))).toEqual(new Set(['fixture/agent-sync/main.ts']));
    expect(events.every((e) => e.kind.startsWith('completion_'))).toBe(true);
    await page.close();
  });
});
