import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countsOf, summariseEvents } from '../core/counts';
import { LABEL_RULES_VERSION } from '../core/labeller';
import { makeEvent } from '../../test/support/make-event';
import { openBackgroundStore } from './api';
import { moveTally } from './acceptance';
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
    dirty: await db.dirty.where('conv').equals(conv).count(),
    meta: meta.filter((k) => String(k).includes(conv)).length,
  };
}
const NONE = { conversations: 0, reviewAnswers: 0, conversationLabels: 0, dirty: 0, meta: 0 };

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

describe('derived rows kept by the background', () => {
  const answerOf = (events: ReturnType<typeof conversation>) => events[1]!;

  it('follows appended events through the dirty list: behind until updated, then the tally moves by the difference', async () => {
    const { store } = fresh();
    const [prompt, answer] = conversation('c1', 1);
    await store.append([prompt!, answer!]);
    expect(await store.derivedBacklog()).toBe(1);
    expect(await store.updateDerived()).toEqual({ done: 1, remaining: 0 });
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, labelled: 0, accepted: 0 });
    await store.append([makeEvent('feedback', { conversationId: 'c1', messageId: 'a1', rating: 'up' })]);
    expect(await store.derivedBacklog()).toBe(1);
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 0 });
    await store.updateDerived();
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, labelled: 1, accepted: 1 });
    expect((await store.answersPage(0, 1))[0]).toMatchObject({ label: 'accepted', signalKinds: ['feedback'] });
  });

  it('relabels an answer replaced in place by its whole record (same sequence number, same event count)', async () => {
    const { db, store } = fresh();
    const events = conversation('c1', 1);
    const whole = answerOf(events);
    const cut = { ...whole, text: 'Ans', complete: 'interrupted' as const };
    await store.append([events[0]!, cut, events[2]!]);
    await store.updateDerived();
    const before = (await db.conversationLabels.get('chatgpt:c1'))!;
    expect(before.labels![0]!.evidence.map((e) => e.rule)).toContain('interrupted');
    expect(await store.append([whole])).toMatchObject({ stored: 0, completed: 1, conversations: ['chatgpt:c1'] });
    expect(await store.derivedBacklog()).toBe(1);
    await store.updateDerived();
    const after = (await db.conversationLabels.get('chatgpt:c1'))!;
    expect(after.events).toBe(before.events);
    expect(after.labels![0]!.evidence.map((e) => e.rule)).not.toContain('interrupted');
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 1 });
  });

  it('resumes after being stopped between batches, as a worker killed mid-way would be', async () => {
    const { db, store } = fresh();
    await store.append(['c1', 'c2', 'c3', 'c4', 'c5'].flatMap((id) => conversation(id, 1)));
    await store.updateDerived(); // the first run after install: a rebuild of everything
    await store.append(['c6', 'c7', 'c8'].flatMap((id) => conversation(id, 1)));
    let batches = 0;
    const killed = store.updateDerived({
      batch: 2,
      pause: () => (++batches === 1 ? Promise.reject(new Error('worker killed')) : Promise.resolve()),
    });
    await expect(killed).rejects.toThrow('worker killed');
    expect(await store.derivedBacklog()).toBe(1);
    // A new worker opens the same database and drains what is left.
    const restarted = openBackgroundStore(new EchoDB(db.name));
    expect(await restarted.updateDerived()).toEqual({ done: 1, remaining: 0 });
    expect((await restarted.acceptanceSummary()).overall).toMatchObject({ answers: 8, accepted: 8 });
    expect(await restarted.answerCount()).toBe(8);
  });

  it('rebuilds every conversation in batches when the rules version changes, resumably, and moves the tally with it', async () => {
    const { db, store } = fresh();
    await store.append(['c1', 'c2', 'c3'].flatMap((id) => conversation(id, 1)));
    await store.updateDerived();
    // What an older rules version said about the same events: rejected, with the tally to match.
    const older = (await db.conversationLabels.toArray()).map((r) => ({
      ...r,
      rulesVersion: 'older-rules',
      answers: r.answers.map(([m, ts]) => [m, ts, 'rejected'] as LabelledAnswer),
    }));
    await db.conversationLabels.bulkPut(older);
    await db.meta.put({ key: 'acceptance', value: moveTally({}, [], older) });
    await db.meta.put({ key: 'derived', value: { rulesVersion: 'older-rules' } });
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 3, rejected: 3 });
    expect(await store.derivedBacklog()).toBe(3);

    expect(await store.updateDerived({ batch: 2, maxBatches: 1 })).toEqual({ done: 2, remaining: 1 });
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 3, accepted: 2, rejected: 1 });
    expect(await store.updateDerived({ batch: 2 })).toEqual({ done: 1, remaining: 0 });
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 3, accepted: 3, rejected: 0 });
    for (const row of await db.conversationLabels.toArray()) expect(row.rulesVersion).toBe(LABEL_RULES_VERSION);
  });

  it('leaves no derived row of a conversation deleted in review, by retention or by delete everything', async () => {
    const { db, store } = fresh();
    const now = new Date('2026-03-31T00:00:00.000Z');
    await store.append([...conversation('c1', 1), ...conversation('c2', 40), ...conversation('c3', 1)]);
    await store.updateDerived();
    const kept = { conversations: 1, reviewAnswers: 1, conversationLabels: 1, dirty: 0, meta: 0 };
    expect(await rowsOf(db, 'chatgpt:c1')).toEqual(kept);

    await store.deleteConversations(['chatgpt:c1']);
    expect(await rowsOf(db, 'chatgpt:c1')).toEqual(NONE);

    await store.applyRetention(30, now);
    expect(await rowsOf(db, 'chatgpt:c2')).toEqual(NONE);
    expect(await rowsOf(db, 'chatgpt:c3')).toEqual(kept);
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 1 });

    await store.deleteEverything();
    expect(await rowsOf(db, 'chatgpt:c3')).toEqual(NONE);
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 0 });
  });

  it('restores a deleted conversation with its rows and its share of the tally on undo', async () => {
    const { db, store } = fresh();
    await store.append(conversation('c1', 1));
    await store.updateDerived();
    const undo = await store.deleteConversations(['chatgpt:c1']);
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 0 });
    await undo();
    expect(await rowsOf(db, 'chatgpt:c1')).toMatchObject({ conversations: 1, reviewAnswers: 1, conversationLabels: 1 });
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 1 });
    await store.updateDerived();
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 1 });
  });
});
