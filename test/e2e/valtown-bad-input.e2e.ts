// Completion capture on inputs that could cost too much or mix documents, in the real CodeMirror 6 editor (fixture:
// test/sites/valtown): a 20,000-line val (CodeMirror renders only the viewport: C0 is the window around the cursor,
// the line number the gutter's), the second editor on the page once the user types in it (its own document), and a
// val holding binary-looking text (control characters, drawn as CodeMirror's placeholders): nothing stored from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsOfKind, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['valtown'] });
});
afterAll(async () => {
  await l?.close();
});

type View = {
  state: { doc: { line(n: number): { from: number; text: string } } };
  dispatch(spec: object): void;
  focus(): void;
};
type FixtureWindow = { fixture: { code: View } };

describe('Val Town (CodeMirror 6): bad input', () => {
  it('reads only the window around the cursor in a huge file, and keeps a second editor apart', async () => {
    const page = await l.context.newPage();
    await page.goto('https://www.val.town/x/fixture/agent-sync/code/main.ts?lines=20000');
    await page.locator('body[data-ready]').waitFor();

    await page.locator('#code-editor .cm-content').click();
    const line10000 = await page.evaluate(() => {
      const code = (window as unknown as FixtureWindow).fixture.code;
      const line = code.state.doc.line(10_000);
      code.dispatch({ selection: { anchor: line.from + line.text.length }, scrollIntoView: true });
      code.focus();
      return line.text;
    });
    await page.keyboard.press('Enter');
    await page.keyboard.type('const greeting = ', { delay: 15 });
    await page.locator('#code-editor .cm-ghostText').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#code-editor .cm-ghostText').count()).toBe(0);

    // The README editor below, typed in: a document of its own.
    await page.locator('#readme-editor .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('const answer = ', { delay: 15 });
    await page.locator('#readme-editor .cm-ghostText').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');

    const events = await waitFor(
      () => storedEvents(l),
      (es) => eventsOfKind(es, 'completion_rejected').length >= 1 && eventsOfKind(es, 'completion_accepted').length >= 1,
      'the completion events',
    );
    const shown = eventsOfKind(events, 'completion_shown');
    expect(shown.map((e) => [e.conversationId, e.text])).toEqual([
      ['fixture/agent-sync/main.ts', "'hello world';"],
      ['fixture/agent-sync/main.ts@editor-2', '42;'],
    ]);
    const big = shown[0]!;
    expect(big).toMatchObject({ line: 10_001, column: 18 });
    expect(big.prefix.endsWith(`${line10000}\nconst greeting = `)).toBe(true);
    expect(big.prefix).not.toContain('// main.ts');
    expect(big.prefix.split('\n')[0]).toMatch(/^const value\d+ = \d+; \/\/ line \d+$/);
    expect(big.suffix.startsWith('\nconst value')).toBe(true);
    expect(eventsOfKind(events, 'completion_rejected').map((e) => [e.suggestionId, e.how])).toEqual([[shown[1]!.suggestionId, 'escape']]);
    await page.close();
  });
  it('records no suggestion shown beside binary-looking text, and the popup says why', async () => {
    const before = eventsOfKind(await storedEvents(l), 'completion_shown').length;
    const page = await l.context.newPage();
    await page.goto('https://www.val.town/x/fixture/binary/code/main.ts?binary=1');
    await page.locator('body[data-ready]').waitFor();
    await expect.poll(() => page.locator('#code-editor .cm-specialChar').count()).toBeGreaterThan(0);
    await page.locator('#code-editor .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('const greeting = ', { delay: 15 });
    await page.locator('#code-editor .cm-ghostText').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#code-editor .cm-ghostText').count()).toBe(0);

    const popup = await openPopup(l, await tabIdOf(l, 'https://www.val.town/x/fixture/binary/*'));
    const said = async () => (await popup.reload(), (await popup.getByTestId('site-status').textContent()) ?? '');
    await expect.poll(said, { timeout: 15_000 }).toMatch(/^Val Town: capture degraded \(.*binary-looking text \(1×\).*\)$/);
    const events = await storedEvents(l);
    expect(eventsOfKind(events, 'completion_shown')).toHaveLength(before);
    expect(events.filter((e) => e.conversationId.startsWith('fixture/binary/'))).toEqual([]);
    await popup.close();
    await page.close();
  });
});
