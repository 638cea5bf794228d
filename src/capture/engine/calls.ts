// Every call into the site adapter (and the engine's own reading of a turn's text) goes through here. A site's
// markup can change under an adapter in ways it never expected; one throwing call must cost only the turn it was
// reading, never the rest of the tick or the health check, and never silently: each failure is counted by call
// name and shown in health as degraded ("readTurn failed (3×)").
import type { Artifact, Attachment } from '../../core/events';
import { cleanLanguage } from '../sites/kit';
import { outermost, readAttachmentChip } from '../sites/kit-parts';
import { cardsBeside } from './beside';
import { extractText, type ExtractedText } from '../text';
import type { ClickAction, CodeBlock, PageConversation, SiteAdapter, TurnInfo } from '../sites/types';

/** What a message shows besides its text, each part read on its own (one that fails costs only itself). */
export interface MessageParts {
  reasoning?: string;
  attachments?: Attachment[];
  artifacts?: Artifact[];
}

const MAX_ATTACHMENTS = 100;
const MAX_ARTIFACTS = 50;

/** A guarded call threw; already counted. Thrown on so the per-turn catch skips just that turn. */
export class AdapterCallFailed extends Error {
  constructor(
    readonly call: string,
    cause: unknown,
  ) {
    super(`${call} failed`, { cause });
  }
}

/** Name under which an error no adapter call claimed is counted (the engine's own per-turn work). */
export const TURN_PROCESSING = 'processTurn';

export interface AdapterCallsContext {
  adapter: SiteAdapter;
  doc: Document;
  /** The adapter's state for the conversation on screen. */
  adapterState(): unknown;
  /** A failure was counted: health should look again soon. */
  onFailure(): void;
}

export class AdapterCalls {
  private readonly failures = new Map<string, number>();
  /** Parts of a turn read apart from its text (reasoning, chips, cards): never part of the text. */
  private readonly apart: string | undefined;
  /** Turns `readTurn` recognised since the health probe last ran (see `probeTurn`). */
  private readSinceProbe = new WeakSet<Element>();

  constructor(private readonly ctx: AdapterCallsContext) {
    const { reasoningSelector, attachments, artifacts } = ctx.adapter;
    this.apart = [reasoningSelector, attachments?.selector, artifacts?.selector].filter(Boolean).join(', ') || undefined;
  }

  /** Counts a failure of `call` (from here, or an error the per-turn catch got from elsewhere). */
  count(call: string): void {
    this.failures.set(call, (this.failures.get(call) ?? 0) + 1);
    this.ctx.onFailure();
  }

  /** The per-turn catch: an error not thrown by a guarded call is the engine's own, counted as such. */
  noteFailure(error: unknown): void {
    if (!(error instanceof AdapterCallFailed)) this.count(TURN_PROCESSING);
  }

  /** What failed since the conversation opened, for health. */
  failing(): string[] {
    return [...this.failures].map(([call, n]) => `${call} failed (${n}×)`);
  }

  /** Another conversation: what failed on the previous one no longer describes this page. */
  clearFailures(): void {
    this.failures.clear();
  }

  private guard<T>(call: string, run: () => T): T {
    try {
      return run();
    } catch (e) {
      this.count(call);
      throw new AdapterCallFailed(call, e);
    }
  }

  private orElse<T>(call: string, run: () => T, fallback: T): T {
    try {
      return run();
    } catch {
      this.count(call);
      return fallback;
    }
  }

  readTurn(turn: Element): TurnInfo | null {
    this.readSinceProbe.delete(turn); // a read that fails or finds nothing must not leave an earlier one standing
    const info = this.guard('readTurn', () => this.ctx.adapter.readTurn(turn, this.ctx.adapterState()));
    if (info) this.readSinceProbe.add(turn);
    return info;
  }

  /** For neighbours of the turn being processed: an unreadable neighbour must not cost this turn. */
  tryReadTurn(turn: Element): TurnInfo | null {
    return this.orElse('readTurn', () => this.ctx.adapter.readTurn(turn, this.ctx.adapterState()), null);
  }

  /**
   * For the health probe: not counted (it repeats every few seconds on an idle page). A turn the engine read since
   * the last probe is `read` without reading it again: while an answer streams the probe's turn is the streaming
   * one, which the streaming poll reads anyway.
   */
  probeTurn(turn: Element): TurnInfo | null | 'failed' | 'read' {
    const known = this.readSinceProbe.has(turn);
    this.readSinceProbe = new WeakSet();
    if (known) return 'read';
    try {
      return this.ctx.adapter.readTurn(turn, this.ctx.adapterState());
    } catch {
      return 'failed';
    }
  }

  isStreaming(turn: Element): boolean {
    return this.guard('isStreaming', () => this.ctx.adapter.isStreaming(turn, this.ctx.doc, this.ctx.adapterState()));
  }

  /** A code block the adapter cannot read keeps its text (language unknown) rather than costing the answer. */
  readCodeBlock(block: Element): CodeBlock {
    return this.orElse('readCodeBlock', () => this.ctx.adapter.readCodeBlock(block), { code: block.textContent ?? '' });
  }

  /** The engine's own reading of a turn's text, with the adapter's code blocks. */
  readText(info: TurnInfo): ExtractedText {
    return this.guard('extractText', () => this.textOf(info.content, { skip: this.apart }));
  }

  private textOf(el: Element, options: Parameters<typeof extractText>[3]): ExtractedText {
    return extractText(el, this.ctx.adapter.codeBlockSelector, (b) => this.readCodeBlock(b), options);
  }

  /** Reasoning of an answer, attachments of a prompt, artifacts of an answer, as far as the page shows them. */
  readParts(info: TurnInfo, turn: Element): MessageParts {
    const { reasoningSelector, attachments, artifacts } = this.ctx.adapter;
    const parts: MessageParts = {};
    if (info.role === 'assistant' && reasoningSelector) {
      const reasoning = this.orElse(
        'readReasoning',
        () => outermost(turn, reasoningSelector).map((el) => this.textOf(el, { keepCollapsed: true }).text).filter(Boolean).join('\n\n'),
        '',
      );
      if (reasoning) parts.reasoning = reasoning;
    }
    if (info.role === 'user' && attachments) {
      const read = (chip: Element) => (attachments.read ? attachments.read(chip) : readAttachmentChip(chip));
      const found = this.orElse('readAttachment', () => outermost(turn, attachments.selector).map(read), []);
      const kept = found.filter((a): a is Attachment => !!a).slice(0, MAX_ATTACHMENTS);
      if (kept.length) parts.attachments = kept;
    }
    if (info.role === 'assistant' && artifacts) {
      const found = this.orElse('readArtifact', () => this.artifactCards(turn).map((c) => artifacts.read(c, this.ctx.doc)), []);
      const kept: Artifact[] = [];
      for (const part of found.slice(0, MAX_ARTIFACTS)) {
        if (!part) continue;
        const text = part.content ? this.orElse('readArtifact', () => this.textOf(part.content!, { keepCollapsed: true }).text, '') : '';
        const title = part.title?.replace(/\s+/g, ' ').trim().slice(0, 512);
        const language = cleanLanguage(part.language);
        kept.push({ kind: part.kind, ...(title ? { title } : {}), ...(language ? { language } : {}), text });
      }
      if (kept.length) parts.artifacts = kept;
    }
    return parts;
  }

  /** The artifact cards of the answer in `turn`: inside it, then those the page draws beside it. */
  private artifactCards(turn: Element): Element[] {
    const { selector, beside } = this.ctx.adapter.artifacts ?? {};
    const role = (t: Element) => this.tryReadTurn(t)?.role ?? null;
    return [
      ...(selector ? outermost(turn, selector) : []),
      ...(beside ? cardsBeside(turn, beside, this.ctx.adapter.turnSelector, role) : []),
    ];
  }

  /** What a click means; a click the adapter cannot classify means nothing to capture. */
  classifyClick(target: Element): ClickAction | null {
    return this.orElse('classifyClick', () => this.ctx.adapter.classifyClick(target, this.ctx.adapterState()), null);
  }

  /** The conversation id in the URL; `undefined` when the adapter failed (the engine then keeps the one it has). */
  conversationId(url: URL): string | null | undefined {
    return this.orElse<string | null | undefined>('conversationId', () => this.ctx.adapter.conversationId(url), undefined);
  }

  readPageData(url: URL, body: unknown): PageConversation | null {
    const reader = this.ctx.adapter.pageWorld;
    return reader ? this.orElse('pageWorld.read', () => reader.read(url, body), null) : null;
  }
}
