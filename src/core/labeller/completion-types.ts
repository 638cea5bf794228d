// What the completion labeller produces: one label per suggestion shown, with the evidence behind it. Kept apart
// from answer labels: a suggestion has two independent facts, how much of it went in (`acceptance`, what the
// paper's acceptance rate counts) and what the user made of it afterwards (`label`, what training uses).
export const COMPLETION_LABELS = ['accepted', 'refined', 'partial', 'rejected', 'unknown'] as const;
export type CompletionLabelKind = (typeof COMPLETION_LABELS)[number];

export const COMPLETION_ACCEPTANCE = ['full', 'partial', 'none'] as const;
export type CompletionAcceptance = (typeof COMPLETION_ACCEPTANCE)[number];

export const COMPLETION_REJECTIONS = ['escape', 'typed-over', 'cursor-moved', 'replaced', 'blur', 'page-exit'] as const;
export type CompletionRejection = (typeof COMPLETION_REJECTIONS)[number];

export const COMPLETION_RULE_NAMES = [
  'completion_kept',
  'completion_refined',
  'completion_partial',
  'completion_undone',
  'completion_no_outcome',
  'completion_rejected',
  'completion_replaced',
  'completion_unjudged',
] as const;
export type CompletionRuleName = (typeof COMPLETION_RULE_NAMES)[number];

export interface CompletionEvidence {
  rule: CompletionRuleName;
  eventIds: string[];
  detail?: string;
}

export interface CompletionLabel {
  conversationKey: string;
  suggestionId: string;
  /** The completion_shown event's id. */
  eventId: string;
  site: string;
  language?: string;
  shownAt: string;
  /**
   * accepted: accepted whole and kept; refined: accepted (whole or part) and then edited, `target` is CN;
   * partial: part accepted and kept, the rest dismissed; rejected: dismissed, replaced, or accepted and deleted
   * again; unknown: no judgement in the log.
   */
  label: CompletionLabelKind;
  acceptance: CompletionAcceptance;
  confidence: number;
  evidence: CompletionEvidence[];
  /** What the user kept (CN, or the accepted text when no outcome was seen): the training target. Absent when rejected. */
  target?: string;
  /** Levenshtein distance from the accepted text to CN, as the outcome reported it. */
  editDistance?: number;
  rejectedHow?: CompletionRejection;
  rulesVersion: string;
}
