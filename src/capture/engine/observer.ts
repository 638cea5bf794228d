// When the engine looks at the page. Cost model: a MutationObserver marks the turns that changed; a throttled tick
// hands only those turns (plus the ones still streaming or settling) to `run`, so work per streamed chunk does not
// grow with the conversation's length. A user action first syncs: pending mutations are taken and a tick runs
// now, so the action is read against the page the user saw, even within one tick of the last change.
// A turn that is read every tick anyway (streaming, settling) is left out of the observation while it is: a site
// that re-renders the whole answer on every streamed chunk would otherwise wake the observer for every chunk, for
// records the next tick reads again regardless (see docs/capture-engine.md, "Cost per streamed chunk"). The rest
// of the page stays observed: the observer then watches the polled turns' ancestors (their own children only) and
// every other subtree beside them; the polled turns themselves are observed for the meaningful attributes only (a
// streaming flag going off inside the turn), which the page does not set per chunk when it re-renders the answer.
// The streaming poll backs off while nothing changes: the end of a stream is normally seen by those records (the
// site's stop button going, a flag in the turn), so the poll is only the backstop (docs/capture-engine.md, Round 8).
import { STREAM_POLL_MAX_MS, STREAM_POLL_MS, TICK_MS } from './context';

export interface TickLoopContext {
  doc: Document;
  turnSelector: string;
  /** Attributes whose changes mean a turn changed. */
  attributes: readonly string[];
  /**
   * One pass over the turns that changed or asked to be looked at again. `unchanged`: those of them looked at only
   * because they asked (a streaming poll), with no change observed around them and no user action waiting (a sync).
   */
  run(turns: Element[], unchanged: ReadonlySet<Element>): void;
  /** When no turn needs looking at: milliseconds until one more tick is wanted anyway (a put-off health check), or null. */
  whenQuiet?(): number | null;
}

const DEFAULT_ATTRIBUTES = ['data-message-id', 'class', 'aria-label', 'data-testid', 'data-is-streaming'];

export class TickLoop {
  private readonly dirty = new Set<Element>();
  private readonly active = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the pending tick runs (Date.now()). */
  private due = 0;
  /** Whether a watched turn needs the next tick soon (settling), rather than at the streaming poll. */
  private soon = false;
  private observer: MutationObserver | null = null;
  private whole: MutationObserverInit = {};
  /** Turns left out of the observation because every tick reads them; empty when the whole page is observed. */
  private polled = new Set<Element>();
  /** Ancestors of the polled turns, observed for their own children and attributes only. */
  private chain = new Set<Element>();
  /** Streaming polls in a row with no change observed in any turn: each doubles the wait for the next. */
  private quietPolls = 0;

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
      clearTimeout(this.timer ?? undefined);
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
    this.soon ||= !streaming;
  }

  /** The next tick runs within `delay` (an earlier one already due stays). */
  schedule(delay = TICK_MS): void {
    if (!this.observer) return;
    const at = Date.now() + delay;
    if (this.timer !== null) {
      if (this.due <= at) return;
      clearTimeout(this.timer);
    }
    this.due = at;
    this.timer = setTimeout(() => this.tick(), delay);
  }

  /** Brings everything up to date now: before a user action is interpreted, and before the page goes away. */
  sync(): void {
    this.takeRecords();
    clearTimeout(this.timer ?? undefined);
    this.timer = null;
    this.tick(true);
  }

  /** Records the observer has not delivered yet. */
  private takeRecords(): void {
    const records = this.observer?.takeRecords();
    if (records?.length) this.onMutations(records);
  }

  private onMutations(records: MutationRecord[]): void {
    const sel = this.ctx.turnSelector;
    for (const r of records) {
      // A node added beside a polled turn's ancestors is observed whole at once (the turn too, if it came back inside
      // it), and the next tick rebuilds the observation around the polled turns.
      if (r.type === 'childList' && r.addedNodes.length && this.chain.has(r.target as Element)) {
        for (const n of r.addedNodes) this.observer?.observe(n, this.whole);
        this.polled = new Set();
      }
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      const turn = el?.closest(sel);
      // An attribute inside a polled turn only brings the poll forward: the tick asks whether it still streams (its
      // streaming flag may just have gone) without reading it in full.
      if (turn && !(r.type === 'attributes' && this.polled.has(turn))) this.dirty.add(turn);
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        const added = node as Element;
        if (added.matches(sel)) this.dirty.add(added);
        else if (!turn && added.firstElementChild) for (const t of added.querySelectorAll(sel)) this.dirty.add(t);
      }
    }
    this.schedule();
  }

  private tick(synced = false): void {
    this.timer = null;
    if (synced || this.dirty.size) this.quietPolls = 0;
    const turns = [...new Set([...this.dirty, ...this.active])];
    const unchanged = synced ? new Set<Element>() : new Set([...this.active].filter((t) => !this.dirty.has(t)));
    this.dirty.clear();
    this.active.clear();
    this.soon = false;
    this.ctx.run(turns, unchanged);
    this.observeBut(this.active);
    if (this.dirty.size || this.soon) this.schedule();
    else if (this.active.size) this.schedule(this.nextPoll());
    else {
      this.quietPolls = 0;
      const later = this.ctx.whenQuiet?.() ?? null;
      if (later !== null) this.schedule(later);
    }
  }

  /** STREAM_POLL_MS after a change, doubling with each quiet poll up to STREAM_POLL_MAX_MS. */
  private nextPoll(): number {
    const delay = Math.min(STREAM_POLL_MS * 2 ** this.quietPolls, STREAM_POLL_MAX_MS);
    if (delay < STREAM_POLL_MAX_MS) this.quietPolls++;
    return delay;
  }

  /** Observes the whole page except `watched` (turns the next tick reads anyway); nothing changes when it is the same set. */
  private observeBut(watched: Set<Element>): void {
    const observer = this.observer;
    if (!observer) return;
    const turns = [...watched]; // connected: the tick reads only turns on the page
    if (turns.length === this.polled.size && turns.every((t) => this.polled.has(t))) return;
    // What happened before the switch is taken now, so no change falls between the two observations.
    this.takeRecords();
    observer.disconnect();
    const root = this.ctx.doc.documentElement;
    const chain = new Set<Element>();
    for (const turn of turns) for (let at = turn.parentElement; at && !chain.has(at); at = at.parentElement) chain.add(at);
    const beside = [...chain].flatMap((at) => [...at.children].filter((c) => !chain.has(c) && !watched.has(c)));
    // (A turn inside a shadow root never reaches the root: the whole page is observed then.) One observe() per
    // sibling of each ancestor: twice per answer, a few hundred calls in a long fully mounted chat.
    const split = chain.has(root);
    this.polled = new Set(split ? turns : []);
    this.chain = split ? chain : new Set();
    if (!split) return observer.observe(root, this.whole);
    for (const at of chain) observer.observe(at, { ...this.whole, subtree: false, characterData: false });
    for (const c of beside) observer.observe(c, this.whole);
    const attributes = { attributes: true, subtree: true, attributeFilter: this.whole.attributeFilter! };
    for (const turn of turns) if (!chain.has(turn)) observer.observe(turn, attributes);
  }
}
