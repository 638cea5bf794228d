// One conversation as an export writes it: the person's review decisions and the rules' redaction applied to its
// events, its labels (the ones the store keeps while the events are unchanged, else labelled again from the redacted
// log), and the answers the person excluded taken out of events and labels, their ids kept for the samples. What
// review changed is counted in `review` (numbers only, never a value).
import type { CaptureEvent } from '../events';
import { labelEvents, LABEL_RULES_VERSION, type AnswerLabel, type AnswerLabelKind, type resolveRules } from '../labeller';
import { conversationRedactor, effectiveLabel, excludedInConversation, redactEvent, type ReviewDecisions } from '../review/decisions';
import { conversationSpans, redactConversation, type StoredSpans } from './conversation-redaction';
import type { ExportOptions } from './options';

/** What the person's review decisions did to an export, counted over its conversations. */
export interface ReviewCounts {
  excludedConversations: number;
  excludedAnswers: number;
  userLabels: number;
  userRedactions: number;
  keptValues: number;
}

export type ExportedLabel = AnswerLabel & { userLabel?: AnswerLabelKind };

export interface ConversationAsExported {
  events: CaptureEvent[];
  /** The machine's labels, each with the person's own beside it where they gave one. */
  labelled: ExportedLabel[];
  /** What filters, samples and statistics use: the user's label where there is one. */
  effective: (ExportedLabel & ReturnType<typeof effectiveLabel>)[];
  excludedMessageIds: Set<string>;
}

export interface ConversationExportContext {
  options: ExportOptions;
  rules: ReturnType<typeof resolveRules>;
  rulesVersion: string;
  decisions?: ReviewDecisions;
  review: ReviewCounts;
}

export function conversationAsExported(
  raw: CaptureEvent[],
  conv: { key: string; labels?: readonly AnswerLabel[]; redactionSpans?: StoredSpans },
  { options, rules, rulesVersion, decisions, review }: ConversationExportContext,
): ConversationAsExported {
  let events = raw;
  // The user's redactions and the rules' go through one redactor, so a token never means two values.
  const userValues = decisions?.redactions.get(conv.key) ?? [];
  review.userRedactions += userValues.length;
  // Values the rules found that the person kept in review (the same `keep` the review page showed them with).
  const redactWith = options.redaction;
  /** Whether the events now differ from the ones the source's kept labels were computed from. */
  let rewritten = userValues.length > 0;
  if (redactWith && redactWith.level !== 'off') {
    const keep = decisions?.kept?.get(conv.key) ?? [];
    review.keptValues += keep.length;
    const spans = conversationSpans(conv.redactionSpans, redactWith.level, redactWith.disabledRules);
    const redacted = redactConversation(events, { ...spans, add: userValues, keep });
    events = redacted.events;
    rewritten ||= Object.keys(redacted.counts).length > 0 || !sameCopyOffsets(raw, events);
  } else if (userValues.length) {
    const redact = conversationRedactor(userValues);
    events = events.map((e) => redactEvent(e, redact));
  }
  // Labels come from the whole (redacted) log, before exclusions, so excluding one variant does not relabel
  // its siblings; then excluded answers leave every file, and the user's own labels sit beside the machine's.
  // Most conversations hold nothing to redact: their events are unchanged and the kept labels still theirs.
  const keepsLabels = rulesVersion === LABEL_RULES_VERSION && !rewritten;
  const keptLabels = keepsLabels && conv.labels ? conv.labels : null;
  let labelled: ExportedLabel[] = keptLabels ? [...keptLabels] : labelEvents(events, rules);
  if (rulesVersion !== LABEL_RULES_VERSION) labelled = labelled.map((l) => ({ ...l, rulesVersion }));
  let excludedMessageIds = new Set<string>();
  if (decisions) {
    const excluded = excludedInConversation(events, decisions);
    excludedMessageIds = excluded.messageIds;
    review.excludedAnswers += excluded.messageIds.size;
    events = events
      .filter((e) => !excluded.eventIds.has(e.id))
      .map((e) => {
        if (e.kind !== 'paste' || !excluded.messageIds.size) return e;
        return { ...e, matches: e.matches.filter((m) => !excluded.messageIds.has(m.messageId)) };
      });
    labelled = labelled
      .filter((l) => !excluded.messageIds.has(l.messageId))
      .map((l) => {
        const userLabel = decisions.labelOverrides.get(l.eventId);
        if (userLabel) review.userLabels++;
        return userLabel ? { ...l, userLabel } : l;
      });
  }
  const effective = labelled.map((l) => ({ ...l, ...effectiveLabel(l) }));
  return { events, labelled, effective, excludedMessageIds };
}

/**
 * Redaction that replaced nothing leaves every text as it was, but re-anchors copies in their message (the offsets
 * paste provenance reads): the events are the same only if no copy moved.
 */
function sameCopyOffsets(raw: readonly CaptureEvent[], redacted: readonly CaptureEvent[]): boolean {
  if (raw.length !== redacted.length) return false;
  return raw.every((e, i) => {
    const r = redacted[i]!;
    return e.kind !== 'copy' || (r.kind === 'copy' && r.start === e.start && r.end === e.end);
  });
}
