// Inline completion rows and acceptance are kept by the background as events arrive, like chat labels: opening the
// popup or the review list reads them (no labelling), they follow new events, a deleted document and its undo, and
// a database from before they were kept is rebuilt. Editor documents are titled by their file (or language).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { accepted, outcome, rejected, shown, syntheticCompletionDocument } from '../../test/support/completion-events';
import { resetTestClock } from '../../test/support/make-event';
import { completionOverview } from '../core/review/completion-rows';
import { openBackgroundStore } from './api';
import { COMPLETION_ACCEPTANCE, EchoDB } from './db';
import { completionSummary } from './completions';

let n = 0;
const fresh = () => {
  const db = new EchoDB(`completions-${++n}`);
  return { db, store: openBackgroundStore(db) };
};

describe('kept completion rows', () => {
  it('are written as events arrive and read on open without labelling, equal to labelling the events afresh', async () => {
    resetTestClock();
    const { db, store } = fresh();
    const docA = syntheticCompletionDocument('a', 0);
    const docB = syntheticCompletionDocument('b', 1);
    await store.append([...docA, ...docB]);
    await store.updateDerived();
    const kept = await db.conversationLabels.get('vscode:a-doc-0');
    const ids = completionOverview([docA], 100).rows.map((r) => r.suggestionId);
    expect(kept?.completions?.map((r) => r.suggestionId)).toEqual(ids.reverse());
    // The review list names an editor document by what was captured: its file, else its language.
    expect((await db.conversations.get('vscode:a-doc-0'))?.title).toBe('python code');
    const expected = completionOverview([docA, docB], 100);
    const popup = await completionSummary(db, 0);
    expect(popup.stats).toEqual(expected.stats);
    expect(popup.rows).toEqual([]);
    const review = await completionSummary(db, 100);
    expect(review.rows.map((r) => [r.conversationKey, r.suggestionId, r.label.label])).toEqual(
      expected.rows.map((r) => [r.conversationKey, r.suggestionId, r.label.label]),
    );
    // Rows are read, not relabelled: a row changed in the store shows as stored.
    await db.conversationLabels.update('vscode:a-doc-0', { completions: kept!.completions!.map((r) => ({ ...r, suggestion: 'kept row' })) });
    expect((await completionSummary(db, 100)).rows.filter((r) => r.suggestion === 'kept row').length).toBe(kept!.completions!.length);
  });

  it('follow a document as its events arrive, and leave with it when it is deleted (and come back on undo)', async () => {
    resetTestClock();
    const { db, store } = fresh();
    const d = { conversationId: 'late-doc' };
    await store.append([shown('s1', 'one()', { ...d, file: 'src/late.py' }), shown('s2', 'two()', d)]);
    expect((await db.conversations.get('vscode:late-doc'))?.title).toBe('src/late.py');
    await store.updateDerived();
    expect((await completionSummary(db, 0)).stats.overall).toMatchObject({ shown: 2, accepted: 0 });
    await store.append([accepted('s1', 'one()', 'full', d), outcome('s1', 'one()', 'one(1)', 'left', d), rejected('s2', 'escape', d)]);
    await store.updateDerived();
    const after = (await completionSummary(db, 0)).stats.overall;
    expect(after).toMatchObject({ shown: 2, accepted: 1, dismissed: 1, refined: 1, rate: 0.5 });

    const undo = await store.deleteConversations(['vscode:late-doc']);
    expect((await completionSummary(db, 0)).stats.overall.shown).toBe(0);
    expect(await db.meta.get(COMPLETION_ACCEPTANCE)).toEqual({ key: COMPLETION_ACCEPTANCE, value: {} });
    await undo();
    expect((await completionSummary(db, 0)).stats.overall).toEqual(after);
    await store.updateDerived();
    expect((await completionSummary(db, 0)).stats.overall).toEqual(after);
  });

  it('show a document captured since the last upkeep from its events until the background catches up', async () => {
    resetTestClock();
    const { db, store } = fresh();
    const doc = syntheticCompletionDocument('c', 0);
    await store.append(doc);
    expect((await completionSummary(db, 100)).rows.length).toBe(completionOverview([doc], 100).rows.length);
  });

  it('are rebuilt for documents a database from before they were kept holds', async () => {
    resetTestClock();
    const doc = syntheticCompletionDocument('d', 0);
    const { db, store } = fresh();
    await store.append(doc);
    await store.updateDerived();
    // The same store as version 4 left it: label rows without completion rows, no completion tally.
    const name = `completions-v4-${++n}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({ ...V2_STORES, conversationLabels: 'conv', dirty: 'conv' });
    await v4.open();
    for (const table of db.tables) {
      const rows = (await table.toArray()) as Record<string, unknown>[];
      const old = rows
        .filter((r) => !(table.name === 'meta' && r.key === COMPLETION_ACCEPTANCE))
        .map((r) => (table.name === 'conversationLabels' ? { ...r, completions: undefined } : r))
        .map((r) => (table.name === 'conversations' ? { ...r, title: '' } : r));
      if (old.length) await v4.table(table.name).bulkPut(old);
    }
    v4.close();
    const upgraded = new EchoDB(name);
    await openBackgroundStore(upgraded).updateDerived();
    expect((await completionSummary(upgraded, 0)).stats).toEqual(completionOverview([doc], 0).stats);
    expect((await upgraded.conversations.get('vscode:d-doc-0'))?.title).toBe('python code');
    upgraded.close();
  });
});

const V2_STORES = {
  events: 'id, &seq, conv, kind, ts',
  conversations: 'key, site, lastTs',
  meta: 'key',
  reviewAnswers: 'eventId, conv, ts',
  exclusions: 'key, conv',
  labelOverrides: 'eventId, conv',
  redactions: 'id, conv, eventId',
};
