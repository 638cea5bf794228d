// @vitest-environment happy-dom
// The last moments of a page or a conversation: answers are recorded at once, not after settling.
import { beforeEach, describe, expect, it } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';

let page: ChatPage;
let run: Running;

useEngineTimers();
beforeEach(() => {
  page = new ChatPage();
});

/** A live exchange whose answer streams until `end` is called. */
async function streamingExchange(id = 'a1') {
  run = startEngine(page);
  await run.advance(2000);
  page.add('user', 'u1', 'question');
  const turn = page.add('assistant', id, 'the first half', { streaming: true });
  await run.advance(300);
  return turn;
}

describe('leaving the page or the conversation', () => {
  it('records an answer that just ended, with its final text, when the page goes away before it settled', async () => {
    const turn = await streamingExchange();
    page.finish(turn, 'the whole answer');
    run.engine.finishNow('page-exit'); // same moment: no tick has seen the end yet
    expect(run.of('response')).toEqual([
      expect.objectContaining({ messageId: 'a1', text: 'the whole answer', complete: 'finished', origin: 'live' }),
    ]);
    await run.advance(1000);
    expect(run.of('response')).toHaveLength(1);
  });

  it('records an answer still streaming when the page goes away as interrupted (not stopped), with the text shown', async () => {
    await streamingExchange();
    run.engine.finishNow('page-exit');
    expect(run.of('response')).toEqual([expect.objectContaining({ messageId: 'a1', text: 'the first half', complete: 'interrupted' })]);
    // The user did not press stop: there is no stop event.
    expect(run.of('stop')).toEqual([]);
  });

  it('leaves an answer streaming when the page only goes out of sight, and records it when it ends', async () => {
    const turn = await streamingExchange();
    run.engine.finishNow('hidden');
    expect(run.of('response')).toEqual([]);
    page.finish(turn, 'the whole answer');
    await run.advance(400);
    expect(run.of('response')).toEqual([expect.objectContaining({ text: 'the whole answer', complete: 'finished' })]);
  });

  it('records copies and thumbs made just before the page goes away', async () => {
    const turn = await streamingExchange();
    page.show(turn, 'assistant', 'a1', 'the whole answer');
    turn.querySelector<HTMLElement>('[data-testid="good-response-turn-action-button"]')!.click();
    run.engine.finishNow('page-exit');
    expect(run.kinds()).toEqual(['prompt', 'response', 'feedback']);
  });

  it('records the answer of a conversation left inside the settle wait under that conversation, not the next', async () => {
    const turn = await streamingExchange();
    page.finish(turn, 'the whole answer');
    await run.advance(50); // the end was read; not settled yet
    // The site's router opens another chat and renders it into the same turn elements.
    page.navigate('/c/99999999-next-0002');
    page.show(page.thread.children[0]!, 'user', 'v1', 'an older question');
    page.show(turn, 'assistant', 'b1', 'an older answer');
    await run.advance(2000);
    const answers = run.of('response').map((e) => [e.conversationId, e.messageId, e.text]);
    expect(answers).toEqual([
      ['6a1f0c2e-conv-0001', 'a1', 'the whole answer'],
      ['99999999-next-0002', 'b1', 'an older answer'],
    ]);
    expect(run.of('response')[1]!.origin).toBe('history');
  });

  it('does not file the turns of the conversation left under the next one while they are still on screen', async () => {
    page.add('user', 'u1', 'question');
    const turn = page.add('assistant', 'a1', 'answer');
    run = startEngine(page);
    await run.advance(2000);
    page.navigate('/c/99999999-next-0002'); // the URL first; the page renders the next chat when it has loaded
    page.doc.body.append(page.doc.createElement('span')); // some unrelated change wakes the engine meanwhile
    await run.advance(500);
    expect(run.events.filter((e) => e.conversationId !== '6a1f0c2e-conv-0001')).toEqual([]);
    page.show(page.thread.children[0]!, 'user', 'v1', 'an older question');
    page.show(turn, 'assistant', 'b1', 'an older answer');
    await run.advance(2000);
    const next = run.events.filter((e) => e.conversationId === '99999999-next-0002');
    expect(next.map((e) => (e.kind === 'prompt' || e.kind === 'response' ? e.messageId : e.kind))).toEqual(['v1', 'b1']);
  });
});
