// User decisions from the review page: exclusions, label overrides, redactions, and deleting conversations for
// good. Each change returns its own undo. `loadReviewDecisions` is what the export reads (docs/review-decisions.md).
import type { AnswerLabelKind } from '../core/labeller/types';
import type { RedactionKind } from '../core/redaction/types';
import type { ReviewDecisions, UserRedaction } from '../core/review/decisions';
import type { ConversationLabelsRow, EchoDB, StoredEvent } from './db';
import { writeTallyChange } from './acceptance';
import { writeCompletionTallyChange } from './completions';
import { derivedScope, recomputeDerived } from './derived';
import { takeSeqs } from './event-log';
import type { AnswerIndexRow, ExclusionRow, LabelOverrideRow, RedactionRow } from './review-types';

export type Undo = () => Promise<void>;

export interface AnswerRef {
  conv: string;
  eventId: string;
  messageId: string;
}

export type ExclusionTarget = { scope: 'conversation'; conv: string } | ({ scope: 'answer' } & AnswerRef);

const exclusionKey = (t: ExclusionTarget) => (t.scope === 'conversation' ? `conversation:${t.conv}` : `answer:${t.eventId}`);

/** Every decision, in the shape the pure `reviewConversation` applies. Small tables: read whole. */
export async function loadReviewDecisions(db: EchoDB): Promise<ReviewDecisions> {
  const [exclusions, overrides, redactions] = await Promise.all([
    db.exclusions.toArray(),
    db.labelOverrides.toArray(),
    db.redactions.toArray(),
  ]);
  const byConv = new Map<string, UserRedaction[]>();
  const kept = new Map<string, string[]>();
  for (const r of redactions) {
    if (r.keep) kept.set(r.conv, [...(kept.get(r.conv) ?? []), r.value]);
    else byConv.set(r.conv, [...(byConv.get(r.conv) ?? []), { value: r.value, kind: r.kind }]);
  }
  return {
    excludedConversations: new Set(exclusions.filter((x) => x.scope === 'conversation').map((x) => x.conv)),
    excludedAnswers: new Set(exclusions.filter((x) => x.scope === 'answer').map((x) => x.eventId!)),
    labelOverrides: new Map(overrides.map((o) => [o.eventId, o.label])),
    redactions: byConv,
    kept,
  };
}

export interface ConversationDecisions {
  conversationExcluded: boolean;
  excludedAnswers: Set<string>;
  overrides: Map<string, LabelOverrideRow>;
  redactions: RedactionRow[];
  /** Values the export's rules find that the person keeps (rows with `keep`). */
  kept: RedactionRow[];
}

export async function decisionsForConversation(db: EchoDB, conv: string): Promise<ConversationDecisions> {
  const [exclusions, overrides, redactions] = await Promise.all([
    db.exclusions.where('conv').equals(conv).toArray(),
    db.labelOverrides.where('conv').equals(conv).toArray(),
    db.redactions.where('conv').equals(conv).toArray(),
  ]);
  return {
    conversationExcluded: exclusions.some((x) => x.scope === 'conversation'),
    excludedAnswers: new Set(exclusions.filter((x) => x.scope === 'answer').map((x) => x.eventId!)),
    overrides: new Map(overrides.map((o) => [o.eventId, o])),
    redactions: redactions.filter((r) => !r.keep),
    kept: redactions.filter((r) => r.keep),
  };
}

/** Which of these answers / conversations are excluded (for badges on visible rows). */
export async function exclusionsFor(db: EchoDB, keys: { convs: string[]; eventIds: string[] }): Promise<Set<string>> {
  const wanted = [...keys.convs.map((c) => `conversation:${c}`), ...keys.eventIds.map((e) => `answer:${e}`)];
  const rows = await db.exclusions.bulkGet(wanted);
  return new Set(rows.filter((r): r is ExclusionRow => !!r).map((r) => r.key));
}

export async function setExcluded(db: EchoDB, targets: readonly ExclusionTarget[], excluded: boolean, now = new Date()): Promise<Undo> {
  const keys = targets.map(exclusionKey);
  const before = await db.exclusions.bulkGet(keys);
  if (excluded) {
    const at = now.toISOString();
    await db.exclusions.bulkPut(
      targets.map((t) =>
        t.scope === 'conversation'
          ? { key: exclusionKey(t), scope: 'conversation', conv: t.conv, at }
          : { key: exclusionKey(t), scope: 'answer', conv: t.conv, eventId: t.eventId, messageId: t.messageId, at },
      ),
    );
  } else {
    await db.exclusions.bulkDelete(keys);
  }
  return async () => {
    await db.transaction('rw', db.exclusions, async () => {
      await db.exclusions.bulkDelete(keys.filter((_, i) => !before[i]));
      await db.exclusions.bulkPut(before.filter((r): r is ExclusionRow => !!r));
    });
  };
}

export interface LabelTarget extends AnswerRef {
  machineLabel: AnswerLabelKind;
  machineConfidence: number;
  rulesVersion: string;
}

/** Sets (or with `null` clears) the user's label on answers; the machine label stays as it is. */
export async function setUserLabel(
  db: EchoDB,
  targets: readonly LabelTarget[],
  label: AnswerLabelKind | null,
  now = new Date(),
): Promise<Undo> {
  const ids = targets.map((t) => t.eventId);
  const before = await db.labelOverrides.bulkGet(ids);
  const apply = async (rows: LabelOverrideRow[], drop: string[]) => {
    await db.transaction('rw', db.labelOverrides, db.reviewAnswers, async () => {
      await db.labelOverrides.bulkDelete(drop);
      await db.labelOverrides.bulkPut(rows);
      const byId = new Map(rows.map((r) => [r.eventId, r.label]));
      await db.reviewAnswers.where('eventId').anyOf(ids).modify((row: AnswerIndexRow) => {
        const l = byId.get(row.eventId);
        if (l) row.userLabel = l;
        else delete row.userLabel;
      });
    });
  };
  const at = now.toISOString();
  await apply(
    label
      ? targets.map((t) => ({
          eventId: t.eventId,
          conv: t.conv,
          messageId: t.messageId,
          label,
          machineLabel: t.machineLabel,
          machineConfidence: t.machineConfidence,
          rulesVersion: t.rulesVersion,
          at,
        }))
      : [],
    label ? [] : ids,
  );
  return () => apply(before.filter((r): r is LabelOverrideRow => !!r), ids.filter((_, i) => !before[i]));
}

export interface RedactionInput {
  conv: string;
  eventId: string;
  field: string;
  start: number;
  end: number;
  value: string;
  kind: RedactionKind;
  /** Keep this value the rules would redact, instead of redacting it. */
  keep?: true;
}

/** A redaction changes the titles and snippets shown in the review index, so its conversation is reindexed. */
export async function addRedaction(db: EchoDB, input: RedactionInput, now = new Date()): Promise<Undo> {
  const id = `redaction:${crypto.randomUUID()}`;
  await db.redactions.put({ ...input, id, at: now.toISOString() });
  await recomputeDerived(db, [input.conv], ['answerIndex']);
  return async () => {
    await db.redactions.delete(id);
    await recomputeDerived(db, [input.conv], ['answerIndex']);
  };
}

/** Takes back a redaction or a keep (the review page's "redact again" / "unmark"), with its own undo. */
export async function removeRedaction(db: EchoDB, id: string): Promise<Undo> {
  const row = await db.redactions.get(id);
  if (!row) return () => Promise.resolve();
  await db.redactions.delete(id);
  await recomputeDerived(db, [row.conv], ['answerIndex']);
  return async () => {
    await db.redactions.put(row);
    await recomputeDerived(db, [row.conv], ['answerIndex']);
  };
}

interface DeletedConversations {
  events: StoredEvent[];
  answers: AnswerIndexRow[];
  labels: ConversationLabelsRow[];
  exclusions: ExclusionRow[];
  overrides: LabelOverrideRow[];
  redactions: RedactionRow[];
}

/**
 * Deletes conversations for good: their events, decisions and every derived row (summary, counts, index, labels).
 * The undo restores them from memory while the page is open (events get fresh sequence numbers, since new
 * captures may have taken theirs, and summaries are refolded from what is then stored); once the page closes
 * they are gone.
 */
export async function deleteConversations(db: EchoDB, convs: readonly string[]): Promise<Undo> {
  const keys = [...convs];
  const tables = [...derivedScope(db), db.exclusions];
  const deleted: DeletedConversations = await db.transaction('rw', tables, async () => {
    const snapshot: DeletedConversations = {
      events: await db.events.where('conv').anyOf(keys).toArray(),
      answers: await db.reviewAnswers.where('conv').anyOf(keys).toArray(),
      labels: (await db.conversationLabels.bulkGet(keys)).filter((r): r is ConversationLabelsRow => !!r),
      exclusions: await db.exclusions.where('conv').anyOf(keys).toArray(),
      overrides: await db.labelOverrides.where('conv').anyOf(keys).toArray(),
      redactions: await db.redactions.where('conv').anyOf(keys).toArray(),
    };
    await db.events.bulkDelete(snapshot.events.map((e) => e.id));
    await db.exclusions.bulkDelete(snapshot.exclusions.map((x) => x.key));
    await db.labelOverrides.bulkDelete(snapshot.overrides.map((o) => o.eventId));
    await db.redactions.bulkDelete(snapshot.redactions.map((r) => r.id));
    await recomputeDerived(db, keys);
    return snapshot;
  });
  return async () => {
    await db.transaction('rw', tables, async () => {
      const present = new Set((await db.events.bulkGet(deleted.events.map((e) => e.id))).filter(Boolean).map((e) => e!.id));
      const restore = deleted.events.filter((e) => !present.has(e.id)).sort((a, b) => a.seq - b.seq);
      let seq = await takeSeqs(db, restore.length);
      await db.events.bulkAdd(restore.map((e) => ({ ...e, seq: seq++ })));
      await db.exclusions.bulkPut(deleted.exclusions);
      await db.labelOverrides.bulkPut(deleted.overrides);
      await db.redactions.bulkPut(deleted.redactions);
      await recomputeDerived(db, keys, ['summaries']);
      // The label rows as they were, at once (relabelling could take long on a big undo); the conversations go on
      // the dirty list too, so the background redoes any that were captured again meanwhile.
      await db.reviewAnswers.bulkPut(deleted.answers);
      const before = await db.conversationLabels.bulkGet(deleted.labels.map((r) => r.conv));
      await db.conversationLabels.bulkPut(deleted.labels);
      await writeTallyChange(db, before, deleted.labels);
      await writeCompletionTallyChange(db, before, deleted.labels);
      await db.dirty.bulkPut(keys.map((conv) => ({ conv })));
    });
  };
}

/** The user's redactions of these conversations, for showing their titles and snippets redacted. */
export async function redactionsFor(db: EchoDB, convs: readonly string[]): Promise<Map<string, UserRedaction[]>> {
  const out = new Map<string, UserRedaction[]>();
  if (!convs.length) return out;
  for (const r of await db.redactions.where('conv').anyOf([...convs]).toArray()) {
    if (!r.keep) out.set(r.conv, [...(out.get(r.conv) ?? []), r]);
  }
  return out;
}
