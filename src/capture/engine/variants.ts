// Regenerate, variant switches and edited prompts. Sites show these by replacing the message inside the same turn
// element, so what a change means depends on the click before it: a regenerate click makes the next new answer a
// regeneration, a variant arrow makes the next change of that turn a branch switch, an edit makes the next new
// prompt in that turn an edited prompt. Clicks are remembered for a while, per conversation.
import { textDiff } from '../../core/align';
import { FOLLOW_BRANCH_MS, PENDING_CLICK_MS } from './context';
import type { AdapterCalls } from './calls';
import type { EventEnvelopes } from './envelope';
import type { ConversationState } from './state';
import type { TurnInfo } from '../sites/types';

export interface VariantsContext {
  calls: Pick<AdapterCalls, 'readText'>;
  events: Pick<EventEnvelopes, 'push'>;
  now(): number;
  conversation(): ConversationState;
  /** The message's text as recorded, else as shown now. */
  textOf(info: TurnInfo): string;
}

export type VariantClick = 'regenerate' | 'variant-nav' | 'edit-prompt';

export class Variants {
  constructor(private readonly ctx: VariantsContext) {}

  /** The user clicked regenerate, a variant arrow or edit on this turn (already read as `info`). */
  clicked(kind: VariantClick, turn: Element, info: TurnInfo, promptId: string | undefined): void {
    const at = this.ctx.now();
    const fromId = info.messageId;
    this.ctx.conversation().pending =
      kind === 'regenerate'
        ? { kind: 'regenerate', turn, fromId, at, ...(promptId ? { promptId } : {}) }
        : kind === 'variant-nav'
          ? { kind: 'nav', turn, fromId, at }
          : { kind: 'edit', turn, fromId, oldText: this.ctx.textOf(info), at };
  }

  /** An answer not seen before appeared: after a regenerate click, it is the regenerated one. */
  answerAppeared(messageId: string, known: boolean): void {
    const conv = this.ctx.conversation();
    const p = conv.pending;
    if (p?.kind !== 'regenerate' || known || p.fromId === messageId) return;
    conv.pending = null;
    this.ctx.events.push('regenerate', {
      oldResponseId: p.fromId,
      newResponseId: messageId,
      ...(p.promptId ? { promptMessageId: p.promptId } : {}),
    });
  }

  /**
   * A turn element now shows a different message. It is a branch switch when the user clicked a variant arrow on
   * that turn, or (keyboard, unseen controls) when it shows a known message with a variant counter. Turns after a
   * switched one follow the new branch: their changes in the next moments are consequences, not switches.
   */
  shown(turn: Element, fromId: string, info: TurnInfo, known: boolean): void {
    const conv = this.ctx.conversation();
    const now = this.ctx.now();
    const pending = conv.pending && now - conv.pending.at < PENDING_CLICK_MS ? conv.pending : null;
    if (pending?.kind === 'regenerate' && info.role === 'assistant' && !known) return; // handled when first seen
    if (pending?.kind === 'edit' && pending.turn === turn && info.role === 'user' && !known) {
      conv.pending = null;
      const oldText = pending.oldText ?? conv.messages.get(fromId)?.text ?? '';
      const newText = this.ctx.calls.readText(info).text;
      const diff = textDiff(oldText, newText);
      this.ctx.events.push('edit_prompt', { oldMessageId: fromId, newMessageId: info.messageId, oldText, newText, diff });
      return;
    }
    const clicked = pending?.kind === 'nav' && pending.turn === turn;
    const unsolicited = !pending && known && (info.variantCount ?? 1) > 1 && now >= conv.followUntil;
    if (!clicked && !unsolicited) return;
    if (clicked) conv.pending = null;
    conv.followUntil = now + FOLLOW_BRANCH_MS;
    this.ctx.events.push('branch_switch', {
      role: info.role,
      fromMessageId: fromId,
      toMessageId: info.messageId,
      ...(info.variantIndex ? { variantIndex: info.variantIndex } : {}),
      ...(info.variantCount ? { variantCount: info.variantCount } : {}),
    });
  }
}
