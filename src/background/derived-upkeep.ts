// Keeps the store's derived rows (labels, the review page's answer index, the popup's acceptance tally) current
// as events arrive, here in the background rather than on any page's main thread. Appends only put conversations
// on the store's dirty list; a short while after the last append (so a burst of captures is labelled once, and
// never later than MAX_WAIT_MS after the first) the list is drained a batch at a time, yielding between batches
// so capture's own messages are handled first. The list lives in the database, so a worker stopped mid-way picks
// up on its next start, which drains too. The redaction spans of the default export level are detected here too,
// so an export replaces them instead of running the rules over every text (src/core/export/conversation-redaction.ts),
// and after them each conversation's export lines as bytes, in the popup's default recipe, so an export in the
// defaults writes them as they are (src/core/export/kept-lines.ts).
import { detectConversationSpans, STORED_SPANS_LEVEL, storedSpansVersion } from '../core/export/conversation-redaction';
import { KEPT_OPTIONS, makeKeptLines } from '../core/export/kept-lines';
import type { EchoStore } from '../store/api';
import type { LinesMaker } from '../store/derived';

/** What the background detects as events arrive: every text's spans at the default export level. */
export const SPAN_DETECTOR = {
  version: storedSpansVersion(STORED_SPANS_LEVEL),
  detect: (events: Parameters<typeof detectConversationSpans>[0]) => detectConversationSpans(events, STORED_SPANS_LEVEL),
};

/** What the background keeps of each conversation's export: its lines in the default recipe, for this version. */
export function linesMaker(version: string): LinesMaker {
  const encoder = new TextEncoder();
  return { version, make: (conv, events, derived) => makeKeptLines(conv, events, derived, KEPT_OPTIONS, version, encoder) };
}

/** Quiet time after an append before labelling starts. */
export const UPKEEP_DELAY_MS = 300;
const MAX_WAIT_MS = 2000;

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface DerivedUpkeep {
  /** Events were stored: label their conversations soon. */
  touched(): void;
}

export function startDerivedUpkeep(
  store: Pick<EchoStore, 'updateDerived'>,
  {
    delayMs = UPKEEP_DELAY_MS,
    now = () => Date.now(),
    maker,
  }: { delayMs?: number; now?: () => number; maker?: LinesMaker } = {},
): DerivedUpkeep {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waitingSince: number | null = null;
  let running = false;
  let again = false;
  const run = async () => {
    timer = null;
    waitingSince = null;
    if (running) return void (again = true);
    running = true;
    try {
      await store.updateDerived({ pause: yieldToMessages, detector: SPAN_DETECTOR, ...(maker ? { maker } : {}) });
    } catch (e) {
      console.warn('[echo-capture] updating labels failed:', e);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    const at = now();
    waitingSince ??= at;
    if (timer !== null) {
      if (at - waitingSince >= MAX_WAIT_MS) return; // a steady stream of appends does not postpone it for ever
      clearTimeout(timer);
    }
    timer = setTimeout(() => void run(), delayMs);
  };
  schedule(); // on every start: whatever a stopped worker left, or a rules change, is taken up
  return { touched: schedule };
}
