// Perplexity as a user lives it: ask for code, watch the answer stream (whole-answer frames, then the page aborts
// its own request), rewrite it, copy the code block and the answer, mark it helpful, ask a follow-up and stop it
// midway, export from the popup. The same on the 2026-09 layout (no answer id, the query in a user bubble, sprite
// icons). A Deep Research report card beside its answer is stored with that answer. Then a site update renames the
// answer's handles: the popup says capture is degraded.
// In English and in Korean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { captureEventSchema } from '../../src/core/events';
import type { PerplexityBackend, PerplexityEntry } from '../sites/perplexity/backend';
import labels from '../sites/perplexity/labels.json';
import { exportFromPopup, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor, eventsOfKind } from './harness';
import { uiLanguages } from './languages';

let l: Launched;
type Strings = typeof labels.en;

const of = eventsOfKind;
/** Citation markers render as buttons, which are not answer text. */
const uncited = (markdown: string) => markdown.replace(/\[\d+\]/g, '');

async function ask(page: Page, text: string): Promise<void> {
  await page.locator('#ask-input').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** The answer finished: the stop button is gone and the entry's action bar is there. */
async function answered(page: Page, t: Strings, entries: number): Promise<void> {
  await page.getByRole('button', { name: t.stop }).waitFor({ state: 'hidden', timeout: 30_000 });
  await page.locator('.entry').nth(entries - 1).getByRole('button', { name: t.copy, exact: true }).waitFor();
}

/** A user reads an answer before acting on it: wait until the extension has stored the `n`-th answer. */
async function storedAnswers(n: number): Promise<void> {
  await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'response').length >= n, `answer ${n} to be stored`);
}

describe.each(uiLanguages('perplexity', labels))('Perplexity, UI in $lang', ({ lang, locale, t }) => {
  beforeAll(async () => {
    l = await launch({ sites: ['perplexity'], locale });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('captures prompt, streamed answer, rewrite, code and answer copies, helpful, a stopped follow-up, each once', async () => {
    const page = await l.context.newPage();
    await page.goto('https://www.perplexity.ai/');
    await ask(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/search\/[\w.-]+$/);
    await answered(page, t, 1);
    await storedAnswers(1);

    await page.getByRole('button', { name: t.rewrite }).click();
    await page.getByRole('button', { name: t.stop }).waitFor({ state: 'visible' });
    await answered(page, t, 1);
    await expect.poll(() => page.locator('#markdown-content-0').textContent()).toContain('attempt 2');
    await storedAnswers(2);

    await page.locator('#markdown-content-0 pre [data-testid="copy-code-button"]').click();
    await page.getByRole('button', { name: t.copy, exact: true }).click();
    await page.getByRole('button', { name: t.helpful, exact: true }).click();

    await ask(page, 'Now give me a long answer about lists');
    await expect.poll(() => page.locator('#markdown-content-1').textContent()).toContain('deliberately long');
    await page.getByRole('button', { name: t.stop }).click();
    await answered(page, t, 2);

    const expected = ['prompt', 'response', 'regenerate', 'response', 'copy', 'copy', 'feedback', 'prompt', 'followup', 'stop', 'response'];
    const threeAnswers = (es: { kind: string }[]) => es.filter((e) => e.kind === 'response').length === 3;
    const stored = await waitFor(() => storedEvents(l), threeAnswers, 'the third answer to be stored');
    expect(stored.map((e) => e.kind)).toEqual(expected);

    const popup = await openPopup(l, await tabIdOf(l, page.url().replace(/\?.*$/, '') + '*'));
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toBe('Perplexity: capturing');
    const events = (await exportFromPopup(popup)).events;
    await popup.close();
    expect(events.map((e) => e.kind)).toEqual(expected);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    const slug = new URL(page.url()).pathname.split('/').pop()!;
    const truth = (l.backends.perplexity as PerplexityBackend).threads.get(slug)!;
    const [p1, p2] = of(events, 'prompt');
    const [v1, v2, v3] = of(events, 'response');
    const [regen] = of(events, 'regenerate');
    const [codeCopy, answerCopy] = of(events, 'copy');
    const [helpful] = of(events, 'feedback');
    const [followup] = of(events, 'followup');
    const [stop] = of(events, 'stop');
    for (const e of events) expect(e.conversationId).toBe(slug);

    expect(truth.entries).toHaveLength(2);
    const [first, second] = truth.entries as [PerplexityEntry, PerplexityEntry];
    expect(p1!.text).toBe(first.query_str);
    expect(p2!.text).toBe(second.query_str);
    expect(first.versions).toHaveLength(2);
    expect(v1!.text).toBe(uncited(first.versions[0]!));
    expect(v2!.text).toBe(uncited(first.versions[1]!));
    expect(v1!.text).not.toBe(v2!.text);
    // A stopped answer can end mid-whitespace; captured text is trimmed like every rendered answer.
    expect(v3!.text).toBe(uncited(second.answer).trim());
    for (const v of [v1!, v2!]) expect(v).toMatchObject({ parentId: p1!.messageId, complete: 'finished' });
    expect(v3).toMatchObject({ parentId: p2!.messageId, complete: 'stopped' });
    expect(second.answer.length).toBeLessThan(5000);
    expect(new Set([p1!.messageId, p2!.messageId, v1!.messageId, v2!.messageId, v3!.messageId]).size).toBe(5);

    expect(regen).toMatchObject({ oldResponseId: v1!.messageId, newResponseId: v2!.messageId, promptMessageId: p1!.messageId });
    expect(codeCopy).toMatchObject({ messageId: v2!.messageId, via: 'code-button', codeBlockIndex: 0, text: v2!.codeBlocks[0]!.code });
    expect(v2!.codeBlocks[0]!.language).toBe('python');
    expect(v2!.text.slice(codeCopy!.start, codeCopy!.end)).toBe(codeCopy!.text);
    expect(answerCopy).toMatchObject({ messageId: v2!.messageId, via: 'button', text: v2!.text });
    expect(helpful).toMatchObject({ messageId: v2!.messageId, rating: 'up' });
    expect(first.feedback).toBe('up');
    expect(followup).toMatchObject({ messageId: p2!.messageId, afterMessageId: v2!.messageId });
    expect(stop!.messageId).toBe(v3!.messageId);

    expect(l.extensionRequests).toEqual([]);
    await page.close();
  });

  it('captures the 2026-09 layout (no answer id, the query in a user bubble, sprite icons): prompt, answer, rewrite, copies, helpful', async () => {
    const page = await l.context.newPage();
    await page.goto('https://www.perplexity.ai/?layout=2026-09');
    await ask(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/search\/[\w.-]+/);
    await answered(page, t, 1);
    const slug = new URL(page.url()).pathname.split('/').pop()!;
    const mine = () => storedEvents(l).then((es) => es.filter((e) => e.conversationId === slug));
    await waitFor(mine, (es) => of(es, 'response').length === 1, 'the answer to be stored');

    const entry = page.locator('.entry').first();
    await entry.getByRole('button', { name: t.rewrite }).click();
    await page.getByRole('button', { name: t.stop }).waitFor({ state: 'visible' });
    await answered(page, t, 1);
    await waitFor(mine, (es) => of(es, 'response').length === 2, 'the rewritten answer to be stored');
    await entry.getByRole('button', { name: t.copy, exact: true }).click();
    await entry.getByRole('button', { name: t.helpful, exact: true }).click();
    await entry.getByRole('button', { name: t.copyQuery }).click();
    const stored = await waitFor(mine, (es) => of(es, 'copy').length === 2 && of(es, 'feedback').length === 1, 'the copies and the thumb');

    const truth = (l.backends.perplexity as PerplexityBackend).threads.get(slug)!;
    const first = truth.entries[0] as PerplexityEntry;
    const [prompt] = of(stored, 'prompt');
    const [v1, v2] = of(stored, 'response');
    expect(of(stored, 'prompt')).toHaveLength(1);
    expect(prompt).toMatchObject({ messageId: 'q0', text: first.query_str });
    expect(v1).toMatchObject({ messageId: 'a0', parentId: 'q0', text: uncited(first.versions[0]!) });
    expect(v2).toMatchObject({ messageId: 'a0.r1', parentId: 'q0', text: uncited(first.versions[1]!) });
    expect(of(stored, 'regenerate')[0]).toMatchObject({ oldResponseId: 'a0', newResponseId: 'a0.r1' });
    const [answerCopy, queryCopy] = of(stored, 'copy');
    expect(answerCopy).toMatchObject({ messageId: 'a0.r1', via: 'button', text: v2!.text });
    expect(queryCopy).toMatchObject({ messageId: 'q0' });
    expect(of(stored, 'feedback')[0]).toMatchObject({ messageId: 'a0.r1', rating: 'up' });
    await page.close();
  });

  it('records a Deep Research report card drawn beside the answer with that answer, not as its text nor with the next answer', async () => {
    const page = await l.context.newPage();
    await page.goto('https://www.perplexity.ai/');
    await ask(page, 'Write a research report on tide tables');
    await page.waitForURL(/\/search\/[\w.-]+$/);
    await answered(page, t, 1);
    const slug = new URL(page.url()).pathname.split('/').pop()!;
    const mine = () => storedEvents(l).then((es) => es.filter((e) => e.conversationId === slug));
    await waitFor(mine, (es) => of(es, 'response').length === 1, 'the answer to be stored');
    // The report's own copy button copies the report: not a copy of the answer.
    await page.locator('.entry').first().getByRole('button', { name: t.copyContents }).click();
    await ask(page, 'Thanks, and what about the moon?');
    await answered(page, t, 2);
    const stored = await waitFor(mine, (es) => of(es, 'response').length === 2, 'the second answer to be stored');

    const [first, second] = (l.backends.perplexity as PerplexityBackend).threads.get(slug)!.entries as [PerplexityEntry, PerplexityEntry];
    const [a1, a2] = of(stored, 'response');
    expect(a1).toMatchObject({ parentId: of(stored, 'prompt')[0]!.messageId, text: uncited(first.answer).trim() });
    expect(a1!.artifacts).toEqual([{ kind: 'document', title: first.report!.title, text: expect.stringContaining('Each source agrees on the main points') }]);
    expect(a1!.text).not.toContain('Each source agrees');
    expect(second.report).toBeUndefined();
    expect(a2!.artifacts).toBeUndefined();
    expect(of(stored, 'copy')).toEqual([]);
    await page.close();
  });

  // A site update renames attributes, not labels: checked once, in English.
  if (lang === 'en') it('reports degraded capture, and stores nothing malformed, when the answer handles are renamed', async () => {
    const page = await l.context.newPage();
    await page.goto('https://www.perplexity.ai/?drift=1');
    await ask(page, 'What is a monad?');
    await page.waitForURL(/\/search\/[\w.-]+/);
    await page.getByRole('button', { name: t.stop }).waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByRole('button', { name: t.copy, exact: true }).waitFor();

    const popup = await openPopup(l, await tabIdOf(l, page.url().replace(/\?.*$/, '') + '*'));
    // The engine re-checks landmarks on page activity at most once a second: keep using the page meanwhile.
    await expect
      .poll(async () => {
        await page.locator('#ask-input').click();
        await page.keyboard.type('x');
        await page.keyboard.press('Backspace');
        await popup.reload();
        return popup.getByTestId('site-status').textContent();
      })
      .toBe('Perplexity: capture degraded (missing answers)');
    const slug = new URL(page.url()).pathname.split('/').pop()!;
    const stored = await storedEvents(l);
    for (const e of stored) expect(() => captureEventSchema.parse(e)).not.toThrow();
    expect(stored.filter((e) => e.conversationId === slug && e.kind !== 'prompt')).toEqual([]);
    expect(l.extensionRequests).toEqual([]);
  });
});
