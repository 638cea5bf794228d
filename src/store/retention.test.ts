import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/support/make-event';
import { openBackgroundStore } from './api';
import { EchoDB } from './db';

let n = 0;
const fresh = () => {
  const db = new EchoDB(`retention-${++n}`);
  return { db, store: openBackgroundStore(db) };
};
const at = (ts: string) => ({ ts });

describe('retention', () => {
  const now = new Date('2026-03-31T00:00:00.000Z');
  const c1 = { conversationId: 'c1' };
  const oldPrompt = makeEvent('prompt', { ...at('2026-01-01T00:00:00.000Z'), ...c1, messageId: 'u1', text: 'an old question' });
  const oldAnswer = makeEvent('response', {
    ...at('2026-01-01T00:00:05.000Z'),
    ...c1,
    messageId: 'a1',
    text: 'old',
    codeBlocks: [],
    model: 'gpt-4o',
    complete: 'finished',
  });
  const newPrompt = makeEvent('prompt', { ...at('2026-03-30T00:00:00.000Z'), ...c1, messageId: 'u2', text: 'a new question' });
  const copied = { messageId: 'a1', via: 'button' as const, text: 'old', start: 0, end: 3, share: 1 };
  const newCopy = makeEvent('copy', { ...at('2026-03-30T00:00:09.000Z'), ...c1, ...copied });
  const goneConv = makeEvent('prompt', { ...at('2026-02-01T00:00:00.000Z'), conversationId: 'c2', messageId: 'u9', text: 'forgotten' });

  it('deletes events older than N days and rebuilds summaries and counts from what remains', async () => {
    const { db, store } = fresh();
    await store.append([oldPrompt, oldAnswer, newPrompt, newCopy, goneConv]);
    expect(await store.applyRetention(30, now)).toBe(3);
    const left = (await db.events.orderBy('seq').toArray()).map((r) => r.id);
    expect(left).toEqual([newPrompt.id, newCopy.id]);
    expect(await store.counts()).toEqual({ conversations: 1, prompts: 1, answers: 0, signals: 1, byKind: { prompt: 1, copy: 1 } });
    const rows = await db.conversations.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'chatgpt:c1', title: 'a new question', firstTs: newPrompt.ts, prompts: 1, answers: 0 });
    expect(await store.applyRetention(30, now)).toBe(0);
  });

  it('delete everything empties the store', async () => {
    const { db, store } = fresh();
    await store.append([oldPrompt, newPrompt]);
    await store.deleteEverything();
    expect(await db.events.count()).toBe(0);
    expect(await db.conversations.count()).toBe(0);
    expect(await store.counts()).toMatchObject({ conversations: 0, prompts: 0 });
    await store.append([newPrompt]);
    expect(await store.counts()).toMatchObject({ conversations: 1, prompts: 1 });
  });
});
