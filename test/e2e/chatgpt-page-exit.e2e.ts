// People close the tab, reload, or open another chat right after a short answer. Each answer must be stored once,
// with its final text: the engine records it at once when the page goes away (or the conversation changes)
// instead of waiting for it to settle, and the outbox hands its queue to the worker through a port whose
// messages outlive the page. An answer still streaming when the tab closes is stored as far as it got, marked interrupted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cannedAnswer } from '../sites/canned';
import { chatgptBackend, type ChatgptBackend } from '../sites/chatgpt/backend';
import { loadSites, startFixtures } from '../sites/server';
import { storedMessages } from './fault-tools';
import { eventsOfKind, launch, type Launched, sendPrompt, stopServiceWorker, storedEvents, waitFor } from './harness';

let l: Launched;
let backend: ChatgptBackend;
beforeAll(async () => {
  const sites = await loadSites(['chatgpt']);
  // Chunks of 80 characters: the long answers below stream for a few seconds rather than most of a minute.
  backend = chatgptBackend({ chunkSize: 80 });
  sites[0]!.backend = backend;
  l = await launch({ sites: ['chatgpt'], fixtures: { fixtures: await startFixtures(sites), sites } });
});
afterAll(async () => {
  await l?.close();
  await l?.fixtures.close();
});

/**
 * Sends a prompt on a new chat; `delayMs` after its answer ended (timed in the page) the page itself clicks `click`
 * or loads `go`, if given, and the promise resolves with the chat's id.
 */
async function askAndWait(page: Page, prompt: string, delayMs: number, then: { click?: string; go?: string } = {}): Promise<string> {
  await page.goto('https://chatgpt.com/');
  await page.evaluate(
    ([delay, then]) => {
      const stop = document.getElementById('stop-button')!;
      (window as unknown as { answerEnded: Promise<string> }).answerEnded = new Promise((ok) => {
        new MutationObserver((_, observer) => {
          if (stop.hasAttribute('data-testid')) return;
          observer.disconnect();
          setTimeout(() => {
            const id = location.pathname.split('/').pop()!;
            if (then.click) document.querySelector<HTMLElement>(then.click)!.click();
            if (then.go) location.href = then.go;
            ok(id);
          }, delay);
        }).observe(stop, { attributes: true, attributeFilter: ['data-testid'] });
      });
    },
    [delayMs, then] as const,
  );
  await sendPrompt(page, prompt);
  return page.evaluate(() => (window as unknown as { answerEnded: Promise<string> }).answerEnded);
}

/** The stored prompt and answer of one conversation, once both are there. */
async function storedExchange(conversationId: string) {
  const events = await waitFor(
    () => storedEvents(l),
    (es) => es.some((e) => e.kind === 'response' && e.conversationId === conversationId),
    `the answer of ${conversationId}`,
  );
  const mine = events.filter((e) => e.conversationId === conversationId);
  return { prompts: eventsOfKind(mine, 'prompt'), answers: eventsOfKind(mine, 'response') };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function finalText(conversationId: string, messageId: string): string {
  return backend.conversations.get(conversationId)!.mapping[messageId]!.message!.content.parts[0]!;
}

describe('an answer in the last moments of a page', () => {
  for (const delay of [50, 150, 300]) {
    it(`is stored once, whole, when the tab closes ${delay} ms after it ended`, async () => {
      const page = await l.context.newPage();
      const conversationId = await askAndWait(page, `Closing after ${delay} ms: what is a closure?`, delay);
      await page.close();
      const { prompts, answers } = await storedExchange(conversationId);
      expect(prompts).toHaveLength(1);
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ parentId: prompts[0]!.messageId, origin: 'live' });
      // Whole, not cut short ('unknown' when it streamed too fast for the engine to see it streaming).
      expect(['finished', 'unknown']).toContain(answers[0]!.complete);
      expect(answers[0]!.text).toBe(finalText(conversationId, answers[0]!.messageId));
    });
  }

  for (const delay of [50, 150, 300]) {
    it(`is stored once, whole, under its own chat when another chat is opened ${delay} ms after it ended`, async () => {
      const older = backend.seed([{ prompt: `An older question (${delay})`, answers: [`An older answer (${delay}).`] }]);
      const page = await l.context.newPage();
      const click = `a[data-history-id="${older}"]`;
      const conversationId = await askAndWait(page, `Switching after ${delay} ms: what is a class?`, delay, { click });
      await page.getByText(`An older answer (${delay}).`).waitFor();
      const { prompts, answers } = await storedExchange(conversationId);
      expect(prompts).toHaveLength(1);
      expect(answers).toHaveLength(1);
      expect(answers[0]!.text).toBe(finalText(conversationId, answers[0]!.messageId));
      // The chat opened afterwards is stored under its own id, as history, and takes nothing of the first.
      const opened = await storedExchange(older);
      expect(opened.answers.map((a) => [a.text, a.origin])).toEqual([[`An older answer (${delay}).`, 'history']]);
      await page.close();
    });
  }

  it('is stored once, whole, when the tab loads another page 50 ms after it ended', async () => {
    const older = backend.seed([{ prompt: 'Yet another older question', answers: ['Yet another older answer.'] }]);
    const page = await l.context.newPage();
    const conversationId = await askAndWait(page, 'Navigating after 50 ms: what is a module?', 50, { go: `/c/${older}` });
    await page.getByText('Yet another older answer.').waitFor();
    const { answers } = await storedExchange(conversationId);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.text).toBe(finalText(conversationId, answers[0]!.messageId));
    await page.close();
  });

  it('is stored once, whole, when the tab closes 50 ms after it ended while the worker was asleep', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.evaluate(() => {
      const stop = document.getElementById('stop-button')!;
      (window as unknown as { answerEnded: Promise<void> }).answerEnded = new Promise((ok) => {
        const ended = () => !stop.hasAttribute('data-testid') && setTimeout(ok, 50);
        new MutationObserver(ended).observe(stop, { attributes: true, attributeFilter: ['data-testid'] });
      });
    });
    // A long answer, so the worker can be put to sleep after the prompt is stored and before the answer ends.
    await sendPrompt(page, 'Give me a long answer about sleeping workers');
    await page.waitForURL(/\/c\//);
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'prompt' && e.conversationId === conversationId), 'the prompt');
    await stopServiceWorker(l);
    await page.evaluate(() => (window as unknown as { answerEnded: Promise<void> }).answerEnded);
    await page.close();
    const { answers } = await storedExchange(conversationId);
    expect(answers).toHaveLength(1);
    // As rendered: the markdown's paragraph breaks and trailing spaces aside, the whole text.
    expect(squash(answers[0]!.text)).toBe(squash(finalText(conversationId, answers[0]!.messageId)));
  });

  it('stores a thumbs up and a code copy made just before the tab closes', async () => {
    const page = await l.context.newPage();
    const conversationId = await askAndWait(page, 'Write a Python function that reverses a list', 300);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('pre button')!.click();
      document.querySelector<HTMLElement>('[data-testid="good-response-turn-action-button"]')!.click();
    });
    await page.close();
    const events = await waitFor(
      () => storedEvents(l),
      (es) => es.filter((e) => e.conversationId === conversationId && (e.kind === 'copy' || e.kind === 'feedback')).length === 2,
      'the copy and the thumbs up',
    );
    const answer = eventsOfKind(events, 'response').find((e) => e.conversationId === conversationId)!;
    const mine = events.filter((e) => e.conversationId === conversationId);
    expect(mine.map((e) => e.kind)).toEqual(['prompt', 'response', 'copy', 'feedback']);
    expect(eventsOfKind(mine, 'copy')[0]).toMatchObject({ messageId: answer.messageId, via: 'code-button' });
  });

  it('is stored as interrupted (not as a stop), with the text shown, when the tab closes while it streams', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    const prompt = 'Give me a long answer about streams';
    await sendPrompt(page, prompt);
    await page.waitForFunction(() => (document.querySelector('.result-streaming')?.textContent?.length ?? 0) > 200);
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    await page.close();
    const { answers } = await storedExchange(conversationId);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.complete).toBe('interrupted');
    expect(squash(answers[0]!.text).length).toBeGreaterThan(200);
    expect(squash(cannedAnswer(prompt, 1)).startsWith(squash(answers[0]!.text))).toBe(true);
  });

  it('stored every message of every chat once', async () => {
    const events = await storedEvents(l);
    expect([...storedMessages(events).entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});
