// How an editor session hears of ghost text while it follows nothing. A mutation observer on the editor's lines was
// the whole of capture's typing cost in Monaco (a record, a callback and a check of the added line on every key:
// docs/completions.md, Round 12), so an idle session attaches none. Instead, while its editor has focus and the page is
// visible, a timer every IDLE_POLL_MS reads live `getElementsByClassName` collections of the reader's ghost marks in
// the watched parts (no search while the editor did not change; a cost per second, not per key, and the same whether
// or not the page is drawn), and the session's key listener reads them before each key (a suggestion accepted,
// dismissed or typed over before the next tick is still recorded with its context). The session observes again once
// ghost text is there. What no longer reaches the capture: a suggestion drawn and gone again within one interval with
// no key between (docs/completions.md, Round 13).
import type { EditorReader } from './types';

/** How often an idle session's focused editor is checked for ghost text (10 times a second). */
export const IDLE_POLL_MS = 100;

export class IdleWatch {
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
