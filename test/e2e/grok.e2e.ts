// Grok as a user lives it: ask for code, watch the answer stream, regenerate, flip between the two variants, copy
// the code block and the whole answer, like it, then export from the popup. A second page with drifted markup
// must show "degraded" in the popup and store nothing. In English and in Spanish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../src/core/events';
import type { GrokBackend } from '../sites/grok/backend';
import labels from '../sites/grok/labels.json';
import { exportFromPopup, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor, eventsOfKind } from './harness';
import { readout, uiLanguages } from './languages';
import type { Page } from 'playwright-core';

let l: Launched;

const of = eventsOfKind;
const mine = (events: CaptureEvent[]) => events.filter((e) => e.site === 'grok');

async function ask(page: Page, text: string): Promise<void> {
  await page.locator('.query-bar .tiptap.ProseMirror').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** The answer is finished when the stop button is gone and the newest answer has its action row. */
async function waitForAnswer(page: Page, t: typeof labels.en): Promise<void> {
  await page.locator('.query-bar').getByRole('button', { name: t.stop }).waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('#thread > div:last-child .action-buttons').getByRole('button', { name: t.regenerate }).waitFor();
}

describe.each(uiLanguages('grok', labels))('Grok, UI in $lang', ({ lang, locale, t }) => {
  beforeAll(async () => {
    l = await launch({ sites: ['grok'], locale });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('captures prompt, both streamed variants, the switches, code and answer copies and a like, each once', async () => {
    const page = await l.context.newPage();
    await page.goto('https://grok.com/');
    await ask(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/c\/[\w-]+$/);
    await waitForAnswer(page, t);

    await page.getByRole('button', { name: t.regenerate }).click();
    await page.getByText(readout(t, 2, 2)).waitFor();
    await waitForAnswer(page, t);

    await page.getByRole('button', { name: t.previous, exact: true }).click();
    await page.getByText(readout(t, 1, 2)).waitFor();
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await page.getByText(readout(t, 2, 2)).waitFor();

    await page.locator('[class~="@container/code-block"]').getByRole('button', { name: t.copy }).click();
    await page.locator('#thread > div:last-child .action-buttons').getByRole('button', { name: t.copy, exact: true }).click();
    await page.getByRole('button', { name: t.like, exact: true }).click();

    const kinds = ['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'branch_switch', 'copy', 'copy', 'feedback'];
    const hasFeedback = (es: CaptureEvent[]) => es.some((e) => e.kind === 'feedback');
    const stored = await waitFor(async () => mine(await storedEvents(l)), hasFeedback, 'feedback to be stored');
    expect(stored.map((e) => e.kind)).toEqual(kinds);

    const popup = await openPopup(l, await tabIdOf(l, 'https://grok.com/*'));
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toBe('Grok: capturing');
    const events = mine((await exportFromPopup(popup)).events);
    await popup.close();
    expect(events.map((e) => e.kind)).toEqual(kinds);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const truth = (l.backends.grok as GrokBackend).conversations.get(conversationId)!;
    const [prompt] = of(events, 'prompt');
    const [v1, v2] = of(events, 'response');
    const [regen] = of(events, 'regenerate');
    const [back, forth] = of(events, 'branch_switch');
    const [codeCopy, answerCopy] = of(events, 'copy');
    const [like] = of(events, 'feedback');
    for (const e of events) expect(e.conversationId).toBe(conversationId);
    expect(prompt!.text).toBe('Write a Python function that reverses a list');
    expect(truth.responses.get(prompt!.messageId)!.sender).toBe('human');
    for (const v of [v1!, v2!]) {
      const held = truth.responses.get(v.messageId)!;
      expect(held.parentResponseId).toBe(prompt!.messageId);
      expect(v.parentId).toBe(prompt!.messageId);
      expect(v.text).toBe(held.message);
      expect(v.complete).toBe('finished');
      expect(v.model).toBe('Grok 4');
    }
    expect(v1!.text).not.toBe(v2!.text);
    expect(v2!.variantIndex).toBe(2);
    expect(regen).toMatchObject({ oldResponseId: v1!.messageId, newResponseId: v2!.messageId, promptMessageId: prompt!.messageId });
    expect(back).toMatchObject({ role: 'assistant', fromMessageId: v2!.messageId, toMessageId: v1!.messageId });
    expect(back).toMatchObject({ variantIndex: 1, variantCount: 2 });
    expect(forth).toMatchObject({ fromMessageId: v1!.messageId, toMessageId: v2!.messageId, variantIndex: 2 });
    expect(codeCopy).toMatchObject({ messageId: v2!.messageId, via: 'code-button', codeBlockIndex: 0, text: v2!.codeBlocks[0]!.code });
    expect(v2!.codeBlocks[0]!.language).toBe('python');
    expect(v2!.text.slice(codeCopy!.start, codeCopy!.end)).toBe(codeCopy!.text);
    expect(answerCopy).toMatchObject({ messageId: v2!.messageId, via: 'button', text: v2!.text, share: 1 });
    expect(like).toMatchObject({ messageId: v2!.messageId, rating: 'up' });

    expect(l.extensionRequests).toEqual([]);
    await page.close();
  });

  // A site update renames attributes, not labels: checked once, in English.
  if (lang === 'en') it('reports degraded capture on drifted markup and stores no event from it', async () => {
    const before = mine(await storedEvents(l)).length;
    const page = await l.context.newPage();
    await page.goto('https://grok.com/?drift=1');
    await ask(page, 'Tell me something about lists');
    await page.waitForURL(/\/c\/[\w-]+$/);
    await page.locator('.query-bar').getByRole('button', { name: t.stop }).waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('#thread > div:last-child .action-buttons').waitFor();

    const popup = await openPopup(l, await tabIdOf(l, 'https://grok.com/*'));
    // The engine re-checks health on page changes (at most once a second): the user starting the next prompt is
    // one. The popup reads the status when it opens, as a user reopening it would.
    await page.locator('.query-bar .tiptap.ProseMirror').click();
    await expect
      .poll(
        async () => {
          await page.keyboard.type('a');
          await popup.reload();
          return popup.getByTestId('site-status').textContent();
        },
        { timeout: 15_000, interval: 300 },
      )
      .toMatch(/^Grok: capture degraded \(missing .*message ids.*\)$/);
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const after = mine(await storedEvents(l));
    expect(after.filter((e) => e.conversationId === conversationId)).toEqual([]);
    expect(after.length).toBe(before);
    expect(l.extensionRequests).toEqual([]);
    await popup.close();
    await page.close();
  });
});
