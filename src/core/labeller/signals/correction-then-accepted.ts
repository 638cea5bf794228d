// Echo's distillation step: when the user reported an answer wrong and a later answer in the same thread was accepted,
// that accepted answer is the target for the original context, and the corrected answer is `refined`. Runs after
// a first labelling pass, because it needs the later answer's own label. A weak correction ("nope, use X
// instead"), a doubt or a rephrase of the request counts too, less confidently: the later answer may answer a
// changed request. A later answer equal to the original up to whitespace refines nothing. Apology openers
// ("You're right, ...") are dropped from the target: they make no sense as a first answer.
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
  /** Whether every correction in the chain was a failure report. */
  let allFailures = true;
  for (let hop = 1; hop <= rules.maxHops; hop++) {
    const own = signals.get(current.answer.messageId) ?? [];
    const correction = own.find((s) => s.rule === 'followup_correction' && s.failure) ?? own.find((s) => NEGATIVE.has(s.rule) && s.polarity === 'reject' && s.confidence > 0);
    if (!correction) return [];
    allFailures = allFailures && !!correction.failure;
    chain.push(...correction.eventIds);
    const nextAnswers = current.replies
      .filter((r) => correction.eventIds.includes(r.id))
      .flatMap((r) => answersTo(ep.conversation, r.messageId));
    const accepted = nextAnswers
      .map((a) => ({ a, label: firstPass.get(a.messageId) }))
      .filter((x) => x.label?.label === 'accepted' && x.label.confidence >= rules.minTargetConfidence && !sameText(x.a.text, ep.answer.text))
      .sort((x, y) => y.label!.confidence - x.label!.confidence)[0];
    if (accepted) {
      return [
        {
          rule: 'correction_then_accepted',
          polarity: 'refine',
          confidence: (allFailures ? rules.confidence : rules.weakConfidence) * rules.perHopDecay ** (hop - 1),
          explains: ['followup_correction', 'followup_rephrase', 'continued', 'followup_acceptance', 'followup_clarification'],
          ts: accepted.a.ts,
          eventIds: [...chain, accepted.a.id],
          detail: `corrected, then ${accepted.a.messageId} was accepted (${hop} correction${hop > 1 ? 's' : ''})`,
          target: withoutApology(accepted.a.text),
          targetMessageId: accepted.a.messageId,
        },
      ];
    }
    const corrected = nextAnswers.map((a) => episodes.get(a.messageId)).find((e) => e && signals.get(e.answer.messageId)?.some((s) => NEGATIVE.has(s.rule) && s.polarity === 'reject' && s.confidence > 0));
    if (!corrected) return [];
    current = corrected;
  }
  return [];
}

/** Follow-up rules that say the answer was not what the user wanted. */
const NEGATIVE = new Set<string>(['followup_correction', 'followup_rephrase']);

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

const APOLOGY =
  /^\s*(you'?re (absolutely |completely )?right|you are (absolutely )?right|sorry|my apolog|i apologi[sz]e|apologies|good catch|thanks for (pointing|catching)|entschuldig|du hast recht|sie haben recht|désolé|vous avez raison|tu as raison|lo siento|perdón|tienes razón|desculp|você tem razão|mi scuso|hai ragione|ha ragione|excuses|u heeft gelijk|je hebt gelijk|прошу прощения|извините|вы правы|ты прав|抱歉|对不起|不好意思|您说得对|你说得对|申し訳|すみません|ご指摘|大変失礼|失礼しました|죄송합니다|맞습니다)[^\n.!?。！]*[.!?。！:]?\s*/i;

export function withoutApology(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && APOLOGY.test(out); i++) out = out.replace(APOLOGY, '');
  return out.trim() ? out : text;
}
