// Inline completions for the popup's acceptance line and the review page's list. Only documents whose summary
// counts a shown suggestion are read (chat conversations are never opened), one at a time; labels are computed
// from their events each time, as they are cheap next to an answer's (no follow-up reading).
import { completionOverview, type CompletionOverview } from '../core/review/completion-rows';
import type { CaptureEvent } from '../core/events';
import type { EchoDB } from './db';
import { allConversations, conversationEvents } from './event-log';

export async function completionSummary(db: EchoDB, limit: number): Promise<CompletionOverview> {
  const documents: CaptureEvent[][] = [];
  for await (const conv of allConversations(db)) {
    if (conv.byKind.completion_shown) documents.push(await conversationEvents(db, conv.key));
  }
  return completionOverview(documents, limit);
}
