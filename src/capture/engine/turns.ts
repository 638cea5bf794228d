// Reading turns into prompts and answers. A prompt is recorded when its turn first shows text; an answer once it
// has stopped streaming and its text has stayed the same for the settle time (or earlier, when the user acts on
// it, the next prompt arrives, or its turn moves on to another message before it settled: then what was read
// after streaming ended is recorded). Live vs history: a message is live when it appears as the newest turn after
// the page settled; rows mounted on scroll or rendered on load are history.
import { SETTLE_MS, STREAM_REREAD_MS } from './context';
import type { AdapterCalls, MessageParts } from './calls';
import type { EventEnvelopes } from './envelope';
import { ConversationState, type MessageState } from './state';
import { isNewestTurn, previousTurn, turnShowing } from './turn-order';
import type { Variants } from './variants';
import type { CodeBlock, TurnInfo } from '../sites/types';

export interface TurnsContext {
  calls: Pick<AdapterCalls, 'readTurn' | 'tryReadTurn' | 'isStreaming' | 'readText' | 'readParts' | 'noteFailure'>;
  events: Pick<EventEnvelopes, 'push'>;
  variants: Pick<Variants, 'shown' | 'answerAppeared'>;
  doc: Document;
  turnSelector: string;
  now(): number;
  conversation(): ConversationState;
  /** Look at this turn again: next tick while it settles, at the streaming poll while it streams. */
  keepWatching(turn: Element, streaming?: boolean): void;
}

export class Turns {
  /** The message each turn showed streaming when it was last read, and when (see `stillStreaming`). */
  private readonly streamingIn = new WeakMap<Element, { id: string; readAt: number }>();
  /** The answer whose snapshot was taken when its turn was last read (see `stillSettling`). */
  private readonly snapshotIn = new WeakMap<Element, MessageState>();

  constructor(private readonly ctx: TurnsContext) {}

  /**
   * A streaming poll of a turn that was read streaming less than STREAM_REREAD_MS ago and, with nothing observed
   * around it since, still streams: nothing to read yet, so the turn is only watched again. Reading it (`readTurn`)
   * builds the whole turn info, the adapter's variant-switcher search over the growing answer included, for an
   * answer that is not recorded while it streams. The turn is read in full again at least every STREAM_REREAD_MS
   * (a site that gives the streaming message its final id mid-stream is seen generating that id), once it stops
   * streaming, and at any user action (which syncs and reads everything).
   */
  stillStreaming(turn: Element): boolean {
    const seen = this.streamingIn.get(turn);
    if (seen === undefined) return false;
    const conv = this.ctx.conversation();
    const msg = conv.messages.get(seen.id);
    const fresh = this.ctx.now() - seen.readAt < STREAM_REREAD_MS;
    if (!fresh || conv.slots.get(turn) !== seen.id || !msg || msg.emitted || !this.ctx.calls.isStreaming(turn)) {
      this.streamingIn.delete(turn);
      return false;
    }
    this.ctx.keepWatching(turn, true);
    return true;
  }

  /**
   * A settling answer's tick with no record in its turn since it was last read, when that read took its snapshot: a
   * settling turn is observed whole (observer.ts), so the text is still the snapshot's and is not read again (the
   * whole answer, once per answer); recorded from the snapshot once it settled.
   */
  stillSettling(turn: Element): boolean {
    const msg = this.snapshotIn.get(turn);
    const id = this.ctx.conversation().slots.get(turn);
    if (!msg?.snapshot || msg.emitted || id === undefined || this.ctx.conversation().messages.get(id) !== msg) return false;
    if (this.ctx.calls.isStreaming(turn)) return false;
    if (this.ctx.now() - msg.lastChange < SETTLE_MS) this.ctx.keepWatching(turn);
    else this.finishFromSnapshot(id);
    return true;
  }

  /** `force`: the user acted on this turn, so a finished answer is recorded now rather than after settling. */
  process(turn: Element, force = false): void {
    const { calls, variants } = this.ctx;
    const conv = this.ctx.conversation();
    this.snapshotIn.delete(turn);
    const info = calls.readTurn(turn);
    if (!info) return;
    const left = conv.leftBehind.get(turn);
    if (left !== undefined) {
      if (left === ConversationState.shownBy(turn, info.messageId)) return; // the previous conversation, still shown
      conv.leftBehind.delete(turn);
    }
    const now = this.ctx.now();
    const previous = conv.slots.get(turn);
    const known = conv.messages.has(info.messageId);
    if (previous !== undefined && previous !== info.messageId) {
      this.finishFromSnapshot(previous);
      variants.shown(turn, previous, info, known);
    }
    conv.slots.set(turn, info.messageId);

    let msg = conv.messages.get(info.messageId);
    if (!msg) {
      const live = now >= conv.historyUntil && this.isNewestTurn(turn);
      msg = { role: info.role, origin: live ? 'live' : 'history', emitted: false, lastSize: -1, lastChange: now, stopped: false };
      conv.messages.set(info.messageId, msg);
      if (info.role === 'assistant') variants.answerAppeared(info.messageId, known);
      conv.forgetOldTexts();
    }
    if (msg.emitted) return;
    if (info.role === 'user') return this.processPrompt(turn, info, msg, now);

    if (calls.isStreaming(turn)) {
      msg.streamStart ??= now;
      msg.origin = 'live'; // seen being generated
      this.streamingIn.set(turn, { id: info.messageId, readAt: now });
      this.ctx.keepWatching(turn, true);
      return;
    }
    this.streamingIn.delete(turn);
    const size = info.content.textContent?.length ?? 0;
    if (size !== msg.lastSize) {
      msg.lastSize = size;
      msg.lastChange = now;
      const parentId = this.previousMessageId(turn);
      msg.snapshot = { ...calls.readText(info), parts: calls.readParts(info, turn), info, ...(parentId ? { parentId } : {}) };
      this.snapshotIn.set(turn, msg);
      this.ctx.keepWatching(turn);
      return;
    }
    if (now - msg.lastChange < SETTLE_MS && !force) {
      this.ctx.keepWatching(turn);
      return;
    }
    const { text, codeBlocks } = calls.readText(info);
    this.emitResponse(info, msg, text, codeBlocks, calls.readParts(info, turn), this.previousMessageId(turn));
  }

  private processPrompt(turn: Element, info: TurnInfo, msg: MessageState, now: number): void {
    const { text } = this.ctx.calls.readText(info);
    // A prompt can be only attachments (an image, a file, a pasted-text chip): still a prompt, so the answer after
    // it keeps its parent.
    const { attachments } = this.ctx.calls.readParts(info, turn);
    if (!text && !attachments) return;
    const before = this.previousTurn(turn);
    const parentId = before ? this.ctx.calls.tryReadTurn(before)?.messageId : undefined;
    // The next prompt can arrive before the answer it follows was recorded (sent right as it finished, inside the
    // settle wait): that answer is finished now, so it is recorded first and the follow-up can point at it.
    if (msg.origin === 'live' && before && parentId) this.finishBeforeFollowup(before, parentId);
    msg.emitted = true;
    msg.text = text;
    this.ctx.events.push('prompt', {
      messageId: info.messageId,
      text,
      ...(parentId ? { parentId } : {}),
      ...(attachments ? { attachments } : {}),
      origin: msg.origin,
    });
    const answer = parentId ? this.ctx.conversation().messages.get(parentId) : undefined;
    if (msg.origin === 'live' && parentId && answer?.finishedAt !== undefined && answer.origin === 'live') {
      const delayMs = Math.max(0, now - answer.finishedAt);
      this.ctx.events.push('followup', { messageId: info.messageId, afterMessageId: parentId, delayMs });
    }
  }

  private finishBeforeFollowup(answerTurn: Element, answerId: string): void {
    const answer = this.ctx.conversation().messages.get(answerId);
    if (!answer || answer.emitted || answer.role !== 'assistant') return;
    try {
      if (answerTurn.isConnected) this.process(answerTurn, true);
    } catch (e) {
      this.ctx.calls.noteFailure(e); // that answer's failure must not cost the prompt
    }
    this.finishFromSnapshot(answerId);
  }

  /** An answer that must be recorded before it settled (it left the page, or the next prompt came): what was read. */
  finishFromSnapshot(messageId: string): boolean {
    const msg = this.ctx.conversation().messages.get(messageId);
    if (!msg || msg.emitted || msg.role !== 'assistant' || !msg.snapshot) return false;
    const { text, codeBlocks, parts, info, parentId } = msg.snapshot;
    this.emitResponse(info, msg, text, codeBlocks, parts, parentId);
    return msg.emitted;
  }

  private emitResponse(
    info: TurnInfo,
    msg: MessageState,
    text: string,
    codeBlocks: CodeBlock[],
    parts: MessageParts,
    parentId: string | undefined,
  ): void {
    if (!text && !parts.artifacts && !msg.stopped && !msg.interrupted) return;
    msg.emitted = true;
    msg.text = text;
    msg.codeBlocks = codeBlocks;
    msg.finishedAt = this.ctx.now();
    delete msg.snapshot;
    this.ctx.events.push('response', {
      messageId: info.messageId,
      ...(parentId ? { parentId } : {}),
      text,
      codeBlocks,
      ...(info.model ? { model: info.model } : {}),
      ...(info.variantIndex ? { variantIndex: info.variantIndex } : {}),
      ...(info.variantCount ? { variantCount: info.variantCount } : {}),
      ...(msg.streamStart !== undefined ? { durationMs: Math.max(0, msg.lastChange - msg.streamStart) } : {}),
      ...(parts.reasoning ? { reasoning: parts.reasoning } : {}),
      ...(parts.artifacts ? { artifacts: parts.artifacts } : {}),
      complete: msg.stopped ? 'stopped' : msg.interrupted ? 'interrupted' : msg.streamStart !== undefined ? 'finished' : 'unknown',
      origin: msg.origin,
    });
  }

  /**
   * The page is going away, out of sight, or to another conversation: every answer that has stopped changing is
   * recorded now rather than after settling. `readPage`: the page still shows this conversation, so each answer
   * is read from its turn (else only what was read after streaming ended can be recorded). `streamingAsInterrupted`:
   * the page is going for good, so an answer still streaming is recorded as far as it got, as interrupted (not
   * as stopped: closing a tab is not a judgement of the answer, and its text is not the whole answer).
   */
  finishPending(how: { readPage: boolean; streamingAsInterrupted: boolean }): void {
    const { calls } = this.ctx;
    for (const [id, msg] of this.ctx.conversation().messages) {
      if (msg.emitted || msg.role !== 'assistant') continue;
      try {
        const turn = how.readPage ? this.turnShowing(id) : null;
        if (turn && calls.isStreaming(turn)) {
          if (how.streamingAsInterrupted) this.recordInterrupted(turn, msg);
          continue;
        }
        if (turn) this.process(turn, true);
        this.finishFromSnapshot(id);
      } catch (e) {
        calls.noteFailure(e); // one answer's failure must not cost the others
      }
    }
  }

  private recordInterrupted(turn: Element, msg: MessageState): void {
    const info = this.ctx.calls.readTurn(turn);
    if (!info) return;
    const { text, codeBlocks } = this.ctx.calls.readText(info);
    msg.interrupted = true;
    msg.lastChange = this.ctx.now();
    this.emitResponse(info, msg, text, codeBlocks, this.ctx.calls.readParts(info, turn), this.previousMessageId(turn));
  }

  /** The user pressed stop: every answer still being generated is marked, with the text shown now. */
  stopGenerating(): void {
    for (const [id, msg] of this.ctx.conversation().messages) {
      if (msg.role !== 'assistant' || msg.emitted || msg.streamStart === undefined) continue;
      msg.stopped = true;
      let partialText = '';
      try {
        const turn = this.turnShowing(id);
        const info = turn && this.ctx.calls.tryReadTurn(turn);
        if (info) partialText = this.ctx.calls.readText(info).text;
      } catch (e) {
        this.ctx.calls.noteFailure(e); // the stop is recorded all the same
      }
      this.ctx.events.push('stop', { messageId: id, partialText });
    }
  }

  /** The message the user acted on: its recorded text, else what the turn shows now. */
  textOf(info: TurnInfo): string {
    return this.ctx.conversation().messages.get(info.messageId)?.text ?? this.ctx.calls.readText(info).text;
  }

  previousMessageId(turn: Element): string | undefined {
    const before = this.previousTurn(turn);
    return before ? this.ctx.calls.tryReadTurn(before)?.messageId : undefined;
  }

  turnShowing(messageId: string): Element | null {
    return turnShowing(this.ctx.doc, this.ctx.turnSelector, this.ctx.conversation().slots, messageId);
  }

  private previousTurn(turn: Element): Element | undefined {
    return previousTurn(turn, this.ctx.turnSelector, this.ctx.doc);
  }

  /** Only messages not seen before follow this turn (see `isNewestTurn` in turn-order.ts). */
  private isNewestTurn(turn: Element): boolean {
    const messages = this.ctx.conversation().messages;
    return isNewestTurn(turn, this.ctx.turnSelector, (t) => {
      const id = this.ctx.calls.tryReadTurn(t)?.messageId;
      return id !== undefined && messages.has(id);
    });
  }
}
