// A completion episode: one suggestion the editor showed, with everything that happened to it (each acceptance,
// a rejection, the outcome CN). Built from the raw log alone, so relabelling never needs recapture. Events about a
// suggestion whose `completion_shown` is not in the log (refused at capture, deleted by retention) cannot be
// labelled without their C0: they are counted as orphans, never dropped without a trace.
import type { EventOf } from '../events';
import type { CaptureEvent } from '../events';
import { time } from './time';

export type CompletionShown = EventOf<'completion_shown'>;
export type CompletionAccepted = EventOf<'completion_accepted'>;
export type CompletionRejected = EventOf<'completion_rejected'>;
export type CompletionOutcome = EventOf<'completion_outcome'>;

export interface CompletionEpisode {
  /** `<site>:<documentId>`, the same key chat conversations use. */
  conversationKey: string;
  shown: CompletionShown;
  /** Acceptances in the order they happened (a word or a line at a time, or the whole suggestion once). */
  accepts: CompletionAccepted[];
  rejection?: CompletionRejected;
  /** The last outcome reported (a later report of the same region supersedes an earlier one). */
  outcome?: CompletionOutcome;
  /** The suggestion that replaced this one at the same place, when one did. */
  replacedBy?: CompletionShown;
}

export interface CompletionEpisodes {
  episodes: CompletionEpisode[];
  /** Accept / reject / outcome events whose suggestion was never shown in this log. */
  orphans: number;
}

const COMPLETION_EVENT = new Set<string>(['completion_shown', 'completion_accepted', 'completion_rejected', 'completion_outcome']);

export function isCompletionEvent(e: CaptureEvent): e is CompletionShown | CompletionAccepted | CompletionRejected | CompletionOutcome {
  return COMPLETION_EVENT.has(e.kind);
}

export function buildCompletionEpisodes(events: readonly CaptureEvent[]): CompletionEpisodes {
  const episodes = new Map<string, CompletionEpisode>();
  const keyOf = (e: CaptureEvent & { suggestionId: string }) => `${e.site}:${e.conversationId}\u0000${e.suggestionId}`;
  const ordered = events.filter(isCompletionEvent).sort((a, b) => time(a.ts) - time(b.ts));
  for (const e of ordered) {
    if (e.kind !== 'completion_shown' || episodes.has(keyOf(e))) continue;
    episodes.set(keyOf(e), { conversationKey: `${e.site}:${e.conversationId}`, shown: e, accepts: [] });
  }
  let orphans = 0;
  for (const e of ordered) {
    if (e.kind === 'completion_shown') {
      if (!e.replacesSuggestionId) continue;
      const replaced = episodes.get(keyOf({ ...e, suggestionId: e.replacesSuggestionId }));
      if (replaced && replaced !== episodes.get(keyOf(e)) && !replaced.replacedBy) replaced.replacedBy = e;
      continue;
    }
    const episode = episodes.get(keyOf(e));
    if (!episode) {
      orphans++;
      continue;
    }
    if (e.kind === 'completion_accepted') episode.accepts.push(e);
    else if (e.kind === 'completion_rejected') episode.rejection ??= e;
    else episode.outcome = e;
  }
  return { episodes: [...episodes.values()], orphans };
}

/** Everything accepted of the suggestion, in order: the outcome says it, else the acceptances add up to it. */
export function acceptedTextOf(episode: CompletionEpisode): string {
  return episode.outcome?.acceptedText ?? episode.accepts.map((a) => a.acceptedText).join('');
}

/** Whether the whole suggestion went in: accepted in one go, or word by word up to its end. */
export function acceptedWhole(episode: CompletionEpisode): boolean {
  if (episode.accepts.some((a) => a.how === 'full')) return true;
  const accepted = acceptedTextOf(episode);
  return accepted.length > 0 && accepted.trimEnd() === episode.shown.text.trimEnd();
}
