// Inline completions for the popup's acceptance line and the review page's list. Only documents with a shown
// suggestion are read, found through the events' `kind` index (chat conversations are never opened, so the cost
// follows the number of suggestions, not of answers), one at a time; labels are computed from their events each
// time, as they are cheap next to an answer's (no follow-up reading). Callers skip it when the counts show none.
import { completionOverview, type CompletionOverview } from '../core/review/completion-rows';
import type { CaptureEvent } from '../core/events';
import type { EchoDB } from './db';
import { conversationEvents } from './event-log';

export async function completionSummary(db: EchoDB, limit: number): Promise<CompletionOverview> {
  const documents: CaptureEvent[][] = [];
  const convs = new Set<string>();
  await db.events.where('kind').equals('completion_shown').each((row) => void convs.add(row.conv));
  for (const conv of [...convs].sort()) documents.push(await conversationEvents(db, conv));
  return completionOverview(documents, limit);
}
