// When the engine looks at the page. Cost model: a MutationObserver marks the turns that changed; a throttled tick
// hands only those turns (plus the ones still streaming or settling) to `run`, so work per streamed chunk does not
// grow with the conversation's length. A user action first syncs: pending mutations are taken and a tick runs
// now, so the action is read against the page the user saw, even within one tick of the last change.
// A turn that is read every tick anyway (streaming, settling) is left out of the observation while it is: a site
// that re-renders the whole answer on every streamed chunk would otherwise wake the observer for every chunk, for
// records the next tick reads again regardless (see docs/capture-engine.md, "Cost per streamed chunk"). The rest
// of the page stays observed: the observer then watches the polled turns' ancestors (their own children only) and
// every other subtree beside them.
import { STREAM_POLL_MS, TICK_MS } from './context';

export interface TickLoopContext {
  doc: Document;
  turnSelector: string;
  /** Attributes whose changes mean a turn changed. */
  attributes: readonly string[];
  /** One pass over the turns that changed or asked to be looked at again. */
  run(turns: Element[]): void;
}

const DEFAULT_ATTRIBUTES = ['data-message-id', 'class', 'aria-label', 'data-testid', 'data-is-streaming'];

/** Past this many observed subtrees, leaving polled turns out costs more than it saves: the whole page is observed. */
const MAX_OBSERVED = 2000;

export class TickLoop {
  private readonly dirty = new Set<Element>();
  private readonly active = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the pending tick runs (Date.now()). */
  private timerAt = 0;
  /** Whether a watched turn needs the next tick soon (settling), rather than at the streaming poll. */
  private soon = false;
  private observer: MutationObserver | null = null;
  private whole: MutationObserverInit = {};
  /** Turns left out of the observation because every tick reads them; empty when the whole page is observed. */
  private unobserved = new Set<Element>();
  /** Ancestors of the unobserved turns, observed for their own children and attributes only. */
  private chain = new Set<Element>();

  constructor(private readonly ctx: TickLoopContext) {}

  init(signal: AbortSignal): void {
    const { doc } = this.ctx;
    const observer = new doc.defaultView!.MutationObserver((records) => this.onMutations(records));
    const attributeFilter = [...new Set([...DEFAULT_ATTRIBUTES, ...this.ctx.attributes])];
    this.whole = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter };
    observer.observe(doc.documentElement, this.whole);
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

  /**
   * This turn is looked at again without a change: within a tick while it settles, at the streaming poll while it
   * streams (`streaming`).
   */
  keepWatching(turn: Element, streaming = false): void {
    this.active.add(turn);
    if (!streaming) this.soon = true;
  }

  /** The next tick runs within `delay` (an earlier one already due stays). */
  schedule(delay = TICK_MS): void {
    if (!this.observer) return;
    const at = Date.now() + delay;
    if (this.timer !== null) {
      if (this.timerAt <= at) return;
      clearTimeout(this.timer);
    }
    this.timerAt = at;
    this.timer = setTimeout(() => this.tick(), delay);
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
      // A node added beside an unobserved turn's ancestors is observed from now on, like the rest of the page.
      if (r.type === 'childList' && this.chain.has(r.target as Element)) this.observeAdded(r.addedNodes);
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
    this.soon = false;
    this.ctx.run(turns);
    this.observeAllBut(this.active);
    if (this.dirty.size || this.soon) this.schedule();
    else if (this.active.size) this.schedule(STREAM_POLL_MS);
  }

  /** Observes the whole page except `polled` (turns the next tick reads anyway); nothing changes when it is the same set. */
  private observeAllBut(polled: Set<Element>): void {
    const observer = this.observer;
    if (!observer) return;
    const turns = [...polled].filter((t) => t.isConnected);
    if (turns.length === this.unobserved.size && turns.every((t) => this.unobserved.has(t))) return;
    // What happened before the switch is taken now, so no change falls between the two observations.
    const pending = observer.takeRecords();
    if (pending.length) this.onMutations(pending);
    observer.disconnect();
    this.unobserved = new Set(turns);
    this.chain = new Set();
    const root = this.ctx.doc.documentElement;
    for (const turn of turns) {
      // (A turn inside a shadow root never reaches the root: the whole page is observed then.)
      for (let at = turn.parentElement; at && !this.chain.has(at); at = at.parentElement) this.chain.add(at);
    }
    const beside: Element[] = [];
    for (const at of this.chain) {
      for (let c = at.firstElementChild; c; c = c.nextElementSibling) if (!this.chain.has(c) && !this.unobserved.has(c)) beside.push(c);
    }
    if (!turns.length || !this.chain.has(root) || beside.length + this.chain.size > MAX_OBSERVED) {
      this.unobserved = new Set();
      this.chain = new Set();
      observer.observe(root, this.whole);
      return;
    }
    const own: MutationObserverInit = { childList: true, attributes: true, attributeFilter: this.whole.attributeFilter! };
    for (const at of this.chain) observer.observe(at, own);
    for (const c of beside) observer.observe(c, this.whole);
  }

  private observeAdded(nodes: NodeList): void {
    for (const node of nodes) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      this.observer!.observe(el, this.whole);
      // An ancestor of a polled turn moved back in: observed whole until the next tick rebuilds around the turn.
      if ([...this.unobserved].some((t) => el.contains(t))) this.unobserved = new Set();
    }
  }
}
