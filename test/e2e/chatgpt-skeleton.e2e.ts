// The walking skeleton as a user lives it on ChatGPT: ask, watch the answer stream, regenerate, flip between the
// two variants, copy a code block from the second and then the whole answer, thumbs it up, and export from the
// popup. In English and in German (the page's labels translated, its test ids and icons not): the German session
// must record the same signals, the code copy among them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatgptBackend } from '../sites/chatgpt/backend';
import { exportFromPopup, launch, type Launched, openPopup, sendPrompt, storedEvents, tabIdOf, waitFor, waitForAnswer, eventsOfKind } from './harness';
import labels from '../sites/chatgpt/labels.json';
import { readout, uiLanguages } from './languages';

const of = eventsOfKind;
const KINDS = ['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'branch_switch', 'copy', 'copy', 'feedback'];

describe.each(uiLanguages('chatgpt', labels))('ChatGPT walking skeleton, UI in $lang', ({ locale, t }) => {
  let l: Launched;
  beforeAll(async () => {
    l = await launch({ sites: ['chatgpt'], locale });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('captures prompt, both streamed variants, the switch back, a code copy, an answer copy and thumbs up, each once, and exports them', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/c\/[\w-]+$/);
    await waitForAnswer(page);

    await page.getByRole('button', { name: t.tryAgain }).click();
    await page.getByText(readout(t, 2, 2)).waitFor();
    await waitForAnswer(page);

    await page.getByRole('button', { name: t.previousResponse }).click();
    await page.getByText(readout(t, 1, 2)).waitFor();
    await page.getByRole('button', { name: t.nextResponse }).click();
    await page.getByText(readout(t, 2, 2)).waitFor();

    await page.locator('pre button', { hasText: t.copyCode }).click();
    await page.getByRole('button', { name: t.copy, exact: true }).last().click();
    await page.getByRole('button', { name: t.goodResponse }).click();

    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'feedback'), 'feedback to be stored');
    expect(stored.map((e) => e.kind)).toEqual(KINDS);

    const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toBe('ChatGPT: capturing');
    expect(await popup.getByTestId('count-answers').textContent()).toBe('2');
    const bundle = await exportFromPopup(popup);
    const events = bundle.events;

    // Exactly those events, in order, each once.
    expect(events.map((e) => e.kind)).toEqual(KINDS);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    // Linked by message ids, with both variants' full text as the site's own backend holds it.
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const truth = (l.backends.chatgpt as ChatgptBackend).conversations.get(conversationId)!;
    const [prompt] = of(events, 'prompt');
    const [v1, v2] = of(events, 'response');
    const [regen] = of(events, 'regenerate');
    const [back, forth] = of(events, 'branch_switch');
    const [copy, answerCopy] = of(events, 'copy');
    const [thumb] = of(events, 'feedback');
    for (const e of events) expect(e.conversationId).toBe(conversationId);
    expect(prompt!.text).toBe('Write a Python function that reverses a list');
    expect(truth.mapping[prompt!.messageId]!.children).toEqual([v1!.messageId, v2!.messageId]);
    for (const v of [v1!, v2!]) {
      expect(v.parentId).toBe(prompt!.messageId);
      expect(v.text).toBe(truth.mapping[v.messageId]!.message!.content.parts[0]);
      expect(v.model).toBe('gpt-4o');
      expect(v.complete).toBe('finished');
    }
    expect(v2!.variantIndex).toBe(2);
    expect(v1!.text).not.toBe(v2!.text);
    expect(regen).toMatchObject({ oldResponseId: v1!.messageId, newResponseId: v2!.messageId, promptMessageId: prompt!.messageId });
    expect(back).toMatchObject({ fromMessageId: v2!.messageId, toMessageId: v1!.messageId, variantIndex: 1, variantCount: 2 });
    expect(forth).toMatchObject({ fromMessageId: v1!.messageId, toMessageId: v2!.messageId, variantIndex: 2 });
    expect(copy).toMatchObject({ messageId: v2!.messageId, via: 'code-button', codeBlockIndex: 0, text: v2!.codeBlocks[0]!.code });
    expect(v2!.text.slice(copy!.start, copy!.end)).toBe(copy!.text);
    expect(answerCopy).toMatchObject({ messageId: v2!.messageId, via: 'button', text: v2!.text, share: 1 });
    expect(thumb).toMatchObject({ messageId: v2!.messageId, rating: 'up' });

    // The manifest describes the files it came with.
    expect(bundle.manifest.files.find((f) => f.name === 'events.jsonl')!.records).toBe(KINDS.length);
    const convs = bundle.jsonl('conversations.jsonl') as { messages: { messageId: string }[] }[];
    expect(convs).toHaveLength(1);
    expect(convs[0]!.messages.map((m) => m.messageId).sort()).toEqual([prompt!.messageId, v1!.messageId, v2!.messageId].sort());

    // Observe, never request: the extension's own pages and worker made no network request.
    expect(l.extensionRequests).toEqual([]);
  });
});
