// Whether capture works on this page, told to the popup and the toolbar badge. Degraded when a landmark the
// adapter relies on is missing (the site's markup drifted) or when adapter calls threw (named, with how often);
// reported only when it changes, and looked at again at most once a second from the tick.
import { HEALTH_EVERY_MS, type HealthReport } from './context';
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

  constructor(private readonly ctx: HealthContext) {}

  /** From the tick: at most once a second, unless `soon()` asked for the next one. */
  check(): void {
    const now = this.ctx.now();
    if (now - this.lastCheckAt < HEALTH_EVERY_MS) return;
    this.lastCheckAt = now;
    this.reportNow();
  }

  /** Something changed that health must reflect (a new page of the site, a failed call): check at the next tick. */
  soon(): void {
    this.lastCheckAt = -Infinity;
  }

  reportNow(): void {
    const { adapter, doc } = this.ctx;
    const missing: string[] = [];
    const inConversation = this.ctx.inConversation();
    for (const landmark of adapter.landmarks) {
      if (landmark.when === 'in-conversation' && !inConversation) continue;
      if (!doc.querySelector(landmark.selector)) missing.push(landmark.name);
    }
    if (inConversation) {
      const turns = doc.querySelectorAll(adapter.turnSelector);
      const last = turns[turns.length - 1];
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
}
