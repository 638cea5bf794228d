import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../core/review/filters';
import { makeEvent } from '../../test/support/make-event';
import { type EchoStore, openBackgroundStore } from './api';
import { EchoDB } from './db';

let n = 0;
const fresh = () => openBackgroundStore(new EchoDB(`review-test-${++n}`));
const decisionsOf = (store: EchoStore) => store.exportInput().then((x) => x.decisions);

function conversation(id: string, site = 'chatgpt') {
  const base = { site, conversationId: id };
  return [
    makeEvent('prompt', { ...base, messageId: 'u1', text: `Question ${id}: my email is jo@example.org` }),
    makeEvent('response', {
      ...base,
      messageId: 'a1',
      parentId: 'u1',
      text: `Answer to ${id}`,
      codeBlocks: [],
      model: 'gpt-4o',
      complete: 'finished',
    }),
    makeEvent('feedback', { ...base, messageId: 'a1', rating: 'up' }),
  ];
}

describe('review store', () => {
  it('indexes answers with their labels, incrementally', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2', 'claude')]);
    expect(await store.updateDerived()).toEqual({ done: 2, remaining: 0 });
    expect(await store.updateDerived()).toEqual({ done: 0, remaining: 0 });
    await store.append(conversation('c3'));
    expect(await store.updateDerived()).toEqual({ done: 1, remaining: 0 });
    const rows = await store.answersPage(0, 10);
    expect(rows.map((r) => r.conv)).toEqual(['chatgpt:c3', 'claude:c2', 'chatgpt:c1']);
    expect(rows[0]).toMatchObject({ label: 'accepted', signalKinds: ['feedback'], signalCount: 1, snippet: 'Answer to c3' });
  });

  it('scans with filters and stops when cancelled', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2', 'claude')]);
    await store.updateDerived();
    const batches: number[] = [];
    const onBatch = (b: { keys: string[] }) => batches.push(b.keys.length);
    const r = await store.scanAnswers({ ...EMPTY_FILTER, sites: ['claude'] }, 'conversations', null, { cancelled: false }, onBatch);
    expect(r).toEqual({ keys: ['claude:c2'], done: true });
    const cancelled = await store.scanAnswers(EMPTY_FILTER, 'answers', null, { cancelled: true }, () => undefined);
    expect(cancelled.done).toBe(false);
  });

  it('stores decisions, applies them to the index, and undoes them', async () => {
    const store = fresh();
    const events = conversation('c1');
    await store.append(events);
    await store.updateDerived();
    const answer = events[1]!;
    const ref = { conv: 'chatgpt:c1', eventId: answer.id, messageId: 'a1' };
    const undoExclude = await store.setExcluded([{ scope: 'answer', ...ref }], true);
    await store.setUserLabel([{ ...ref, machineLabel: 'accepted', machineConfidence: 0.92, rulesVersion: 'x' }], 'rejected');
    const email = { value: 'jo@example.org', kind: 'email' } as const;
    await store.addRedaction({ conv: 'chatgpt:c1', eventId: events[0]!.id, field: 'text', start: 25, end: 39, ...email });
    const d = await decisionsOf(store);
    expect([...d.excludedAnswers]).toEqual([answer.id]);
    expect(d.labelOverrides.get(answer.id)).toBe('rejected');
    expect(d.redactions.get('chatgpt:c1')).toEqual([{ value: 'jo@example.org', kind: 'email' }]);
    const [row] = await store.answersPage(0, 1);
    expect(row).toMatchObject({ userLabel: 'rejected', title: 'Question c1: my email is <EMAIL_1>' });
    const hits = await store.searchStep('example.org', EMPTY_FILTER, Infinity, { cancelled: false });
    expect(hits.hits).toEqual([]);
    await undoExclude();
    expect((await decisionsOf(store)).excludedAnswers.size).toBe(0);
  });

  it('keeps a value the rules would redact without redacting it anywhere, and takes the keep back', async () => {
    const store = fresh();
    const events = conversation('c1');
    await store.append(events);
    await store.updateDerived();
    const conv = 'chatgpt:c1';
    const at = { conv, eventId: events[0]!.id, field: 'text', start: 25, end: 39 };
    await store.addRedaction({ ...at, value: 'jo@example.org', kind: 'email', keep: true });
    const d = await decisionsOf(store);
    expect(d.kept?.get(conv)).toEqual(['jo@example.org']);
    expect(d.redactions.get(conv)).toBeUndefined();
    // A keep is no redaction: titles and the index still show the value.
    expect((await store.recentConversations(1))[0]!.title).toContain('jo@example.org');
    expect((await store.answersPage(0, 1))[0]!.title).toContain('jo@example.org');
    const forConv = await store.decisionsForConversation(conv);
    expect(forConv.redactions).toEqual([]);
    const undo = await store.removeRedaction(forConv.kept[0]!.id);
    expect((await decisionsOf(store)).kept?.get(conv)).toBeUndefined();
    await undo();
    expect((await decisionsOf(store)).kept?.get(conv)).toEqual(['jo@example.org']);
  });

  it('deletes conversations for good with the counters, and restores them on undo', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2')]);
    await store.updateDerived();
    const undo = await store.deleteConversations(['chatgpt:c1']);
    expect(await store.conversationEvents('chatgpt:c1')).toEqual([]);
    expect(await store.counts()).toMatchObject({ conversations: 1, prompts: 1, answers: 1, signals: 1 });
    expect((await store.answersPage(0, 10)).map((r) => r.conv)).toEqual(['chatgpt:c2']);
    await undo();
    expect(await store.conversationEvents('chatgpt:c1')).toHaveLength(3);
    expect(await store.counts()).toMatchObject({ conversations: 2, prompts: 2, answers: 2, signals: 2 });
  });

  it('indexes a conversation captured after the newest one was deleted', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2')]);
    await store.updateDerived();
    await store.deleteConversations(['chatgpt:c2']);
    await store.append(conversation('c3'));
    expect(await store.updateDerived()).toEqual({ done: 1, remaining: 0 });
    expect((await store.answersPage(0, 10)).map((r) => r.conv)).toEqual(['chatgpt:c3', 'chatgpt:c1']);
  });

  it('searches newest first in bounded steps', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2')]);
    const step = await store.searchStep('ANSWER to', EMPTY_FILTER, Infinity, { cancelled: false });
    expect(step.hits.map((h) => h.conv)).toEqual(['chatgpt:c2', 'chatgpt:c1']);
    expect(step.nextBelowSeq).toBeNull();
    expect(step.hits[0]!.snippet.match).toBe('Answer to');
  });
});
