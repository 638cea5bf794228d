// The next prompts after an answer, each read with the feedback taxonomy (followup/read.ts): an error report or
// tool output rejects it (a failure); a weak correction, a doubt or a rephrase of the same request rejects it
// weakly; thanks or "works now" accepts it; a clarification request says nothing either way; a neutral reply that
// builds on it is weak acceptance. Text the user pasted is not their words: a paste-back of the answer is the
// answer's own text, and pasted code is read for tool output only. Replies loaded with the page (origin history)
// were never seen being sent: they are not read at all.
import { eventsOf, type AnswerEpisode } from '../episode';
import { readFollowup, type FollowupReading } from '../followup/read';
import { pastesIn } from '../paste-provenance';
import { time } from '../time';
import type { RuleName, Signal } from '../types';

export function followupSignals(ep: AnswerEpisode): Signal[] {
  const { followup, continued, cues, pasteEdit } = ep.rules;
  const signals: Signal[] = [];
  const answeredAt = time(ep.answer.ts);
  for (const reply of ep.replies) {
    if (reply.origin === 'history') continue;
    const { pasted, fromAnswers } = pastesIn(ep.conversation, reply, answeredAt, pasteEdit.minSimilarity);
    const reading = readFollowup(reply.text, {
      extra: { correction: cues.extraCorrection, acceptance: cues.extraAcceptance },
      pasted,
      fromAnswers,
      ...(ep.prompt ? { previousPrompt: ep.prompt.text } : {}),
      repeatSimilarity: followup.repeatSimilarity,
      answerText: ep.answer.text,
    });
    const delayMs = delayOf(ep, reply.messageId) ?? time(reply.ts) - answeredAt;
    const ids = [reply.id, ...eventsOf(ep.about(reply.messageId), 'followup').map((f) => f.id)];
    const detail = describe(reading, delayMs);
    const at = { ts: reply.ts, eventIds: ids, detail };
    if (reading.kind === 'continuation') continue;
    if (reading.kind === 'correction') {
      const failure = reading.strength === 'strong';
      const base = failure
        ? reading.errorTrace && ep.answer.codeBlocks.length > 0 ? followup.errorTraceConfidence : followup.correctionConfidence
        : followup.weakConfidence;
      const quick = delayMs < followup.quickMs ? followup.quickBonus : 0;
      const rule: RuleName = reading.feedback === 'repeat' ? 'followup_rephrase' : 'followup_correction';
      signals.push({ rule, polarity: 'reject', outcome: true, failure, confidence: Math.min(1, base + quick), ...at });
    } else if (reading.kind === 'acceptance') {
      const confidence = reading.strength === 'strong' ? followup.acceptanceConfidence + 0.05 : followup.acceptanceConfidence;
      signals.push({ rule: 'followup_acceptance', polarity: 'accept', outcome: true, confidence, ...at });
    } else if (reading.environmentError && reading.kind === 'neutral') {
      // Evidence without weight: a package the user has not installed says nothing about the answer.
      signals.push({ rule: 'followup_correction', polarity: 'reject', confidence: 0, ...at });
    } else if (reading.kind === 'clarification') {
      // Evidence without weight: asking what the answer means neither uses it nor faults it.
      signals.push({ rule: 'followup_clarification', polarity: 'accept', confidence: 0, ...at });
    } else {
      const confidence = delayMs >= continued.settledMs ? continued.settledConfidence : continued.confidence;
      signals.push({ rule: 'continued', polarity: 'accept', confidence, ...at });
    }
  }
  return strongestPerRule(signals);
}

function describe(r: FollowupReading, delayMs: number): string {
  const what = r.feedback === 'none' ? r.kind : r.feedback;
  const cues = r.cues.length ? ` cues: ${r.cues.slice(0, 5).join(', ')}` : '';
  const output = r.toolOutput.length ? ` (tool output: ${r.toolOutput.join(', ')})` : '';
  const flags = `${r.doubt ? ' (doubt)' : ''}${r.environmentError ? ' (environment)' : ''}`;
  return `${what}${output}${flags} after ${Math.round(delayMs / 1000)}s;${cues}`;
}

function delayOf(ep: AnswerEpisode, promptId: string): number | undefined {
  return eventsOf(ep.about(promptId), 'followup').find((f) => f.messageId === promptId)?.delayMs;
}

function strongestPerRule(signals: Signal[]): Signal[] {
  const best = new Map<string, Signal>();
  for (const s of signals) {
    const prev = best.get(s.rule);
    const keep = !prev || s.confidence > prev.confidence ? s : prev;
    const eventIds = [...new Set([...(prev?.eventIds ?? []), ...s.eventIds])];
    best.set(s.rule, { ...keep, failure: !!(s.failure || prev?.failure), eventIds });
  }
  return [...best.values()].map((s) => (s.failure === false && s.polarity !== 'reject' ? withoutFailure(s) : s));
}

const withoutFailure = ({ failure: _f, ...s }: Signal): Signal => s;
