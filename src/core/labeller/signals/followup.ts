// The next prompt after an answer: a correction (cue words, an error trace) rejects it; thanks/"works" accepts it;
// a neutral follow-up that builds on it without correcting it is weak acceptance. Text the user pasted back from
// an answer is removed before reading, so code in the answer (`except ValueError:`) is not mistaken for an error.
import { eventsOf, type AnswerEpisode } from '../episode';
import { readFollowup, type FollowupReading } from '../followup-cues';
import { time } from '../time';
import type { Signal } from '../types';

export function followupSignals(ep: AnswerEpisode): Signal[] {
  const { followup, continued, cues } = ep.rules;
  const signals: Signal[] = [];
  for (const reply of ep.replies) {
    const text = withoutPastedBack(ep, reply.text, time(reply.ts));
    const reading = readFollowup(text, { correction: cues.extraCorrection, acceptance: cues.extraAcceptance });
    const delayMs = delayOf(ep, reply.messageId) ?? time(reply.ts) - time(ep.answer.ts);
    const ids = [reply.id, ...eventsOf(ep.about(reply.messageId), 'followup').map((f) => f.id)];
    const detail = describe(reading, delayMs);
    if (reading.kind === 'continuation') continue;
    if (reading.kind === 'correction') {
      const base = reading.errorTrace && reading.strength === 'strong'
        ? ep.answer.codeBlocks.length > 0 ? followup.errorTraceConfidence : followup.correctionConfidence
        : reading.strength === 'strong' ? followup.correctionConfidence : followup.correctionConfidence - 0.15;
      const quick = delayMs < followup.quickMs ? followup.quickBonus : 0;
      signals.push({ rule: 'followup_correction', polarity: 'reject', outcome: true, failure: reading.strength === 'strong', confidence: Math.min(1, base + quick), ts: reply.ts, eventIds: ids, detail });
    } else if (reading.kind === 'acceptance') {
      const confidence = reading.strength === 'strong' ? followup.acceptanceConfidence + 0.05 : followup.acceptanceConfidence;
      signals.push({ rule: 'followup_acceptance', polarity: 'accept', outcome: true, confidence, ts: reply.ts, eventIds: ids, detail });
    } else {
      const confidence = delayMs >= continued.settledMs ? continued.settledConfidence : continued.confidence;
      signals.push({ rule: 'continued', polarity: 'accept', confidence, ts: reply.ts, eventIds: ids, detail });
    }
  }
  return strongestPerRule(signals);
}

function describe(r: FollowupReading, delayMs: number): string {
  const cues = r.cues.length ? ` cues: ${r.cues.slice(0, 5).join(', ')}` : '';
  return `${r.kind}${r.errorTrace ? ' (error trace)' : ''} after ${Math.round(delayMs / 1000)}s;${cues}`;
}

function delayOf(ep: AnswerEpisode, promptId: string): number | undefined {
  return eventsOf(ep.about(promptId), 'followup').find((f) => f.messageId === promptId)?.delayMs;
}

/** Removes pastes (since the answer) that match an answer: that is the assistant's text, not the user's words. */
function withoutPastedBack(ep: AnswerEpisode, text: string, sentAt: number): string {
  const since = time(ep.answer.ts);
  return ep.conversation.events
    .filter((e) => e.kind === 'paste' && e.matches.length > 0 && time(e.ts) >= since && time(e.ts) <= sentAt)
    .reduce((t, e) => (e.kind === 'paste' && e.text.trim() ? t.split(e.text).join(' ') : t), text);
}

function strongestPerRule(signals: Signal[]): Signal[] {
  const best = new Map<string, Signal>();
  for (const s of signals) {
    const prev = best.get(s.rule);
    if (!prev || s.confidence > prev.confidence) {
      best.set(s.rule, { ...s, failure: !!(s.failure || prev?.failure), eventIds: [...new Set([...(prev?.eventIds ?? []), ...s.eventIds])] });
    } else {
      best.set(s.rule, { ...prev, failure: !!(s.failure || prev.failure), eventIds: [...new Set([...prev.eventIds, ...s.eventIds])] });
    }
  }
  return [...best.values()];
}
