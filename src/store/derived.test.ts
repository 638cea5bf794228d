import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countsOf, summariseEvents } from '../core/counts';
import { LABEL_RULES_VERSION } from '../core/labeller';
import { makeEvent } from '../../test/support/make-event';
import { openBackgroundStore } from './api';
import { EchoDB, type LabelledAnswer } from './db';

let n = 0;
const fresh = () => {
  const db = new EchoDB(`derived-${++n}`);
  return { db, store: openBackgroundStore(db) };
};

/** A conversation whose answer is accepted (thumbs up), `daysAgo` days before 2026-03-31. */
function conversation(id: string, daysAgo: number, site = 'chatgpt') {
  const day = new Date(Date.parse('2026-03-31T00:00:00.000Z') - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const base = { site, conversationId: id };
  return [
    makeEvent('prompt', { ...base, ts: `${day}T10:00:00.000Z`, messageId: 'u1', text: `Question ${id}` }),
    makeEvent('response', {
      ...base,
      ts: `${day}T10:00:05.000Z`,
      messageId: 'a1',
      parentId: 'u1',
      text: `Answer ${id}`,
      codeBlocks: [],
      model: 'gpt-4o',
      complete: 'finished',
    }),
    makeEvent('feedback', { ...base, ts: `${day}T10:00:09.000Z`, messageId: 'a1', rating: 'up' }),
  ];
}

/** What the counts must be: the one fold, from scratch, over the events still stored. */
async function recount(db: EchoDB) {
  const byConv = new Map<string, ReturnType<typeof conversation>[number][]>();
  for (const row of await db.events.orderBy('seq').toArray()) byConv.set(row.conv, [...(byConv.get(row.conv) ?? []), row.event as never]);
  return countsOf([...byConv.values()].map((events) => summariseEvents(events)!));
}

/** Every derived or cached row that names this conversation. */
async function rowsOf(db: EchoDB, conv: string) {
  const meta = await db.meta.toCollection().primaryKeys();
  return {
    conversations: await db.conversations.where('key').equals(conv).count(),
    reviewAnswers: await db.reviewAnswers.where('conv').equals(conv).count(),
    conversationLabels: await db.conversationLabels.where('conv').equals(conv).count(),
    meta: meta.filter((k) => String(k).includes(conv)).length,
  };
}
const NONE = { conversations: 0, reviewAnswers: 0, conversationLabels: 0, meta: 0 };

describe('one counter', () => {
  it('keeps counts equal to a recount from the stored events through append, delete, undo and retention', async () => {
    const { db, store } = fresh();
    const now = new Date('2026-03-31T00:00:00.000Z');
    const c1 = conversation('c1', 40);
    const c2 = conversation('c2', 1, 'claude');
    const c3 = conversation('c3', 2);
    await store.append([...c1, ...c2]);
    await store.append([...c3, c2[0]!]);
    expect(await store.counts()).toEqual(await recount(db));

    const undo = await store.deleteConversations(['claude:c2']);
    expect(await store.counts()).toEqual(await recount(db));
    expect(await store.counts()).toMatchObject({ conversations: 2, answers: 2 });
    // The page is still open with its undo when the conversation's first prompt is captured again.
    await store.append([c2[0]!]);
    await undo();
    expect(await store.counts()).toEqual(await recount(db));
    expect(await store.counts()).toMatchObject({ conversations: 3, answers: 3 });

    // A follow-up in c1 today: retention removes c1's old events but keeps the conversation.
    const followUp = { conversationId: 'c1', ts: '2026-03-30T09:00:00.000Z', messageId: 'u2', parentId: 'a1', text: 'still there?' };
    await store.append([makeEvent('prompt', followUp)]);
    expect(await store.applyRetention(30, now)).toBe(3);
    expect(await store.counts()).toEqual(await recount(db));
    expect(await store.counts()).toMatchObject({ conversations: 3, prompts: 3, answers: 2, signals: 2 });
    expect(await db.conversations.get('chatgpt:c1')).toMatchObject({ title: 'still there?', prompts: 1, answers: 0 });
  });
});

describe('label caches', () => {
  it('recomputes the popup acceptance when the rules version changed, even with the same events', async () => {
    const { db, store } = fresh();
    await store.append(conversation('c1', 1));
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 1, rejected: 0 });
    // What an older rules version said about the same three events.
    const answers: LabelledAnswer[] = [['gpt-4o', '2026-03-30T10:00:05.000Z', 'rejected']];
    await db.conversationLabels.put({ conv: 'chatgpt:c1', rulesVersion: 'older-rules', events: 3, answers });
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 1, rejected: 0 });
    expect(await db.conversationLabels.get('chatgpt:c1')).toMatchObject({ rulesVersion: LABEL_RULES_VERSION });
  });

  it('trusts a row of the current rules version until the conversation gains events', async () => {
    const { db, store } = fresh();
    const events = conversation('c1', 1);
    await store.append(events);
    const answers: LabelledAnswer[] = [['gpt-4o', events[1]!.ts, 'rejected']];
    await db.conversationLabels.put({ conv: 'chatgpt:c1', rulesVersion: LABEL_RULES_VERSION, events: 3, answers });
    expect((await store.acceptanceSummary()).overall).toMatchObject({ rejected: 1 });
    const copy = makeEvent('copy', { conversationId: 'c1', messageId: 'a1', via: 'button', text: 'Answer c1', start: 0, end: 9, share: 1 });
    await store.append([copy]);
    expect((await store.acceptanceSummary()).overall).toMatchObject({ accepted: 1, rejected: 0 });
  });

  it('leaves no derived row of a conversation deleted in review, by retention or by delete everything', async () => {
    const { db, store } = fresh();
    const now = new Date('2026-03-31T00:00:00.000Z');
    await store.append([...conversation('c1', 1), ...conversation('c2', 40), ...conversation('c3', 1)]);
    await store.updateAnswerIndex();
    await store.acceptanceSummary();
    expect(await rowsOf(db, 'chatgpt:c1')).toEqual({ conversations: 1, reviewAnswers: 1, conversationLabels: 1, meta: 0 });

    await store.deleteConversations(['chatgpt:c1']);
    expect(await rowsOf(db, 'chatgpt:c1')).toEqual(NONE);

    await store.applyRetention(30, now);
    expect(await rowsOf(db, 'chatgpt:c2')).toEqual(NONE);
    expect(await rowsOf(db, 'chatgpt:c3')).toEqual({ conversations: 1, reviewAnswers: 1, conversationLabels: 1, meta: 0 });

    await store.deleteEverything();
    expect(await rowsOf(db, 'chatgpt:c3')).toEqual(NONE);
  });

  it('restores a deleted conversation with its rows on undo', async () => {
    const { db, store } = fresh();
    await store.append(conversation('c1', 1));
    await store.updateAnswerIndex();
    const undo = await store.deleteConversations(['chatgpt:c1']);
    await undo();
    expect(await rowsOf(db, 'chatgpt:c1')).toEqual({ conversations: 1, reviewAnswers: 1, conversationLabels: 1, meta: 0 });
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 1 });
  });
});
