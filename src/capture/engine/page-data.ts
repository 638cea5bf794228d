// The conversation as the site's own data describes it (every branch, turns the DOM never rendered), read from
// responses the page itself received. Messages become prompt/response events with the same ids the DOM path uses,
// so each is stored once however it is seen; those of the conversation on screen count as recorded.
import type { AdapterCalls } from './calls';
import type { EventEnvelopes } from './envelope';
import type { ConversationState } from './state';
import type { PageConversation } from '../sites/types';

export interface PageDataContext {
  calls: Pick<AdapterCalls, 'readPageData'>;
  events: Pick<EventEnvelopes, 'pushFromPageData' | 'conversationId'>;
  isPaused(): boolean;
  /** Notices a conversation switch before the data is compared with the conversation on screen. */
  checkConversation(): void;
  conversation(): ConversationState;
  /** What the data tells the adapter about its conversation, for that conversation's adapter state. */
  learn(data: PageConversation): void;
}

export class PageData {
  constructor(private readonly ctx: PageDataContext) {}

  onPageData(url: URL, body: unknown): void {
    if (this.ctx.isPaused()) return;
    const data = this.ctx.calls.readPageData(url, body);
    if (!data) return;
    this.ctx.checkConversation();
    this.ctx.learn(data);
    const conv = this.ctx.events.conversationId === data.conversationId ? this.ctx.conversation() : null;
    for (const m of data.messages) {
      if (conv) {
        if (conv.messages.get(m.messageId)?.emitted) continue;
        conv.messages.set(m.messageId, {
          role: m.role,
          origin: 'history',
          emitted: true,
          lastSize: -1,
          lastChange: 0,
          stopped: false,
          text: m.text,
        });
      }
      const common = {
        messageId: m.messageId,
        ...(m.parentId ? { parentId: m.parentId } : {}),
        text: m.text,
        ...(m.createdAt ? { createdAt: m.createdAt } : {}),
      };
      const body =
        m.role === 'user'
          ? common
          : {
              ...common,
              codeBlocks: m.codeBlocks ?? [],
              ...(m.model ? { model: m.model } : {}),
              ...(m.variantIndex ? { variantIndex: m.variantIndex } : {}),
              ...(m.variantCount ? { variantCount: m.variantCount } : {}),
              complete: 'finished' as const,
            };
      this.ctx.events.pushFromPageData(m.role === 'user' ? 'prompt' : 'response', body, data.conversationId);
    }
    conv?.forgetOldTexts();
  }
}
