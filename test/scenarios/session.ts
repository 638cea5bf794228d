// A tiny script language for refinement sessions: each call is one thing a user or the site did, and the clock
// moves like a real session (answers take seconds to stream, users take time to read). Every event is validated
// against the capture schema, so scenarios cannot drift from the real event model. Pastes are aligned with the
// session's answers, code blocks and copies by the capture engine's own aligner (src/core/align.ts), so a paste
// resembles every answer it would resemble in the browser, not only the one the script meant.
import { diffChars } from 'diff';
import { alignText, type AlignCandidate } from '../../src/core/align';
import { captureEventSchema, messageEventId, type CaptureEvent, type DiffOp } from '../../src/core/events';
import type { AnswerLabelKind } from '../../src/core/labeller/types';

export interface ScenarioMeta {
  /** Where the user's phrasing comes from (a public conversation, issue or post), one entry per source. */
  source?: string[];
  /** Main language of the user's words (ISO 639-1). */
  lang?: string;
  /** The family of behaviour the session exercises (for stratified splits and per-family reading of results). */
  family?: string;
}

export interface Scenario extends ScenarioMeta {
  name: string;
  /** What the user did and why the hand labels are what they are. */
  story: string;
  site: string;
  events: CaptureEvent[];
  /** Hand label for every answer in the session. */
  labels: Record<string, AnswerLabelKind>;
  /** Hand preference pairs [chosen, rejected]; `edit(a1)` is the user's pasted-back edit of a1. */
  pairs: [string, string][];
  /** The user's pasted-back edit per answer (for `edit(a1)` targets). */
  edits: Record<string, string>;
}

type Via = 'button' | 'code-button' | 'selection';

export class Session {
  readonly events: CaptureEvent[] = [];
  private clock = Date.parse('2026-11-20T09:00:00.000Z');
  private counter = 0;
  private shown: string | undefined;
  private currentPrompt: string | undefined;
  private readonly texts = new Map<string, { text: string; ts: number; parent?: string; code: string[] }>();
  private readonly copies: { id: string; messageId: string; text: string }[] = [];
  /** Set inside `history()`: messages loaded with the page, not seen live. */
  private loading: CaptureEvent[] | null = null;
  /** The user's pasted-back edits, by answer (for `edit(a1)` SFT targets). */
  readonly edits: Record<string, string> = {};
  conversationId: string;

  constructor(
    conversationId: string,
    readonly site = 'chatgpt',
    readonly model = 'gpt-test',
  ) {
    this.conversationId = conversationId;
  }

  /**
   * Messages that were already on the page when it loaded (origin `history`), as the engine records them: all
   * stamped with the load time, the site's own time in `createdAt`, and no follow-up events (nobody saw the reply
   * being sent). Later calls are live again.
   */
  history(script: () => void): this {
    const start = this.events.length;
    this.loading = this.events;
    try {
      script();
    } finally {
      this.loading = null;
    }
    const loadedAt = new Date(this.clock + 2000).toISOString();
    for (let i = start; i < this.events.length; i++) {
      const e = this.events[i]!;
      this.events[i] = captureEventSchema.parse({ ...e, origin: 'history', createdAt: e.ts, ts: loadedAt });
    }
    this.clock += 2000;
    return this;
  }

  /** The user opens a new chat on the same site: later messages belong to a new conversation. */
  newChat(conversationId: string): this {
    this.conversationId = conversationId;
    this.shown = undefined;
    this.currentPrompt = undefined;
    this.wait(3);
    return this;
  }

  wait(seconds: number): this {
    this.clock += seconds * 1000;
    return this;
  }

  user(text: string, opts: { id?: string; after?: string | null } = {}): string {
    const id = opts.id ?? this.next('p');
    const parent = opts.after === null ? undefined : (opts.after ?? this.shown);
    this.wait(4);
    this.push({ kind: 'prompt', id: messageEventId('prompt', this.site, this.conversationId, id), messageId: id, ...(parent ? { parentId: parent } : {}), text });
    if (parent && this.texts.has(parent) && !this.loading) {
      const delayMs = this.clock - this.texts.get(parent)!.ts;
      this.push({ kind: 'followup', id: `followup:${id}`, messageId: id, afterMessageId: parent, delayMs });
    }
    this.texts.set(id, { text, ts: this.clock, ...(parent ? { parent } : {}), code: [] });
    this.currentPrompt = id;
    this.shown = id;
    return id;
  }

  answer(text: string, opts: { id?: string; stopped?: boolean; interrupted?: boolean; seconds?: number } = {}): string {
    const id = opts.id ?? this.next('a');
    const prompt = this.currentPrompt;
    const code = [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ language: m[1] || undefined, code: m[2]! }));
    const siblings = [...this.texts.entries()].filter(([k, v]) => v.parent === prompt && k.startsWith('a')).length;
    this.wait(opts.seconds ?? 8);
    if (opts.stopped) this.push({ kind: 'stop', id: `stop:${id}`, messageId: id, partialText: text });
    this.push({
      kind: 'response',
      id: messageEventId('response', this.site, this.conversationId, id),
      messageId: id,
      ...(prompt ? { parentId: prompt } : {}),
      text,
      codeBlocks: code.map((c) => (c.language ? c : { code: c.code })),
      model: this.model,
      variantIndex: siblings + 1,
      variantCount: siblings + 1,
      durationMs: (opts.seconds ?? 8) * 1000,
      complete: opts.stopped ? 'stopped' : opts.interrupted ? 'interrupted' : 'finished',
    });
    this.texts.set(id, { text, ts: this.clock, ...(prompt ? { parent: prompt } : {}), code: code.map((c) => c.code) });
    this.shown = id;
    return id;
  }

  /** Ask for another answer to the prompt of the answer on screen. */
  regenerate(text: string, opts: { id?: string } = {}): string {
    const old = this.shown!;
    const id = opts.id ?? this.next('a');
    this.currentPrompt = this.texts.get(old)?.parent;
    this.wait(2);
    this.push({ kind: 'regenerate', id: `regenerate:${id}`, ...(this.currentPrompt ? { promptMessageId: this.currentPrompt } : {}), oldResponseId: old, newResponseId: id });
    return this.answer(text, { id });
  }

  switchTo(messageId: string): this {
    const role = this.texts.get(messageId)?.parent && messageId.startsWith('a') ? 'assistant' : 'user';
    this.wait(3);
    const from = role === 'assistant' ? this.shown : this.currentPrompt;
    this.push({ kind: 'branch_switch', id: `branch_switch:${this.next('b')}`, role, ...(from ? { fromMessageId: from } : {}), toMessageId: messageId });
    this.shown = messageId;
    this.currentPrompt = role === 'assistant' ? this.texts.get(messageId)?.parent : messageId;
    return this;
  }

  editPrompt(promptId: string, newText: string, opts: { id?: string } = {}): string {
    const old = this.texts.get(promptId)!;
    const id = opts.id ?? this.next('p');
    this.wait(10);
    this.push({ kind: 'edit_prompt', id: `edit_prompt:${id}`, oldMessageId: promptId, newMessageId: id, oldText: old.text, newText, diff: diffOps(old.text, newText) });
    this.shown = old.parent;
    return this.user(newText, { id, after: old.parent ?? null });
  }

  copy(answerId: string, opts: { via?: Via; codeBlock?: number; text?: string } = {}): string {
    const answer = this.texts.get(answerId)!;
    // A given text is a selection (inside the block when one is named), as the engine records it.
    const via: Via = opts.via ?? (opts.text !== undefined ? 'selection' : opts.codeBlock !== undefined ? 'code-button' : 'button');
    const text = opts.text ?? (opts.codeBlock !== undefined ? answer.code[opts.codeBlock]! : answer.text);
    const start = Math.max(0, answer.text.indexOf(text));
    const id = `copy:${this.next('c')}`;
    this.wait(5);
    this.push({
      kind: 'copy', id, messageId: answerId, via, text, start, end: start + text.length,
      // As the engine measures it: the trimmed copy over the whole message, even for a selection in a code block.
      share: Math.min(1, text.trim().length / Math.max(1, answer.text.length)),
      ...(opts.codeBlock !== undefined ? { codeBlockIndex: opts.codeBlock } : {}),
    });
    this.copies.push({ id, messageId: answerId, text });
    return id;
  }

  /**
   * Paste into the composer text that came from an answer (or a copy of it), possibly edited. `from` says what the
   * script means; the recorded matches are what the engine's aligner finds among every answer, code block and copy.
   */
  pasteBack(edited: string, from: { answer: string; copy?: string }): this {
    if (!this.texts.has(from.answer)) throw new Error(`pasteBack: unknown answer ${from.answer}`);
    if (from.copy && !this.copies.some((c) => c.id === from.copy)) throw new Error(`pasteBack: unknown copy ${from.copy}`);
    this.edits[from.answer] = edited;
    this.wait(30);
    this.pushPaste(edited);
    return this;
  }

  /** Paste of text the user brings from elsewhere (an error log, their own code); aligned like any paste. */
  paste(text: string): this {
    this.wait(5);
    this.pushPaste(text);
    return this;
  }

  private pushPaste(text: string): void {
    const candidates: AlignCandidate[] = this.copies.map((c) => ({ messageId: c.messageId, via: 'copy' as const, copyEventId: c.id, text: c.text }));
    for (const [messageId, m] of this.texts) {
      if (!messageId.startsWith('a') || this.isOtherConversation(messageId)) continue;
      candidates.push({ messageId, via: 'answer', text: m.text });
      for (const code of m.code) candidates.push({ messageId, via: 'answer', text: code });
    }
    this.push({ kind: 'paste', id: `paste:${this.next('v')}`, text, matches: alignText(text, candidates) });
  }

  private isOtherConversation(messageId: string): boolean {
    const e = this.events.find((x) => x.kind === 'response' && x.messageId === messageId);
    return !!e && e.conversationId !== this.conversationId;
  }

  thumbs(answerId: string, rating: 'up' | 'down', comment?: string): this {
    this.wait(3);
    this.push({ kind: 'feedback', id: `feedback:${this.next('f')}`, messageId: answerId, rating, ...(comment ? { comment } : {}) });
    return this;
  }

  private next(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  private push(fields: Record<string, unknown>): void {
    const event = captureEventSchema.parse({
      v: 1, site: this.site, conversationId: this.conversationId, ts: new Date(this.clock).toISOString(), origin: 'live', ...fields,
    });
    this.events.push(event);
  }
}

export function diffOps(from: string, to: string): DiffOp[] {
  return diffChars(from, to).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

export type Script = (s: Session) => { labels: Record<string, AnswerLabelKind>; pairs?: [string, string][] };

export function scenario(
  name: string,
  story: string,
  script: Script,
  meta: ScenarioMeta & { site?: string; model?: string } = {},
): Scenario {
  const { site = 'chatgpt', model = 'gpt-test', ...rest } = meta;
  const s = new Session(name.replace(/[^\w-]+/g, '-').slice(0, 200), site, model);
  const { labels, pairs = [] } = script(s);
  return { name, story, site, events: s.events, labels, pairs, edits: { ...s.edits }, ...rest };
}
