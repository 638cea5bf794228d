import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../core/review/filters';
import { makeEvent } from '../../test/support/make-event';
import { EchoDB, EventStore } from './db';
import { addRedaction, deleteConversations, loadReviewDecisions, setExcluded, setUserLabel } from './review-decisions';
import { answersPage, scanAnswers, searchStep, updateAnswerIndex } from './review-index';

let n = 0;
const fresh = () => new EventStore(new EchoDB(`review-test-${++n}`));

function conversation(id: string, site = 'chatgpt') {
  const base = { site, conversationId: id };
  return [
    makeEvent('prompt', { ...base, messageId: 'u1', text: `Question ${id}: my email is jo@example.org` }),
    makeEvent('response', { ...base, messageId: 'a1', parentId: 'u1', text: `Answer to ${id}`, codeBlocks: [], model: 'gpt-4o', complete: 'finished' }),
    makeEvent('feedback', { ...base, messageId: 'a1', rating: 'up' }),
  ];
}

describe('review store', () => {
  it('indexes answers with their labels, incrementally', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2', 'claude')]);
    expect(await updateAnswerIndex(store)).toEqual({ conversations: 2 });
    expect(await updateAnswerIndex(store)).toEqual({ conversations: 0 });
    await store.append(conversation('c3'));
    expect(await updateAnswerIndex(store)).toEqual({ conversations: 1 });
    const rows = await answersPage(store, 0, 10);
    expect(rows.map((r) => r.conv)).toEqual(['chatgpt:c3', 'claude:c2', 'chatgpt:c1']);
    expect(rows[0]).toMatchObject({ label: 'accepted', signalKinds: ['feedback'], signalCount: 1, snippet: 'Answer to c3' });
  });

  it('scans with filters and stops when cancelled', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2', 'claude')]);
    await updateAnswerIndex(store);
    const batches: number[] = [];
    const r = await scanAnswers(store, { ...EMPTY_FILTER, sites: ['claude'] }, 'conversations', null, { cancelled: false }, (b) => batches.push(b.keys.length));
    expect(r).toEqual({ keys: ['claude:c2'], done: true });
    const cancelled = await scanAnswers(store, EMPTY_FILTER, 'answers', null, { cancelled: true }, () => undefined);
    expect(cancelled.done).toBe(false);
  });

  it('stores decisions, applies them to the index, and undoes them', async () => {
    const store = fresh();
    const events = conversation('c1');
    await store.append(events);
    await updateAnswerIndex(store);
    const answer = events[1]!;
    const ref = { conv: 'chatgpt:c1', eventId: answer.id, messageId: 'a1' };
    const undoExclude = await setExcluded(store, [{ scope: 'answer', ...ref }], true);
    await setUserLabel(store, [{ ...ref, machineLabel: 'accepted', machineConfidence: 0.92, rulesVersion: 'x' }], 'rejected');
    await addRedaction(store, { conv: 'chatgpt:c1', eventId: events[0]!.id, field: 'text', start: 25, end: 39, value: 'jo@example.org', kind: 'email' });
    const d = await loadReviewDecisions(store);
    expect([...d.excludedAnswers]).toEqual([answer.id]);
    expect(d.labelOverrides.get(answer.id)).toBe('rejected');
    expect(d.redactions.get('chatgpt:c1')).toEqual([{ value: 'jo@example.org', kind: 'email' }]);
    const [row] = await answersPage(store, 0, 1);
    expect(row).toMatchObject({ userLabel: 'rejected', title: 'Question c1: my email is <EMAIL_1>' });
    const hits = await searchStep(store, 'example.org', EMPTY_FILTER, Infinity, { cancelled: false });
    expect(hits.hits).toEqual([]);
    await undoExclude();
    expect((await loadReviewDecisions(store)).excludedAnswers.size).toBe(0);
  });

  it('deletes conversations for good with the counters, and restores them on undo', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2')]);
    await updateAnswerIndex(store);
    const undo = await deleteConversations(store, ['chatgpt:c1']);
    expect(await store.conversationEvents('chatgpt:c1')).toEqual([]);
    expect(await store.counts()).toMatchObject({ conversations: 1, prompts: 1, answers: 1, signals: 1 });
    expect((await answersPage(store, 0, 10)).map((r) => r.conv)).toEqual(['chatgpt:c2']);
    await undo();
    expect(await store.conversationEvents('chatgpt:c1')).toHaveLength(3);
    expect(await store.counts()).toMatchObject({ conversations: 2, prompts: 2, answers: 2, signals: 2 });
  });

  it('searches newest first in bounded steps', async () => {
    const store = fresh();
    await store.append([...conversation('c1'), ...conversation('c2')]);
    const step = await searchStep(store, 'ANSWER to', EMPTY_FILTER, Infinity, { cancelled: false });
    expect(step.hits.map((h) => h.conv)).toEqual(['chatgpt:c2', 'chatgpt:c1']);
    expect(step.nextBelowSeq).toBeNull();
    expect(step.hits[0]!.snippet.match).toBe('Answer to');
  });
});
