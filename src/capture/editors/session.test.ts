// @vitest-environment happy-dom
// When an editor session looks at the editor: never while nothing is in flight and no ghost text was drawn (typing
// then costs no read and no timer), once per settled screen however many changes a key press makes, at least every
// MAX_WAIT_MS while changes never stop, and before a key press whenever ghost text is on screen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureEvent } from '../../core/events';
import { EditorSession, FOLLOW_MAX_WAIT_MS, FOLLOW_SETTLE_MS, MAX_WAIT_MS, SETTLE_MS, type SessionHost } from './session';
import { QUIET_MS } from './tracker';
import type { EditorReader, EditorSiteAdapter, Snapshot } from './types';

let root: HTMLElement;
let events: CaptureEvent[];
let looks: number;
/** Whether each look searched the editor for ghost text (the reader's `ghostShown`). */
let searched: boolean[];
let screen: Snapshot;
/** Whether the editor still shows the session's document (the host names documents on focus, not per key). */
let sameDocument: boolean;

const snapshot = (ghost: string | null): Snapshot => {
  const text = 'const greeting = \n';
  const shown = ghost ? { text: ghost, at: 17 } : null;
  return { text, firstLine: 1, cursor: 17, ghost: shown, cutBefore: false, cutAfter: false, unreadable: null };
};

const reader: EditorReader = {
  kind: 'codemirror',
  watched: (el) => [el],
  hasGhost: () => screen.ghost !== null,
  ghostIn: (el) => el.classList.contains('ghost') || el.querySelector('.ghost') !== null,
  read: (_root, _span, ghostShown = true) => (looks++, searched.push(ghostShown), screen),
};

function session(): EditorSession {
  const host: SessionHost = {
    adapter: { id: 'valtown' } as EditorSiteAdapter,
    reader,
    emit: (e) => events.push(e),
    isPaused: () => false,
    now: () => Date.now(),
    note: () => undefined,
    stillShows: () => sameDocument,
    followChanged: () => undefined,
  };
  return new EditorSession(root, { id: 'u/v/main.ts' }, host);
}

/** A change the editor makes to its DOM (what a key press does). */
const change = () => root.append(document.createTextNode('x'));
/** The editor draws ghost text: the suggestion on `screen`, as an added element. */
const draw = (ghost: string) => {
  screen = snapshot(ghost);
  const el = document.createElement('span');
  el.className = 'ghost';
  root.append(el);
};

beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
  events = [];
  looks = 0;
  searched = [];
  screen = snapshot(null);
  sameDocument = true;
});
afterEach(() => {
  root.remove();
  vi.useRealTimers();
});

describe('an editor session', () => {
  it('neither reads nor waits while the user types with nothing in flight and no ghost text drawn', async () => {
    const s = session();
    for (let i = 0; i < 20; i++) {
      s.input({ kind: 'type', text: 'x' });
      change();
      await vi.advanceTimersByTimeAsync(25);
    }
    expect(vi.getTimerCount()).toBe(0);
    expect(looks).toBe(0);
    // Ghost text drawn inside a bigger change (a re-rendered line) is seen from the added nodes.
    const line = document.createElement('div');
    line.append(document.createElement('span'), Object.assign(document.createElement('span'), { className: 'ghost' }));
    screen = snapshot('42;');
    root.append(line);
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    expect(looks).toBe(1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown']);
    s.close();
  });

  it('looks once after a burst of changes, when the editor has been quiet for SETTLE_MS', async () => {
    const s = session();
    draw("'hello';");
    for (let i = 0; i < 10; i++) change();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 5);
    expect(looks).toBe(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(looks).toBe(1);
    s.close();
  });

  it('still looks at least every MAX_WAIT_MS while changes never stop, and not once per change', async () => {
    const s = session();
    draw("'hello';");
    const duration = 10 * MAX_WAIT_MS;
    for (let t = 0; t < duration; t += 10) {
      change();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(looks).toBeGreaterThanOrEqual(duration / MAX_WAIT_MS - 1);
    expect(looks).toBeLessThanOrEqual(duration / MAX_WAIT_MS + 1);
    s.close();
  });

  it('sees a suggestion drawn just before a key press that dismisses it, before the key (shown, then rejected by it)', async () => {
    const s = session();
    draw("'hello world';");
    await vi.advanceTimersByTimeAsync(1); // drawn, not yet looked at: the settle wait is still running
    s.input({ kind: 'escape' });
    screen = snapshot(null);
    change();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown', 'completion_rejected']);
    expect(events[1]).toMatchObject({ how: 'escape' });
    s.close();
  });
  it('records a suggestion shown while the user types fast once, with its C0, and its dismissal by typing over it', async () => {
    const s = session();
    draw("'hello world';");
    // Keys every 10 ms, faster than the settle wait: each key first takes the look that was waiting (the screen the
    // user acted on), so the suggestion is recorded once, before the key that typed over it.
    await vi.advanceTimersByTimeAsync(1); // drawn, not yet looked at
    expect(s.pending).toBe(true);
    s.input({ kind: 'type', text: 'x' });
    screen = snapshot(null);
    change();
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(10);
      s.input({ kind: 'type', text: 'x' });
      change();
    }
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown', 'completion_rejected']);
    expect(events[0]).toMatchObject({ text: "'hello world';", prefix: 'const greeting = ', suffix: '\n' });
    expect(events[1]).toMatchObject({ how: 'typed-over' });
    expect(s.pending).toBe(false);
    s.close();
  });
  it('records no suggestion once the editor shows another document, even with no sign from the page before', async () => {
    const s = session();
    s.input({ kind: 'type', text: 'x' });
    sameDocument = false;
    draw("'hello';");
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    expect(events).toEqual([]);
    expect(looks).toBe(0);
    s.close();
  });
  it('while only an accepted region is followed, looks at the pauses in typing, and at a new suggestion at once', async () => {
    const s = session();
    draw('42;');
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    s.input({ kind: 'tab' });
    screen = { text: 'const greeting = 42;\n', firstLine: 1, cursor: 20, ghost: null, cutBefore: false, cutAfter: false, unreadable: null };
    change();
    await vi.advanceTimersByTimeAsync(FOLLOW_SETTLE_MS + 1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown', 'completion_accepted']);
    // Typing on in the region, a key every 25 ms: a look at most every FOLLOW_MAX_WAIT_MS, none searching for ghost
    // text (none on screen at the last look, none drawn since).
    looks = 0;
    searched = [];
    const duration = 4 * FOLLOW_MAX_WAIT_MS;
    for (let t = 0; t < duration; t += 25) {
      s.input({ kind: 'type', text: 'x' });
      change();
      await vi.advanceTimersByTimeAsync(25);
    }
    expect(looks).toBeGreaterThanOrEqual(duration / FOLLOW_MAX_WAIT_MS - 1);
    expect(looks).toBeLessThanOrEqual(duration / FOLLOW_MAX_WAIT_MS + 1);
    expect(searched.every((x) => !x)).toBe(true);
    // A suggestion drawn while a look waits at the regions' pace is looked at after SETTLE_MS, searched for.
    await vi.advanceTimersByTimeAsync(FOLLOW_MAX_WAIT_MS);
    s.input({ kind: 'type', text: 'x' });
    change();
    draw("'hello';");
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    expect(events.at(-1)).toMatchObject({ kind: 'completion_shown', text: "'hello';" });
    expect(searched.at(-1)).toBe(true);
    s.close();
  });

  it('records an accepted region as quiet QUIET_MS after its last change, however many looks came between', async () => {
    const s = session();
    draw('42;');
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    const typed = (text: string) => {
      screen = { text, firstLine: 1, cursor: 20, ghost: null, cutBefore: false, cutAfter: false, unreadable: null };
      change();
    };
    s.input({ kind: 'tab' });
    typed('const greeting = 42;\n');
    await vi.advanceTimersByTimeAsync(10_000);
    s.input({ kind: 'edit' });
    typed('const greeting = 43;\n');
    await vi.advanceTimersByTimeAsync(FOLLOW_SETTLE_MS + 1);
    for (let i = 0; i < 20; i++) {
      s.input({ kind: 'navigate' });
      change();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(events.map((e) => e.kind)).toEqual(['completion_shown', 'completion_accepted']);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 10_000);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown', 'completion_accepted']);
    await vi.advanceTimersByTimeAsync(200);
    expect(events.at(-1)).toMatchObject({ kind: 'completion_outcome', reason: 'quiet', acceptedText: '42;', finalText: '43;' });
    expect(vi.getTimerCount()).toBe(0);
    s.close();
  });
});
