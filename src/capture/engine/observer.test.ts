// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { TICK_MS } from './context';
import { h, idsOf, start, useTickLoop } from '../../../test/support/tick-loop';

useTickLoop();

describe('the tick loop', () => {
  it('looks at every turn once at start, then only at turns that changed, once per tick', async () => {
    await vi.advanceTimersByTimeAsync(0);
    expect(h.runs).toEqual([['t1', 't2']]);
    document.getElementById('t2')!.textContent = 'two, longer';
    document.getElementById('t2')!.append(' and longer');
    document.getElementById('other')!.textContent = 'not a turn';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs).toEqual([['t1', 't2'], ['t2']]);
    await vi.advanceTimersByTimeAsync(TICK_MS * 10);
    expect(h.runs).toHaveLength(2);
  });

  it('picks up turns added inside a new container', async () => {
    await vi.advanceTimersByTimeAsync(0);
    const box = document.createElement('div');
    box.innerHTML = '<div class="turn" id="t3">three</div>';
    document.getElementById('thread')!.append(box);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toEqual(['t3']);
  });

  it('looks again at a turn asked to be watched, without any change', async () => {
    start((turns) => {
        h.runs.push(idsOf(turns));
        if (h.runs.length < 3) h.loop.keepWatching(document.getElementById('t1')!);
      });
    await vi.advanceTimersByTimeAsync(TICK_MS * 10);
    expect(h.runs).toEqual([['t1', 't2'], ['t1'], ['t1']]);
  });

  it('while a turn is read every tick, still sees changes everywhere else, and sees that turn again once it is not', async () => {
    let watch = true;
    start((turns) => {
        h.runs.push(idsOf(turns));
        if (watch) h.loop.keepWatching(document.getElementById('t2')!);
      });
    await vi.advanceTimersByTimeAsync(0);
    document.getElementById('t1')!.firstChild!.nodeValue = 'one, edited in place';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toEqual(['t1', 't2']);
    // A new turn inside a new box beside the thread, then a change inside it.
    const box = document.createElement('div');
    box.innerHTML = '<div class="turn" id="t3">three</div>';
    document.body.append(box);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toEqual(['t2', 't3']);
    document.getElementById('t3')!.setAttribute('class', 'turn edited');
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toEqual(['t2', 't3']);
    watch = false;
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toEqual(['t2']);
    const ticks = h.runs.length;
    await vi.advanceTimersByTimeAsync(TICK_MS * 4);
    expect(h.runs).toHaveLength(ticks);
    document.getElementById('t2')!.textContent = 'two, regenerated';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toEqual(['t2']);
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
    start((turns) => h.runs.push(idsOf(turns)));
    await vi.advanceTimersByTimeAsync(TICK_MS);
    const t2 = document.getElementById('t2')!;
    // A new answer re-rendered on every chunk before the engine's first look at it.
    for (let i = 0; i < 5; i++) {
      t2.innerHTML = `<p>${'two '.repeat(i + 2)}</p>`;
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(wakes).toBe(1);
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toEqual(['t2']);
    // Not streaming: after the tick it is observed whole again.
    t2.innerHTML = '<p>two, edited after the tick</p>';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(wakes).toBe(2);
    expect(h.runs.at(-1)).toEqual(['t2']);
  });

  it('runs at once on sync, with changes the observer has not delivered yet', async () => {
    await vi.advanceTimersByTimeAsync(0);
    document.getElementById('t1')!.textContent = 'changed';
    h.loop.sync(); // same task as the change: no mutation callback has run yet
    expect(h.runs).toEqual([['t1', 't2'], ['t1']]);
  });

  it('stops observing when its signal aborts', async () => {
    await vi.advanceTimersByTimeAsync(0);
    h.lifetime.abort();
    document.getElementById('t1')!.textContent = 'changed';
    await vi.advanceTimersByTimeAsync(TICK_MS * 4);
    expect(h.runs).toEqual([['t1', 't2']]);
  });
});
