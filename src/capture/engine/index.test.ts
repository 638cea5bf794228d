// @vitest-environment happy-dom
// The engine as a whole: adapter calls guarded per turn, per-conversation adapter state, the site's own data.
import { beforeEach, describe, expect, it } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';
import { chatgpt } from '../sites/chatgpt';
import type { SiteAdapter } from '../sites/types';

let page: ChatPage;
let run: Running;

useEngineTimers();
beforeEach(() => {
  page = new ChatPage();
});

/** The ChatGPT adapter, except that `call` throws on turns showing message `bad` (markup it did not expect). */
function throwingOn(call: 'readTurn' | 'isStreaming'): SiteAdapter {
  const isBad = (turn: Element) => !!turn.querySelector('[data-message-id="bad"]');
  return {
    ...chatgpt,
    readTurn(turn, state) {
      if (call === 'readTurn' && isBad(turn)) throw new TypeError("Cannot read properties of null (reading 'textContent')");
      return chatgpt.readTurn(turn, state);
    },
    isStreaming(turn, doc, state) {
      if (call === 'isStreaming' && isBad(turn)) throw new TypeError('unexpected markup');
      return chatgpt.isStreaming(turn, doc, state);
    },
  };
}

describe('a throwing adapter call', () => {
  const calls = ['readTurn', 'isStreaming'] as const;
  it.each(calls)('costs only its turn when %s throws: the others are captured and health names the call', async (call) => {
    page.add('user', 'u1', 'first question');
    page.add('assistant', 'bad', 'an answer the adapter cannot read');
    page.add('user', 'u2', 'second question');
    page.add('assistant', 'a2', 'second answer');
    run = startEngine(page, { adapter: throwingOn(call) });
    await run.advance(2000);
    expect(run.of('prompt').map((e) => e.messageId)).toEqual(['u1', 'u2']);
    expect(run.of('response').map((e) => e.messageId)).toEqual(['a2']);
    const last = run.health[run.health.length - 1]!;
    expect(last.status).toBe('degraded');
    expect(last.failing).toEqual([expect.stringMatching(new RegExp(`^${call} failed \\(\\d+×\\)$`))]);
    expect(last.missing).toEqual([]);
  });

  it('counts the engine reading a turn that throws as extractText, and captures the other turns', async () => {
    page.add('user', 'u1', 'first question');
    const bad = page.add('assistant', 'a1', 'unreadable');
    // Content the text reader trips over (e.g. a node a page script broke).
    const trip = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    Object.defineProperty(bad.querySelector('p')!, 'firstChild', { get: trip });
    page.add('user', 'u2', 'second question');
    page.add('assistant', 'a2', 'second answer');
    run = startEngine(page);
    await run.advance(2000);
    expect(run.of('response').map((e) => e.messageId)).toEqual(['a2']);
    expect(run.of('prompt').map((e) => e.messageId)).toEqual(['u1', 'u2']);
    expect(run.health.at(-1)).toMatchObject({ status: 'degraded', failing: [expect.stringMatching(/^extractText failed/)] });
  });

  it('keeps a code block whose reader throws, as plain text, and says so', async () => {
    const adapter: SiteAdapter = { ...chatgpt, readCodeBlock: () => { throw new Error('unexpected code block'); } };
    page.add('user', 'u1', 'question');
    page.add('assistant', 'a1', 'Here:', { html: '<pre><code class="language-python">print(1)</code></pre>' });
    run = startEngine(page, { adapter });
    await run.advance(2000);
    expect(run.of('response')[0]).toMatchObject({ messageId: 'a1', codeBlocks: [{ code: 'print(1)' }] });
    expect(run.health.at(-1)).toMatchObject({ status: 'degraded', failing: [expect.stringMatching(/^readCodeBlock failed/)] });
  });

  it('ignores a click the adapter fails to classify, counts it, and goes on', async () => {
    const adapter: SiteAdapter = { ...chatgpt, classifyClick: () => { throw new Error('boom'); } };
    page.add('user', 'u1', 'question');
    const turn = page.add('assistant', 'a1', 'answer');
    run = startEngine(page, { adapter });
    await run.advance(2000);
    turn.querySelector<HTMLElement>('[data-testid="copy-turn-action-button"]')!.click();
    await run.advance(1100);
    expect(run.kinds()).toEqual(['prompt', 'response']);
    expect(run.health.at(-1)).toMatchObject({ status: 'degraded', failing: ['classifyClick failed (1×)'] });
  });

  it('keeps the conversation it has when conversationId throws on a new address, and says so', async () => {
    const adapter: SiteAdapter = {
      ...chatgpt,
      conversationId: (url) => {
        if (url.search.includes('unexpected')) throw new Error('unexpected URL');
        return chatgpt.conversationId(url);
      },
    };
    run = startEngine(page, { adapter });
    await run.advance(2000);
    page.navigate('/c/6a1f0c2e-conv-0001?unexpected');
    page.add('user', 'u1', 'question');
    await run.advance(1100);
    expect(run.of('prompt')[0]).toMatchObject({ messageId: 'u1', conversationId: '6a1f0c2e-conv-0001' });
    expect(run.health.at(-1)).toMatchObject({ status: 'degraded', failing: [expect.stringMatching(/^conversationId failed/)] });
  });

  it('recovers its health when another conversation opens', async () => {
    page.add('user', 'u1', 'question');
    page.add('assistant', 'bad', 'answer');
    run = startEngine(page, { adapter: throwingOn('readTurn') });
    await run.advance(2000);
    expect(run.health.at(-1)!.status).toBe('degraded');
    page.thread.innerHTML = '';
    page.navigate('/c/0b0b0b0b-conv-0002');
    page.add('user', 'u9', 'another chat');
    await run.advance(2000);
    expect(run.health.at(-1)).toEqual({ status: 'capturing', missing: [], failing: [] });
  });
});

describe('health while the page loads', () => {
  it('shows the turns of a conversation that rendered after capture started within a second, without the periodic re-check', async () => {
    run = startEngine(page);
    await run.advance(100);
    expect(run.health.at(-1)).toMatchObject({ status: 'degraded', missing: expect.arrayContaining(['conversation turns']) as unknown });
    page.add('user', 'u1', 'a question');
    page.add('assistant', 'a1', 'its answer');
    await run.advance(1000);
    expect(run.health.at(-1)).toEqual({ status: 'capturing', missing: [], failing: [] });
  });
});

describe('per-conversation adapter state', () => {
  /** The ChatGPT adapter with a state object that records which state each read got. */
  function withState() {
    const states: { n: number; reads: number }[] = [];
    const adapter: SiteAdapter<{ n: number; reads: number }> = {
      ...chatgpt,
      createState: () => {
        const s = { n: states.length + 1, reads: 0 };
        states.push(s);
        return s;
      },
      readTurn(turn, state) {
        state.reads++;
        return chatgpt.readTurn(turn, state);
      },
    };
    return { adapter: adapter as SiteAdapter, states };
  }

  it('gives each conversation a fresh adapter state, and keeps a new chat\'s state when the site names it', async () => {
    page = new ChatPage(document, '/');
    const { adapter, states } = withState();
    run = startEngine(page, { adapter });
    page.add('user', 'u1', 'hello');
    await run.advance(300);
    page.navigate('/c/11111111-conv-0001'); // the site named the new chat: same conversation
    page.add('assistant', 'a1', 'hi', { streaming: true });
    await run.advance(300);
    expect(states.map((s) => s.n)).toEqual([1]);
    page.thread.innerHTML = '';
    page.navigate('/c/22222222-conv-0002'); // another conversation
    page.add('user', 'u5', 'other');
    await run.advance(300);
    expect(states.map((s) => s.n)).toEqual([1, 2]);
    const readsOfFirst = states[0]!.reads;
    page.add('assistant', 'a5', 'answer');
    await run.advance(300);
    expect(states[0]!.reads).toBe(readsOfFirst);
    expect(states[1]!.reads).toBeGreaterThan(0);
  });

  it('applies what the site\'s own data teaches to that conversation\'s state, now or when it opens', async () => {
    type S = { shown: string };
    const learned: string[] = [];
    const adapter: SiteAdapter<S> = {
      ...chatgpt,
      createState: () => ({ shown: 'nothing' }),
      readTurn(turn, state) {
        learned.push(state.shown);
        return chatgpt.readTurn(turn, state);
      },
      pageWorld: {
        responses: [/^\/data$/],
        read: (_url, body) => {
          const b = body as { id: string; shown: string };
          return { conversationId: b.id, messages: [], learn: (s) => void (s.shown = b.shown) };
        },
      },
    };
    run = startEngine(page, { adapter });
    await run.advance(100);
    run.engine.onPageData(new URL('https://chatgpt.com/data'), { id: '6a1f0c2e-conv-0001', shown: 'branch 2' });
    run.engine.onPageData(new URL('https://chatgpt.com/data'), { id: '33333333-conv-0003', shown: 'branch 7' });
    page.add('user', 'u1', 'question');
    await run.advance(300);
    expect(learned.at(-1)).toBe('branch 2');
    page.thread.innerHTML = '';
    page.navigate('/c/33333333-conv-0003');
    page.add('user', 'u7', 'question');
    await run.advance(300);
    expect(learned.at(-1)).toBe('branch 7');
  });
});
