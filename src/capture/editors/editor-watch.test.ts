// @vitest-environment happy-dom
// The idle watch's own work a key (round 16): a key's look moves the timer only when it was due within half an
// interval, so typing sets it every other key, not every key, and it still looks IDLE_POLL_MS after the last key at
// the latest; Monaco's lines and zones are each read for the one mark they can hold, and a `.ghost-text` span in
// its lines (not a suggestion there: `read` takes it only in a zone) costs no look.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorWatch, IDLE_POLL_MS, PAUSE_MS, type WatchEvents } from './editor-watch';
import { monacoReader } from './monaco';
import type { EditorReader } from './types';

let root: HTMLElement;
let arrived: number;

const events: WatchEvents = { records: () => undefined, arrived: () => void arrived++, attentive: () => true };
const plain: EditorReader = {
  kind: 'codemirror',
  watched: (el) => [el],
  ghostMarks: ['ghost'],
  hasGhost: () => false,
  ghostIn: () => false,
  read: () => null,
};
const span = (className: string) => Object.assign(document.createElement('span'), { className });

beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
  arrived = 0;
});
afterEach(() => {
  root.remove();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the idle watch', () => {
  // The editor capture sends the events it holds when the user pauses (a crashed page then loses only what came
  // since): told by the watch's own ticks, so typing costs nothing more.
  it('tells of a pause once, PAUSE_MS after the last key, and never while the keys come', async () => {
    let pauses = 0;
    const watch = new EditorWatch(root, plain, { ...events, paused: () => void pauses++ });
    watch.rest(true);
    for (let i = 0; i < 40; i++) {
      watch.ghostArrived();
      root.append(document.createTextNode('x'));
      await vi.advanceTimersByTimeAsync(IDLE_POLL_MS / 2 + 10);
    }
    // A slow typist too (a key every 1.5 intervals: the timer fires between keys).
    for (let i = 0; i < 10; i++) {
      watch.ghostArrived();
      await vi.advanceTimersByTimeAsync(IDLE_POLL_MS * 1.5);
    }
    expect(pauses).toBe(0);
    watch.ghostArrived();
    await vi.advanceTimersByTimeAsync(PAUSE_MS - IDLE_POLL_MS);
    expect(pauses).toBe(0);
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS + 1);
    expect(pauses).toBe(1);
    await vi.advanceTimersByTimeAsync(10 * PAUSE_MS);
    expect(pauses).toBe(1);
    watch.ghostArrived();
    await vi.advanceTimersByTimeAsync(PAUSE_MS + IDLE_POLL_MS);
    expect(pauses).toBe(2);
    watch.close();
  });

  it('sets its timer again every other key while the user types fast, not at every key, and never fires meanwhile', async () => {
    const watch = new EditorWatch(root, plain, events);
    watch.rest(true);
    const set = vi.spyOn(globalThis, 'setTimeout');
    const lookedAt: number[] = [];
    const look = vi.spyOn(watch, 'ghostArrived');
    for (let i = 0; i < 30; i++) {
      expect(watch.ghostArrived()).toBe(false);
      lookedAt.push(Date.now());
      root.append(document.createTextNode('x'));
      await vi.advanceTimersByTimeAsync(IDLE_POLL_MS / 4);
    }
    // A key every quarter interval: set at one key in two (every key before), no timer look between.
    expect(set.mock.calls.length).toBeLessThanOrEqual(15);
    expect(look).toHaveBeenCalledTimes(30);
    // Ghost text drawn after the last key, no key after it: found IDLE_POLL_MS after the last look at the latest.
    root.append(span('ghost'));
    const last = lookedAt[lookedAt.length - 1]!;
    await vi.advanceTimersByTimeAsync(last + IDLE_POLL_MS - Date.now());
    expect(arrived).toBe(1);
    watch.close();
  });

  it('still looks within IDLE_POLL_MS of each look while keys come slower than half an interval', async () => {
    const watch = new EditorWatch(root, plain, events);
    watch.rest(true);
    for (let i = 0; i < 5; i++) {
      watch.ghostArrived();
      await vi.advanceTimersByTimeAsync((IDLE_POLL_MS * 3) / 4);
    }
    root.append(span('ghost'));
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
    expect(arrived).toBe(1);
    watch.close();
  });
});

describe("the idle watch in Monaco's parts", () => {
  const monaco = () => {
    root.innerHTML = '<div class="lines-content"><div class="view-zones"></div><div class="view-lines"><div class="view-line"></div></div></div>';
    return { lines: root.querySelector('.view-lines')!, zones: root.querySelector('.view-zones')! };
  };

  it('reads one list a part (the mark it can hold), and a .ghost-text span in the lines costs no look', () => {
    const { lines, zones } = monaco();
    const lists = vi.spyOn(Element.prototype, 'getElementsByClassName');
    const watch = new EditorWatch(root, monacoReader, events);
    watch.rest(true);
    expect(lists).toHaveBeenCalledTimes(2);
    lines.firstElementChild!.append(span('ghost-text'));
    expect(watch.ghostArrived()).toBe(false);
    expect(arrived).toBe(0);
    // The marks that are ghost text, in their parts: the decoration in a line, a zone's spans.
    lines.firstElementChild!.append(span('ghost-text-decoration'));
    expect(watch.ghostArrived()).toBe(true);
    lines.querySelector('.ghost-text-decoration')!.remove();
    expect(watch.ghostArrived()).toBe(false);
    const zone = document.createElement('div');
    zone.className = 'suggest-preview-text';
    zone.append(span('ghost-text'));
    zones.append(zone);
    expect(watch.ghostArrived()).toBe(true);
    watch.close();
  });
});
