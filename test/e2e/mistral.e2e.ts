// Le Chat as a user lives it: ask for code, watch it stream, hover the answer to reveal its footer, retry, flip
// between the two answers, copy the code block and the whole answer, like it, export from the popup. Then the
// same page after a site update renamed the role attribute: the popup says capture is degraded. In English and in
// French.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MistralBackend } from '../sites/mistral/backend';
import labels from '../sites/mistral/labels.json';
import { exportFromPopup, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor, eventsOfKind } from './harness';
import { readout, uiLanguages } from './languages';

let l: Launched;

const of = eventsOfKind;
const ANSWER = '[data-message-author-role="assistant"]';

async function ask(page: Page, text: string): Promise<void> {
  await page.locator('#composer').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** The answer finished: the composer's button is back to its idle voice icon. */
async function answered(page: Page): Promise<void> {
  await page.locator(`${ANSWER} [data-message-part-type="answer"]`).last().waitFor();
  await page.locator('#composer-button svg.lucide-audio-lines').waitFor({ timeout: 30_000 });
}

/** A user reads an answer before acting on it: wait until the extension has stored the `n`-th answer. */
async function storedAnswers(n: number): Promise<void> {
  await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'response').length >= n, `answer ${n} to be stored`);
}

describe.each(uiLanguages('mistral', labels))('Mistral Le Chat, UI in $lang', ({ lang, locale, t }) => {
  beforeAll(async () => {
    l = await launch({ sites: ['mistral'], locale });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('captures prompt, both streamed answers, switches, code and answer copies and a like, each once', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chat.mistral.ai/chat');
    await ask(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/chat\/[\w-]{36}$/);
    await answered(page);
    await storedAnswers(1);

    await page.locator(ANSWER).hover();
    await page.getByRole('button', { name: t.retry }).click();
    await answered(page);
    await page.locator(ANSWER).hover();
    await page.getByText(readout(t, 2, 2)).waitFor();
    await storedAnswers(2);

    await page.getByRole('button', { name: t.previousAnswer }).click();
    await page.getByText(readout(t, 1, 2)).waitFor();
    await page.getByRole('button', { name: t.nextAnswer }).click();
    await page.getByText(readout(t, 2, 2)).waitFor();

    await page.locator(`${ANSWER} [data-testid="code-block"]`).getByRole('button', { name: t.copyToClipboard }).click();
    await page.locator(`${ANSWER} footer`).getByRole('button', { name: t.copyToClipboard }).click();
    await page.getByRole('button', { name: t.like, exact: true }).click();

    const expected = ['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'branch_switch', 'copy', 'copy', 'feedback'];
    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'feedback'), 'feedback to be stored');
    expect(stored.map((e) => e.kind)).toEqual(expected);

    const popup = await openPopup(l, await tabIdOf(l, page.url().replace(/\?.*$/, '') + '*'));
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toBe('Mistral Le Chat: capturing');
    const events = (await exportFromPopup(popup)).events;
    await popup.close();
    expect(events.map((e) => e.kind)).toEqual(expected);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    const chatId = new URL(page.url()).pathname.split('/').pop()!;
    const truth = (l.backends.mistral as MistralBackend).chats.get(chatId)!;
    const [prompt] = of(events, 'prompt');
    const [v1, v2] = of(events, 'response');
    const [regen] = of(events, 'regenerate');
    const [back, forth] = of(events, 'branch_switch');
    const [codeCopy, answerCopy] = of(events, 'copy');
    const [like] = of(events, 'feedback');
    for (const e of events) expect(e.conversationId).toBe(chatId);
    const userMessage = truth.messages.find((m) => m.role === 'user')!;
    expect(prompt).toMatchObject({ messageId: userMessage.id, text: 'Write a Python function that reverses a list' });
    const answers = truth.messages.filter((m) => m.role === 'assistant');
    expect([v1!.messageId, v2!.messageId]).toEqual(answers.map((m) => m.id));
    for (const [v, m] of [[v1!, answers[0]!], [v2!, answers[1]!]] as const) {
      expect(v.parentId).toBe(prompt!.messageId);
      expect(v.text).toBe(m.content);
      expect(v.complete).toBe('finished');
    }
    expect(v1!.text).not.toBe(v2!.text);
    expect(regen).toMatchObject({ oldResponseId: v1!.messageId, newResponseId: v2!.messageId, promptMessageId: prompt!.messageId });
    expect(back).toMatchObject({ fromMessageId: v2!.messageId, toMessageId: v1!.messageId, variantIndex: 1, variantCount: 2 });
    expect(forth).toMatchObject({ fromMessageId: v1!.messageId, toMessageId: v2!.messageId, variantIndex: 2, variantCount: 2 });
    expect(codeCopy).toMatchObject({ messageId: v2!.messageId, via: 'code-button', codeBlockIndex: 0, text: v2!.codeBlocks[0]!.code });
    expect(v2!.codeBlocks[0]!.language).toBe('python');
    expect(v2!.text.slice(codeCopy!.start, codeCopy!.end)).toBe(codeCopy!.text);
    expect(answerCopy).toMatchObject({ messageId: v2!.messageId, via: 'button', text: v2!.text, share: 1 });
    expect(like).toMatchObject({ messageId: v2!.messageId, rating: 'up' });
    expect(answers[1]!.rating).toBe('up');

    expect(l.extensionRequests).toEqual([]);
    await page.close();
  });

  // A site update renames attributes, not labels: checked once, in English.
  it('keeps the reasoning part of a thinking answer as its reasoning, and its toggle out of both', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chat.mistral.ai/chat');
    await ask(page, 'Think it over: is 91 a prime number?');
    await page.waitForURL(/\/chat\/[\w-]{36}$/);
    await answered(page);
    const chatId = new URL(page.url()).pathname.split('/').pop()!;
    const mine = () => storedEvents(l).then((es) => es.filter((e) => e.conversationId === chatId));
    const [answer] = of(await waitFor(mine, (es) => of(es, 'response').length === 1, 'the answer to be stored'), 'response');
    expect(answer!.reasoning).toContain('I will reason, then answer.');
    expect(answer!.reasoning).not.toContain(t.thoughtFor);
    expect(answer!.text).not.toContain('I will reason');
    expect(answer!.text).not.toContain(t.thoughtFor);
    expect(answer!.text.length).toBeGreaterThan(0);
    await page.close();
  });

  if (lang === 'en') it('reports degraded capture, and stores nothing malformed, when the role attribute is renamed', async () => {
    const before = (await storedEvents(l)).length;
    const page = await l.context.newPage();
    await page.goto('https://chat.mistral.ai/chat?drift=1');
    await ask(page, 'What is a monad?');
    await page.waitForURL(/\/chat\/[\w-]{36}/);
    await page.locator('[data-message-role="assistant"] [data-message-part-type="answer"]').waitFor();
    await page.locator('#composer-button svg.lucide-audio-lines').waitFor({ timeout: 30_000 });

    const popup = await openPopup(l, await tabIdOf(l, page.url().replace(/\?.*$/, '') + '*'));
    // The engine re-checks landmarks on page activity at most once a second: keep using the page meanwhile.
    await expect
      .poll(async () => {
        await page.locator('[data-message-role="assistant"]').hover();
        await page.mouse.move(0, 0);
        await popup.reload();
        return popup.getByTestId('site-status').textContent();
      })
      .toBe('Mistral Le Chat: capture degraded (missing message ids, answer parts)');
    const chatId = new URL(page.url()).pathname.split('/').pop()!;
    const after = await storedEvents(l);
    expect(after.length).toBe(before);
    expect(after.filter((e) => e.conversationId === chatId)).toEqual([]);
    expect(l.extensionRequests).toEqual([]);
  });
});
