// Gemini as a user lives it: ask, watch the answer stream (XHR, batchexecute framing), Redo, open "Show drafts"
// and pick the first draft again, copy its code block, thumbs it up, export from the popup. Then a drifted build
// of the page: the popup must say capture is degraded and nothing is stored. In English and in Russian.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeminiBackend } from '../sites/gemini/backend';
import { exportFromPopup, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor, eventsOfKind } from './harness';
import labels from '../sites/gemini/labels.json';
import { uiLanguages } from './languages';

const of = eventsOfKind;
const KINDS = ['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'copy', 'feedback'];

async function sendPrompt(page: Page, text: string): Promise<void> {
  await page.locator('rich-textarea .ql-editor').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** Streaming ends when the XHR does: the stop button goes and the footer reads complete. */
async function waitForAnswer(page: Page, answer = 'model-response'): Promise<void> {
  await page.waitForSelector('.send-button.stop', { state: 'detached', timeout: 30_000 });
  await page.waitForSelector(`${answer} .response-footer.complete`, { state: 'attached' });
}

describe.each(uiLanguages('gemini', labels))('Gemini, UI in $lang', ({ lang, locale, t }) => {
  let l: Launched;
  beforeAll(async () => {
    l = await launch({ sites: ['gemini'], locale });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('captures prompt, the streamed answer and its Redo draft, the switch back, a code copy and thumbs up, each once', async () => {
    const page = await l.context.newPage();
    await page.goto('https://gemini.google.com/app');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/app\/[0-9a-f]{16}$/);
    await waitForAnswer(page);

    const answer = page.locator('model-response');
    const firstDraft = await answer.locator('.response-container-content').getAttribute('data-test-draft-id');
    await answer.getByRole('button', { name: t.redo }).click();
    await expect.poll(() => answer.locator('.response-container-content').getAttribute('data-test-draft-id'), { timeout: 10_000 }).not.toBe(firstDraft);
    await waitForAnswer(page);

    // A human reads the new answer before switching away; the engine needs ~120 ms of quiet after streaming to
    // count an answer as finished, and one switched away from sooner is never recorded (see the site doc).
    await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'response').length === 2, 'the second answer to be stored');
    await answer.getByRole('button', { name: t.showDrafts }).click();
    await answer.getByRole('radio', { name: t.draft.replace('{n}', '1') }).click();
    await expect.poll(() => answer.locator('.response-container-content').getAttribute('data-test-draft-id')).toBe(firstDraft);

    await answer.locator('code-block').getByRole('button', { name: t.copyCode }).click();
    await answer.getByRole('button', { name: t.goodResponse }).click();

    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'feedback'), 'feedback to be stored');
    expect(stored.map((e) => e.kind)).toEqual(KINDS);

    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const popup = await openPopup(l, await tabIdOf(l, `https://gemini.google.com/app/${conversationId}`));
    await expect.poll(() => popup.getByTestId('site-status').textContent(), { timeout: 10_000 }).toBe('Gemini: capturing');
    const bundle = await exportFromPopup(popup);
    const events = bundle.events;
    expect(events.map((e) => e.kind)).toEqual(KINDS);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    // The site's own store: one response with two drafts.
    const truth = (l.backends.gemini as GeminiBackend).conversations.get(conversationId)!;
    expect(truth.turns).toHaveLength(1);
    const turn = truth.turns[0]!;
    const [d1, d2] = turn.candidates;

    const [prompt] = of(events, 'prompt');
    const [v1, v2] = of(events, 'response');
    const [regen] = of(events, 'regenerate');
    const [back] = of(events, 'branch_switch');
    const [copy] = of(events, 'copy');
    const [thumb] = of(events, 'feedback');
    for (const e of events) expect(e.conversationId).toBe(conversationId);
    expect(prompt!.text).toBe(turn.prompt);
    expect(prompt!.messageId).toBe(`q_${turn.id.slice(2)}`);
    expect([v1!.messageId, v2!.messageId]).toEqual([d1!.id, d2!.id]);
    expect(firstDraft).toBe(d1!.id);
    expect(v1!.text).toBe(d1!.text);
    expect(v2!.text).toBe(d2!.text);
    expect(v1!.text).not.toBe(v2!.text);
    for (const v of [v1!, v2!]) {
      expect(v.parentId).toBe(prompt!.messageId);
      expect(v.complete).toBe('finished');
      expect(v.codeBlocks[0]!.language).toBe('python');
    }
    expect(regen).toMatchObject({ oldResponseId: d1!.id, newResponseId: d2!.id, promptMessageId: prompt!.messageId });
    expect(back).toMatchObject({ role: 'assistant', fromMessageId: d2!.id, toMessageId: d1!.id });
    expect(copy).toMatchObject({ messageId: d1!.id, via: 'code-button', codeBlockIndex: 0, text: v1!.codeBlocks[0]!.code });
    expect(v1!.text.slice(copy!.start, copy!.end)).toBe(copy!.text);
    expect(thumb).toMatchObject({ messageId: d1!.id, rating: 'up' });

    expect(l.extensionRequests).toEqual([]);
    await popup.close();
    await page.close();
  });

  // A redesign renames elements, not labels: checked once, in English.
  it('leaves the collapsed thoughts header of a thinking answer out of its text', async () => {
    const page = await l.context.newPage();
    await page.goto('https://gemini.google.com/app');
    await sendPrompt(page, 'Think it over: is 91 a prime number?');
    await page.waitForURL(/\/app\/[0-9a-f]{16}$/);
    await waitForAnswer(page);
    await page.locator('model-thoughts').waitFor();
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const mine = () => storedEvents(l).then((es) => es.filter((e) => e.conversationId === conversationId));
    const [answer] = of(await waitFor(mine, (es) => of(es, 'response').length === 1, 'the answer to be stored'), 'response');
    expect(answer!.text.length).toBeGreaterThan(0);
    expect(answer!.text).not.toContain(t.showThinking);
    // Collapsed, the page holds no thought text: nothing to keep as reasoning, and the header is not reasoning.
    expect(answer!.reasoning ?? '').not.toContain(t.showThinking);
    await page.close();
  });

  if (lang === 'en') it('reports degraded capture on drifted markup and stores no event from it', async () => {
    const before = (await storedEvents(l)).length;
    const page = await l.context.newPage();
    await page.goto('https://gemini.google.com/app?drift=1');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/app\/[0-9a-f]{16}$/);
    await waitForAnswer(page, 'model-reply');
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    // The engine re-checks landmarks only on a DOM change at most once a second, and this reply is over in well under
    // a second: the user starting to type the next prompt is the change that lets the check run.
    await page.waitForTimeout(1100);
    await page.locator('rich-textarea .ql-editor').click();
    await page.keyboard.insertText('Thanks');

    const popup = await openPopup(l, await tabIdOf(l, `https://gemini.google.com/app/${conversationId}`));
    await expect
      .poll(() => popup.getByTestId('site-status').textContent(), { timeout: 10_000 })
      .toBe('Gemini: capture degraded (missing conversation turns, response ids)');
    const after = await storedEvents(l);
    expect(after.filter((e) => e.conversationId === conversationId)).toEqual([]);
    expect(after.length).toBe(before);
    expect(l.extensionRequests).toEqual([]);
    await popup.close();
    await page.close();
  });
});
