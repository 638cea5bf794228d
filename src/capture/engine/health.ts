// Whether capture works on this page, told to the popup and the toolbar badge. Degraded when a landmark the
// adapter relies on is missing (the site's markup drifted) or when adapter calls threw (named, with how often);
// reported only when it changes, and looked at again at most once a second from the tick.
// A check reads no more of the page than it must (it runs about once a second while an answer streams): a
// landmark found last time is still there when it is still in the document and still matches (no query of the
// document), and the newest turn is the one the engine last saw in document order (its ticks read every turn that
// appears), queried from the document only when that one left it.
import { HEALTH_EVERY_MS, HEALTH_RECHECK_QUIET_MS, type HealthReport } from './context';
import type { AdapterCalls } from './calls';
import type { SiteAdapter } from '../sites/types';

export interface HealthContext {
  adapter: Pick<SiteAdapter, 'landmarks' | 'turnSelector'>;
  calls: Pick<AdapterCalls, 'probeTurn' | 'failing'>;
  doc: Document;
  now(): number;
  isPaused(): boolean;
  /** True once the site has named the conversation on screen. */
  inConversation(): boolean;
  report(report: HealthReport): void;
}

export class Health {
  private lastCheckAt = -Infinity;
  private lastKey = '';
  /** A check the once-a-second limit put off: made when the second is over (see `overdueIn`). */
  private putOff = false;
  /** The element each landmark selector found last time. */
  private readonly found = new Map<string, Element>();
  /** The turn last in document order among those the engine read (see `saw`). */
  private newest: Element | null = null;

  constructor(private readonly ctx: HealthContext) {}

  /** From the tick: at most once a second, unless `soon()` asked for the next one. */
  check(): void {
    const now = this.ctx.now();
    if (now - this.lastCheckAt < HEALTH_EVERY_MS) {
      this.putOff = true;
      return;
    }
    this.lastCheckAt = now;
    this.reportNow();
  }

  /**
   * The periodic re-check for drift on a quiet page (markup can drift without a mutation the engine watches):
   * skipped when a check ran within HEALTH_RECHECK_QUIET_MS, since then the page is not quiet and the tick checks.
   */
  recheck(): void {
    if (this.ctx.now() - this.lastCheckAt < HEALTH_RECHECK_QUIET_MS) return;
    this.lastCheckAt = -Infinity;
    this.check();
  }

  /**
   * Milliseconds until a check the limit put off is due, or null when none is: the engine then ticks once more
   * when it would otherwise go quiet, so a change (the turns of a conversation that just loaded) shows within a
   * second rather than at the next periodic re-check.
   */
  overdueIn(): number | null {
    return this.putOff ? Math.max(0, this.lastCheckAt + HEALTH_EVERY_MS - this.ctx.now()) : null;
  }

  /** Something changed that health must reflect (a new page of the site, a failed call): check at the next tick. */
  soon(): void {
    this.lastCheckAt = -Infinity;
  }

  /** The engine read this turn: the newest turn is the one last in document order among those read. */
  saw(turn: Element): void {
    const newest = this.newest;
    if (newest === turn) return;
    if (!newest?.isConnected || newest.compareDocumentPosition(turn) & Node.DOCUMENT_POSITION_FOLLOWING) this.newest = turn;
  }

  reportNow(): void {
    const { adapter } = this.ctx;
    this.putOff = false;
    const missing: string[] = [];
    const inConversation = this.ctx.inConversation();
    for (const landmark of adapter.landmarks) {
      if (landmark.when === 'in-conversation' && !inConversation) continue;
      if (!this.present(landmark.selector)) missing.push(landmark.name);
    }
    if (inConversation) {
      const last = this.lastTurn();
      // A throwing readTurn shows under `failing`; here only a turn the adapter cannot recognise at all.
      if (last && this.ctx.calls.probeTurn(last) === null && !missing.includes('message ids')) missing.push('readable turns');
    }
    const failing = this.ctx.calls.failing();
    const status = this.ctx.isPaused() ? 'paused' : missing.length || failing.length ? 'degraded' : 'capturing';
    const key = [status, missing.join(','), failing.join(',')].join('|');
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.ctx.report({ status, missing, failing });
  }

  /** Whether the page has an element matching `selector`: the one found last time, if it still does. */
  private present(selector: string): boolean {
    const known = this.found.get(selector);
    if (known?.isConnected && known.matches(selector)) return true;
    const el = this.ctx.doc.querySelector(selector);
    if (el) this.found.set(selector, el);
    else this.found.delete(selector);
    return el !== null;
  }

  private lastTurn(): Element | null {
    const newest = this.newest;
    if (newest?.isConnected && newest.matches(this.ctx.adapter.turnSelector)) return newest;
    const turns = this.ctx.doc.querySelectorAll(this.ctx.adapter.turnSelector);
    this.newest = turns[turns.length - 1] ?? null;
    return this.newest;
  }
}
