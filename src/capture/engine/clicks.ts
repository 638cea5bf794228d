// Clicks the adapter recognises (copy, thumbs, regenerate, variant arrows, edit, stop). Each is read against the
// page as the user saw it: capture is synced first and the turn acted on is read now, so an answer the user acts
// on is recorded before the action, even if it had not settled yet.
import type { AdapterCalls } from './calls';
import type { Clipboard } from './clipboard';
import type { EventEnvelopes } from './envelope';
import type { Turns } from './turns';
import type { Variants } from './variants';
import type { ClickAction } from '../sites/types';

export interface ClicksContext {
  doc: Document;
  calls: Pick<AdapterCalls, 'classifyClick' | 'readTurn' | 'noteFailure'>;
  events: Pick<EventEnvelopes, 'push'>;
  turns: Pick<Turns, 'process' | 'stopGenerating' | 'previousMessageId'>;
  variants: Pick<Variants, 'clicked'>;
  clipboard: Pick<Clipboard, 'copyMessage' | 'copyCode'>;
  sync(): void;
  /** Look again soon: the click will change the page. */
  schedule(): void;
}

export class Clicks {
  constructor(private readonly ctx: ClicksContext) {}

  init(signal: AbortSignal): void {
    this.ctx.doc.addEventListener('click', (e) => this.onClick(e), { capture: true, signal });
  }

  private onClick(e: Event): void {
    const target = e.target;
    if (!(target instanceof this.ctx.doc.defaultView!.Element)) return;
    const action = this.ctx.calls.classifyClick(target);
    if (!action) return;
    this.ctx.sync();
    // Separately: an answer that cannot be read must not cost the thumbs or copy the user gave it.
    if ('turn' in action && action.turn.isConnected) this.guarded(() => this.ctx.turns.process(action.turn, true));
    this.guarded(() => this.handle(action));
    this.ctx.schedule();
  }

  private guarded(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.ctx.calls.noteFailure(error);
    }
  }

  private handle(action: ClickAction): void {
    if (action.action === 'stop') return this.ctx.turns.stopGenerating();
    const info = this.ctx.calls.readTurn(action.turn);
    if (!info) return;
    switch (action.action) {
      case 'copy-message':
        return this.ctx.clipboard.copyMessage(info);
      case 'copy-code':
        return this.ctx.clipboard.copyCode(info, action.block);
      case 'feedback':
        this.ctx.events.push('feedback', { messageId: info.messageId, rating: action.rating });
        return;
      case 'regenerate':
        return this.ctx.variants.clicked('regenerate', action.turn, info, this.ctx.turns.previousMessageId(action.turn));
      case 'variant-nav':
      case 'edit-prompt':
        return this.ctx.variants.clicked(action.action, action.turn, info, undefined);
    }
  }
}
