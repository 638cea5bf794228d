// The site-agnostic capture engine: it turns what happens on a chat page into raw events, using only the adapter's
// site facts. This file only wires the parts (each in its own file, each given a small context, none calling
// back into this one) and owns the one thing they share: which conversation is on screen, and its state.
//   observer.ts   when to look (mutations, throttled tick, sync before user actions)
//   turns.ts      prompts and answers, live vs history, settling, follow-ups
//   turn-order.ts where a turn sits among the others (the one before it, the newest, the one showing a message)
//   variants.ts   regenerate, branch switches, edited prompts
//   clicks.ts     what a click means;  clipboard.ts  copies and paste-backs
//   page-data.ts  the site's own conversation data;  envelope.ts  ids, times, the queue for a new chat's id
//   calls.ts      every adapter call, guarded and counted;  health.ts  degraded or capturing
//   navigation.ts a switch to another conversation, announced before the page re-renders
import { type EngineHost, HISTORY_GRACE_MS, LOAD_WAIT_MAX_MS } from './context';
import { AdapterCalls } from './calls';
import { Clicks } from './clicks';
import { Clipboard } from './clipboard';
import { EventEnvelopes } from './envelope';
import { Health } from './health';
import { ConversationExits } from './navigation';
import { TickLoop } from './observer';
import { PageData } from './page-data';
import { ConversationState } from './state';
import { Turns } from './turns';
import { Variants } from './variants';
import type { PageConversation, SiteAdapter } from '../sites/types';

export type { EngineHost, HealthReport } from './context';

export class CaptureEngine {
  private readonly adapter: SiteAdapter;
  private readonly doc: Document;
  private readonly now: () => number;
  private conversation: ConversationState;
  /** Page data about a conversation not on screen yet: applied to its adapter state when it opens. */
  private learnLater: PageConversation | null = null;
  private lifetime: AbortController | null = null;
  /** The address the conversation was last read from. */
  private checkedHref: string | null = null;
  private readonly calls: AdapterCalls;
  private readonly events: EventEnvelopes;
  private readonly loop: TickLoop;
  private readonly turns: Turns;
  private readonly clicks: Clicks;
  private readonly clipboard: Clipboard;
  private readonly pageData: PageData;
  private readonly health: Health;
  private readonly exits: ConversationExits;

  constructor(host: EngineHost) {
    const { adapter, doc } = host;
    const now = host.now ?? (() => Date.now());
    this.adapter = adapter;
    this.doc = doc;
    this.now = now;
    this.conversation = this.newConversation(now() + HISTORY_GRACE_MS);
    const conversation = () => this.conversation;
    const isPaused = () => host.isPaused();

    this.health = new Health({
      adapter,
      calls: { probeTurn: (t) => this.calls.probeTurn(t), failing: () => this.calls.failing() },
      doc,
      now,
      isPaused,
      inConversation: () => this.events.conversationId !== null,
      report: (r) => host.reportHealth(r),
    });
    const onFailure = () => {
      this.health.soon();
      this.loop.schedule(); // a failure outside a tick (a click, a copy, page data) shows soon too
    };
    this.calls = new AdapterCalls({ adapter, doc, adapterState: () => this.conversation.adapterState, onFailure });
    this.events = new EventEnvelopes({ site: adapter.id, doc, now, isPaused, emit: (e) => host.emit(e) });
    this.loop = new TickLoop({
      doc,
      turnSelector: adapter.turnSelector,
      attributes: adapter.observedAttributes ?? [],
      run: (turns, unchanged) => this.tick(turns, unchanged),
      whenQuiet: () => this.health.overdueIn(),
    });
    const textOf = (info: Parameters<Turns['textOf']>[0]) => this.turns.textOf(info);
    const variants = new Variants({ calls: this.calls, events: this.events, now, conversation, textOf });
    this.turns = new Turns({
      calls: this.calls,
      events: this.events,
      variants,
      doc,
      turnSelector: adapter.turnSelector,
      now,
      conversation,
      keepWatching: (turn, streaming) => this.loop.keepWatching(turn, streaming),
    });
    const sync = () => this.loop.sync();
    this.clipboard = new Clipboard({ adapter, calls: this.calls, events: this.events, doc, conversation, textOf, sync });
    this.clicks = new Clicks({
      doc,
      calls: this.calls,
      events: this.events,
      turns: this.turns,
      variants,
      clipboard: this.clipboard,
      sync,
      schedule: () => this.loop.schedule(),
    });
    this.pageData = new PageData({
      calls: this.calls,
      events: this.events,
      isPaused,
      checkConversation: () => this.checkConversation(),
      conversation,
      learn: (data) => this.learn(data),
    });
    this.exits = new ConversationExits({
      win: doc.defaultView!,
      conversationOf: (url) => this.calls.conversationId(url),
      current: () => this.events.conversationId,
      leaving: () => this.finishNow('hidden'),
    });
  }

  /** Starts capturing; everything it set up is undone when `signal` aborts (or on `stop()`). */
  start(signal?: AbortSignal): void {
    this.lifetime = new AbortController();
    const lifetime = this.lifetime.signal;
    signal?.addEventListener('abort', () => this.stop(), { once: true });
    this.checkConversation();
    // What the page shows when capture starts is history, however long the page took to load before (a long saved
    // conversation can take seconds): the grace counts from now. A new chat (no conversation id yet) has no history
    // to render: whatever appears is the user's, live. Capture starts at document_start, so while the document is
    // still loading (a long conversation on a slow or busy machine parses for seconds) every turn it adds is history:
    // the grace then counts from the load event, waiting for it at most LOAD_WAIT_MAX_MS.
    this.conversation.historyUntil = this.events.conversationId === null ? this.now() : this.historyGraceEnd(lifetime);
    this.clicks.init(lifetime);
    this.clipboard.init(lifetime);
    this.exits.init(lifetime);
    this.loop.init(lifetime);
  }

  private historyGraceEnd(lifetime: AbortSignal): number {
    if (this.doc.readyState === 'complete') return this.now() + HISTORY_GRACE_MS;
    const conversation = this.conversation;
    this.doc.defaultView?.addEventListener(
      'load',
      () => {
        conversation.historyUntil = Math.min(conversation.historyUntil, this.now() + HISTORY_GRACE_MS);
      },
      { once: true, signal: lifetime },
    );
    return this.now() + LOAD_WAIT_MAX_MS;
  }

  stop(): void {
    this.lifetime?.abort();
    this.lifetime = null;
  }

  /** A conversation the page itself downloaded (see page-data.ts). */
  onPageData(url: URL, body: unknown): void {
    this.pageData.onPageData(url, body);
  }

  /**
   * The page is going away (`page-exit`: pagehide) or out of sight (`hidden`: another tab, a switch of
   * conversation): everything up to now is recorded at once, without waiting for answers to settle. At page exit
   * an answer still streaming is recorded as far as it got, as interrupted; out of sight it goes on streaming.
   */
  finishNow(reason: 'page-exit' | 'hidden'): void {
    if (!this.lifetime) return;
    this.loop.sync();
    this.turns.finishPending({ readPage: true, streamingAsInterrupted: reason === 'page-exit' });
    this.events.flushWaiting();
  }

  reportHealthNow(): void {
    this.health.reportNow();
  }

  /** The periodic re-check for drift on a quiet page: skipped when health was checked within the last 2.5 s. */
  recheckHealth(): void {
    this.health.recheck();
  }

  private newConversation(historyUntil: number): ConversationState {
    return new ConversationState(historyUntil, this.adapter.createState?.());
  }

  /** One tick: each turn on its own (a turn that fails costs only itself), then the health check, always. */
  private tick(turns: Element[], unchanged: ReadonlySet<Element> = new Set()): void {
    try {
      this.checkConversation();
      for (const turn of turns) {
        if (!turn.isConnected) continue;
        this.health.saw(turn);
        try {
          if (!unchanged.has(turn) || !(this.turns.stillStreaming(turn) || this.turns.stillSettling(turn))) this.turns.process(turn);
        } catch (e) {
          this.calls.noteFailure(e);
        }
      }
      this.events.flushWaiting();
    } finally {
      this.health.check();
    }
  }

  private checkConversation(): void {
    // Every tick asks; the address rarely changes, so it is parsed only when it did.
    const href = this.doc.location.href;
    if (href === this.checkedHref) return;
    const id = this.calls.conversationId(new URL(href));
    // A failed read (undefined) is asked again next time.
    if (id !== undefined) this.checkedHref = href;
    if (id === undefined || id === this.events.conversationId) return;
    const wasNewChat = this.events.conversationId === null;
    // Leaving a conversation: its answers that ended are recorded under it now, from what was read when they
    // ended (the page may already show the next conversation in the same elements).
    if (!wasNewChat) this.turns.finishPending({ readPage: false, streamingAsInterrupted: false });
    this.events.setConversation(id, wasNewChat);
    this.health.soon(); // a new page of the site: check its landmarks now
    if (!wasNewChat) {
      // Another conversation: its turns were already written, whatever element React reuses for them. A new chat
      // has none, so what appears in it is live at once. (A new chat the site just named keeps its state.)
      const left = this.conversation;
      this.conversation = this.newConversation(id === null ? this.now() : this.now() + HISTORY_GRACE_MS);
      for (const turn of this.doc.querySelectorAll(this.adapter.turnSelector)) {
        const shown = left.slots.get(turn);
        if (shown !== undefined) this.conversation.leftBehind.set(turn, ConversationState.shownBy(turn, shown));
      }
      this.calls.clearFailures();
      this.loop.markAll();
    }
    if (this.learnLater && this.learnLater.conversationId === id) this.learn(this.learnLater);
  }

  private learn(data: PageConversation): void {
    if (!data.learn) return;
    if (data.conversationId !== this.events.conversationId) {
      this.learnLater = data;
      return;
    }
    if (this.learnLater?.conversationId === data.conversationId) this.learnLater = null;
    data.learn(this.conversation.adapterState);
  }
}
