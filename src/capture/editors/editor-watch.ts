// How an editor session hears of changes: a mutation observer on the parts where ghost text can appear while
// something is in flight, and nothing of the kind while it follows nothing. An observer on Monaco's lines was the
// whole of capture's typing cost (a record, a callback and a check of the added line on every key:
// docs/completions.md, Round 12), so an idle session attaches none. Instead, while its editor has focus and the page is
// visible, a timer every IDLE_POLL_MS reads live `getElementsByClassName` lists of the reader's ghost marks in the
// watched parts (no search while the editor did not change; a cost per second, not per key, and the same whether or
// not the page is drawn), and the session reads them before each key (a suggestion accepted, dismissed or typed over
// before the next tick is still recorded with its context). The session observes again once ghost text is there.
// What no longer reaches the capture: a suggestion drawn and gone again within one interval with no key between
// (docs/completions.md, Round 13).
import type { EditorReader } from './types';

/** How often an idle session's focused editor is checked for ghost text (10 times a second). */
export const IDLE_POLL_MS = 100;

/** The idle part: the timer and the lists of ghost marks. */
class IdleWatch {
  private timer: ReturnType<typeof setInterval> | undefined;
  private lists: HTMLCollection[] = [];
  private parts: Element[] = [];
  /** The first mark of each list when the session last looked: marks it looked at and found no suggestion in. */
  private looked: (Element | null)[] = [];

  constructor(
    private readonly root: Element,
    private readonly reader: EditorReader,
    private readonly arrived: () => void,
  ) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Ghost text the session has not looked at is marked in the editor: a mark now first in its list that was not
   * there at the last look (a list's first item: the walk stops at the first mark, and the browser keeps the answer
   * until the editor changes). A mark the last look saw and did not take for a suggestion does not count again
   * until the editor draws a new one, so it costs no look per tick.
   */
  ghostArrived(): boolean {
    const lists = this.marks();
    for (let i = 0; i < lists.length; i++) {
      const first = lists[i]![0] ?? null;
      if (first && first !== this.looked[i]) return true;
    }
    return false;
  }

  /** The session looked at the editor: what is marked now was seen (see `ghostArrived`). */
  seen(): void {
    this.looked = this.marks().map((list) => list[0] ?? null);
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => {
      if (this.ghostArrived()) this.arrived();
    }, IDLE_POLL_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The live lists, one per watched part and mark, made again when the editor replaced a part. */
  private marks(): HTMLCollection[] {
    if (this.parts.length && this.parts.every((p) => p.isConnected)) return this.lists;
    this.parts = this.reader.watched(this.root);
    this.lists = this.parts.flatMap((part) => this.reader.ghostMarks.map((mark) => part.getElementsByClassName(mark)));
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
    this.idle = new IdleWatch(root, reader, () => on.arrived());
  }

  /** The editor is observed now; false: the idle watch stands in. */
  get observed(): boolean {
    return this.observing;
  }

  /** Idle: ghost text the session has not looked at is marked in the editor now (read before each key). */
  ghostArrived(): boolean {
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
