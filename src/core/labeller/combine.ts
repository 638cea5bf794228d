// How conflicting evidence becomes one label, in this order (docs/labelling.md has the table):
// 1. Veto: an answer regenerated or switched away from (and not kept afterwards) is `rejected`, never accepted or
//    refined. If the user had used it before moving away (copy, thumbs up), the rejection is less confident.
// 2. Refinement: a paste-back edit or a correction followed by an accepted answer makes it `refined`, unless a
//    reject signal the refinement does not explain is stronger (e.g. the pasted edit "still fails").
// 3. Explicit: the latest thumbs decides; a later contradicting outcome only lowers its confidence.
// 4. Behaviour: a later failure report supersedes an earlier trial (copy, then "Error: ..."); the rest is a
//    noisy-or per side, and the winner's confidence is lowered by the loser's. Too weak -> `unknown`.
import type { LabelRules } from './rules';
import { time } from './time';
import type { AnswerLabelKind, Evidence, Signal } from './types';

export interface CombinedLabel {
  label: AnswerLabelKind;
  confidence: number;
  evidence: Evidence[];
  target?: string;
  targetMessageId?: string;
  vetoed?: boolean;
}

export function combineSignals(signals: Signal[], rules: LabelRules): CombinedLabel {
  const evidence: Evidence[] = signals.map(({ rule, eventIds, detail }) => ({ rule, eventIds, ...(detail ? { detail } : {}) }));
  const result = (label: AnswerLabelKind, confidence: number, extra: Partial<CombinedLabel> = {}): CombinedLabel => ({
    label: confidence < rules.combine.unknownBelow && label !== 'unknown' ? 'unknown' : label,
    confidence: round(confidence),
    evidence,
    ...extra,
  });
  if (signals.length === 0) return result('unknown', 0);

  const vetoes = signals.filter((s) => s.veto);
  if (vetoes.length) {
    const used = signals.filter((s) => !s.veto && s.polarity !== 'reject' && s.rule !== 'continued');
    const veto = Math.max(...vetoes.map((v) => v.confidence));
    return result('rejected', used.length ? veto - rules.combine.conflictPenalty * noisyOr(used) : veto, { vetoed: true });
  }

  const refine = signals.filter((s) => s.polarity === 'refine').sort((a, b) => b.confidence - a.confidence)[0];
  if (refine) {
    const unexplained = signals.filter((s) => s.polarity === 'reject' && !s.explicit && !refine.explains?.includes(s.rule));
    const strongest = Math.max(0, ...unexplained.map((s) => s.confidence));
    if (refine.confidence >= strongest && refine.confidence >= rules.combine.unknownBelow) {
      return result('refined', refine.confidence, {
        ...(refine.target !== undefined ? { target: refine.target } : {}),
        ...(refine.targetMessageId ? { targetMessageId: refine.targetMessageId } : {}),
      });
    }
  }

  const explicit = signals.filter((s) => s.explicit).sort((a, b) => time(a.ts) - time(b.ts)).pop();
  if (explicit) {
    const contradicted = signals.some(
      (s) => s.outcome && sideOf(s) !== sideOf(explicit) && time(s.ts) > time(explicit.ts) && s.confidence >= 0.6,
    );
    const confidence = contradicted ? rules.thumbs.contradictedConfidence : explicit.confidence;
    return result(sideOf(explicit) === 'accept' ? 'accepted' : 'rejected', confidence);
  }

  const lastFailure = Math.max(-Infinity, ...signals.filter((s) => s.outcome && sideOf(s) === 'reject').map((s) => time(s.ts)));
  const active = signals.filter((s) => !(s.trial && time(s.ts) <= lastFailure));
  const accept = noisyOr(active.filter((s) => sideOf(s) === 'accept'));
  const reject = noisyOr(active.filter((s) => sideOf(s) === 'reject'));
  const penalty = rules.combine.conflictPenalty;
  if (accept === reject) return result('unknown', 0);
  return accept > reject ? result('accepted', accept - penalty * reject) : result('rejected', reject - penalty * accept);
}

/** A refinement says the original answer was not right as given: on the accept/reject axis it counts as reject. */
const sideOf = (s: Signal): 'accept' | 'reject' => (s.polarity === 'accept' ? 'accept' : 'reject');

const noisyOr = (signals: Signal[]) => 1 - signals.reduce((p, s) => p * (1 - s.confidence), 1);

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 1000) / 1000;
