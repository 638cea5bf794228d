// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../core/events';
import { CaptureEngine } from './engine';
import { chatgpt } from './sites/chatgpt';

function turnHtml(n: number, role: 'user' | 'assistant', id: string, text: string, nav = '') {
  return (
    `<section data-testid="conversation-turn-${n}"><div data-message-author-role="${role}" data-message-id="${id}" data-message-model-slug="gpt-4o">` +
    (role === 'assistant' ? `<div class="markdown prose"><p>${text}</p></div>` : `<div class="whitespace-pre-wrap">${text}</div>`) +
    `</div><div role="group">${nav}<button data-testid="copy-turn-action-button">c</button></div></section>`
  );
}
const nav = (i: number, n: number) => `<button aria-label="Previous response">‹</button><div class="tabular-nums">${i}/${n}</div><button aria-label="Next response">›</button>`;

let events: CaptureEvent[];
let clock: number;
let engine: CaptureEngine;
const tick = async (ms = 400) => {
  for (let i = 0; i < ms / 50; i++) {
    clock += 50;
    await new Promise((r) => setTimeout(r, 55));
  }
};

beforeEach(() => {
  events = [];
  clock = 1_000_000;
  history.replaceState({}, '', '/c/6a1f0c2e-conv-0001');
  document.body.innerHTML = `<div id="prompt-textarea" contenteditable="true"></div><div id="thread"></div>`;
  engine?.stop();
});

function start() {
  engine = new CaptureEngine({ adapter: chatgpt, doc: document, emit: (e) => events.push(e), isPaused: () => false, reportHealth: () => undefined, now: () => clock });
  engine.start();
}

describe('CaptureEngine with the ChatGPT adapter', () => {
  it('reports a switch between variants shown in place in the same turn', async () => {
    const thread = document.getElementById('thread')!;
    thread.innerHTML = turnHtml(1, 'user', 'u1', 'question') + turnHtml(2, 'assistant', 'a1', 'first answer');
    start();
    await tick(2000);
    expect(events.map((e) => e.kind)).toEqual(['prompt', 'response']);
    const turn = thread.children[1]!;
    turn.innerHTML = turnHtml(2, 'assistant', 'a2', 'second answer', nav(2, 2)).replace(/^<section[^>]*>|<\/section>$/g, '');
    await tick();
    turn.querySelector<HTMLButtonElement>('button[aria-label="Previous response"]')!.click();
    turn.innerHTML = turnHtml(2, 'assistant', 'a1', 'first answer', nav(1, 2)).replace(/^<section[^>]*>|<\/section>$/g, '');
    await tick();
    const kinds = events.map((e) => e.kind);
    expect(kinds).toContain('branch_switch');
    expect(events.find((e) => e.kind === 'branch_switch')).toMatchObject({ fromMessageId: 'a2', toMessageId: 'a1', variantIndex: 1, variantCount: 2 });
  });

  it('records an answer the user switched away from before it settled', async () => {
    const thread = document.getElementById('thread')!;
    thread.innerHTML = turnHtml(1, 'user', 'u1', 'question');
    start();
    await tick(2000); // the page has settled: what comes now is live
    thread.insertAdjacentHTML('beforeend', turnHtml(2, 'assistant', 'a1', 'first answer').replace('class="markdown prose"', 'class="markdown prose result-streaming"'));
    await tick(100);
    const turn = thread.children[1]!;
    turn.querySelector('.markdown')!.classList.remove('result-streaming');
    await tick(50); // streaming ended, not yet settled
    turn.innerHTML = turnHtml(2, 'assistant', 'a2', 'second answer', nav(2, 2)).replace(/^<section[^>]*>|<\/section>$/g, '');
    await tick(400);
    const answers = events.filter((e) => e.kind === 'response');
    expect(answers.map((e) => [(e as { messageId: string }).messageId, (e as { text: string }).text])).toEqual([
      ['a1', 'first answer'],
      ['a2', 'second answer'],
    ]);
    expect(answers[0]).toMatchObject({ origin: 'live', complete: 'finished' });
  });
});
