// Completion episodes -> one label per suggestion shown (docs/completions.md has the table). The order of the
// checks is the order of the user's actions: nothing accepted -> how it was dismissed; something accepted -> what
// the region looked like when the user left it (CN): empty is an undo, equal up to whitespace is kept, anything
// else is the refined target. Pure, like the answer labeller, and versioned with the same rules.
import { acceptedTextOf, acceptedWhole, buildCompletionEpisodes, type CompletionEpisode } from './completion-episodes';
import type { CompletionEvidence, CompletionLabel, CompletionLabelKind, CompletionRejection } from './completion-types';
import type { CaptureEvent } from '../events';
import { LABEL_RULES_VERSION, resolveRules, type LabelRules } from './rules';

export function labelCompletions(events: readonly CaptureEvent[], rulesOverride: unknown = {}): CompletionLabel[] {
  const rules = resolveRules(rulesOverride);
  return buildCompletionEpisodes(events).episodes.map((episode) => labelCompletionEpisode(episode, rules));
}

export function labelCompletionEpisode(episode: CompletionEpisode, rules: LabelRules): CompletionLabel {
  const { shown } = episode;
  const decided = decide(episode, rules.completion);
  const tooWeak = decided.label !== 'unknown' && decided.confidence < rules.combine.unknownBelow;
  const label: CompletionLabelKind = tooWeak ? 'unknown' : decided.label;
  return {
    conversationKey: episode.conversationKey,
    suggestionId: shown.suggestionId,
    eventId: shown.id,
    site: shown.site,
    ...(shown.language ? { language: shown.language } : {}),
    shownAt: shown.ts,
    label,
    acceptance: episode.accepts.length === 0 ? 'none' : acceptedWhole(episode) ? 'full' : 'partial',
    confidence: round(decided.confidence),
    evidence: decided.evidence,
    ...(decided.target !== undefined && TARGET_LABELS.has(label) ? { target: decided.target } : {}),
    ...(episode.outcome ? { editDistance: episode.outcome.editDistance } : {}),
    ...(decided.rejectedHow ? { rejectedHow: decided.rejectedHow } : {}),
    rulesVersion: LABEL_RULES_VERSION,
  };
}

interface Decision {
  label: CompletionLabelKind;
  confidence: number;
  evidence: CompletionEvidence[];
  target?: string;
  rejectedHow?: CompletionRejection;
}

type CompletionRules = LabelRules['completion'];

const TARGET_LABELS: ReadonlySet<CompletionLabelKind> = new Set(['accepted', 'refined', 'partial']);

function decide(episode: CompletionEpisode, rules: CompletionRules): Decision {
  const { shown, accepts, rejection, outcome, replacedBy } = episode;
  if (accepts.length === 0 && !outcome) {
    if (rejection) {
      const how = rejection.how;
      return {
        label: 'rejected',
        confidence: rejectionConfidence(how, rules),
        rejectedHow: how,
        evidence: [{ rule: rejectionRule(how), eventIds: [shown.id, rejection.id], detail: how }],
      };
    }
    if (replacedBy) {
      return {
        label: 'rejected',
        confidence: rules.rejected.replaced,
        rejectedHow: 'replaced',
        evidence: [{ rule: 'completion_replaced', eventIds: [shown.id, replacedBy.id], detail: 'another suggestion took its place' }],
      };
    }
    const detail = 'shown; no acceptance or dismissal in the log';
    return { label: 'unknown', confidence: 0, evidence: [{ rule: 'completion_unjudged', eventIds: [shown.id], detail }] };
  }

  const accepted = acceptedTextOf(episode);
  const whole = acceptedWhole(episode);
  const acceptIds = [shown.id, ...accepts.map((a) => a.id)];
  // Dismissing the rest after taking part of it is what makes it partial: worth keeping as evidence.
  const rest: CompletionEvidence[] = rejection
    ? [{ rule: 'completion_rejected', eventIds: [rejection.id], detail: `rest dismissed: ${rejection.how}` }]
    : [];
  if (!outcome) {
    return {
      label: whole ? 'accepted' : 'partial',
      confidence: whole ? rules.noOutcomeConfidence : Math.min(rules.noOutcomeConfidence, rules.partialConfidence),
      target: accepted,
      evidence: [{ rule: 'completion_no_outcome', eventIds: acceptIds, detail: `${whole ? 'whole' : 'part'}, no outcome` }, ...rest],
    };
  }

  const settle = outcome.reason === 'page-exit' || outcome.reason === 'document-closed' ? rules.unsettledFactor : 1;
  const ids = [...acceptIds, outcome.id];
  const final = outcome.finalText;
  if (final.trim() === '' && accepted.trim() !== '') {
    return {
      label: 'rejected',
      confidence: rules.undoneConfidence * settle,
      evidence: [{ rule: 'completion_undone', eventIds: ids, detail: 'accepted, then deleted' }, ...rest],
    };
  }
  if (squash(final) === squash(accepted)) {
    return whole
      ? {
          label: 'accepted',
          confidence: rules.keptConfidence * settle,
          target: final,
          evidence: [{ rule: 'completion_kept', eventIds: ids, detail: `kept (${outcome.reason})` }, ...rest],
        }
      : {
          label: 'partial',
          confidence: rules.partialConfidence * settle,
          target: final,
          evidence: [
            { rule: 'completion_partial', eventIds: ids, detail: `${accepted.length} of ${shown.text.length} characters kept` },
            ...rest,
          ],
        };
  }
  const similarity = 1 - outcome.editDistance / Math.max(1, accepted.length, final.length);
  const rewritten = similarity < rules.rewrittenBelow;
  return {
    label: 'refined',
    confidence: (rewritten ? rules.rewrittenConfidence : rules.refinedConfidence) * settle,
    target: final,
    evidence: [
      {
        rule: 'completion_refined',
        eventIds: ids,
        detail: `${whole ? 'accepted' : 'partly accepted'}, then edited: ${outcome.editDistance} characters changed${
          rewritten ? ' (rewritten)' : ''
        }`,
      },
      ...rest,
    ],
  };
}

const rejectionRule = (how: CompletionRejection) => (how === 'replaced' ? 'completion_replaced' : 'completion_rejected');

function rejectionConfidence(how: CompletionRejection, rules: CompletionRules): number {
  const r = rules.rejected;
  const byHow: Record<CompletionRejection, number> = {
    escape: r.escape,
    'typed-over': r.typedOver,
    'cursor-moved': r.cursorMoved,
    replaced: r.replaced,
    blur: r.blur,
    'page-exit': r.pageExit,
  };
  return byHow[how];
}

const squash = (s: string) => s.replace(/\s+/g, '');

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 1000) / 1000;
