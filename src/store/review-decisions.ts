// User decisions from the review page: exclusions, label overrides, redactions, and deleting conversations for
// good. Each change returns its own undo. Reading them is apart (review-reads.ts), so a page can show its list
// without loading the labeller these changes need (a changed label or exclusion recomputes the derived rows).
import type { AnswerLabelKind } from '../core/labeller/types';
import type { RedactionKind } from '../core/redaction/types';
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
