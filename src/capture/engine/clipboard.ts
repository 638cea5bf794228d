// Copies out of answers and pastes into the composer. A copy records what was copied and where it sits in the
// message; a paste is aligned against the recent copies and answers (and their code blocks), so a paste-back of
// edited code points at the copy it came from, with the diff: the user's own refinement.
import { type AlignCandidate, alignText } from '../../core/align';
import { MAX_PASTE_CANDIDATES } from './context';
import { locate } from '../text';
import type { AdapterCalls } from './calls';
import type { Body, EventEnvelopes } from './envelope';
import type { ConversationState } from './state';
import type { SiteAdapter, TurnInfo } from '../sites/types';

export interface ClipboardContext {
  adapter: Pick<SiteAdapter, 'turnSelector' | 'codeBlockSelector' | 'composerSelector' | 'landmarks'>;
  calls: Pick<AdapterCalls, 'tryReadTurn' | 'readCodeBlock' | 'noteFailure'>;
  events: Pick<EventEnvelopes, 'push'>;
  doc: Document;
  conversation(): ConversationState;
  textOf(info: TurnInfo): string;
  /** Brings capture up to date before the action is recorded. */
  sync(): void;
}

export class Clipboard {
  constructor(private readonly ctx: ClipboardContext) {}

  init(signal: AbortSignal): void {
    this.ctx.doc.addEventListener('copy', () => this.guarded(() => this.onCopySelection()), { capture: true, signal });
    this.ctx.doc.addEventListener('paste', (e) => this.guarded(() => this.onPaste(e)), { capture: true, signal });
  }

  /** The message's copy button. */
  copyMessage(info: TurnInfo): void {
    const text = this.ctx.textOf(info);
    this.record(info.messageId, text, { messageId: info.messageId, via: 'button', text, start: 0, end: text.length, share: text ? 1 : 0 });
  }

  /** A code block's copy button. */
  copyCode(info: TurnInfo, block: Element): void {
    const { code } = this.ctx.calls.readCodeBlock(block);
    const index = [...info.content.querySelectorAll(this.ctx.adapter.codeBlockSelector)].indexOf(block);
    this.copyPart(info, code, 'code-button', index >= 0 ? index : undefined);
  }

  private guarded(run: () => void): void {
    try {
      run();
    } catch (e) {
      this.ctx.calls.noteFailure(e);
    }
  }

  private onCopySelection(): void {
    const selection = this.ctx.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const anchor = selection.getRangeAt(0).commonAncestorContainer;
    const el = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
    const turn = el?.closest(this.ctx.adapter.turnSelector);
    if (!turn) return;
    const info = this.ctx.calls.tryReadTurn(turn);
    if (!info || !info.content.contains(anchor)) return;
    const copied = selection.toString();
    if (!copied.trim()) return;
    const block = el?.closest(this.ctx.adapter.codeBlockSelector);
    const index = block ? [...info.content.querySelectorAll(this.ctx.adapter.codeBlockSelector)].indexOf(block) : -1;
    this.ctx.sync();
    this.copyPart(info, copied, 'selection', index >= 0 ? index : undefined);
  }

  private copyPart(info: TurnInfo, copied: string, via: 'code-button' | 'selection', codeBlockIndex?: number): void {
    const text = this.ctx.textOf(info);
    const span = locate(text, copied) ?? { start: 0, end: 0 };
    this.record(info.messageId, copied, {
      messageId: info.messageId,
      via,
      text: copied,
      start: span.start,
      end: span.end,
      share: text.length ? Math.min(1, copied.trim().length / text.length) : 0,
      ...(codeBlockIndex !== undefined ? { codeBlockIndex } : {}),
    });
  }

  /** The copy's event id is fixed as it is recorded, so a later paste can point at it. */
  private record(messageId: string, text: string, body: Body<'copy'>): void {
    const eventId = this.ctx.events.push('copy', body);
    this.ctx.conversation().rememberCopy({ eventId: eventId ?? '', messageId, text });
  }

  private onPaste(e: Event): void {
    const { adapter } = this.ctx;
    const selector = adapter.composerSelector ?? adapter.landmarks.find((l) => l.name === 'composer')?.selector;
    const target = e.target as Node | null;
    const el = target && (target.nodeType === 1 ? (target as Element) : target.parentElement);
    if (!selector || !el?.closest(selector)) return;
    const pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    if (!pasted.trim()) return;
    this.ctx.sync();
    const conv = this.ctx.conversation();
    const candidates: AlignCandidate[] = conv.copies.map((c) => ({
      messageId: c.messageId,
      via: 'copy' as const,
      ...(c.eventId ? { copyEventId: c.eventId } : {}),
      text: c.text,
    }));
    const answers = [...conv.messages].filter(([, m]) => m.role === 'assistant' && m.text).slice(-MAX_PASTE_CANDIDATES);
    for (const [messageId, m] of answers) {
      candidates.push({ messageId, via: 'answer', text: m.text! });
      for (const block of m.codeBlocks ?? []) candidates.push({ messageId, via: 'answer', text: block.code });
    }
    this.ctx.events.push('paste', { text: pasted, matches: alignText(pasted, candidates) });
  }
}
