// A ChatGPT-shaped page for the engine's unit tests (happy-dom, fake timers): turns in the markup the real site
// uses (see test/sites/chatgpt for the full fixture), changed the way the site changes them (a message replaced
// inside the same turn element, the streaming class removed when the answer ends). Drives the real engine with the
// real ChatGPT adapter unless a test gives another.
import { afterEach, beforeEach, vi } from 'vitest';
import type { CaptureEvent, EventOf } from '../../src/core/events';
import { CaptureEngine, type HealthReport } from '../../src/capture/engine';
import { chatgpt } from '../../src/capture/sites/chatgpt';
import type { SiteAdapter } from '../../src/capture/sites/types';

export interface TurnOptions {
  streaming?: boolean;
  /** Variant switcher "‹ index/count ›". */
  variant?: [index: number, count: number];
  /** Extra markup inside the message content. */
  html?: string;
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function innerTurn(role: 'user' | 'assistant', id: string, text: string, o: TurnOptions = {}): string {
  const nav = o.variant
    ? `<button aria-label="Previous response">‹</button><div class="tabular-nums">${o.variant[0]}/${o.variant[1]}</div>` +
      `<button aria-label="Next response">›</button>`
    : '';
  const body =
    role === 'assistant'
      ? `<div class="markdown prose${o.streaming ? ' result-streaming' : ''}"><p>${escape(text)}</p>${o.html ?? ''}</div>`
      : `<div class="whitespace-pre-wrap">${escape(text)}${o.html ?? ''}</div>`;
  const actions =
    role === 'assistant' && !o.streaming
      ? `<div role="group">${nav}<button data-testid="copy-turn-action-button">c</button>` +
        `<button data-testid="good-response-turn-action-button">+</button>` +
        `<button data-testid="regenerate-turn-action-button" aria-label="Try again">r</button></div>`
      : role === 'user'
        ? `<div><button aria-label="Edit message">e</button></div>`
        : '';
  return `<div data-message-author-role="${role}" data-message-id="${id}" data-message-model-slug="gpt-4o">${body}</div>${actions}`;
}

export class ChatPage {
  readonly thread: HTMLElement;

  constructor(readonly doc: Document = document, path = '/c/6a1f0c2e-conv-0001') {
    doc.defaultView!.history.replaceState({}, '', path);
    doc.body.innerHTML = `<div id="prompt-textarea" contenteditable="true"></div><div id="thread"></div>`;
    this.thread = doc.getElementById('thread')!;
  }

  /** Appends a turn; returns its element (which stays while its message changes). */
  add(role: 'user' | 'assistant', id: string, text: string, o: TurnOptions = {}): HTMLElement {
    const turn = this.doc.createElement('section');
    turn.setAttribute('data-testid', `conversation-turn-${this.thread.children.length + 1}`);
    turn.innerHTML = innerTurn(role, id, text, o);
    this.thread.append(turn);
    return turn;
  }

  /** Shows another message (or the same one in another state) inside the same turn element, as the site does. */
  show(turn: Element, role: 'user' | 'assistant', id: string, text: string, o: TurnOptions = {}): void {
    turn.innerHTML = innerTurn(role, id, text, o);
  }

  /** The answer stops streaming, with its final text. */
  finish(turn: Element, text?: string): void {
    const md = turn.querySelector('.markdown')!;
    if (text !== undefined) md.querySelector('p')!.textContent = text;
    md.classList.remove('result-streaming');
  }

  navigate(path: string): void {
    this.doc.defaultView!.history.pushState({}, '', path);
  }
}

export interface Running {
  engine: CaptureEngine;
  events: CaptureEvent[];
  health: HealthReport[];
  /** Lets time pass: timers fire, mutation records are delivered. */
  advance(ms: number): Promise<void>;
  of<K extends CaptureEvent['kind']>(kind: K): EventOf<K>[];
  kinds(): string[];
}

const started = new Set<CaptureEngine>();

/**
 * Fake timers for each test, and every engine a test started (`startEngine`) stopped after it: call once at the top
 * of a test file or a describe block.
 */
export function useEngineTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    for (const engine of started) engine.stop();
    started.clear();
    vi.useRealTimers();
  });
}

/** Starts the engine on the page (fake timers must be on: `useEngineTimers()` or `vi.useFakeTimers()`). */
export function startEngine(page: ChatPage, options: { adapter?: SiteAdapter; paused?: () => boolean } = {}): Running {
  const events: CaptureEvent[] = [];
  const health: HealthReport[] = [];
  const engine = new CaptureEngine({
    adapter: options.adapter ?? chatgpt,
    doc: page.doc,
    emit: (e) => events.push(e),
    isPaused: options.paused ?? (() => false),
    reportHealth: (r) => health.push(r),
    now: () => Date.now(),
  });
  engine.start();
  started.add(engine);
  return {
    engine,
    events,
    health,
    advance: (ms) => vi.advanceTimersByTimeAsync(ms).then(() => undefined),
    of: <K extends CaptureEvent['kind']>(kind: K) => events.filter((e): e is EventOf<K> => e.kind === kind),
    kinds: () => events.map((e) => e.kind),
  };
}
