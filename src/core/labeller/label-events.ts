// Event log -> one label per answer. Pure: the same events and rules always give the same labels, so changing
// rules relabels old captures without recapture. Most rules read one answer's episode; the rephrase in a new chat
// needs the other conversations of the log, so a caller that labels one conversation at a time does not see it.
import type { CaptureEvent } from '../events';
import { combineSignals, type CombinedLabel } from './combine';
import { groupConversations } from './conversation';
import { buildEpisodes, type AnswerEpisode } from './episode';
import { LABEL_RULES_VERSION, resolveRules } from './rules';
import { copySignals } from './signals/copy';
import { correctionThenAcceptedSignal } from './signals/correction-then-accepted';
import { editPromptSignals } from './signals/edit-prompt';
import { followupSignals } from './signals/followup';
import { newChatRephraseSignals } from './signals/new-chat-rephrase';
import { pasteEditSignals } from './signals/paste-edit';
import { stopSignals } from './signals/stop';
import { thumbsSignals } from './signals/thumbs';
import { variantSignals } from './signals/variants';
import type { AnswerLabel, Signal } from './types';

/** Rules that read one episode; correction_then_accepted runs after, on their first-pass labels. */
export const EPISODE_RULES: ((ep: AnswerEpisode) => Signal[])[] = [
  copySignals,
  thumbsSignals,
  variantSignals,
  editPromptSignals,
  stopSignals,
  pasteEditSignals,
  followupSignals,
];

export function labelEvents(events: readonly CaptureEvent[], rulesOverride: unknown = {}): AnswerLabel[] {
  const rules = resolveRules(rulesOverride);
  const labels: AnswerLabel[] = [];
  const conversations = groupConversations(events);
  const acrossChats = newChatRephraseSignals(conversations, rules);
  for (const conversation of conversations) {
    const episodes = new Map(buildEpisodes(conversation, rules).map((ep) => [ep.answer.messageId, ep]));
    const extra = acrossChats.get(conversation.key);
    const signalsOf = (id: string, ep: AnswerEpisode): Signal[] => [
      ...EPISODE_RULES.flatMap((rule) => rule(ep)),
      ...(extra?.get(id) ?? []),
    ];
    const signals = new Map([...episodes].map(([id, ep]) => [id, signalsOf(id, ep)]));
    const firstPass = new Map<string, CombinedLabel>([...signals].map(([id, s]) => [id, combineSignals(s, rules)]));
    for (const [id, ep] of episodes) {
      const extra = correctionThenAcceptedSignal(ep, signals, firstPass, episodes);
      const combined = ep.answer.complete === 'interrupted' ? interrupted(ep.answer.id) : extra.length ? combineSignals([...signals.get(id)!, ...extra], rules) : firstPass.get(id)!;
      labels.push({
        conversationKey: conversation.key,
        messageId: id,
        eventId: ep.answer.id,
        ...combined,
        rulesVersion: LABEL_RULES_VERSION,
      });
    }
  }
  return labels;
}

/**
 * An answer the page lost mid-stream (the tab closed or navigated while it streamed): its text is not the whole
 * answer, so it is never a training target, and the user never judged it. Unknown, saying why.
 */
function interrupted(eventId: string): CombinedLabel {
  return { label: 'unknown', confidence: 0, evidence: [{ rule: 'interrupted', eventIds: [eventId], detail: 'the page went away while it was streaming' }] };
}
