// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';
import { chatgpt } from '../sites/chatgpt';
import type { SiteAdapter } from '../sites/types';

let page: ChatPage;
let run: Running;

useEngineTimers();

const messageIds = (r: Running, kind: 'prompt' | 'response') => r.of(kind).map((e) => e.messageId);

describe('prompts and answers', () => {
  it('records what the page rendered on load as history and what the user then does as live, with the follow-up', async () => {
    page = new ChatPage();
    page.add('user', 'u1', 'first question');
    page.add('assistant', 'a1', 'first answer');
    run = startEngine(page);
    await run.advance(2000);
    expect(run.kinds()).toEqual(['prompt', 'response']);
    expect(run.events.every((e) => e.origin === 'history')).toBe(true);
    expect(run.of('response')[0]).toMatchObject({ messageId: 'a1', parentId: 'u1', complete: 'unknown' });

    page.add('user', 'u2', 'second question');
    const answer = page.add('assistant', 'a2', 'second', { streaming: true });
    await run.advance(300);
    page.finish(answer, 'second answer');
    await run.advance(300);
    page.add('user', 'u3', 'thanks, and a third question');
    await run.advance(300);

    expect(run.kinds()).toEqual(['prompt', 'response', 'prompt', 'response', 'prompt', 'followup']);
    const [, , u2, a2, u3, followup] = run.events;
    expect(u2).toMatchObject({ messageId: 'u2', parentId: 'a1', origin: 'live' });
    expect(a2).toMatchObject({ messageId: 'a2', parentId: 'u2', text: 'second answer', origin: 'live', complete: 'finished' });
    expect(u3).toMatchObject({ messageId: 'u3', parentId: 'a2', origin: 'live' });
    // A follow-up only after a live answer: the first prompt after the history answer has none.
    expect(followup).toMatchObject({ messageId: 'u3', afterMessageId: 'a2' });
  });

  it('records as history every turn a still-loading document adds, however long it takes to load', async () => {
    page = new ChatPage();
    const readyState = vi.spyOn(page.doc, 'readyState', 'get').mockReturnValue('loading');
    run = startEngine(page);
    // A long saved conversation parsing on a busy machine: its turns arrive one by one, well past the grace.
    for (let i = 1; i <= 4; i++) {
      await run.advance(1000);
      page.add('user', `u${i}`, `question ${i}`);
      page.add('assistant', `a${i}`, `answer ${i}`);
    }
    readyState.mockReturnValue('complete');
    page.doc.defaultView!.dispatchEvent(new Event('load'));
    await run.advance(2000);
    expect(run.of('response').map((e) => e.messageId)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(run.events.every((e) => e.origin === 'history')).toBe(true);

    // Once loaded and past the grace, what the user does is live.
    page.add('user', 'u5', 'a new question');
    page.add('assistant', 'a5', 'a new answer');
    await run.advance(500);
    expect(run.of('response').at(-1)).toMatchObject({ messageId: 'a5', origin: 'live' });
  });

  it('records an answer only once it has stopped streaming and its text has settled, with its final text', async () => {
    page = new ChatPage();
    run = startEngine(page);
    await run.advance(100);
    page.add('user', 'u1', 'question');
    const answer = page.add('assistant', 'a1', 'partial', { streaming: true });
    await run.advance(1000);
    expect(messageIds(run, 'response')).toEqual([]);
    page.finish(answer, 'the complete answer');
    await run.advance(400);
    expect(run.of('response')).toEqual([expect.objectContaining({ messageId: 'a1', text: 'the complete answer', complete: 'finished' })]);
  });

  it('records the answer, then the next prompt and its follow-up, when the prompt arrives inside the settle wait', async () => {
    page = new ChatPage();
    run = startEngine(page);
    await run.advance(2000); // past the moment a conversation renders its history
    page.add('user', 'u1', 'question');
    const answer = page.add('assistant', 'a1', 'streaming', { streaming: true });
    await run.advance(500);
    page.finish(answer, 'the answer');
    await run.advance(50); // the tick has read the finished answer; it has not settled yet
    expect(messageIds(run, 'response')).toEqual([]);
    page.add('user', 'u2', 'next question');
    page.add('assistant', 'a2', '', { streaming: true });
    await run.advance(300);

    expect(run.kinds()).toEqual(['prompt', 'response', 'prompt', 'followup']);
    const [, response, prompt, followup] = run.events;
    expect(response).toMatchObject({ messageId: 'a1', text: 'the answer', complete: 'finished', origin: 'live' });
    expect(prompt).toMatchObject({ messageId: 'u2', parentId: 'a1', origin: 'live' });
    expect(followup).toMatchObject({ messageId: 'u2', afterMessageId: 'a1' });
  });

  it('records the answer when the next prompt arrives in the same tick as the end of streaming', async () => {
    page = new ChatPage();
    run = startEngine(page);
    await run.advance(2000); // past the moment a conversation renders its history
    page.add('user', 'u1', 'question');
    const answer = page.add('assistant', 'a1', 'streaming', { streaming: true });
    await run.advance(500);
    page.finish(answer, 'the answer');
    page.add('user', 'u2', 'next question');
    await run.advance(300);

    expect(run.kinds()).toEqual(['prompt', 'response', 'prompt', 'followup']);
    expect(run.of('response')[0]).toMatchObject({ messageId: 'a1', text: 'the answer' });
    expect(run.of('followup')[0]).toMatchObject({ messageId: 'u2', afterMessageId: 'a1' });
  });

  it('records an answer the user switched away from before it settled', async () => {
    page = new ChatPage();
    page.add('user', 'u1', 'question');
    run = startEngine(page);
    await run.advance(2000); // the page has settled: what comes now is live
    const turn = page.add('assistant', 'a1', 'first', { streaming: true });
    await run.advance(100);
    page.finish(turn, 'first answer');
    await run.advance(50); // streaming ended, not yet settled
    page.show(turn, 'assistant', 'a2', 'second answer', { variant: [2, 2] });
    await run.advance(400);
    expect(run.of('response').map((e) => [e.messageId, e.text])).toEqual([
      ['a1', 'first answer'],
      ['a2', 'second answer'],
    ]);
    expect(run.of('response')[0]).toMatchObject({ origin: 'live', complete: 'finished' });
  });

  it('records a stop with the text shown, and the stopped answer as stopped', async () => {
    page = new ChatPage();
    page.doc.body.insertAdjacentHTML('beforeend', '<button data-testid="stop-button">stop</button>');
    run = startEngine(page);
    await run.advance(100);
    page.add('user', 'u1', 'a long question');
    const answer = page.add('assistant', 'a1', 'the beginning of', { streaming: true });
    await run.advance(300);
    page.doc.querySelector<HTMLElement>('[data-testid="stop-button"]')!.click();
    page.doc.querySelector('[data-testid="stop-button"]')!.remove();
    page.finish(answer);
    await run.advance(400);
    expect(run.kinds()).toEqual(['prompt', 'stop', 'response']);
    expect(run.of('stop')[0]).toMatchObject({ messageId: 'a1', partialText: 'the beginning of' });
    expect(run.of('response')[0]).toMatchObject({ messageId: 'a1', complete: 'stopped' });
  });
});

describe('a new chat', () => {
  it('holds events until the site names the chat, then sends them with its id', async () => {
    page = new ChatPage(document, '/');
    run = startEngine(page);
    await run.advance(100);
    page.add('user', 'u1', 'hello');
    const answer = page.add('assistant', 'a1', 'hi', { streaming: true });
    await run.advance(300);
    expect(run.events).toEqual([]);

    page.navigate('/c/7d2c1f00-late-0001');
    await run.advance(100);
    page.finish(answer, 'hi there');
    await run.advance(400);
    expect(run.kinds()).toEqual(['prompt', 'response']);
    for (const e of run.events) expect(e.conversationId).toBe('7d2c1f00-late-0001');
    // Live even though the page had just opened: a new chat has no history to render.
    expect(run.of('prompt')[0]).toMatchObject({ id: 'prompt:chatgpt:7d2c1f00-late-0001:u1', origin: 'live' });
    expect(run.of('response')[0]).toMatchObject({ id: 'response:chatgpt:7d2c1f00-late-0001:a1', parentId: 'u1', text: 'hi there' });
  });
});

describe('an answer while it streams', () => {
  it('is seen generating the message its turn comes to show mid-stream (a final id given while streaming)', async () => {
    page = new ChatPage();
    run = startEngine(page);
    await run.advance(2000);
    page.add('user', 'u1', 'question');
    const answer = page.add('assistant', 'draft-0001', 'part', { streaming: true });
    await run.advance(700);
    page.show(answer, 'assistant', 'a1', 'part of the answer', { streaming: true });
    await run.advance(1500);
    page.finish(answer, 'the whole answer');
    await run.advance(400);
    expect(run.of('response')).toEqual([
      expect.objectContaining({ messageId: 'a1', parentId: 'u1', text: 'the whole answer', complete: 'finished', origin: 'live' }),
    ]);
  });

  it('reads a streaming turn less and less often while nothing changes, and sees its end within a tick', async () => {
    const reads = new Map<Element, number>();
    const adapter: SiteAdapter = {
      ...chatgpt,
      readTurn: (turn, state) => (reads.set(turn, (reads.get(turn) ?? 0) + 1), chatgpt.readTurn(turn, state)),
    };
    page = new ChatPage();
    run = startEngine(page, { adapter });
    await run.advance(2000);
    page.add('user', 'u1', 'question');
    const answer = page.add('assistant', 'a1', 'part', { streaming: true });
    await run.advance(100);
    reads.clear();
    await run.advance(3000); // polls at 100, 300, 700, 1500, 2300, 3100 ms after the answer appeared
    // A full read at each poll at least half a second after the last; the health check's probe of the last turn
    // rests on those reads instead of reading it again.
    expect(reads.get(answer) ?? 0).toBeGreaterThanOrEqual(3);
    expect(reads.get(answer) ?? 0).toBeLessThanOrEqual(5);
    page.finish(answer, 'the whole answer'); // the streaming class goes: an attribute record in the polled turn
    await run.advance(200);
    expect(run.of('response')).toEqual([expect.objectContaining({ messageId: 'a1', text: 'the whole answer', complete: 'finished' })]);
  });
});

describe('an answer that stopped streaming', () => {
  /** The ChatGPT adapter, counting the code blocks it is asked to read: one per block each time the answer's text is read. */
  const countingBlocks = () => {
    const blocks = { read: 0 };
    const adapter: SiteAdapter = { ...chatgpt, readCodeBlock: (block) => (blocks.read++, chatgpt.readCodeBlock(block)) };
    return { adapter, blocks };
  };
  const code = '<pre><code class="language-js">let x = 1;</code></pre>';

  it('is read once when it stops, and recorded from that read when nothing changed while it settled', async () => {
    const { adapter, blocks } = countingBlocks();
    page = new ChatPage();
    run = startEngine(page, { adapter });
    await run.advance(2000);
    page.add('user', 'u1', 'question');
    const answer = page.add('assistant', 'a1', 'part', { streaming: true, html: code });
    await run.advance(300);
    page.finish(answer, 'the whole answer');
    await run.advance(400);
    expect(run.of('response')).toEqual([
      expect.objectContaining({ messageId: 'a1', text: expect.stringContaining('the whole answer'), complete: 'finished' }),
    ]);
    expect(run.of('response')[0]!.codeBlocks).toEqual([{ language: 'js', code: 'let x = 1;' }]);
    expect(blocks.read).toBe(1);
  });

  it('is recorded with what it shows last when the page changed it while it settled', async () => {
    page = new ChatPage();
    run = startEngine(page);
    await run.advance(2000);
    page.add('user', 'u1', 'question');
    const answer = page.add('assistant', 'a1', 'part', { streaming: true });
    await run.advance(300);
    page.finish(answer, 'the whole answer');
    await run.advance(60); // read once it stopped
    answer.querySelector('.markdown p')!.textContent = 'the whole answer, and a last line';
    await run.advance(400);
    expect(run.of('response')).toEqual([expect.objectContaining({ messageId: 'a1', text: 'the whole answer, and a last line' })]);
  });
});
