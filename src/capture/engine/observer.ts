// When the engine looks at the page. Cost model: a MutationObserver marks the turns that changed; a throttled tick
// hands only those turns (plus the ones still streaming or settling) to `run`, so work per streamed chunk does not
// grow with the conversation's length. A user action first syncs: pending mutations are taken and a tick runs
// now, so the action is read against the page the user saw, even within one tick of the last change.
// A turn the next tick reads anyway is left out of the observation until then: a turn marked changed (a site that
// re-renders a new answer on every chunk wakes the observer once, not per chunk, before its first tick), and a
// streaming turn while it streams, which would otherwise wake the observer for every chunk, for records the next
// poll reads again regardless (see docs/capture-engine.md, "Cost per streamed chunk"). A settling turn is observed
// whole, so a tick can tell that it did not change since it was last read. The rest
// of the page stays observed: the polled turns' ancestors are observed for their own children only and every other
// subtree beside them whole; the polled turns themselves for their own meaningful attributes only (a streaming flag
// on the turn), not their subtree's: a subtree observation makes the browser observe each node the page removes under
// it until the records are delivered, a cost the page pays on every chunk it re-renders (docs/capture-engine.md,
// Round 11). That split is made once per conversation container, so a switch of the polled turn costs the same
// beside 10 turns or 1,000. The streaming poll backs off while nothing is observed: the end of a stream is normally
// seen by records (the site's stop button going, a flag on the turn), so the poll is only the backstop; any record
// starts it over, so a flag inside the turn that goes off just after the stop button is seen within a few polls.
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
  /** Of `active`, the turns watched because they stream: left out of the observation until they stop. */
  private readonly streaming = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the pending tick runs (Date.now()). */
  private due = 0;
  /** Whether a watched turn needs the next tick soon (settling), rather than at the streaming poll. */
  private soon = false;
  private observer: MutationObserver | null = null;
  /** A subtree observed whole: children, text, the meaningful attributes. */
  private whole: MutationObserverInit = {};
  /** A frame node (an ancestor of an isolated turn): its own children and attributes. */
  private frameOptions: MutationObserverInit = {};
  /** A polled turn: its own meaningful attributes (a streaming flag going off), not its subtree (see the header). */
  private pollOptions: MutationObserverInit = {};
  /** Turns whose content is left out of the observation because every tick reads them. */
  private readonly polled = new Set<Element>();
  /** Ancestors of turns isolated once (see `isolate`), observed for their own children and attributes only. */
  private readonly frame = new WeakSet<Node>();
  /** Streaming polls in a row with no record observed: each doubles the wait for the next. */
  private quietPolls = 0;
  /** Whether any record arrived since the last tick. */
  private recorded = false;

  constructor(private readonly ctx: TickLoopContext) {}

  init(signal: AbortSignal): void {
    const { doc } = this.ctx;
    const observer = new doc.defaultView!.MutationObserver((records) => this.onMutations(records));
    const attributeFilter = [...new Set([...DEFAULT_ATTRIBUTES, ...this.ctx.attributes])];
    this.whole = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter };
    this.frameOptions = { childList: true, attributes: true, attributeFilter };
    this.pollOptions = { attributes: true, attributeFilter };
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
    if (streaming) this.streaming.add(turn);
    else this.soon = true;
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
    this.recorded ||= records.length > 0;
    for (const r of records) {
      // A node added to a frame node is observed whole at once (see `isolate`); a polled turn inside it (it came back
      // there) is isolated again at the next tick.
      if (r.type === 'childList' && r.addedNodes.length && this.frame.has(r.target)) this.observeAdded(r.addedNodes);
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      const turn = el?.closest(sel);
      // An attribute of a polled turn only brings the poll forward: the tick asks whether it still streams (its
      // streaming flag may just have gone) without reading it in full.
      if (turn && !(r.type === 'attributes' && this.polled.has(turn))) this.mark(turn);
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        const added = node as Element;
        if (added.matches(sel)) this.mark(added);
        else if (!turn && added.firstElementChild) for (const t of added.querySelectorAll(sel)) this.mark(t);
      }
    }
    this.schedule();
  }

  /**
   * The next tick reads this turn: until then its content is left out of the observation (one `observe` call once
   * its container was split, see `isolate`), so a turn that changes again and again before that tick (a new answer
   * re-rendered per chunk) wakes the observer once. The tick observes it whole again unless it streams.
   */
  private mark(turn: Element): void {
    if (this.dirty.has(turn)) return;
    this.dirty.add(turn);
    if (!this.polled.has(turn) && turn.isConnected && this.isolate(turn)) this.polled.add(turn);
  }

  private observeAdded(nodes: NodeList): void {
    const observer = this.observer;
    if (!observer) return;
    for (const n of nodes) {
      if (this.frame.has(n)) continue; // moved back in place: keeps its frame registration
      if (this.polled.has(n as Element)) {
        observer.observe(n, this.pollOptions);
        continue;
      }
      observer.observe(n, this.whole);
      for (const p of this.polled) if (n.contains(p)) this.polled.delete(p);
    }
  }

  private tick(synced = false): void {
    this.timer = null;
    if (synced || this.recorded || this.dirty.size) this.quietPolls = 0;
    this.recorded = false;
    const turns = [...new Set([...this.dirty, ...this.active])];
    const unchanged = synced ? new Set<Element>() : new Set([...this.active].filter((t) => !this.dirty.has(t)));
    this.dirty.clear();
    this.active.clear();
    this.streaming.clear();
    this.soon = false;
    this.ctx.run(turns, unchanged);
    this.observeBut(this.streaming);
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

  /**
   * Observes the whole page except the content of `watched` (streaming turns the next poll reads anyway). Costs only
   * what changed: a turn no longer watched is observed whole again, a newly watched one is isolated (see `isolate`).
   */
  private observeBut(watched: Set<Element>): void {
    const observer = this.observer;
    if (!observer) return;
    for (const turn of this.polled) {
      if (watched.has(turn)) continue;
      this.polled.delete(turn);
      if (!this.frame.has(turn)) observer.observe(turn, this.whole);
    }
    for (const turn of watched) if (!this.polled.has(turn) && this.isolate(turn)) this.polled.add(turn);
  }

  /**
   * Leaves `turn`'s content out of the observation, its attributes (a streaming flag) still observed. Observing a
   * node again with the same observer replaces its options, and no observation can leave out a subtree: so every
   * ancestor of the turn becomes a frame node (observed for its own children and attributes only) and each of its
   * other children is observed whole, once. A frame node stays one, so a later turn in the same conversation
   * container is isolated by one call, whatever the number of turns beside it (docs/capture-engine.md, Round 10).
   * False when the turn is not under the document's root (a shadow root): it stays observed with the rest.
   */
  private isolate(turn: Element): boolean {
    const observer = this.observer!;
    const root = this.ctx.doc.documentElement;
    const path: Element[] = [];
    let at: Element | null = turn.parentElement;
    for (; at && !this.frame.has(at); at = at.parentElement) path.push(at);
    if (!at && path.at(-1) !== root) return false;
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i]!;
      const next = path[i - 1] ?? turn;
      for (const child of node.childNodes) {
        if (child !== next && !this.frame.has(child) && !this.polled.has(child as Element)) observer.observe(child, this.whole);
      }
      observer.observe(node, this.frameOptions);
      this.frame.add(node);
    }
    if (!this.frame.has(turn)) observer.observe(turn, this.pollOptions);
    return true;
  }
}
