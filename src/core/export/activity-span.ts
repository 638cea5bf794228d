// On its own so the store's export source (src/store/export-source.ts) reads a conversation's span without loading the
// computing path (./conversation-lines.ts re-exports it): round 17.
import type { CaptureEvent } from '../events';

/** A conversation's activity span: its earliest and latest event times (what the date range filter reads). */
export function activitySpan(events: readonly CaptureEvent[]): { firstTs: string; lastTs: string } {
  let firstTs = events[0]!.ts;
  let lastTs = firstTs;
  for (const e of events) {
    if (e.ts < firstTs) firstTs = e.ts;
    if (e.ts > lastTs) lastTs = e.ts;
  }
  return { firstTs, lastTs };
}
