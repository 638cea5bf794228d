// When the engine looks at the page. Cost model: a MutationObserver marks the turns that changed; a throttled tick
// hands only those turns (plus the ones still streaming or settling) to `run`, so work per streamed chunk does not
// grow with the conversation's length. A user action first syncs: pending mutations are taken and a tick runs
// now, so the action is read against the page the user saw, even within one tick of the last change.
import { TICK_MS } from './context';

export interface TickLoopContext {
  doc: Document;
  turnSelector: string;
  /** Attributes whose changes mean a turn changed. */
  attributes: readonly string[];
  /** One pass over the turns that changed or asked to be looked at again. */
  run(turns: Element[]): void;
}

const DEFAULT_ATTRIBUTES = ['data-message-id', 'class', 'aria-label', 'data-testid', 'data-is-streaming'];

export class TickLoop {
  private readonly dirty = new Set<Element>();
  private readonly active = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private observer: MutationObserver | null = null;

  constructor(private readonly ctx: TickLoopContext) {}

  init(signal: AbortSignal): void {
    const { doc } = this.ctx;
    const observer = new doc.defaultView!.MutationObserver((records) => this.onMutations(records));
    const attributeFilter = [...new Set([...DEFAULT_ATTRIBUTES, ...this.ctx.attributes])];
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter });
    this.observer = observer;
    signal.addEventListener('abort', () => {
      observer.disconnect();
      this.observer = null;
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
    });
    this.markAll();
    this.schedule(0);
  }

  /** Every turn on the page is looked at in the next tick (start, another conversation). */
  markAll(): void {
    for (const turn of this.ctx.doc.querySelectorAll(this.ctx.turnSelector)) this.dirty.add(turn);
  }

  /** This turn is looked at again next tick even without a change (streaming, settling). */
  keepWatching(turn: Element): void {
    this.active.add(turn);
  }

  schedule(delay = TICK_MS): void {
    if (this.timer === null && this.observer) this.timer = setTimeout(() => this.tick(), delay);
  }

  /** Brings everything up to date now: before a user action is interpreted, and before the page goes away. */
  sync(): void {
    const records = this.observer?.takeRecords() ?? [];
    if (records.length) this.onMutations(records);
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.tick();
  }

  private onMutations(records: MutationRecord[]): void {
    const sel = this.ctx.turnSelector;
    for (const r of records) {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      const turn = el?.closest(sel);
      if (turn) this.dirty.add(turn);
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        const added = node as Element;
        if (added.matches(sel)) this.dirty.add(added);
        else if (!turn && added.firstElementChild) for (const t of added.querySelectorAll(sel)) this.dirty.add(t);
      }
    }
    this.schedule();
  }

  private tick(): void {
    this.timer = null;
    const turns = [...new Set([...this.dirty, ...this.active])];
    this.dirty.clear();
    this.active.clear();
    this.ctx.run(turns);
    if (this.active.size || this.dirty.size) this.schedule();
  }
}
