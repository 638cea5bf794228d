// What the review page shows of each inline suggestion: the suggestion as shown, the part accepted, the code the
// user left there (CN) and the label with its evidence, newest first. Pure, so the store builds the rows and the
// page only renders them (as text).
import { CompletionAcceptanceTally, type CompletionAcceptanceStats } from '../export/completion-acceptance';
import type { CaptureEvent } from '../events';
import { acceptedTextOf, buildCompletionEpisodes } from '../labeller/completion-episodes';
import { labelCompletionEpisode } from '../labeller/completion-labels';
import type { CompletionLabel } from '../labeller/completion-types';
import { resolveRules } from '../labeller/rules';

export interface CompletionReviewRow {
  conversationKey: string;
  suggestionId: string;
  site: string;
  language?: string;
  file?: string;
  shownAt: string;
  suggestion: string;
  /** Exactly what went in ('' when nothing was accepted). */
  accepted: string;
  /** CN: the region when the user left it; absent when nothing was accepted or no outcome was seen. */
  final?: string;
  label: CompletionLabel;
}

/** Rows of one document's events, and their contribution to the acceptance figures. */
export function completionRows(events: readonly CaptureEvent[], tally?: CompletionAcceptanceTally): CompletionReviewRow[] {
  const rules = resolveRules();
  return buildCompletionEpisodes(events).episodes.map((episode) => {
    const label = labelCompletionEpisode(episode, rules);
    tally?.add(label);
    const { shown } = episode;
    return {
      conversationKey: episode.conversationKey,
      suggestionId: shown.suggestionId,
      site: shown.site,
      ...(shown.language ? { language: shown.language } : {}),
      ...(shown.file ? { file: shown.file } : {}),
      shownAt: shown.ts,
      suggestion: shown.text,
      accepted: acceptedTextOf(episode),
      ...(episode.outcome ? { final: episode.outcome.finalText } : {}),
      label,
    };
  });
}

export interface CompletionOverview {
  stats: CompletionAcceptanceStats;
  /** Newest first, at most the limit asked for. */
  rows: CompletionReviewRow[];
}

/** Rows and acceptance over several documents' events (each list one document). */
export function completionOverview(documents: Iterable<readonly CaptureEvent[]>, limit: number): CompletionOverview {
  const tally = new CompletionAcceptanceTally();
  const rows: CompletionReviewRow[] = [];
  for (const events of documents) rows.push(...completionRows(events, tally));
  rows.sort((a, b) => (a.shownAt < b.shownAt ? 1 : a.shownAt > b.shownAt ? -1 : 0));
  return { stats: tally.stats(), rows: rows.slice(0, limit) };
}
