import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { captureEventSchema } from '../core/events';
import { makeEvent } from '../../test/support/make-event';
import { EchoDB, EventStore } from './db';

let n = 0;
const fresh = () => new EventStore(new EchoDB(`test-${++n}`));
afterEach(() => undefined);

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

describe('EventStore', () => {
  it('builder events are valid against the schema', () => {
    for (const e of [prompt, answer, copy]) expect(captureEventSchema.parse(e)).toEqual(e);
  });

  it('stores each event once however often it is resent', async () => {
    const store = fresh();
    expect(await store.append([prompt, answer])).toEqual({ stored: 2, duplicates: 0 });
    expect(await store.append([prompt, answer, copy, copy])).toEqual({ stored: 1, duplicates: 3 });
    const all = [];
    for await (const row of store.allEvents()) all.push(row.event.id);
    expect(all).toEqual([prompt.id, answer.id, copy.id]);
  });

  it('keeps counts and the conversation summary in step with the log', async () => {
    const store = fresh();
    await store.append([prompt, answer, copy]);
    await store.append([copy]);
    expect(await store.counts()).toMatchObject({ conversations: 1, prompts: 1, answers: 1, signals: 1 });
    const convs = [];
    for await (const c of store.allConversations()) convs.push(c);
    expect(convs).toHaveLength(1);
    expect(convs[0]).toMatchObject({ title: 'Write a Python function that reverses a list', models: ['gpt-4o'], answers: 1 });
  });

  it('pages through a log larger than one page in arrival order', async () => {
    const store = fresh();
    const events = Array.from({ length: 25 }, (_, i) =>
      makeEvent('feedback', { messageId: `a${i}`, rating: i % 2 ? 'up' : 'down' }),
    );
    await store.append(events);
    const seen = [];
    for await (const row of store.allEvents(7)) seen.push(row.event.id);
    expect(seen).toEqual(events.map((e) => e.id));
  });
});
