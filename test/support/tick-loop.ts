// Shared set-up of the tick loop's tests (src/capture/engine/observer.test.ts, observer-streaming.test.ts): a page of
// two turns, fake timers, a MutationObserver that follows the DOM standard where happy-dom does not, and a loop each
// test can restart with its own `run`.
import { afterEach, beforeEach, vi } from 'vitest';
import { TickLoop, type TickLoopContext } from '../../src/capture/engine/observer';

export const idsOf = (turns: readonly Element[]) => turns.map((t) => t.id).sort();

/** The loop under test, what its `run` saw (the default run records the ids of each tick's turns) and its lifetime. */
export const h = {
  runs: [] as string[][],
  loop: undefined as unknown as TickLoop,
  lifetime: new AbortController(),
};

/** Stops the loop running and starts a new one on the same page with `run` (`h.loop` is set before `run` can run). */
export function start(run: TickLoopContext['run']): TickLoop {
  h.lifetime.abort();
  h.lifetime = new AbortController();
  h.runs = [];
  h.loop = new TickLoop({ doc: document, turnSelector: '.turn', attributes: [], run });
  h.loop.init(h.lifetime.signal);
  return h.loop;
}

/**
 * happy-dom 21 keeps the options a node was first observed with when the same observer observes it again; the DOM
 * standard (and Chromium and Firefox) replace them, which the tick loop relies on to leave a polled turn's content out
 * and take it back in. This observer does what the standard says on top of happy-dom's: a node observed again is
 * observed afresh with its new options (records pending then are delivered as usual).
 */
function standardObserver(Base: typeof MutationObserver): typeof MutationObserver {
  return class extends Base {
    readonly #targets = new Map<Node, MutationObserverInit>();
    readonly #callback: MutationCallback;
    constructor(callback: MutationCallback) {
      super(callback);
      this.#callback = callback;
    }
    override observe(target: Node, options: MutationObserverInit): void {
      const again = this.#targets.has(target);
      this.#targets.set(target, options);
      if (!again) return super.observe(target, options);
      const pending = super.takeRecords();
      super.disconnect();
      for (const [t, o] of this.#targets) super.observe(t, o);
      if (pending.length) queueMicrotask(() => this.#callback(pending, this));
    }
    override disconnect(): void {
      this.#targets.clear();
      super.disconnect();
    }
  };
}

/** Before each test: the page, fake timers and a loop whose run records each tick's turns in `h.runs`. */
export function useTickLoop(): void {
  const happyObserver = window.MutationObserver;
  beforeEach(() => {
    vi.useFakeTimers();
    window.MutationObserver = standardObserver(happyObserver);
    document.body.innerHTML =
      '<div id="thread"><div class="turn" id="t1">one</div><div class="turn" id="t2">two</div></div><p id="other">x</p>';
    start((turns) => h.runs.push(idsOf(turns)));
  });
  afterEach(() => {
    h.lifetime.abort();
    window.MutationObserver = happyObserver;
    vi.useRealTimers();
  });
}
