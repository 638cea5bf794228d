// What the popup shows beside the counts, answered by the background, which has the store open already: the popup
// then loads neither the database nor the labeller to open (its cost stays flat in the number of answers). Every
// figure is a kept row: the newest conversation summaries (by the `lastTs` index) and the acceptance tally the
// background moves as it labels. Completion acceptance is asked apart, only when the counts show suggestions.
import type { CompletionsResult, SummaryResult } from '../messages';
import type { EchoStore } from '../store/api';

export const RECENT_CONVERSATIONS = 5;

export async function popupSummary(store: Pick<EchoStore, 'recentConversations' | 'acceptanceSummary'>): Promise<SummaryResult> {
  const [recent, acceptance] = await Promise.all([store.recentConversations(RECENT_CONVERSATIONS), store.acceptanceSummary()]);
  return { ok: true, recent, acceptance };
}

export async function completionAcceptance(store: Pick<EchoStore, 'completionSummary'>): Promise<CompletionsResult> {
  return { ok: true, stats: (await store.completionSummary(0)).stats };
}
