// Rows of the review tables (declared in src/store/db.ts). `reviewAnswers` is derived and recomputable from the event log;
// `exclusions`, `labelOverrides` and `redactions` are user decisions, the only review data that is not.
import type { EventKind } from '../core/events';
import type { AnswerLabelKind } from '../core/labeller/types';
import type { RedactionKind } from '../core/redaction/types';

export interface AnswerIndexRow {
  /** The response event's id. */
  eventId: string;
  conv: string;
  site: string;
  messageId: string;
  model: string;
  ts: string;
  label: AnswerLabelKind;
  confidence: number;
  /** Copied from `labelOverrides` so filters read one row. */
  userLabel?: AnswerLabelKind;
  signalKinds: EventKind[];
  signalCount: number;
  /** Display snippets with the user's redactions already applied. */
  title: string;
  snippet: string;
}

export interface ExclusionRow {
  /** `conversation:<conv>` or `answer:<response event id>`. */
  key: string;
  scope: 'conversation' | 'answer';
  conv: string;
  eventId?: string;
  messageId?: string;
  at: string;
}

export interface LabelOverrideRow {
  /** The response event's id. */
  eventId: string;
  conv: string;
  messageId: string;
  label: AnswerLabelKind;
  /** The machine label when the user overrode it (the export recomputes it; this is for display and audit). */
  machineLabel: AnswerLabelKind;
  machineConfidence: number;
  rulesVersion: string;
  at: string;
}

export interface RedactionRow {
  id: string;
  conv: string;
  /** Event and field the user marked; the value is redacted wherever it occurs in the conversation. */
  eventId: string;
  field: string;
  start: number;
  end: number;
  /** The marked text itself: it is what gets replaced everywhere (never exported). */
  value: string;
  kind: RedactionKind;
  at: string;
  /** The person keeps this value the export's rules would redact (review's "keep"): never a redaction itself. */
  keep?: true;
}
