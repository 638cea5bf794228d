import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { captureEventSchema } from '../core/events';
import { makeEvent } from '../../test/support/make-event';
import { EchoDB } from './db';
import { allConversations, allEvents, appendEvents } from './event-log';
import { readCounts } from './summaries';

let n = 0;
const fresh = () => new EchoDB(`test-${++n}`);

const prompt = makeEvent('prompt', { messageId: 'u1', text: 'Write a Python function that reverses a list' });
const answer = makeEvent('response', {
  messageId: 'a1',
  parentId: 'u1',
  text: 'def rev(xs):\n    return xs[::-1]',
  codeBlocks: [{ language: 'python', code: 'def rev(xs):\n    return xs[::-1]' }],
  model: 'gpt-4o',
  complete: 'finished',
});
const copy = makeEvent('copy', { messageId: 'a1', via: 'code-button', text: 'x', start: 0, end: 1, share: 0.1 });

describe('event log', () => {
  it('builder events are valid against the schema', () => {
    for (const e of [prompt, answer, copy]) expect(captureEventSchema.parse(e)).toEqual(e);
  });

  it('stores each event once however often it is resent', async () => {
    const db = fresh();
    expect(await appendEvents(db, [prompt, answer])).toEqual({ stored: 2, duplicates: 0, conversations: ['chatgpt:conv-1'] });
    expect(await appendEvents(db, [prompt, answer, copy, copy])).toEqual({ stored: 1, duplicates: 3, conversations: ['chatgpt:conv-1'] });
    expect(await appendEvents(db, [copy])).toEqual({ stored: 0, duplicates: 1, conversations: [] });
    const all = [];
    for await (const row of allEvents(db)) all.push(row.event.id);
    expect(all).toEqual([prompt.id, answer.id, copy.id]);
  });

  it('replaces an answer cut off when its page went away by its whole record, once, and never the reverse', async () => {
    const db = fresh();
    const cut = { ...answer, text: answer.text.slice(0, 10), complete: 'interrupted' as const };
    await appendEvents(db, [prompt, cut]);
    expect(await appendEvents(db, [answer])).toEqual({ stored: 0, duplicates: 0, conversations: ['chatgpt:conv-1'], completed: 1 });
    expect(await appendEvents(db, [cut, answer])).toEqual({ stored: 0, duplicates: 2, conversations: [] });
    const rows = [];
    for await (const row of allEvents(db)) rows.push(row);
    expect(rows.map((r) => [r.seq, r.event.id, (r.event as typeof answer).complete])).toEqual([
      [1, prompt.id, undefined],
      [2, answer.id, 'finished'],
    ]);
    expect(await readCounts(db)).toMatchObject({ prompts: 1, answers: 1 });
  });

  it('keeps counts and the conversation summary in step with the log', async () => {
    const db = fresh();
    await appendEvents(db, [prompt, answer, copy]);
    await appendEvents(db, [copy]);
    const byKind = { prompt: 1, response: 1, copy: 1 };
    expect(await readCounts(db)).toEqual({ conversations: 1, prompts: 1, answers: 1, signals: 1, byKind });
    const convs = [];
    for await (const c of allConversations(db)) convs.push(c);
    expect(convs).toHaveLength(1);
    expect(convs[0]).toMatchObject({ title: 'Write a Python function that reverses a list', models: ['gpt-4o'], answers: 1, byKind });
  });

  it('pages through a log larger than one page in arrival order', async () => {
    const db = fresh();
    const events = Array.from({ length: 25 }, (_, i) =>
      makeEvent('feedback', { messageId: `a${i}`, rating: i % 2 ? 'up' : 'down' }),
    );
    await appendEvents(db, events);
    const seen = [];
    for await (const row of allEvents(db, 7)) seen.push(row.event.id);
    expect(seen).toEqual(events.map((e) => e.id));
  });
});
