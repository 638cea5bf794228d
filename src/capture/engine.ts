// The site-agnostic capture engine. It turns what happens on a chat page into raw events, using only the
// adapter's site facts. Cost model: a MutationObserver marks the turns that changed; a throttled tick reads only
// those turns (plus the one still streaming), so work per streamed chunk does not grow with conversation length.
import {
  type CaptureEvent,
  EVENT_SCHEMA_VERSION,
  type EventKind,
  type EventOf,
  messageEventId,
  randomEventId,
} from '../core/events';
import type { ClickAction, PageMessage, Role, SiteAdapter, TurnInfo } from './sites/types';
import { extractText, locate } from './text';
import { type AlignCandidate, alignText, textDiff } from '../core/align';
import type { CodeBlock } from './sites/types';

/** Quiet time after streaming ends before an answer counts as finished (see docs/benchmarks.md, capture latency). */
const SETTLE_MS = 50;
const TICK_MS = 50;
const HEALTH_EVERY_MS = 1000;
/** Turns rendered this soon after load or a conversation switch were already there: origin `history`. */
const HISTORY_GRACE_MS = 1500;
const PENDING_CLICK_MS = 30_000;
/** After a branch switch, later turns re-render to follow the new branch for a moment. */
const FOLLOW_BRANCH_MS = 2000;
const MAX_WAITING = 500;
/** Message texts kept for copy spans: bounded so memory does not grow with very long sessions. */
const MAX_REMEMBERED = 300;
/** Answers and copies a paste is compared with: the most recent ones. */
const MAX_PASTE_CANDIDATES = 40;

export interface HealthReport {
  status: 'capturing' | 'paused' | 'degraded';
  missing: string[];
}

export interface EngineHost {
  adapter: SiteAdapter;
  doc: Document;
  emit(event: CaptureEvent): void;
  isPaused(): boolean;
  reportHealth(report: HealthReport): void;
  now?: () => number;
}

interface MessageState {
  role: Role;
  origin: 'live' | 'history';
  emitted: boolean;
  streamStart?: number;
  lastSize: number;
  lastChange: number;
  stopped: boolean;
  finishedAt?: number;
  text?: string;
  codeBlocks?: CodeBlock[];
  /** The answer as last read after streaming ended, for when it leaves the page before it settles. */
  snapshot?: { text: string; codeBlocks: CodeBlock[]; info: TurnInfo; parentId?: string };
}

type Pending = { kind: 'regenerate' | 'nav' | 'edit'; turn: Element; fromId: string; promptId?: string; oldText?: string; at: number };

type Body<K extends EventKind> = Omit<EventOf<K>, 'id' | 'v' | 'kind' | 'site' | 'conversationId' | 'ts' | 'origin' | 'url'> & {
  origin?: 'live' | 'history';
};

export class CaptureEngine {
  private readonly adapter: SiteAdapter;
  private readonly doc: Document;
  private readonly now: () => number;
  private conversationId: string | null = null;
  private historyUntil: number;
  private readonly dirty = new Set<Element>();
  private readonly active = new Set<Element>();
  private slots = new WeakMap<Element, string>();
  private messages = new Map<string, MessageState>();
  private pending: Pending | null = null;
  private followUntil = -Infinity;
  /** Events seen before the site gave the new chat an id. */
  private waiting: { kind: EventKind; body: Record<string, unknown>; ts: string; origin: 'live' | 'history' }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastHealthAt = -Infinity;
  private lastHealth = '';
  private observer: MutationObserver | null = null;
  private copies: { eventId: string; messageId: string; text: string }[] = [];

  constructor(private readonly host: EngineHost) {
    this.adapter = host.adapter;
    this.doc = host.doc;
    this.now = host.now ?? (() => Date.now());
    this.historyUntil = this.now() + HISTORY_GRACE_MS;
  }

  start(): void {
    const win = this.doc.defaultView!;
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    const attributeFilter = [...new Set(['data-message-id', 'class', 'aria-label', 'data-testid', 'data-is-streaming', ...(this.adapter.observedAttributes ?? [])])];
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter });
    this.doc.addEventListener('click', this.onClick, true);
    this.doc.addEventListener('copy', this.onCopy, true);
    this.doc.addEventListener('paste', this.onPaste, true);
    this.checkConversation();
    // A new chat (no conversation id yet) has no history to render: whatever appears is the user's, live.
    if (this.conversationId === null) this.historyUntil = this.now();
    for (const turn of this.doc.querySelectorAll(this.adapter.turnSelector)) this.dirty.add(turn);
    this.schedule(0);
  }

  stop(): void {
    this.observer?.disconnect();
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('copy', this.onCopy, true);
    this.doc.removeEventListener('paste', this.onPaste, true);
    if (this.timer) clearTimeout(this.timer);
  }

  private onMutations(records: MutationRecord[]): void {
    const sel = this.adapter.turnSelector;
    for (const r of records) {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      const turn = el?.closest(sel);
      if (turn) this.dirty.add(turn);
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        const added = node as Element;
        if (added.matches(sel)) this.dirty.add(added);
        else if (!turn && added.firstElementChild) for (const t of added.querySelectorAll(sel)) this.dirty.add(t);
      }
    }
    this.schedule(TICK_MS);
  }

  /**
   * Brings state up to date before a user action is interpreted: a click can follow the last DOM change by less
   * than a tick (fast users, keyboard shortcuts), and the state it acts on must be the one the user saw.
   */
  private syncNow(): void {
    const records = this.observer?.takeRecords() ?? [];
    if (records.length) this.onMutations(records);
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.tick();
  }

  private schedule(delay: number): void {
    if (this.timer === null) this.timer = setTimeout(() => this.tick(), delay);
  }

  private tick(): void {
    this.timer = null;
    this.checkConversation();
    const turns = new Set([...this.dirty, ...this.active]);
    this.dirty.clear();
    this.active.clear();
    for (const turn of turns) if (turn.isConnected) this.processTurn(turn);
    this.flushWaiting();
    this.checkHealth();
    if (this.active.size || this.dirty.size) this.schedule(TICK_MS);
  }

  private checkConversation(): void {
    const id = this.adapter.conversationId(new URL(this.doc.location.href));
    if (id === this.conversationId) return;
    const wasNewChat = this.conversationId === null;
    this.conversationId = id;
    this.lastHealthAt = -Infinity; // a new page of the site: check its landmarks now
    if (wasNewChat) return; // the site just named the chat we are in: same turns, keep state
    // Another conversation: its turns were already written, whatever element React reuses for them.
    this.slots = new WeakMap();
    this.messages = new Map();
    this.pending = null;
    this.waiting = [];
    this.copies = [];
    this.historyUntil = this.now() + HISTORY_GRACE_MS;
    for (const turn of this.doc.querySelectorAll(this.adapter.turnSelector)) this.dirty.add(turn);
  }

  /** `force`: the user acted on this turn, so a finished answer is recorded now rather than after settling. */
  private processTurn(turn: Element, force = false): void {
    const info = this.adapter.readTurn(turn);
    if (!info) return;
    const now = this.now();
    const previous = this.slots.get(turn);
    const known = this.messages.has(info.messageId);
    if (previous !== undefined && previous !== info.messageId) {
      this.finishFromSnapshot(previous);
      this.onVariantShown(turn, previous, info, known);
    }
    this.slots.set(turn, info.messageId);

    let msg = this.messages.get(info.messageId);
    if (!msg) {
      // Live: it arrived as the newest turn after the page settled (a just-sent prompt, a new answer). Rows that a
      // virtualised list mounts on scroll, or a conversation rendered on load, are history.
      msg = { role: info.role, origin: now >= this.historyUntil && this.isNewestTurn(turn) ? 'live' : 'history', emitted: false, lastSize: -1, lastChange: now, stopped: false };
      this.messages.set(info.messageId, msg);
      if (info.role === 'assistant' && this.pending?.kind === 'regenerate' && !known && this.pending.fromId !== info.messageId) {
        this.emitRegenerate(info.messageId);
      }
      this.forgetOldTexts();
    }
    if (msg.emitted) return;

    if (info.role === 'user') {
      const { text } = this.read(info);
      if (!text) return;
      msg.emitted = true;
      msg.text = text;
      const parentId = this.previousMessageId(turn);
      this.push('prompt', { messageId: info.messageId, text, ...(parentId ? { parentId } : {}), origin: msg.origin });
      const answer = parentId ? this.messages.get(parentId) : undefined;
      if (msg.origin === 'live' && parentId && answer?.finishedAt !== undefined && answer.origin === 'live') {
        this.push('followup', { messageId: info.messageId, afterMessageId: parentId, delayMs: Math.max(0, now - answer.finishedAt) });
      }
      return;
    }

    if (this.adapter.isStreaming(turn, this.doc)) {
      msg.streamStart ??= now;
      msg.origin = 'live'; // seen being generated
      this.active.add(turn);
      return;
    }
    const size = info.content.textContent?.length ?? 0;
    if (size !== msg.lastSize) {
      msg.lastSize = size;
      msg.lastChange = now;
      msg.snapshot = { ...this.read(info), info, ...this.parentOf(turn) };
      this.active.add(turn);
      return;
    }
    if (now - msg.lastChange < SETTLE_MS && !force) {
      this.active.add(turn);
      return;
    }
    const { text, codeBlocks } = this.read(info);
    this.emitResponse(info, msg, text, codeBlocks, this.previousMessageId(turn));
  }

  private parentOf(turn: Element): { parentId?: string } {
    const parentId = this.previousMessageId(turn);
    return parentId ? { parentId } : {};
  }

  /** An answer that left the page (variant switched, row recycled) before it settled: record what was read. */
  private finishFromSnapshot(messageId: string): void {
    const msg = this.messages.get(messageId);
    if (!msg || msg.emitted || msg.role !== 'assistant' || !msg.snapshot) return;
    const { text, codeBlocks, info, parentId } = msg.snapshot;
    this.emitResponse(info, msg, text, codeBlocks, parentId);
  }

  private emitResponse(info: TurnInfo, msg: MessageState, text: string, codeBlocks: CodeBlock[], parentId: string | undefined): void {
    if (!text && !msg.stopped) return;
    const now = this.now();
    msg.emitted = true;
    msg.text = text;
    msg.codeBlocks = codeBlocks;
    msg.finishedAt = now;
    delete msg.snapshot;
    this.push('response', {
      messageId: info.messageId,
      ...(parentId ? { parentId } : {}),
      text,
      codeBlocks,
      ...(info.model ? { model: info.model } : {}),
      ...(info.variantIndex ? { variantIndex: info.variantIndex } : {}),
      ...(info.variantCount ? { variantCount: info.variantCount } : {}),
      ...(msg.streamStart !== undefined ? { durationMs: Math.max(0, msg.lastChange - msg.streamStart) } : {}),
      complete: msg.stopped ? 'stopped' : msg.streamStart !== undefined ? 'finished' : 'unknown',
      origin: msg.origin,
    });
  }

  /**
   * The conversation as the site's own data describes it (every branch, turns the DOM never rendered). Messages
   * become prompt/response events with the same ids the DOM path uses, so each is stored once however it is seen.
   */
  onPageData(url: URL, body: unknown): void {
    const reader = this.adapter.pageWorld;
    if (!reader || this.host.isPaused()) return;
    let data: { conversationId: string; messages: PageMessage[] } | null;
    try {
      data = reader.read(url, body);
    } catch {
      return;
    }
    if (!data) return;
    this.checkConversation();
    const current = data.conversationId === this.conversationId;
    const ts = new Date(this.now()).toISOString();
    for (const m of data.messages) {
      if (current) {
        const known = this.messages.get(m.messageId);
        if (known?.emitted) continue;
        this.messages.set(m.messageId, { role: m.role, origin: 'history', emitted: true, lastSize: -1, lastChange: 0, stopped: false, text: m.text });
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
      this.host.emit(this.build(m.role === 'user' ? 'prompt' : 'response', body, ts, 'history', data.conversationId));
    }
    this.forgetOldTexts();
  }

  /**
   * A turn element now shows a different message. It is a branch switch when the user clicked a variant arrow on
   * that turn, or (keyboard, unseen controls) when it shows a known message with a variant counter. Turns after a
   * switched one follow the new branch: their changes in the next moments are consequences, not switches.
   */
  private onVariantShown(turn: Element, fromId: string, info: TurnInfo, known: boolean): void {
    const now = this.now();
    const pending = this.pending && now - this.pending.at < PENDING_CLICK_MS ? this.pending : null;
    if (pending?.kind === 'regenerate' && info.role === 'assistant' && !known) return; // handled when first seen
    if (pending?.kind === 'edit' && pending.turn === turn && info.role === 'user' && !known) {
      this.pending = null;
      const oldText = pending.oldText ?? this.messages.get(fromId)?.text ?? '';
      const newText = this.read(info).text;
      this.push('edit_prompt', { oldMessageId: fromId, newMessageId: info.messageId, oldText, newText, diff: textDiff(oldText, newText) });
      return;
    }
    const clicked = pending?.kind === 'nav' && pending.turn === turn;
    const unsolicited = !pending && known && (info.variantCount ?? 1) > 1 && now >= this.followUntil;
    if (!clicked && !unsolicited) return;
    if (clicked) this.pending = null;
    this.followUntil = now + FOLLOW_BRANCH_MS;
    this.push('branch_switch', {
      role: info.role,
      fromMessageId: fromId,
      toMessageId: info.messageId,
      ...(info.variantIndex ? { variantIndex: info.variantIndex } : {}),
      ...(info.variantCount ? { variantCount: info.variantCount } : {}),
    });
  }

  private emitRegenerate(newId: string): void {
    const p = this.pending!;
    this.pending = null;
    this.push('regenerate', {
      oldResponseId: p.fromId,
      newResponseId: newId,
      ...(p.promptId ? { promptMessageId: p.promptId } : {}),
    });
  }

  private onClick = (e: Event): void => {
    const target = e.target;
    if (!(target instanceof this.doc.defaultView!.Element)) return;
    let action: ClickAction | null;
    try {
      action = this.adapter.classifyClick(target);
    } catch {
      return;
    }
    if (!action) return;
    this.syncNow();
    if ('turn' in action && action.turn.isConnected) this.processTurn(action.turn, true);
    this.handleAction(action);
    this.schedule(TICK_MS);
  };

  private handleAction(action: ClickAction): void {
    if (action.action === 'stop') {
      for (const [id, msg] of this.messages) {
        if (msg.role !== 'assistant' || msg.emitted || msg.streamStart === undefined) continue;
        msg.stopped = true;
        const turn = this.turnShowing(id);
        const info = turn && this.adapter.readTurn(turn);
        this.push('stop', { messageId: id, partialText: info ? this.read(info).text : '' });
      }
      return;
    }
    const info = this.adapter.readTurn(action.turn);
    if (!info) return;
    switch (action.action) {
      case 'copy-message': {
        const text = this.textOf(info);
        this.rememberCopy(info.messageId, text);
        this.push('copy', { messageId: info.messageId, via: 'button', text, start: 0, end: text.length, share: text ? 1 : 0 });
        return;
      }
      case 'copy-code': {
        const block = this.adapter.readCodeBlock(action.block);
        const blocks = [...info.content.querySelectorAll(this.adapter.codeBlockSelector)];
        const index = blocks.indexOf(action.block);
        this.pushCopy(info, block.code, 'code-button', index >= 0 ? index : undefined);
        return;
      }
      case 'feedback':
        this.push('feedback', { messageId: info.messageId, rating: action.rating });
        return;
      case 'regenerate':
        this.pending = { kind: 'regenerate', turn: action.turn, fromId: info.messageId, at: this.now(), ...this.promptOf(action.turn) };
        return;
      case 'variant-nav':
        this.pending = { kind: 'nav', turn: action.turn, fromId: info.messageId, at: this.now() };
        return;
      case 'edit-prompt':
        this.pending = { kind: 'edit', turn: action.turn, fromId: info.messageId, oldText: this.textOf(info), at: this.now() };
        return;
    }
  }

  private promptOf(turn: Element): { promptId?: string } {
    const id = this.previousMessageId(turn);
    return id ? { promptId: id } : {};
  }

  private onCopy = (): void => {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const anchor = range.commonAncestorContainer;
    const el = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
    const turn = el?.closest(this.adapter.turnSelector);
    if (!turn) return;
    const info = this.adapter.readTurn(turn);
    if (!info || !info.content.contains(anchor)) return;
    const copied = selection.toString();
    if (!copied.trim()) return;
    const block = el?.closest(this.adapter.codeBlockSelector);
    const blocks = block ? [...info.content.querySelectorAll(this.adapter.codeBlockSelector)] : [];
    const index = block ? blocks.indexOf(block) : -1;
    this.syncNow();
    this.pushCopy(info, copied, 'selection', index >= 0 ? index : undefined);
  };

  private pushCopy(info: TurnInfo, copied: string, via: 'code-button' | 'selection', codeBlockIndex?: number): void {
    const text = this.textOf(info);
    const span = locate(text, copied) ?? { start: 0, end: 0 };
    this.rememberCopy(info.messageId, copied);
    this.push('copy', {
      messageId: info.messageId,
      via,
      text: copied,
      start: span.start,
      end: span.end,
      share: text.length ? Math.min(1, copied.trim().length / text.length) : 0,
      ...(codeBlockIndex !== undefined ? { codeBlockIndex } : {}),
    });
  }

  /** The copy event's id is fixed now (see `push`), so a later paste can point at it. */
  private rememberCopy(messageId: string, text: string): void {
    this.copies.push({ eventId: '', messageId, text });
    if (this.copies.length > MAX_PASTE_CANDIDATES) this.copies.shift();
  }

  private onPaste = (e: Event): void => {
    const selector = this.adapter.composerSelector ?? this.adapter.landmarks.find((l) => l.name === 'composer')?.selector;
    const target = e.target as Node | null;
    const el = target && (target.nodeType === 1 ? (target as Element) : target.parentElement);
    if (!selector || !el?.closest(selector)) return;
    const pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    if (!pasted.trim()) return;
    this.syncNow();
    const candidates: AlignCandidate[] = this.copies.map((c) => ({ messageId: c.messageId, via: 'copy' as const, ...(c.eventId ? { copyEventId: c.eventId } : {}), text: c.text }));
    const answers = [...this.messages].filter(([, m]) => m.role === 'assistant' && m.text).slice(-MAX_PASTE_CANDIDATES);
    for (const [messageId, m] of answers) {
      candidates.push({ messageId, via: 'answer', text: m.text! });
      for (const block of m.codeBlocks ?? []) candidates.push({ messageId, via: 'answer', text: block.code });
    }
    this.push('paste', { text: pasted, matches: alignText(pasted, candidates) });
  };

  private textOf(info: TurnInfo): string {
    return this.messages.get(info.messageId)?.text ?? this.read(info).text;
  }

  private read(info: TurnInfo) {
    return extractText(info.content, this.adapter.codeBlockSelector, (b) => this.adapter.readCodeBlock(b));
  }

  private previousMessageId(turn: Element): string | undefined {
    // Walk siblings first (cheap, the common layout); fall back to document order for nested layouts.
    for (let s = turn.previousElementSibling, i = 0; s && i < 20; s = s.previousElementSibling, i++) {
      if (s.matches(this.adapter.turnSelector)) return this.adapter.readTurn(s)?.messageId;
    }
    let prev: Element | undefined;
    for (const t of this.doc.querySelectorAll(this.adapter.turnSelector)) {
      if (t === turn) break;
      prev = t;
    }
    return prev ? this.adapter.readTurn(prev)?.messageId : undefined;
  }

  /**
   * Only messages not seen before follow this turn (a just-sent prompt may already be followed by its answer's
   * placeholder). A row a virtualised list mounts above known messages is not new. Sibling walk first; document
   * order for nested layouts.
   */
  private isNewestTurn(turn: Element): boolean {
    const sel = this.adapter.turnSelector;
    const known = (t: Element) => {
      const id = this.adapter.readTurn(t)?.messageId;
      return id !== undefined && this.messages.has(id);
    };
    let sawSibling = false;
    for (let s = turn.nextElementSibling, i = 0; s && i < 50; s = s.nextElementSibling, i++) {
      if (!s.matches(sel)) continue;
      sawSibling = true;
      if (known(s)) return false;
    }
    if (sawSibling || !turn.parentElement) return true;
    const all = [...this.doc.querySelectorAll(sel)];
    return all.slice(all.indexOf(turn) + 1).every((t) => !known(t));
  }

  private turnShowing(messageId: string): Element | null {
    for (const turn of this.doc.querySelectorAll(this.adapter.turnSelector)) {
      if (this.slots.get(turn) === messageId) return turn;
    }
    return null;
  }

  private forgetOldTexts(): void {
    if (this.messages.size <= MAX_REMEMBERED * 2) return;
    let drop = this.messages.size - MAX_REMEMBERED;
    for (const [, msg] of this.messages) {
      if (drop-- <= 0) break;
      delete msg.text;
    }
  }

  private push<K extends EventKind>(kind: K, body: Body<K>): void {
    if (this.host.isPaused()) return;
    const { origin = 'live', ...rest } = body as Body<K> & { origin?: 'live' | 'history' };
    const ts = new Date(this.now()).toISOString();
    if (this.conversationId === null) {
      if (this.waiting.length < MAX_WAITING) this.waiting.push({ kind, body: rest, ts, origin });
      return;
    }
    const event = this.build(kind, rest, ts, origin, this.conversationId);
    if (kind === 'copy') {
      const last = this.copies[this.copies.length - 1];
      if (last && !last.eventId) last.eventId = event.id;
    }
    this.host.emit(event);
  }

  private flushWaiting(): void {
    if (this.conversationId === null || this.waiting.length === 0) return;
    for (const w of this.waiting.splice(0)) this.host.emit(this.build(w.kind, w.body, w.ts, w.origin, this.conversationId));
  }

  private build(kind: EventKind, body: Record<string, unknown>, ts: string, origin: 'live' | 'history', conversationId: string): CaptureEvent {
    const site = this.adapter.id;
    const messageId = body.messageId as string | undefined;
    const id = (kind === 'prompt' || kind === 'response') && messageId ? messageEventId(kind, site, conversationId, messageId) : randomEventId(kind);
    return { id, v: EVENT_SCHEMA_VERSION, kind, site, conversationId, ts, origin, url: this.doc.location.pathname.slice(0, 2048), ...body } as CaptureEvent;
  }

  private checkHealth(): void {
    const now = this.now();
    if (now - this.lastHealthAt < HEALTH_EVERY_MS) return;
    this.lastHealthAt = now;
    this.reportHealthNow();
  }

  reportHealthNow(): void {
    const missing: string[] = [];
    const inConversation = this.conversationId !== null;
    for (const landmark of this.adapter.landmarks) {
      if (landmark.when === 'in-conversation' && !inConversation) continue;
      if (!this.doc.querySelector(landmark.selector)) missing.push(landmark.name);
    }
    if (inConversation) {
      const turns = this.doc.querySelectorAll(this.adapter.turnSelector);
      const last = turns[turns.length - 1];
      if (last && !this.adapter.readTurn(last) && !missing.includes('message ids')) missing.push('readable turns');
    }
    const status = this.host.isPaused() ? 'paused' : missing.length ? 'degraded' : 'capturing';
    const key = status + missing.join(',');
    if (key === this.lastHealth) return;
    this.lastHealth = key;
    this.host.reportHealth({ status, missing });
  }
}
