// DeepSeek as a user lives it: turn on DeepThink, ask for code, watch the thinking and the answer stream, hit the
// (unlabelled) regenerate icon, flip between the two answers, copy the code block and the answer, thumbs up, then
// ask a follow-up and stop it midway; export from the popup. Then a site update renames the message class: the
// popup says capture is degraded. In English and in Chinese (the real site's first language).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { captureEventSchema } from '../../src/core/events';
import { type DeepseekBackend, responseText } from '../sites/deepseek/backend';
import labels from '../sites/deepseek/labels.json';
import { exportFromPopup, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor, eventsOfKind } from './harness';
import { readout, uiLanguages } from './languages';

let l: Launched;

const of = eventsOfKind;
const STOP_ICON = '#send-button path[d^="M2 4.88"]';

async function ask(page: Page, text: string): Promise<void> {
  await page.locator('#chat-input').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** The answer in row `n` (1-based) finished: the send icon is back and the row has its action buttons. */
async function answered(page: Page, n: number): Promise<void> {
  await page.locator(STOP_ICON).waitFor({ state: 'detached', timeout: 30_000 });
  await actionButton(page, n, 0).waitFor();
}

/** The n-th row's action icons carry no label: a user finds them by place (copy, regenerate, up, down, share). */
function actionButton(page: Page, row: number, index: number): Locator {
  return page.locator(`[data-virtual-list-item-key="${row}"] ._965abe9 [role="button"]`).nth(index);
}

/** A user reads an answer before acting on it: wait until the extension has stored the `n`-th answer. */
async function storedAnswers(n: number): Promise<void> {
  await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'response').length >= n, `answer ${n} to be stored`);
}

describe.each(uiLanguages('deepseek', labels))('DeepSeek, UI in $lang', ({ lang, locale, t }) => {
  beforeAll(async () => {
    l = await launch({ sites: ['deepseek'], locale });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('captures prompt, streamed answers, regenerate, switches, copies, thumbs up and a stopped follow-up, each once', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chat.deepseek.com/');
    await page.getByRole('button', { name: t.deepThink }).click();
    await ask(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/a\/chat\/s\/[\w-]{36}$/);
    await answered(page, 2);
    await storedAnswers(1);

    await actionButton(page, 2, 1).click();
    await page.locator(STOP_ICON).waitFor();
    await answered(page, 2);
    await page.getByText(readout(t, 2, 2)).waitFor();
    await storedAnswers(2);

    const nav = page.locator('[data-virtual-list-item-key="2"] ._4ba1cbb [role="button"]');
    await nav.first().click();
    await page.getByText(readout(t, 1, 2)).waitFor();
    await nav.last().click();
    await page.getByText(readout(t, 2, 2)).waitFor();

    await page.locator('[data-virtual-list-item-key="2"] .md-code-block [role="button"]', { hasText: t.copy }).click();
    await actionButton(page, 2, 0).click();
    await actionButton(page, 2, 2).click();

    await ask(page, 'Now give me a long answer about lists');
    await expect.poll(() => page.locator('[data-virtual-list-item-key="4"] .ds-assistant-message-main-content').textContent()).toContain('deliberately long');
    await page.locator('#send-button').click();
    await answered(page, 4);

    const expected = ['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'branch_switch', 'copy', 'copy', 'feedback', 'prompt', 'followup', 'stop', 'response'];
    const stored = await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'response').length === 3, 'the third answer to be stored');
    expect(stored.map((e) => e.kind)).toEqual(expected);

    const popup = await openPopup(l, await tabIdOf(l, page.url().replace(/\?.*$/, '') + '*'));
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toBe('DeepSeek: capturing');
    const events = (await exportFromPopup(popup)).events;
    await popup.close();
    expect(events.map((e) => e.kind)).toEqual(expected);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    const sessionId = new URL(page.url()).pathname.split('/').pop()!;
    const truth = (l.backends.deepseek as DeepseekBackend).sessions.get(sessionId)!;
    const [p1, p2] = of(events, 'prompt');
    const [v1, v2, v3] = of(events, 'response');
    const [regen] = of(events, 'regenerate');
    const [back, forth] = of(events, 'branch_switch');
    const [codeCopy, answerCopy] = of(events, 'copy');
    const [up] = of(events, 'feedback');
    const [followup] = of(events, 'followup');
    const [stop] = of(events, 'stop');
    for (const e of events) expect(e.conversationId).toBe(sessionId);

    // The site's own tree: user 1 → answers 2 and 3 (regenerated), then user 4 under answer 3 → answer 5 (stopped).
    const m = (id: number) => truth.messages.find((x) => x.message_id === id)!;
    expect(truth.messages.map((x) => [x.message_id, x.parent_id, x.role])).toEqual([[1, null, 'USER'], [2, 1, 'ASSISTANT'], [3, 1, 'ASSISTANT'], [4, 3, 'USER'], [5, 4, 'ASSISTANT']]);
    expect(p1!.text).toBe(responseText(m(1)));
    expect(p2!.text).toBe(responseText(m(4)));
    expect(v1!.text).toBe(responseText(m(2)));
    expect(v2!.text).toBe(responseText(m(3)));
    // A stopped answer can end mid-whitespace; captured text is trimmed like every rendered answer.
    expect(v3!.text).toBe(responseText(m(5)).trim());
    expect(m(2).fragments.map((f) => f.type)).toEqual(['THINK', 'RESPONSE']);
    expect(v1!.text).not.toContain('The user asks');
    expect(v1!.text).not.toBe(v2!.text);
    expect(m(5).status).toBe('INCOMPLETE');

    // Derived ids: distinct per message, the original answer keeps its id when revisited.
    expect([p1!.messageId, v1!.messageId, v2!.messageId, p2!.messageId, v3!.messageId]).toEqual(['t1', 't2', 't2_2v2', 't3_2v2', 't4_2v2']);
    for (const v of [v1!, v2!]) expect(v).toMatchObject({ parentId: p1!.messageId, complete: 'finished' });
    expect(v2).toMatchObject({ variantIndex: 2, variantCount: 2 });
    expect(v3).toMatchObject({ parentId: p2!.messageId, complete: 'stopped' });
    expect(regen).toMatchObject({ oldResponseId: v1!.messageId, newResponseId: v2!.messageId, promptMessageId: p1!.messageId });
    expect(back).toMatchObject({ fromMessageId: v2!.messageId, toMessageId: v1!.messageId, variantIndex: 1, variantCount: 2 });
    expect(forth).toMatchObject({ fromMessageId: v1!.messageId, toMessageId: v2!.messageId, variantIndex: 2, variantCount: 2 });
    expect(codeCopy).toMatchObject({ messageId: v2!.messageId, via: 'code-button', codeBlockIndex: 0, text: v2!.codeBlocks[0]!.code });
    expect(v2!.codeBlocks[0]!.language).toBe('python');
    expect(v2!.text.slice(codeCopy!.start, codeCopy!.end)).toBe(codeCopy!.text);
    expect(answerCopy).toMatchObject({ messageId: v2!.messageId, via: 'button', text: v2!.text });
    expect(up).toMatchObject({ messageId: v2!.messageId, rating: 'up' });
    expect(m(3).feedback).toBe('LIKE');
    expect(followup).toMatchObject({ messageId: p2!.messageId, afterMessageId: v2!.messageId });
    expect(stop!.messageId).toBe(v3!.messageId);

    expect(l.extensionRequests).toEqual([]);
    await page.close();
  });

  // A site update renames classes, not labels: checked once, in English.
  if (lang === 'en') it('reports degraded capture, and stores nothing malformed, when the message class is renamed', async () => {
    const before = (await storedEvents(l)).length;
    const page = await l.context.newPage();
    await page.goto('https://chat.deepseek.com/?drift=1');
    await ask(page, 'What is a monad?');
    await page.waitForURL(/\/a\/chat\/s\/[\w-]{36}/);
    await page.locator(STOP_ICON).waitFor({ state: 'detached', timeout: 30_000 });
    await actionButton(page, 2, 0).waitFor();

    const popup = await openPopup(l, await tabIdOf(l, page.url().replace(/\?.*$/, '') + '*'));
    // The engine re-checks landmarks on page activity at most once a second: keep using the page meanwhile.
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: t.deepThink }).click();
        await popup.reload();
        return popup.getByTestId('site-status').textContent();
      })
      .toBe('DeepSeek: capture degraded (missing messages, answer content)');
    const stored = await storedEvents(l);
    for (const e of stored) expect(() => captureEventSchema.parse(e)).not.toThrow();
    expect(stored.length).toBe(before);
    expect(l.extensionRequests).toEqual([]);
  });
});
