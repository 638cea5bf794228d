// What the labeller produces: one label per answer, always with the evidence that produced it, so a reviewer (or a
// later rules version) can see why and relabel without recapture.
export const ANSWER_LABELS = ['accepted', 'rejected', 'refined', 'unknown'] as const;
export type AnswerLabelKind = (typeof ANSWER_LABELS)[number];

export const RULE_NAMES = [
  'copy',
  'thumbs',
  'regenerate',
  'branch_switch',
  'edit_prompt',
  'stop',
  'paste_edit',
  'followup_correction',
  'followup_rephrase',
  'followup_clarification',
  'followup_acceptance',
  'new_chat_rephrase',
  'history_branch',
  'correction_then_accepted',
  'continued',
  'interrupted',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

export interface Evidence {
  rule: RuleName;
  eventIds: string[];
  detail?: string;
}

/** One rule's opinion about one answer, before conflicts are combined. */
export interface Signal extends Evidence {
  /** `refined` signals carry a target; `kept`/`regenerated_away` are structural facts used by the combiner. */
  polarity: 'accept' | 'reject' | 'refine';
  confidence: number;
  /** When the deciding user action happened (ISO); later outcomes beat earlier trials. */
  ts: string;
  /** Explicit user judgement (thumbs): beats every behavioural signal. */
  explicit?: boolean;
  /** A trial of the answer (copy): superseded by a later report that it failed. */
  trial?: boolean;
  /** Outcome report (follow-up correction or acceptance). */
  outcome?: boolean;
  /** For corrections: the answer failed (wrong, error trace), not just a changed request ("instead", "I meant"). */
  failure?: boolean;
  /** Answer was regenerated away and another variant kept: vetoes accepted/refined. */
  veto?: boolean;
  target?: string;
  /** For refinements taken from a later answer. */
  targetMessageId?: string;
  /** Reject signals this refinement accounts for (a correction is what led to the better answer). */
  explains?: RuleName[];
}

export interface AnswerLabel {
  conversationKey: string;
  messageId: string;
  /** The response event's id. */
  eventId: string;
  label: AnswerLabelKind;
  confidence: number;
  evidence: Evidence[];
  /** For `refined`: the better answer the user showed (paste-back edit or the accepted answer after a correction). */
  target?: string;
  /** Answer the target came from, when it is another answer (correction then accepted). */
  targetMessageId?: string;
  /** Passed over for another variant (regenerated or switched away): never an SFT target, whatever the label. */
  vetoed?: boolean;
  rulesVersion: string;
}
