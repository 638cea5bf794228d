// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STREAM_POLL_MAX_MS, STREAM_POLL_MS, TICK_MS } from './context';
import { TickLoop } from './observer';

let runs: string[][];
let loop: TickLoop;
let lifetime: AbortController;

const idsOf = (turns: Element[]) => turns.map((t) => t.id).sort();

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
const HappyObserver = window.MutationObserver;

beforeEach(() => {
  vi.useFakeTimers();
  window.MutationObserver = standardObserver(HappyObserver);
  document.body.innerHTML =
    '<div id="thread"><div class="turn" id="t1">one</div><div class="turn" id="t2">two</div></div><p id="other">x</p>';
  runs = [];
  lifetime = new AbortController();
  loop = new TickLoop({ doc: document, turnSelector: '.turn', attributes: [], run: (turns) => runs.push(idsOf(turns)) });
  loop.init(lifetime.signal);
});
afterEach(() => {
  lifetime.abort();
  window.MutationObserver = HappyObserver;
  vi.useRealTimers();
});

describe('the tick loop', () => {
  it('looks at every turn once at start, then only at turns that changed, once per tick', async () => {
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([['t1', 't2']]);
    document.getElementById('t2')!.textContent = 'two, longer';
    document.getElementById('t2')!.append(' and longer');
    document.getElementById('other')!.textContent = 'not a turn';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs).toEqual([['t1', 't2'], ['t2']]);
    await vi.advanceTimersByTimeAsync(TICK_MS * 10);
    expect(runs).toHaveLength(2);
  });

  it('picks up turns added inside a new container', async () => {
    await vi.advanceTimersByTimeAsync(0);
    const box = document.createElement('div');
    box.innerHTML = '<div class="turn" id="t3">three</div>';
    document.getElementById('thread')!.append(box);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toEqual(['t3']);
  });

  it('looks again at a turn asked to be watched, without any change', async () => {
    loop = new TickLoop({
      doc: document,
      turnSelector: '.turn',
      attributes: [],
      run: (turns) => {
        runs.push(idsOf(turns));
        if (runs.length < 3) loop.keepWatching(document.getElementById('t1')!);
      },
    });
    lifetime.abort();
    lifetime = new AbortController();
    runs = [];
    loop.init(lifetime.signal);
    await vi.advanceTimersByTimeAsync(TICK_MS * 10);
    expect(runs).toEqual([['t1', 't2'], ['t1'], ['t1']]);
  });

  it('while a turn is read every tick, still sees changes everywhere else, and sees that turn again once it is not', async () => {
    let watch = true;
    lifetime.abort();
    lifetime = new AbortController();
    runs = [];
    loop = new TickLoop({
      doc: document,
      turnSelector: '.turn',
      attributes: [],
      run: (turns) => {
        runs.push(idsOf(turns));
        if (watch) loop.keepWatching(document.getElementById('t2')!);
      },
    });
    loop.init(lifetime.signal);
    await vi.advanceTimersByTimeAsync(0);
    document.getElementById('t1')!.firstChild!.nodeValue = 'one, edited in place';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toEqual(['t1', 't2']);
    // A new turn inside a new box beside the thread, then a change inside it.
    const box = document.createElement('div');
    box.innerHTML = '<div class="turn" id="t3">three</div>';
    document.body.append(box);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toEqual(['t2', 't3']);
    document.getElementById('t3')!.setAttribute('class', 'turn edited');
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toEqual(['t2', 't3']);
    watch = false;
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toEqual(['t2']);
    const ticks = runs.length;
    await vi.advanceTimersByTimeAsync(TICK_MS * 4);
    expect(runs).toHaveLength(ticks);
    document.getElementById('t2')!.textContent = 'two, regenerated';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toEqual(['t2']);
  });

  it('polls a streaming turn ever less often while nothing changes, and sees a change elsewhere within a tick', async () => {
    const at: number[] = [];
    lifetime.abort();
    lifetime = new AbortController();
    runs = [];
    loop = new TickLoop({
      doc: document,
      turnSelector: '.turn',
      attributes: [],
      run: (turns) => {
        runs.push(idsOf(turns));
        at.push(Date.now());
        loop.keepWatching(document.getElementById('t2')!, true);
      },
    });
    loop.init(lifetime.signal);
    await vi.advanceTimersByTimeAsync(0);
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS * 15 + STREAM_POLL_MAX_MS * 2);
    // 100, 200, 400, 800 ms, then every 800 ms.
    expect(at.slice(1).map((t) => t - start)).toEqual([1, 3, 7, 15, 23, 31].map((n) => n * STREAM_POLL_MS));
    expect(runs.slice(1).every((r) => r.join() === 't2')).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    document.getElementById('t1')!.textContent = 'one, edited';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toEqual(['t1', 't2']);
    // A change in a turn starts the poll over from STREAM_POLL_MS.
    const changed = Date.now();
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS);
    expect(at.at(-1)! - changed).toBe(STREAM_POLL_MS);
  });

  it('sees a streaming flag go off on a polled turn within a tick, as a poll, and ignores its re-rendered content', async () => {
    const polls: { ids: string[]; unchanged: string[] }[] = [];
    lifetime.abort();
    lifetime = new AbortController();
    const t2 = document.getElementById('t2')!;
    t2.setAttribute('data-is-streaming', 'true');
    loop = new TickLoop({
      doc: document,
      turnSelector: '.turn',
      attributes: [],
      run: (turns, unchanged) => {
        polls.push({ ids: idsOf(turns), unchanged: idsOf([...unchanged]) });
        loop.keepWatching(document.getElementById('t2')!, true);
      },
    });
    loop.init(lifetime.signal);
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS * 7); // polls at 100, 300, 700: the next is due at 1500
    const seen = polls.length;
    for (let i = 0; i < 5; i++) {
      t2.innerHTML = `<div class="answer" data-is-streaming="true">${'two '.repeat(i + 2)}</div>`;
      await vi.advanceTimersByTimeAsync(TICK_MS);
    }
    expect(polls).toHaveLength(seen);
    t2.setAttribute('data-is-streaming', 'false');
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(polls.at(-1)).toEqual({ ids: ['t2'], unchanged: ['t2'] });
    expect(polls).toHaveLength(seen + 1);
  });

  it('starts the streaming poll over on any record, so a flag inside the turn that goes off after the stop button is soon seen', async () => {
    const at: number[] = [];
    lifetime.abort();
    lifetime = new AbortController();
    document.getElementById('t2')!.innerHTML = '<div class="answer" data-is-streaming="true">two</div>';
    loop = new TickLoop({
      doc: document,
      turnSelector: '.turn',
      attributes: [],
      run: () => {
        at.push(Date.now());
        loop.keepWatching(document.getElementById('t2')!, true);
      },
    });
    loop.init(lifetime.signal);
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS * 31); // the poll is at its slowest
    document.getElementById('other')!.setAttribute('data-testid', 'stop-button-gone'); // outside every turn
    const stopped = Date.now();
    await vi.advanceTimersByTimeAsync(TICK_MS + STREAM_POLL_MS * 3);
    // A tick within TICK_MS of the record, then polls at 100 and 200 ms, not 800.
    const after = at.filter((t) => t > stopped).map((t) => t - stopped);
    expect(after).toEqual([TICK_MS, TICK_MS + STREAM_POLL_MS, TICK_MS + 3 * STREAM_POLL_MS]);
  });

  it('switches the polled turn with a few observe calls, however many turns sit beside it', async () => {
    const calls = { n: 0 };
    const Counted = window.MutationObserver;
    window.MutationObserver = class extends Counted {
      override observe(target: Node, options: MutationObserverInit): void {
        calls.n++;
        super.observe(target, options);
      }
    };
    const counts: number[] = [];
    for (const turns of [10, 300]) {
      lifetime.abort();
      lifetime = new AbortController();
      const thread = document.getElementById('thread')!;
      thread.innerHTML = Array.from({ length: turns }, (_, i) => `<div class="turn" id="t${i + 1}">turn ${i + 1}</div>`).join('');
      let polled = `t${turns}`;
      loop = new TickLoop({
        doc: document,
        turnSelector: '.turn',
        attributes: [],
        run: (ticked) => {
          runs.push(idsOf(ticked));
          loop.keepWatching(document.getElementById(polled)!, true);
        },
      });
      loop.init(lifetime.signal);
      await vi.advanceTimersByTimeAsync(TICK_MS); // the first poll isolates the turn: every turn beside it is observed once
      // A new turn arrives and is polled instead (the next answer); the one before is observed whole again.
      thread.insertAdjacentHTML('beforeend', `<div class="turn" id="t${turns + 1}">new</div>`);
      polled = `t${turns + 1}`;
      calls.n = 0;
      await vi.advanceTimersByTimeAsync(TICK_MS);
      counts.push(calls.n);
      document.getElementById(`t${turns}`)!.textContent = 'the turn polled before, changed';
      await vi.advanceTimersByTimeAsync(TICK_MS);
      expect(runs.at(-1)).toContain(`t${turns}`);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThanOrEqual(3);
  });

  it('leaves out a turn that arrived inside a wrapper once it is polled, and still sees the rest of the wrapper', async () => {
    let polled = 't2';
    const changed: string[][] = [];
    lifetime.abort();
    lifetime = new AbortController();
    loop = new TickLoop({
      doc: document,
      turnSelector: '.turn',
      attributes: [],
      run: (ticked, unchanged) => {
        runs.push(idsOf(ticked));
        changed.push(idsOf(ticked.filter((t) => !unchanged.has(t))));
        loop.keepWatching(document.getElementById(polled)!, true);
      },
    });
    loop.init(lifetime.signal);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<div class="turn" id="t3">three</div><div class="turn" id="t4">four</div>';
    document.getElementById('thread')!.append(wrapper);
    polled = 't3';
    await vi.advanceTimersByTimeAsync(TICK_MS * 2);
    const ticks = runs.length;
    for (let i = 0; i < 5; i++) {
      document.getElementById('t3')!.innerHTML = `<p>${'three '.repeat(i + 2)}</p>`;
      await vi.advanceTimersByTimeAsync(TICK_MS);
    }
    // Only the streaming poll ran, with no change seen in the turn.
    expect(changed.slice(ticks).flat()).toEqual([]);
    document.getElementById('t4')!.textContent = 'four, edited';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toContain('t4');
  });

  it('wakes once for a turn that changes again and again before its tick, and sees it change after that tick', async () => {
    let wakes = 0;
    const Counting = window.MutationObserver;
    window.MutationObserver = class extends Counting {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          wakes++;
          callback(records, observer);
        });
      }
    };
    lifetime.abort();
    lifetime = new AbortController();
    runs = [];
    loop = new TickLoop({ doc: document, turnSelector: '.turn', attributes: [], run: (turns) => runs.push(idsOf(turns)) });
    loop.init(lifetime.signal);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    const t2 = document.getElementById('t2')!;
    // A new answer re-rendered on every chunk before the engine's first look at it.
    for (let i = 0; i < 5; i++) {
      t2.innerHTML = `<p>${'two '.repeat(i + 2)}</p>`;
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(wakes).toBe(1);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(runs.at(-1)).toEqual(['t2']);
    // Not streaming: after the tick it is observed whole again.
    t2.innerHTML = '<p>two, edited after the tick</p>';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(wakes).toBe(2);
    expect(runs.at(-1)).toEqual(['t2']);
  });

  it('observes a turn whole once it stops streaming, so a change while it settles shows as a change', async () => {
    let streaming = true;
    const changed: string[][] = [];
    lifetime.abort();
    lifetime = new AbortController();
    loop = new TickLoop({
      doc: document,
      turnSelector: '.turn',
      attributes: [],
      run: (turns, unchanged) => {
        changed.push(idsOf(turns.filter((t) => !unchanged.has(t))));
        loop.keepWatching(document.getElementById('t2')!, streaming);
      },
    });
    loop.init(lifetime.signal);
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS * 3);
    const t2 = document.getElementById('t2')!;
    t2.innerHTML = '<p>two, streamed on</p>';
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS * 4);
    expect(changed.at(-1)).toEqual([]); // streaming: its content is not observed
    streaming = false; // the next tick finds it stopped and keeps watching it while it settles
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS * 8);
    const ticks = changed.length;
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(changed.at(-1)).toEqual([]); // settling, nothing changed
    t2.innerHTML = '<p>two, with a last line added while it settles</p>';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(changed.length).toBeGreaterThan(ticks);
    expect(changed.at(-1)).toEqual(['t2']);
  });

  it('runs at once on sync, with changes the observer has not delivered yet', async () => {
    await vi.advanceTimersByTimeAsync(0);
    document.getElementById('t1')!.textContent = 'changed';
    loop.sync(); // same task as the change: no mutation callback has run yet
    expect(runs).toEqual([['t1', 't2'], ['t1']]);
  });

  it('stops observing when its signal aborts', async () => {
    await vi.advanceTimersByTimeAsync(0);
    lifetime.abort();
    document.getElementById('t1')!.textContent = 'changed';
    await vi.advanceTimersByTimeAsync(TICK_MS * 4);
    expect(runs).toEqual([['t1', 't2']]);
  });
});
