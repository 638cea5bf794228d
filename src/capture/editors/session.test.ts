// @vitest-environment happy-dom
// When an editor session looks at the editor: never while nothing is in flight and no ghost text was drawn (typing
// then costs no read, no observer callback and no timer but the idle watch's), once per settled screen however many
// changes a key press makes, at least every MAX_WAIT_MS while changes never stop, and before a key press whenever
// ghost text is on screen, drawn since the idle watch's last look or not (a key looks; the timer looks IDLE_POLL_MS
// after the last look).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureEvent } from '../../core/events';
import { IDLE_POLL_MS } from './editor-watch';
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
/** The editor has focus in a visible page (the host's `attentive`). */
let attended: boolean;
/** Mutation callbacks the capture's observers ran: what observing the editor costs the page on each change. */
let callbacks: number;
/** Times the session told the host whether it follows something may have changed (`followChanged`). */
let followChanges: number;
const NativeObserver = globalThis.MutationObserver;
class CountedObserver extends NativeObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      callbacks++;
      callback(records, observer);
    });
  }
}

const snapshot = (ghost: string | null): Snapshot => {
  const text = 'const greeting = \n';
  const shown = ghost ? { text: ghost, at: 17 } : null;
  return { text, firstLine: 1, cursor: 17, ghost: shown, cutBefore: false, cutAfter: false, unreadable: null };
};

const reader: EditorReader = {
  kind: 'codemirror',
  watched: (el) => [el],
  ghostMarks: ['ghost'],
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
    followChanged: () => void followChanges++,
    attentive: () => attended,
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
/** The editor takes the ghost text away (accepted, dismissed, typed over): `text` is what it shows then. */
const undraw = (text = 'const greeting = \n', cursor = 17) => {
  screen = { text, firstLine: 1, cursor, ghost: null, cutBefore: false, cutAfter: false, unreadable: null };
  for (const el of root.querySelectorAll('.ghost')) el.remove();
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
  attended = true;
  callbacks = 0;
  followChanges = 0;
  globalThis.MutationObserver = CountedObserver;
});
afterEach(() => {
  root.remove();
  globalThis.MutationObserver = NativeObserver;
  vi.useRealTimers();
});

describe('an editor session', () => {
  it('neither observes, reads nor waits while the user types with nothing in flight: only the idle watch ticks', async () => {
    const s = session();
    for (let i = 0; i < 20; i++) {
      s.input({ kind: 'type', text: 'x' });
      change();
      await vi.advanceTimersByTimeAsync(25);
    }
    expect(s.observed).toBe(false);
    expect(callbacks).toBe(0);
    expect(vi.getTimerCount()).toBe(1);
    expect(looks).toBe(0);
    // Ghost text drawn inside a bigger change (a re-rendered line), no key after it: found by the idle watch, and
    // recorded with its context.
    const line = document.createElement('div');
    line.append(document.createElement('span'), Object.assign(document.createElement('span'), { className: 'ghost' }));
    screen = snapshot('42;');
    root.append(line);
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS + SETTLE_MS + 1);
    expect(looks).toBe(1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown']);
    expect(events[0]).toMatchObject({ text: '42;', prefix: 'const greeting = ', suffix: '\n' });
    // While it is on screen the editor is observed; once it is dismissed, no longer.
    expect(s.observed).toBe(true);
    s.input({ kind: 'escape' });
    undraw();
    change();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown', 'completion_rejected']);
    expect(s.observed).toBe(false);
    const before = callbacks;
    for (let i = 0; i < 10; i++) {
      s.input({ kind: 'type', text: 'x' });
      change();
      await vi.advanceTimersByTimeAsync(25);
    }
    expect(callbacks).toBe(before);
    s.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  for (const [key, fate] of [
    [{ kind: 'tab' }, { kind: 'completion_accepted', how: 'full', acceptedText: "'hello';" }],
    [{ kind: 'escape' }, { kind: 'completion_rejected', how: 'escape' }],
    [{ kind: 'type', text: 'x' }, { kind: 'completion_rejected', how: 'typed-over' }],
  ] as const) {
    it(`records a suggestion met by ${key.kind} before the idle watch's next tick with its context, then its fate`, async () => {
      const s = session();
      await vi.advanceTimersByTimeAsync(IDLE_POLL_MS + 1);
      draw("'hello';");
      s.input(key);
      if (key.kind === 'tab') undraw("const greeting = 'hello';\n", 25);
      else if (key.kind === 'type') undraw('const greeting = x\n', 18);
      else undraw();
      change();
      await vi.advanceTimersByTimeAsync(FOLLOW_SETTLE_MS + 1);
      expect(events[0]).toMatchObject({ kind: 'completion_shown', text: "'hello';", prefix: 'const greeting = ' });
      expect(events[1]).toMatchObject(fate);
      s.close();
    });
  }

  it('checks for ghost text on a timer only while the editor is attended, and at once when it is again', async () => {
    const s = session();
    expect(vi.getTimerCount()).toBe(1);
    attended = false;
    s.attentionChanged();
    expect(vi.getTimerCount()).toBe(0);
    draw("'hello';");
    await vi.advanceTimersByTimeAsync(10 * IDLE_POLL_MS);
    expect(events).toEqual([]);
    attended = true;
    s.attentionChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown']);
    s.close();
  });

  it('looks once at a ghost mark the reader does not take for a suggestion, not at every tick', async () => {
    const s = session();
    const el = document.createElement('span');
    el.className = 'ghost';
    root.append(el);
    await vi.advanceTimersByTimeAsync(20 * IDLE_POLL_MS);
    expect(looks).toBe(1);
    expect(events).toEqual([]);
    expect(s.observed).toBe(false);
    // A key with the same mark on screen does not look either; a mark drawn anew does.
    s.input({ kind: 'type', text: 'x' });
    expect(looks).toBe(1);
    root.append(Object.assign(document.createElement('span'), { className: 'ghost' }));
    el.remove();
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS + SETTLE_MS + 1);
    expect(looks).toBe(2);
    s.close();
  });

  it('finds a new suggestion drawn beside a ghost mark it already looked at and did not take', async () => {
    const s = session();
    root.append(Object.assign(document.createElement('span'), { className: 'ghost' }));
    await vi.advanceTimersByTimeAsync(2 * IDLE_POLL_MS);
    expect(looks).toBe(1);
    expect(events).toEqual([]);
    // The stale mark stays first in the editor; the new suggestion is drawn after it, and a key meets it at once.
    draw("'hello';");
    s.input({ kind: 'escape' });
    undraw();
    change();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown', 'completion_rejected']);
    s.close();
  });

  it('looks at each key while the user types, on its timer only once the keys stop, IDLE_POLL_MS after the last', async () => {
    // A look reads its live list's length (one list here: one watched part, one mark): counted through the list.
    let looked = 0;
    const list = root.getElementsByClassName('ghost');
    const counted = new Proxy(list, { get: (t, k) => (k === 'length' && looked++, Reflect.get(t, k)) });
    vi.spyOn(root, 'getElementsByClassName').mockReturnValue(counted);
    const s = session();
    looked = 0;
    for (let i = 0; i < 20; i++) {
      s.input({ kind: 'type', text: 'x' });
      change();
      await vi.advanceTimersByTimeAsync(IDLE_POLL_MS / 2);
    }
    // One look a key: the timer's look was put off by each key's.
    expect(looked).toBe(20);
    s.input({ kind: 'type', text: 'x' });
    draw("'hello';");
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS - 1);
    expect(looks).toBe(0);
    await vi.advanceTimersByTimeAsync(1 + SETTLE_MS + 1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown']);
    s.close();
  });

  it('looks once after a burst of changes, when the editor has been quiet for SETTLE_MS', async () => {
    draw("'hello';");
    const s = session(); // its first key found ghost text: the editor is observed
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
    // Keys every 10 ms, faster than the settle wait: the first key looks before it counts (the screen the user acted
    // on), so the suggestion is recorded once, before the key that typed over it.
    await vi.advanceTimersByTimeAsync(1); // drawn, not yet looked at
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

  // CodeMirror moves the selection on every key: a selection listener left in place while a look already waits is a
  // call into the capture per key that asks for nothing (the waiting look reads the caret when it runs).
  it('asks the host to hear selection changes only while something is followed and no look of its waits', async () => {
    const s = session();
    expect(s.hearsSelection).toBe(false);
    draw('42;');
    await vi.advanceTimersByTimeAsync(IDLE_POLL_MS + SETTLE_MS + 1);
    expect(s.hearsSelection).toBe(true);
    // A key while a look waits with the suggestion on screen: the waiting look runs first, another waits after the
    // key, and the host is told once (not to put the listener on and take it off again within the key).
    change();
    await vi.advanceTimersByTimeAsync(1);
    expect(s.hearsSelection).toBe(false);
    const beforeKey = followChanges;
    s.input({ kind: 'navigate' });
    expect(followChanges).toBe(beforeKey + 1);
    expect(s.hearsSelection).toBe(false);
    await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
    expect(s.hearsSelection).toBe(true);
    s.input({ kind: 'tab' });
    screen = { text: 'const greeting = 42;\n', firstLine: 1, cursor: 20, ghost: null, cutBefore: false, cutAfter: false, unreadable: null };
    change();
    await vi.advanceTimersByTimeAsync(FOLLOW_SETTLE_MS + 1);
    expect(events.map((e) => e.kind)).toEqual(['completion_shown', 'completion_accepted']);
    expect(s.hearsSelection).toBe(true);
    // Typing on in the region: the key's look waits, and the host is told so at the first key only.
    const told = followChanges;
    for (let i = 0; i < 4; i++) {
      s.input({ kind: 'type', text: 'x' });
      change();
      await vi.advanceTimersByTimeAsync(25);
      expect(s.hearsSelection).toBe(false);
    }
    expect(followChanges).toBe(told + 1);
    // The look ran: the selection is heard again (a caret moved by the page, with no key, is looked at).
    await vi.advanceTimersByTimeAsync(FOLLOW_SETTLE_MS + 1);
    expect(s.hearsSelection).toBe(true);
    expect(followChanges).toBeGreaterThan(told + 1);
    s.close();
    expect(s.hearsSelection).toBe(false);
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
    expect(vi.getTimerCount()).toBe(1); // the idle watch's alone
    expect(s.observed).toBe(false);
    s.close();
  });
});
