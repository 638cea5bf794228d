// Echo's distillation step: when the user reported an answer wrong and a later answer in the same thread was accepted,
// that accepted answer is the target for the original context, and the corrected answer is `refined`. Runs after
// a first labelling pass, because it needs the later answer's own label. Apology openers ("You're right, ...")
// are dropped from the target: they make no sense as a first answer.
import { answersTo } from '../conversation';
import type { AnswerEpisode } from '../episode';
import type { CombinedLabel } from '../combine';
import type { Signal } from '../types';

export function correctionThenAcceptedSignal(
  ep: AnswerEpisode,
  signals: Map<string, Signal[]>,
  firstPass: Map<string, CombinedLabel>,
  episodes: Map<string, AnswerEpisode>,
): Signal[] {
  const rules = ep.rules.correctionThenAccepted;
  let current = ep;
  const chain: string[] = [];
  for (let hop = 1; hop <= rules.maxHops; hop++) {
    // Only failures count: "no, I meant in Rust" changes the request, and the later answer fits the new request.
    const correction = signals.get(current.answer.messageId)?.find((s) => s.rule === 'followup_correction' && s.failure);
    if (!correction) return [];
    chain.push(...correction.eventIds);
    const nextAnswers = current.replies
      .filter((r) => correction.eventIds.includes(r.id))
      .flatMap((r) => answersTo(ep.conversation, r.messageId));
    const accepted = nextAnswers
      .map((a) => ({ a, label: firstPass.get(a.messageId) }))
      .filter((x) => x.label?.label === 'accepted' && x.label.confidence >= rules.minTargetConfidence)
      .sort((x, y) => y.label!.confidence - x.label!.confidence)[0];
    if (accepted) {
      return [
        {
          rule: 'correction_then_accepted',
          polarity: 'refine',
          confidence: rules.confidence * rules.perHopDecay ** (hop - 1),
          explains: ['followup_correction', 'continued', 'followup_acceptance'],
          ts: accepted.a.ts,
          eventIds: [...chain, accepted.a.id],
          detail: `corrected, then ${accepted.a.messageId} was accepted (${hop} correction${hop > 1 ? 's' : ''})`,
          target: withoutApology(accepted.a.text),
          targetMessageId: accepted.a.messageId,
        },
      ];
    }
    const corrected = nextAnswers.map((a) => episodes.get(a.messageId)).find((e) => e && signals.get(e.answer.messageId)?.some((s) => s.rule === 'followup_correction'));
    if (!corrected) return [];
    current = corrected;
  }
  return [];
}

const APOLOGY =
  /^\s*(you'?re (absolutely |completely )?right|you are (absolutely )?right|sorry|my apolog|i apologi[sz]e|apologies|good catch|thanks for (pointing|catching)|entschuldig|du hast recht|sie haben recht|désolé|vous avez raison|tu as raison|lo siento|perdón|tienes razón|desculp|você tem razão|抱歉|对不起|不好意思|您说得对|你说得对|申し訳|すみません|ご指摘)[^\n.!?。！]*[.!?。！:]?\s*/i;

export function withoutApology(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && APOLOGY.test(out); i++) out = out.replace(APOLOGY, '');
  return out.trim() ? out : text;
}
