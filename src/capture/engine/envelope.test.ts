// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CaptureEvent, captureEventSchema, EVENT_SCHEMA_VERSION } from '../../core/events';
import { MAX_WAITING } from './context';
import { EventEnvelopes } from './envelope';

let emitted: CaptureEvent[];
let paused: boolean;
let envelopes: EventEnvelopes;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-29T10:00:00Z'));
  history.replaceState({}, '', '/c/abc-123');
  emitted = [];
  paused = false;
  const emit = (e: CaptureEvent) => emitted.push(e);
  envelopes = new EventEnvelopes({ site: 'chatgpt', doc: document, now: () => Date.now(), isPaused: () => paused, emit });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('event envelopes', () => {
  it('gives every event its id, schema version, site, conversation, time, origin and page path', () => {
    envelopes.setConversation('abc-123', false);
    envelopes.push('prompt', { messageId: 'u1', text: 'hi' });
    envelopes.push('response', { messageId: 'a1', text: 'hello', codeBlocks: [], complete: 'finished', origin: 'history' });
    const copyId = envelopes.push('copy', { messageId: 'a1', via: 'button', text: 'hello', start: 0, end: 5, share: 1 });
    expect(emitted.map((e) => captureEventSchema.parse(e))).toHaveLength(3);
    expect(emitted[0]).toEqual({
      id: 'prompt:chatgpt:abc-123:u1',
      v: EVENT_SCHEMA_VERSION,
      kind: 'prompt',
      site: 'chatgpt',
      conversationId: 'abc-123',
      ts: '2026-11-29T10:00:00.000Z',
      origin: 'live',
      url: '/c/abc-123',
      messageId: 'u1',
      text: 'hi',
    });
    expect(emitted[1]).toMatchObject({ id: 'response:chatgpt:abc-123:a1', origin: 'history' });
    expect(emitted[2]!.id).toBe(copyId);
    expect(copyId).toMatch(/^copy:[0-9a-f-]{36}$/);
  });

  it('holds events of a chat without an id, then sends them with the id and the time they happened', () => {
    const copyId = envelopes.push('copy', { messageId: 'a1', via: 'button', text: 'x', start: 0, end: 1, share: 1 });
    envelopes.push('prompt', { messageId: 'u1', text: 'hi' });
    expect(emitted).toEqual([]);
    vi.setSystemTime(new Date('2026-11-29T10:00:05Z'));
    envelopes.setConversation('new-1', true);
    expect(emitted.map((e) => [e.kind, e.conversationId, e.ts])).toEqual([
      ['copy', 'new-1', '2026-11-29T10:00:00.000Z'],
      ['prompt', 'new-1', '2026-11-29T10:00:00.000Z'],
    ]);
    // The copy's id was known while it waited, so a paste could point at it.
    expect(emitted[0]!.id).toBe(copyId);
    expect(emitted[1]!.id).toBe('prompt:chatgpt:new-1:u1');
  });

  it('drops held events when another conversation opens instead, and bounds what it holds', () => {
    envelopes.push('prompt', { messageId: 'u1', text: 'hi' });
    envelopes.setConversation('other', false);
    expect(emitted).toEqual([]);
    envelopes.setConversation(null, false);
    for (let i = 0; i < MAX_WAITING + 3; i++) envelopes.push('prompt', { messageId: `u${i}`, text: 'x' });
    envelopes.setConversation('named', true);
    expect(emitted).toHaveLength(MAX_WAITING);
    expect(envelopes.dropped).toBe(3);
  });

  it('records nothing while capture is paused', () => {
    envelopes.setConversation('abc-123', false);
    paused = true;
    expect(envelopes.push('feedback', { messageId: 'a1', rating: 'up' })).toBeNull();
    envelopes.pushFromPageData('prompt', { messageId: 'u1', text: 'hi' }, 'abc-123');
    expect(emitted).toEqual([]);
  });

  it('files the site\'s own data under the conversation it names, as history', () => {
    envelopes.setConversation('abc-123', false);
    envelopes.pushFromPageData('response', { messageId: 'a7', text: 't', codeBlocks: [], complete: 'finished' }, 'elsewhere');
    expect(emitted[0]).toMatchObject({ id: 'response:chatgpt:elsewhere:a7', conversationId: 'elsewhere', origin: 'history' });
  });
});
