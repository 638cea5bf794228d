import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../test/support/make-event';
import { labelEvents } from '../labeller';
import { createRedactor } from '../redaction';
import { conversationRedactor, effectiveLabel, NO_DECISIONS, reviewConversation, userSpans } from './decisions';
import { splitControls } from './visible-controls';

const base = { site: 'chatgpt', conversationId: 'c1' };
const events = [
  makeEvent('prompt', { ...base, messageId: 'u1', text: 'My key is sk-test-123, fix my script' }),
  makeEvent('response', { ...base, messageId: 'a1', parentId: 'u1', text: 'Use sk-test-123 like this: run()', codeBlocks: [{ code: 'run(sk-test-123)' }], model: 'gpt-4o', complete: 'finished', variantIndex: 1 }),
  makeEvent('regenerate', { ...base, promptMessageId: 'u1', oldResponseId: 'a1', newResponseId: 'a2' }),
  makeEvent('response', { ...base, messageId: 'a2', parentId: 'u1', text: 'Better: run2()', codeBlocks: [], model: 'gpt-4o', complete: 'finished', variantIndex: 2 }),
  makeEvent('copy', { ...base, messageId: 'a1', via: 'selection', text: 'sk-test-123', start: 4, end: 15, share: 0.3 }),
  makeEvent('feedback', { ...base, messageId: 'a2', rating: 'up' }),
];
const [, a1, , a2, copy] = events;

describe('review decisions applied to a conversation', () => {
  it('redacts a value everywhere in the conversation with one token', () => {
    const redact = conversationRedactor([{ value: 'sk-test-123', kind: 'api_key' }]);
    expect(redact('a sk-test-123 b sk-test-123')).toBe('a <API_KEY_1> b <API_KEY_1>');
    expect(userSpans('xx', [{ value: '', kind: 'secret' }])).toEqual([]);
    // Sharing the export's redactor numbers user and automatic tokens from one table.
    const shared = createRedactor();
    expect(shared.redactSpans('mail ann@corp.test', [{ start: 5, end: 18, kind: 'email', rule: 'email' }]).text).toBe('mail <EMAIL_1>');
    expect(conversationRedactor([{ value: 'jo@x.example', kind: 'email' }], shared)('to jo@x.example')).toBe('to <EMAIL_2>');
  });

  it('drops excluded answers and the events carrying their text, keeps user labels beside machine ones', () => {
    const decisions = {
      ...NO_DECISIONS,
      excludedAnswers: new Set([a1!.id]),
      labelOverrides: new Map([[a2!.id, 'refined' as const]]),
      redactions: new Map([['chatgpt:c1', [{ value: 'sk-test-123', kind: 'api_key' as const }]]]),
    };
    const r = reviewConversation('chatgpt:c1', events, labelEvents(events), decisions)!;
    const ids = r.events.map((e) => e.id);
    expect(ids).not.toContain(a1!.id);
    expect(ids).not.toContain(copy!.id);
    expect(ids).toContain(a2!.id);
    expect(JSON.stringify(r.events)).not.toContain('sk-test-123');
    expect(r.labels.map((l) => l.messageId)).toEqual(['a2']);
    expect(r.labels[0]).toMatchObject({ userLabel: 'refined' });
    expect(effectiveLabel(r.labels[0]!)).toEqual({ label: 'refined', confidence: 1, source: 'user' });
    expect([...r.excludedMessageIds]).toEqual(['a1']);
  });

  it('drops a whole excluded conversation', () => {
    expect(reviewConversation('chatgpt:c1', events, [], { ...NO_DECISIONS, excludedConversations: new Set(['chatgpt:c1']) })).toBeNull();
  });
});

describe('visible controls', () => {
  it('shows bidi overrides as named markers', () => {
    expect(splitControls('plain')).toEqual([{ text: 'plain' }]);
    expect(splitControls('invoice\u202Egnp.exe')).toEqual([{ text: 'invoice' }, { control: '\u202E', name: 'RLO', code: 'U+202E' }, { text: 'gnp.exe' }]);
  });
});
