// How an editor session hears of changes: a mutation observer on the parts where ghost text can appear while
// something is in flight, and nothing of the kind while it follows nothing. An observer on Monaco's lines was the
// whole of capture's typing cost (a record, a callback and a check of the added line on every key:
// docs/completions.md, Round 12), so an idle session attaches none. Instead, while its editor has focus and the page is
// visible, the idle watch looks for the reader's ghost marks in the watched parts: before each key (a suggestion
// accepted, dismissed or typed over before the next look is still recorded with its context), and IDLE_POLL_MS after
// its last look when no key came (a look per key while the user types; the timer is moved by a key only when it was
// due within half an interval, round 16). A look reads live
// `getElementsByClassName` lists, one per watched part and mark it can hold (the rendered lines only: a few hundred elements
// whatever the file's length): their lengths, and their items only when a list holds some, so a look with no ghost
// text on screen allocates nothing and walks each part's elements once after a change (round 15: static
// `querySelectorAll` looks cost CodeMirror 6 more, docs/completions.md). The session observes again once ghost text
// is there. What no longer reaches the capture: a suggestion drawn and gone again within one interval with no key
// between (docs/completions.md, Round 13).
import type { EditorReader } from './types';

/** Longest time an idle session's focused editor goes without a look for ghost text (a key looks too). */
export const IDLE_POLL_MS = 100;
/**
 * A key's look moves the timer only when it was due within this much: a timer due later still fires within
 * IDLE_POLL_MS of the key's look, so the promise holds, and at a typing pace faster than this the timer is set
 * again every other key or less instead of every key, and never fires while the keys come (round 16,
 * docs/completions.md).
 */
const REARM_WITHIN_MS = IDLE_POLL_MS / 2;
/**
 * The user pressed no key (nor the pointer) in the editor for this long while the idle watch ran: the session is told
 * once a pause (`paused`), counted by the watch's own ticks (each IDLE_POLL_MS with no key), so noticing it costs
 * nothing while the user types (round 19: the editor capture sends the events it holds then).
 */
export const PAUSE_MS = 1000;
const PAUSE_TICKS = Math.ceil(PAUSE_MS / IDLE_POLL_MS);

/** The idle part: the timer and the looks for ghost marks. */
class IdleWatch {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the timer fires (`Date.now()` clock). */
  private due = 0;
  private parts: Element[] = [];
  /** Live lists of the reader's marks, one per watched part and mark (made again when the editor replaced a part). */
  private lists: HTMLCollection[] = [];
  /** The marks each list held at the session's last look: marks it looked at and found no suggestion in. */
  private looked: ReadonlySet<Element>[] = [];
  /** Ticks since the user's last input (`keyed`): PAUSE_TICKS of them in a row are a pause. */
  private quietTicks = 0;

  constructor(
    private readonly root: Element,
    private readonly reader: EditorReader,
    private readonly arrived: () => void,
    private readonly paused: () => void,
  ) {}

  /** The user pressed a key or the pointer. */
  keyed(): void {
    this.quietTicks = 0;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Ghost text the session has not looked at is marked in the editor: a mark that was not there at the last look.
   * A mark the last look saw and did not take for a suggestion does not count again, so it costs one look, not one
   * per tick. While the timer runs and was due within REARM_WITHIN_MS, this look puts its next one IDLE_POLL_MS away
   * (cleared and set again), so it fires only when the keys stop; due later, it is left (it still fires within
   * IDLE_POLL_MS of this look): at a key every 25-50 ms, one key in two costs a clock read instead of two timer calls
   * (round 16). A timer that fires early and waits out the rest (round 14's lazy deadline) fires every ~100 ms while
   * the user types, each a task entering the extension's world: it cost CodeMirror 6 more than the calls it saved
   * (round 15, docs/completions.md).
   */
  ghostArrived(): boolean {
    if (this.timer !== undefined) {
      const now = Date.now();
      if (this.due - now <= REARM_WITHIN_MS) this.arm(now);
    }
    const lists = this.marks();
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i]!;
      const n = list.length;
      if (!n) continue;
      // Every mark is compared, not just the first: a new suggestion can be drawn beside a mark already looked at.
      const seen = this.looked[i];
      if (!seen || n > seen.size) return true;
      for (let j = 0; j < n; j++) if (!seen.has(list[j]!)) return true;
    }
    return false;
  }

  /** The session looked at the editor: what is marked now was seen (see `ghostArrived`). */
  seen(): void {
    this.looked = this.marks().map((list) => new Set(Array.from(list)));
  }

  start(): void {
    if (this.timer === undefined) this.arm();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(now = Date.now()): void {
    clearTimeout(this.timer);
    this.due = now + IDLE_POLL_MS;
    this.timer = setTimeout(this.tick, IDLE_POLL_MS);
  }

  /** The timer's callback, made once (the timer is set again at about every other key while the user types). */
  private readonly tick = (): void => {
    this.timer = undefined;
    if (++this.quietTicks === PAUSE_TICKS) this.paused();
    if (this.ghostArrived()) this.arrived();
    else this.arm();
  };

  /**
   * The live lists of marks (made again, and nothing counted as seen, when the editor replaced a watched part): one
   * per part and mark that part can hold (`ghostMarksIn`), so a look after a change walks each part once where the
   * reader says which mark goes where (Monaco: its lines and its zones each hold one of its two marks).
   */
  private marks(): HTMLCollection[] {
    const parts = this.parts;
    let connected = parts.length > 0;
    for (let i = 0; connected && i < parts.length; i++) connected = parts[i]!.isConnected;
    if (connected) return this.lists;
    const reader = this.reader;
    this.parts = reader.watched(this.root);
    this.lists = this.parts.flatMap((part) =>
      (reader.ghostMarksIn?.(part) ?? reader.ghostMarks).map((mark) => part.getElementsByClassName(mark)),
    );
    this.looked = [];
    return this.lists;
  }
}

/** What a session is told by its watch. */
export interface WatchEvents {
  /** The observer's records (only while the editor is observed). */
  records(records: MutationRecord[]): void;
  /** The idle watch found ghost text the session has not looked at. */
  arrived(): void;
  /** The editor has focus in a visible page and capture is on: only then does the idle watch run. */
  attentive(): boolean;
  /** The user pressed nothing in the editor for PAUSE_MS while the idle watch ran (once a pause). */
  paused?(): void;
}

export class EditorWatch {
  private readonly observer: MutationObserver;
  private readonly idle: IdleWatch;
  private observing = false;
  private textWatched = false;

  constructor(
    private readonly root: Element,
    private readonly reader: EditorReader,
    private readonly on: WatchEvents,
  ) {
    this.observer = new MutationObserver((records) => on.records(records));
    this.idle = new IdleWatch(
      root,
      reader,
      () => on.arrived(),
      () => on.paused?.(),
    );
  }

  /** The editor is observed now; false: the idle watch stands in. */
  get observed(): boolean {
    return this.observing;
  }

  /** Idle: ghost text the session has not looked at is marked in the editor now (read before each key). */
  ghostArrived(): boolean {
    this.idle.keyed();
    return !this.observing && this.idle.ghostArrived();
  }

  /** Observes the watched parts (text changed in place too, while `text`); the idle watch stops. */
  observe(text: boolean): void {
    this.idle.stop();
    if (this.observing && text === this.textWatched) return;
    this.observing = true;
    this.textWatched = text;
    const options = { childList: true, subtree: true, characterData: text };
    for (const target of this.reader.watched(this.root)) this.observer.observe(target, options);
  }

  /** Records the observer has not delivered yet (ghost text may have been drawn in this very task). */
  pending(): MutationRecord[] {
    return this.observing ? this.observer.takeRecords() : [];
  }

  /**
   * The session follows nothing: the observer is detached and the idle watch runs while the editor is attended
   * (`arrived` at once when ghost text it has not seen is there). `looked`: the editor was just read, so what it
   * marks now was seen (an observed editor's marks were: its records told of any ghost text drawn).
   */
  rest(looked: boolean): void {
    if (this.observing) {
      this.observer.disconnect();
      this.observing = false;
      looked = true;
    }
    if (looked) this.idle.seen();
    if (!this.on.attentive()) return this.idle.stop();
    if (this.idle.ghostArrived()) return this.on.arrived();
    this.idle.start();
  }

  close(): void {
    this.observer.disconnect();
    this.observing = false;
    this.idle.stop();
  }
}

/** Whether a change added ghost text: an added element that is or holds some (bounded by what was added). */
export function addedGhost(record: MutationRecord, reader: EditorReader): boolean {
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (node.nodeType === 1 && reader.ghostIn(node as Element)) return true;
  return false;
}
