// Every call into the site adapter (and the engine's own reading of a turn's text) goes through here. A site's
// markup can change under an adapter in ways it never expected; one throwing call must cost only the turn it was
// reading, never the rest of the tick or the health check, and never silently: each failure is counted by call
// name and shown in health as degraded ("readTurn failed (3×)").
import { extractText, type ExtractedText } from '../text';
import type { ClickAction, CodeBlock, PageConversation, SiteAdapter, TurnInfo } from '../sites/types';

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

  constructor(private readonly ctx: AdapterCallsContext) {}

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
    return this.guard('readTurn', () => this.ctx.adapter.readTurn(turn, this.ctx.adapterState()));
  }

  /** For neighbours of the turn being processed: an unreadable neighbour must not cost this turn. */
  tryReadTurn(turn: Element): TurnInfo | null {
    return this.orElse('readTurn', () => this.ctx.adapter.readTurn(turn, this.ctx.adapterState()), null);
  }

  /** For the health probe: not counted (it repeats every few seconds on an idle page). */
  probeTurn(turn: Element): TurnInfo | null | 'failed' {
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
    return this.guard('extractText', () => extractText(info.content, this.ctx.adapter.codeBlockSelector, (b) => this.readCodeBlock(b)));
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
