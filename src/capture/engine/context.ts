// What the engine's parts share: timing rules, the host the content script gives the engine, and the health
// report. Parts receive the few capabilities they need as a small context object (never the engine itself), so
// the folder has no import circles and each part can be tested alone.
import type { CaptureEvent } from '../../core/events';
import type { SiteAdapter } from '../sites/types';

/** Quiet time after streaming ends before an answer counts as finished (see docs/benchmarks.md, capture latency). */
export const SETTLE_MS = 50;
export const TICK_MS = 50;
/**
 * The first streaming poll of an answer still streaming when nothing else changed (it doubles from there, see
 * STREAM_POLL_MAX_MS). Slower than the tick: the answer is not recorded while it streams, and the site's own
 * end-of-stream signal (a stop button going outside the turn, a streaming flag's attribute inside it) brings the
 * next tick within TICK_MS; a user action reads it at once (sync).
 */
export const STREAM_POLL_MS = 100;
/**
 * The longest wait between two streaming polls: the poll doubles from STREAM_POLL_MS while nothing is observed to
 * change in any turn. It is the backstop for an end of stream no mutation record shows (a change inside the polled
 * turn other than its attributes) and bounds how late such an end is seen.
 */
export const STREAM_POLL_MAX_MS = 800;
/**
 * How often a streaming turn is read in full (its message id, variant readout and the rest) when the polls between
 * only ask whether it still streams (turns.ts, `stillStreaming`).
 */
export const STREAM_REREAD_MS = 500;
export const HEALTH_EVERY_MS = 1000;
/**
 * The content script re-checks health every few seconds for drift on a quiet page; a check within this long means
 * the page is not quiet (the tick checks it), so the re-check is skipped. Below the re-check's own period (3 s), so
 * on a quiet page each re-check still runs.
 */
export const HEALTH_RECHECK_QUIET_MS = 2500;
/** Turns rendered this soon after load or a conversation switch were already there: origin `history`. */
export const HISTORY_GRACE_MS = 1500;
/** The longest the history grace waits for a still-loading document's load event before counting down. */
export const LOAD_WAIT_MAX_MS = 15_000;
/** A click on regenerate, a variant arrow or edit explains the next change of that turn for this long. */
export const PENDING_CLICK_MS = 30_000;
/** After a branch switch, later turns re-render to follow the new branch for a moment. */
export const FOLLOW_BRANCH_MS = 2000;
/** Events held while a new chat has no id yet. */
export const MAX_WAITING = 500;
/** Message texts kept for copy spans: bounded so memory does not grow with very long sessions. */
export const MAX_REMEMBERED = 300;
/** Answers and copies a paste is compared with: the most recent ones. */
export const MAX_PASTE_CANDIDATES = 40;

export interface HealthReport {
  status: 'capturing' | 'paused' | 'degraded';
  /** Landmarks the page lacks. */
  missing: string[];
  /** Adapter (or engine) calls that threw, e.g. `readTurn failed (3×)`. */
  failing: string[];
}

/** What the content script gives the engine. */
export interface EngineHost {
  adapter: SiteAdapter;
  doc: Document;
  emit(event: CaptureEvent): void;
  isPaused(): boolean;
  reportHealth(report: HealthReport): void;
  now?: () => number;
}
