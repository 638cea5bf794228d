import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/support/make-event';
import { openBackgroundStore } from './api';
import { EchoDB, storedEventRow } from './db';

const events = [
  makeEvent('prompt', { conversationId: 'c1', messageId: 'u1', text: 'Reverse a list' }),
  makeEvent('response', {
    conversationId: 'c1',
    messageId: 'a1',
    parentId: 'u1',
    text: 'xs[::-1]',
    codeBlocks: [],
    model: 'gpt-4o',
    complete: 'finished',
  }),
  makeEvent('feedback', { conversationId: 'c1', messageId: 'a1', rating: 'up' }),
];

/** A database as version 2 of the extension left it: summaries without per-kind counts, drifted counts, an old cache row. */
async function versionTwo(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(2).stores({
    events: 'id, &seq, conv, kind, ts',
    conversations: 'key, site, lastTs',
    meta: 'key',
    reviewAnswers: 'eventId, conv, ts',
    exclusions: 'key, conv',
    labelOverrides: 'eventId, conv',
    redactions: 'id, conv, eventId',
  });
  await old.table('events').bulkAdd(events.map((e, i) => storedEventRow(e, i + 1, '2026-11-25T10:00:00.000Z')));
  await old.table('conversations').put({
    key: 'chatgpt:c1',
    site: 'chatgpt',
    conversationId: 'c1',
    title: 'Reverse a list',
    firstTs: events[0]!.ts,
    lastTs: events[2]!.ts,
    prompts: 1,
    answers: 1,
    signals: 1,
    models: ['gpt-4o'],
  });
  await old.table('meta').bulkPut([
    { key: 'counts', value: { conversations: 2, prompts: 1, answers: 1, signals: 1, byKind: {} } },
    { key: 'acceptance:chatgpt:c1', value: { events: 3, answers: [['gpt-4o', events[1]!.ts, 'rejected']] } },
  ]);
  old.close();
}

describe('schema upgrade to versions 3 and 4', () => {
  it('rebuilds summaries and counts from the log, drops the old label cache and has the background relabel', async () => {
    await versionTwo('upgrade-1');
    const db = new EchoDB('upgrade-1');
    const store = openBackgroundStore(db);
    const byKind = { prompt: 1, response: 1, feedback: 1 };
    expect(await store.counts()).toEqual({ conversations: 1, prompts: 1, answers: 1, signals: 1, byKind });
    expect(await db.conversations.get('chatgpt:c1')).toMatchObject({ byKind });
    expect(await db.meta.toCollection().primaryKeys()).toEqual(['counts', 'derived', 'lastSeq']);
    expect(await store.derivedBacklog()).toBe(1);
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 0 });
    await store.updateDerived();
    expect((await store.acceptanceSummary()).overall).toMatchObject({ answers: 1, accepted: 1, rejected: 0 });
    const copy = makeEvent('copy', { conversationId: 'c1', messageId: 'a1', via: 'button', text: 'xs', start: 0, end: 2, share: 0.2 });
    await store.append([copy]);
    expect((await db.events.orderBy('seq').toArray()).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
  });
});
