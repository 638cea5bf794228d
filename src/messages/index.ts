// Every message between extension contexts, declared once with its schema. Receivers parse with
// `requestSchema` and reject anything else; senders use the typed `send` helper.
import type { ConversationSummary, Counts } from '../core/counts';
import type { AcceptanceStats } from '../core/export/acceptance';
import type { CompletionAcceptanceStats } from '../core/export/completion-acceptance';
import { captureEventSchema } from '../core/events';
import { array, type Infer, literal, number, object, oneOf, optional, string, tagged, unknownJson } from '../core/schema';

export const siteHealthSchema = object({
  site: string({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/ }),
  status: oneOf(['capturing', 'paused', 'degraded'] as const),
  missing: array(string({ max: 200 }), { max: 20 }),
  /** Adapter calls that threw on this page, e.g. `readTurn failed (3×)`. */
  failing: optional(array(string({ max: 200 }), { max: 20 })),
  checkedAt: string({ max: 40 }),
});
export type SiteHealth = Infer<typeof siteHealthSchema>;

export const requestSchema = tagged('type', {
  /**
   * content script -> background: append events (idempotent by event id). Each event is validated on its own
   * (`captureEventSchema`), so one malformed event is refused without losing the valid ones beside it.
   */
  events: object({ type: literal('events'), events: array(unknownJson(), { min: 1, max: 500 }) }),
  /** content script -> background: the adapter's self-check for this tab. */
  health: object({ type: literal('health'), health: siteHealthSchema }),
  /** extension page -> background: counts and per-tab status for the popup. */
  status: object({ type: literal('status'), tabId: optional(number({ int: true, min: 0 })) }),
  /** extension page -> background: what the popup shows beside the counts, read from kept rows only. */
  summary: object({ type: literal('summary') }),
  /**
   * extension page -> background: inline-completion acceptance (asked only when the counts show suggestions),
   * from completion documents alone, however many chat answers the store holds.
   */
  completions: object({ type: literal('completions') }),
});
export type Request = Infer<typeof requestSchema>;

/**
 * content script -> background, over a `runtime.connect` port of this name: `events` messages exactly as above,
 * each answered in order with an AppendResult or ErrorResult. Used when the page hides or goes away: a port message
 * still reaches the worker after its page is gone.
 */
export const OUTBOX_PORT = 'echo-capture-outbox';
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

export interface AppendResult {
  ok: true;
  stored: number;
  duplicates: number;
  /** Events refused as malformed (never stored; resending them cannot help), counted per site for the popup. */
  rejected?: number;
  /** Events stored after an optional part that did not fit was trimmed or dropped. */
  repaired?: number;
}

/** Per site: events the worker repaired or refused at the boundary since `since` (see background/boundary.ts). */
export interface SiteBoundary {
  repaired: number;
  refused: number;
  since: string;
  /** The latest repair and refusal in the schema's words (a path and a problem; never captured text). */
  lastRepair?: string;
  lastRefusal?: string;
}
export type BoundaryCounts = Record<string, SiteBoundary>;

export { captureEventSchema };
export interface ErrorResult {
  ok: false;
  error: string;
  /** Quota or store failure: retrying later may succeed; a schema error never will. */
  retry: boolean;
}

export interface StatusResult {
  ok: true;
  counts: Counts;
  tab: { site: string | null; siteName: string | null; health: SiteHealth | null };
  paused: boolean;
  /** Set while the store refuses batches for lack of space (since when); nothing already stored is affected. */
  storageFull: { since: string } | null;
  /** Events repaired or refused at the boundary, per site. */
  boundary: BoundaryCounts;
}

/** The popup's lines beside the counts: newest conversations (user redactions applied) and the acceptance tally. */
export interface SummaryResult {
  ok: true;
  recent: ConversationSummary[];
  acceptance: AcceptanceStats;
}

export interface CompletionsResult {
  ok: true;
  stats: CompletionAcceptanceStats;
}

export interface ResponseMap {
  events: AppendResult | ErrorResult;
  health: { ok: true } | ErrorResult;
  status: StatusResult | ErrorResult;
  summary: SummaryResult | ErrorResult;
  completions: CompletionsResult | ErrorResult;
}

export type SendFn = (message: unknown) => Promise<unknown>;

export async function send<T extends Request['type']>(
  sendMessage: SendFn,
  message: RequestOf<T>,
): Promise<ResponseMap[T]> {
  return (await sendMessage(message)) as ResponseMap[T];
}

// Extension page -> one tab's content script (`tabs.sendMessage`, top frame only). Separate from `requestSchema`:
// the background never receives these, and a content script parses nothing else.

export const tabRequestSchema = tagged('type', {
  /** The page's structure with every word removed (src/capture/structure-report.ts), for a bug report. */
  'structure-report': object({ type: literal('structure-report'), site: string({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/ }) }),
});
export type TabRequest = Infer<typeof tabRequestSchema>;

const SKELETON_LINES = 4000;

/**
 * What the content script answers, parsed by the popup before anything is shown or saved. Built on call, so the
 * content scripts, which import this module but never parse a report, do not carry it (their size is budgeted).
 */
export const structureReportSchema = () =>
  object({
  site: string({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/ }),
  path: string({ max: 2000 }),
  landmarks: array(
    object({
      name: string({ max: 200 }),
      selector: string({ max: 2000 }),
      when: oneOf(['always', 'in-conversation'] as const),
      found: number({ int: true, min: -1 }),
    }),
    { max: 100 },
  ),
  skeleton: array(string({ max: 2000 }), { max: SKELETON_LINES }),
  truncated: number({ int: true, min: 0 }),
});
export type StructureReportMessage = Infer<ReturnType<typeof structureReportSchema>>;
