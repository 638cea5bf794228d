import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/support/make-event';
import { EchoDB, EventStore } from './db';
import { deleteEventsOlderThan, deleteEverything } from './retention';

let n = 0;
const fresh = () => new EventStore(new EchoDB(`retention-${++n}`));
const at = (ts: string) => ({ ts });

describe('retention', () => {
  const now = new Date('2026-03-31T00:00:00.000Z');
  const oldPrompt = makeEvent('prompt', { ...at('2026-01-01T00:00:00.000Z'), conversationId: 'c1', messageId: 'u1', text: 'an old question' });
  const oldAnswer = makeEvent('response', { ...at('2026-01-01T00:00:05.000Z'), conversationId: 'c1', messageId: 'a1', text: 'old', codeBlocks: [], model: 'gpt-4o', complete: 'finished' });
  const newPrompt = makeEvent('prompt', { ...at('2026-03-30T00:00:00.000Z'), conversationId: 'c1', messageId: 'u2', text: 'a new question' });
  const newCopy = makeEvent('copy', { ...at('2026-03-30T00:00:09.000Z'), conversationId: 'c1', messageId: 'a1', via: 'button', text: 'old', start: 0, end: 3, share: 1 });
  const goneConv = makeEvent('prompt', { ...at('2026-02-01T00:00:00.000Z'), conversationId: 'c2', messageId: 'u9', text: 'forgotten' });

  it('deletes events older than N days and rebuilds summaries and counts from what remains', async () => {
    const store = fresh();
    await store.append([oldPrompt, oldAnswer, newPrompt, newCopy, goneConv]);
    expect(await deleteEventsOlderThan(store, 30, now)).toBe(3);
    const left = [];
    for await (const row of store.allEvents()) left.push(row.event.id);
    expect(left).toEqual([newPrompt.id, newCopy.id]);
    expect(await store.counts()).toMatchObject({ conversations: 1, prompts: 1, answers: 0, signals: 1, byKind: { prompt: 1, response: 0, copy: 1 } });
    const rows = await store.db.conversations.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'chatgpt:c1', title: 'a new question', firstTs: newPrompt.ts, prompts: 1, answers: 0, signals: 1, models: [] });
    expect(await deleteEventsOlderThan(store, 30, now)).toBe(0);
  });

  it('delete everything empties the store', async () => {
    const store = fresh();
    await store.append([oldPrompt, newPrompt]);
    await deleteEverything(store);
    expect(await store.db.events.count()).toBe(0);
    expect(await store.db.conversations.count()).toBe(0);
    expect(await store.counts()).toMatchObject({ conversations: 0, prompts: 0 });
    await store.append([newPrompt]);
    expect(await store.counts()).toMatchObject({ conversations: 1, prompts: 1 });
  });
});
