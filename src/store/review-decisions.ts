// User decisions from the review page: exclusions, label overrides, redactions, and deleting conversations for
// good. Each change returns its own undo. `loadReviewDecisions` is what the export reads (docs/review-decisions.md).
import type { AnswerLabelKind } from '../core/labeller/types';
import type { RedactionKind } from '../core/redaction/types';
import type { ReviewDecisions, UserRedaction } from '../core/review/decisions';
import type { Counts } from '../messages';
import { type ConversationRow, type EventStore, isSignal, type StoredEvent } from './db';
import { reindexConversations } from './review-index';
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
export async function loadReviewDecisions(store: EventStore): Promise<ReviewDecisions> {
  const { db } = store;
  const [exclusions, overrides, redactions] = await Promise.all([db.exclusions.toArray(), db.labelOverrides.toArray(), db.redactions.toArray()]);
  const byConv = new Map<string, UserRedaction[]>();
  for (const r of redactions) byConv.set(r.conv, [...(byConv.get(r.conv) ?? []), { value: r.value, kind: r.kind }]);
  return {
    excludedConversations: new Set(exclusions.filter((x) => x.scope === 'conversation').map((x) => x.conv)),
    excludedAnswers: new Set(exclusions.filter((x) => x.scope === 'answer').map((x) => x.eventId!)),
    labelOverrides: new Map(overrides.map((o) => [o.eventId, o.label])),
    redactions: byConv,
  };
}

export interface ConversationDecisions {
  conversationExcluded: boolean;
  excludedAnswers: Set<string>;
  overrides: Map<string, LabelOverrideRow>;
  redactions: RedactionRow[];
}

export async function decisionsForConversation(store: EventStore, conv: string): Promise<ConversationDecisions> {
  const { db } = store;
  const [exclusions, overrides, redactions] = await Promise.all([
    db.exclusions.where('conv').equals(conv).toArray(),
    db.labelOverrides.where('conv').equals(conv).toArray(),
    db.redactions.where('conv').equals(conv).toArray(),
  ]);
  return {
    conversationExcluded: exclusions.some((x) => x.scope === 'conversation'),
    excludedAnswers: new Set(exclusions.filter((x) => x.scope === 'answer').map((x) => x.eventId!)),
    overrides: new Map(overrides.map((o) => [o.eventId, o])),
    redactions,
  };
}

/** Which of these answers / conversations are excluded (for badges on visible rows). */
export async function exclusionsFor(store: EventStore, keys: { convs: string[]; eventIds: string[] }): Promise<Set<string>> {
  const wanted = [...keys.convs.map((c) => `conversation:${c}`), ...keys.eventIds.map((e) => `answer:${e}`)];
  const rows = await store.db.exclusions.bulkGet(wanted);
  return new Set(rows.filter((r): r is ExclusionRow => !!r).map((r) => r.key));
}

export async function setExcluded(store: EventStore, targets: readonly ExclusionTarget[], excluded: boolean, now = new Date()): Promise<Undo> {
  const { db } = store;
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
export async function setUserLabel(store: EventStore, targets: readonly LabelTarget[], label: AnswerLabelKind | null, now = new Date()): Promise<Undo> {
  const { db } = store;
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
    label ? targets.map((t) => ({ eventId: t.eventId, conv: t.conv, messageId: t.messageId, label, machineLabel: t.machineLabel, machineConfidence: t.machineConfidence, rulesVersion: t.rulesVersion, at })) : [],
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
}

export async function addRedaction(store: EventStore, input: RedactionInput, now = new Date()): Promise<Undo> {
  const { db } = store;
  const id = `redaction:${crypto.randomUUID()}`;
  await db.redactions.put({ ...input, id, at: now.toISOString() });
  await reindexConversations(store, [input.conv]);
  return async () => {
    await db.redactions.delete(id);
    await reindexConversations(store, [input.conv]);
  };
}

export async function removeRedaction(store: EventStore, row: RedactionRow): Promise<Undo> {
  await store.db.redactions.delete(row.id);
  await reindexConversations(store, [row.conv]);
  return async () => {
    await store.db.redactions.put(row);
    await reindexConversations(store, [row.conv]);
  };
}

interface DeletedConversations {
  events: StoredEvent[];
  conversations: ConversationRow[];
  answers: AnswerIndexRow[];
  exclusions: ExclusionRow[];
  overrides: LabelOverrideRow[];
  redactions: RedactionRow[];
}

function adjustCounts(counts: Counts, events: readonly StoredEvent[], conversations: number, sign: 1 | -1): Counts {
  const next: Counts = { ...counts, byKind: { ...counts.byKind } };
  next.conversations += sign * conversations;
  for (const { kind } of events) {
    next.byKind[kind] = Math.max(0, (next.byKind[kind] ?? 0) + sign);
    if (kind === 'prompt') next.prompts += sign;
    else if (kind === 'response') next.answers += sign;
    else if (isSignal(kind)) next.signals += sign;
  }
  return next;
}

/**
 * Deletes conversations for good: their events, summary, index rows and decisions, with the counters adjusted.
 * The undo restores them from memory while the page is open (events get fresh sequence numbers, since new
 * captures may have taken theirs); once the page closes they are gone.
 */
export async function deleteConversations(store: EventStore, convs: readonly string[]): Promise<Undo> {
  const { db } = store;
  const tables = [db.events, db.conversations, db.meta, db.reviewAnswers, db.exclusions, db.labelOverrides, db.redactions];
  const deleted: DeletedConversations = await db.transaction('rw', tables, async () => {
    const keys = [...convs];
    const snapshot: DeletedConversations = {
      events: await db.events.where('conv').anyOf(keys).toArray(),
      conversations: (await db.conversations.bulkGet(keys)).filter((c): c is ConversationRow => !!c),
      answers: await db.reviewAnswers.where('conv').anyOf(keys).toArray(),
      exclusions: await db.exclusions.where('conv').anyOf(keys).toArray(),
      overrides: await db.labelOverrides.where('conv').anyOf(keys).toArray(),
      redactions: await db.redactions.where('conv').anyOf(keys).toArray(),
    };
    await db.events.bulkDelete(snapshot.events.map((e) => e.id));
    await db.conversations.bulkDelete(keys);
    await db.reviewAnswers.bulkDelete(snapshot.answers.map((a) => a.eventId));
    await db.exclusions.bulkDelete(snapshot.exclusions.map((x) => x.key));
    await db.labelOverrides.bulkDelete(snapshot.overrides.map((o) => o.eventId));
    await db.redactions.bulkDelete(snapshot.redactions.map((r) => r.id));
    const counts = (await db.meta.get('counts'))?.value as Counts | undefined;
    if (counts) await db.meta.put({ key: 'counts', value: adjustCounts(counts, snapshot.events, snapshot.conversations.length, -1) });
    return snapshot;
  });
  return async () => {
    await db.transaction('rw', tables, async () => {
      const present = new Set((await db.events.bulkGet(deleted.events.map((e) => e.id))).filter(Boolean).map((e) => e!.id));
      const restore = deleted.events.filter((e) => !present.has(e.id)).sort((a, b) => a.seq - b.seq);
      let seq = (await db.events.orderBy('seq').last())?.seq ?? 0;
      await db.events.bulkAdd(restore.map((e) => ({ ...e, seq: ++seq })));
      await db.conversations.bulkPut(deleted.conversations);
      await db.reviewAnswers.bulkPut(deleted.answers);
      await db.exclusions.bulkPut(deleted.exclusions);
      await db.labelOverrides.bulkPut(deleted.overrides);
      await db.redactions.bulkPut(deleted.redactions);
      const counts = (await db.meta.get('counts'))?.value as Counts | undefined;
      if (counts) await db.meta.put({ key: 'counts', value: adjustCounts(counts, restore, deleted.conversations.length, 1) });
    });
  };
}

/** The user's redactions of these conversations, for showing their titles and snippets redacted. */
export async function redactionsFor(store: EventStore, convs: readonly string[]): Promise<Map<string, UserRedaction[]>> {
  const out = new Map<string, UserRedaction[]>();
  if (!convs.length) return out;
  for (const r of await store.db.redactions.where('conv').anyOf([...convs]).toArray()) out.set(r.conv, [...(out.get(r.conv) ?? []), r]);
  return out;
}
