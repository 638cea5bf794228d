// @vitest-environment happy-dom
// The tick loop with a streaming turn: the poll's back-off, what is left out of the observation while a turn streams
// and what is observed again once it stops (observer.ts, docs/capture-engine.md "Cost per streamed chunk").
import { describe, expect, it, vi } from 'vitest';
import { STREAM_POLL_MAX_MS, STREAM_POLL_MS, TICK_MS } from './context';
import { h, idsOf, start, useTickLoop } from '../../../test/support/tick-loop';

useTickLoop();

describe('the tick loop with a streaming turn', () => {
  it('polls a streaming turn ever less often while nothing changes, and sees a change elsewhere within a tick', async () => {
    const at: number[] = [];
    start((turns) => {
        h.runs.push(idsOf(turns));
        at.push(Date.now());
        h.loop.keepWatching(document.getElementById('t2')!, true);
      });
    await vi.advanceTimersByTimeAsync(0);
    const began = Date.now();
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS * 15 + STREAM_POLL_MAX_MS * 2);
    // 100, 200, 400, 800 ms, then every 800 ms.
    expect(at.slice(1).map((t) => t - began)).toEqual([1, 3, 7, 15, 23, 31].map((n) => n * STREAM_POLL_MS));
    expect(h.runs.slice(1).every((r) => r.join() === 't2')).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    document.getElementById('t1')!.textContent = 'one, edited';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toEqual(['t1', 't2']);
    // A change in a turn starts the poll over from STREAM_POLL_MS.
    const changed = Date.now();
    await vi.advanceTimersByTimeAsync(STREAM_POLL_MS);
    expect(at.at(-1)! - changed).toBe(STREAM_POLL_MS);
  });

  it('sees a streaming flag go off on a polled turn within a tick, as a poll, and ignores its re-rendered content', async () => {
    const polls: { ids: string[]; unchanged: string[] }[] = [];
    const t2 = document.getElementById('t2')!;
    t2.setAttribute('data-is-streaming', 'true');
    start((turns, unchanged) => {
        polls.push({ ids: idsOf(turns), unchanged: idsOf([...unchanged]) });
        h.loop.keepWatching(document.getElementById('t2')!, true);
      });
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
    document.getElementById('t2')!.innerHTML = '<div class="answer" data-is-streaming="true">two</div>';
    start(() => {
        at.push(Date.now());
        h.loop.keepWatching(document.getElementById('t2')!, true);
      });
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
      const thread = document.getElementById('thread')!;
      thread.innerHTML = Array.from({ length: turns }, (_, i) => `<div class="turn" id="t${i + 1}">turn ${i + 1}</div>`).join('');
      let polled = `t${turns}`;
      start((ticked) => {
          h.runs.push(idsOf(ticked));
          h.loop.keepWatching(document.getElementById(polled)!, true);
        });
      await vi.advanceTimersByTimeAsync(TICK_MS); // the first poll isolates the turn: every turn beside it is observed once
      // A new turn arrives and is polled instead (the next answer); the one before is observed whole again.
      thread.insertAdjacentHTML('beforeend', `<div class="turn" id="t${turns + 1}">new</div>`);
      polled = `t${turns + 1}`;
      calls.n = 0;
      await vi.advanceTimersByTimeAsync(TICK_MS);
      counts.push(calls.n);
      document.getElementById(`t${turns}`)!.textContent = 'the turn polled before, changed';
      await vi.advanceTimersByTimeAsync(TICK_MS);
      expect(h.runs.at(-1)).toContain(`t${turns}`);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThanOrEqual(3);
  });

  it('leaves out a turn that arrived inside a wrapper once it is polled, and still sees the rest of the wrapper', async () => {
    let polled = 't2';
    const changed: string[][] = [];
    start((ticked, unchanged) => {
        h.runs.push(idsOf(ticked));
        changed.push(idsOf(ticked.filter((t) => !unchanged.has(t))));
        h.loop.keepWatching(document.getElementById(polled)!, true);
      });
    await vi.advanceTimersByTimeAsync(TICK_MS);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<div class="turn" id="t3">three</div><div class="turn" id="t4">four</div>';
    document.getElementById('thread')!.append(wrapper);
    polled = 't3';
    await vi.advanceTimersByTimeAsync(TICK_MS * 2);
    const ticks = h.runs.length;
    for (let i = 0; i < 5; i++) {
      document.getElementById('t3')!.innerHTML = `<p>${'three '.repeat(i + 2)}</p>`;
      await vi.advanceTimersByTimeAsync(TICK_MS);
    }
    // Only the streaming poll ran, with no change seen in the turn.
    expect(changed.slice(ticks).flat()).toEqual([]);
    document.getElementById('t4')!.textContent = 'four, edited';
    await vi.advanceTimersByTimeAsync(TICK_MS);
    expect(h.runs.at(-1)).toContain('t4');
  });

  it('observes a turn whole once it stops streaming, so a change while it settles shows as a change', async () => {
    let streaming = true;
    const changed: string[][] = [];
    start((turns, unchanged) => {
        changed.push(idsOf(turns.filter((t) => !unchanged.has(t))));
        h.loop.keepWatching(document.getElementById('t2')!, streaming);
      });
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
});
