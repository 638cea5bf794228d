import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../events';
import { redactEventsForExport, reviewSpansForExport } from './export';

const common = { v: 1 as const, site: 'chatgpt', conversationId: 'c1', ts: '2026-03-01T10:00:00.000Z', origin: 'live' as const };
const events: CaptureEvent[] = [
  { ...common, id: 'prompt:chatgpt:c1:u1', kind: 'prompt', messageId: 'u1', text: 'Email jane@gmail.com about project Falcon, key sk-proj-dBRDkYD1pxCj6oDgfizZVvOCxgaC6YZjsKcT' },
  {
    ...common,
    id: 'response:chatgpt:c1:a1',
    kind: 'response',
    messageId: 'a1',
    parentId: 'u1',
    text: 'Sure. Dear jane@gmail.com, Falcon ships Monday.\n```sh\nexport KEY=sk-proj-dBRDkYD1pxCj6oDgfizZVvOCxgaC6YZjsKcT\n```',
    codeBlocks: [{ language: 'sh', code: 'export KEY=sk-proj-dBRDkYD1pxCj6oDgfizZVvOCxgaC6YZjsKcT' }],
    complete: 'finished',
  },
  { ...common, id: 'copy:1', kind: 'copy', messageId: 'a1', via: 'selection', text: 'Falcon ships Monday', start: 29, end: 48, share: 0.2 },
  { ...common, id: 'feedback:1', kind: 'feedback', messageId: 'a1', rating: 'up', comment: 'thanks, cc bob@outlook.com' },
  { ...common, id: 'regenerate:1', kind: 'regenerate', oldResponseId: 'a1' },
];

describe('redactEventsForExport', () => {
  it('gives one value one token across every event of the conversation, and leaves ids alone', () => {
    const { events: out, counts } = redactEventsForExport(events, { level: 'standard' });
    const [prompt, response, , feedback, regen] = out as [Extract<CaptureEvent, { kind: 'prompt' }>, Extract<CaptureEvent, { kind: 'response' }>, CaptureEvent, Extract<CaptureEvent, { kind: 'feedback' }>, CaptureEvent];
    expect(prompt.text).toBe('Email <EMAIL_1> about project Falcon, key <API_KEY_1>');
    expect(response.text).toContain('Dear <EMAIL_1>,');
    expect(response.codeBlocks[0]!.code).toBe('export KEY=<API_KEY_1>');
    expect(feedback.comment).toBe('thanks, cc <EMAIL_2>');
    expect(regen).toEqual(events[4]);
    expect(out.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(counts).toEqual({ email: 2, api_key: 1 });
  });

  it('applies review decisions with the same redactor: added values, kept values, no token clashes', () => {
    const { events: out, record } = redactEventsForExport(events, { level: 'standard', add: [{ value: 'Falcon', kind: 'secret' }], keep: ['jane@gmail.com'] });
    const prompt = out[0] as Extract<CaptureEvent, { kind: 'prompt' }>;
    expect(prompt.text).toBe('Email jane@gmail.com about project <SECRET_1>, key <API_KEY_1>');
    expect((out[1] as Extract<CaptureEvent, { kind: 'response' }>).text).toContain('<SECRET_1> ships Monday');
    expect(record.userSpans).toBe(true);
    expect(record.level).toBe('standard');
    expect(record.rules).toContain('email');
  });

  it('moves copy offsets to where the redacted copy sits in the redacted answer', () => {
    const { events: out } = redactEventsForExport(events, { level: 'standard' });
    const response = out[1] as Extract<CaptureEvent, { kind: 'response' }>;
    const copy = out[2] as Extract<CaptureEvent, { kind: 'copy' }>;
    expect(response.text.slice(copy.start, copy.end)).toBe(copy.text);
  });

  it('honours the level and disabled rules', () => {
    const secretsOnly = redactEventsForExport(events, { level: 'secrets' }).events[0] as Extract<CaptureEvent, { kind: 'prompt' }>;
    expect(secretsOnly.text).toBe('Email jane@gmail.com about project Falcon, key <API_KEY_1>');
    const noEmail = redactEventsForExport(events, { level: 'standard', disabledRules: ['email'] });
    expect((noEmail.events[0] as Extract<CaptureEvent, { kind: 'prompt' }>).text).toContain('jane@gmail.com');
    expect(noEmail.record.rules).not.toContain('email');
  });

  it('does not change its input', () => {
    const before = JSON.stringify(events);
    redactEventsForExport(events, { level: 'strict' });
    expect(JSON.stringify(events)).toBe(before);
  });
});

describe('reviewSpansForExport', () => {
  it('lists every span the export replaces, with the token the export writes there', () => {
    const spans = reviewSpansForExport(events, { level: 'standard' });
    const { events: out } = redactEventsForExport(events, { level: 'standard' });
    expect(spans.map((s) => [s.eventId, s.field, s.kind, s.value, s.replacement])).toEqual([
      ['prompt:chatgpt:c1:u1', 'text', 'email', 'jane@gmail.com', '<EMAIL_1>'],
      ['prompt:chatgpt:c1:u1', 'text', 'api_key', 'sk-proj-dBRDkYD1pxCj6oDgfizZVvOCxgaC6YZjsKcT', '<API_KEY_1>'],
      ['response:chatgpt:c1:a1', 'text', 'email', 'jane@gmail.com', '<EMAIL_1>'],
      ['response:chatgpt:c1:a1', 'text', 'api_key', 'sk-proj-dBRDkYD1pxCj6oDgfizZVvOCxgaC6YZjsKcT', '<API_KEY_1>'],
      ['response:chatgpt:c1:a1', 'codeBlocks.0.code', 'api_key', 'sk-proj-dBRDkYD1pxCj6oDgfizZVvOCxgaC6YZjsKcT', '<API_KEY_1>'],
      ['feedback:1', 'comment', 'email', 'bob@outlook.com', '<EMAIL_2>'],
    ]);
    for (const s of spans.filter((x) => x.field === 'text' && x.eventId.startsWith('prompt'))) {
      expect((out[0] as Extract<CaptureEvent, { kind: 'prompt' }>).text).toContain(s.replacement);
    }
  });

  it('drops a span the person kept, and shows their own additions as rule "user"', () => {
    const spans = reviewSpansForExport(events, { level: 'standard', keep: ['jane@gmail.com'], add: [{ value: 'Falcon', kind: 'secret' }] });
    expect(spans.some((s) => s.value === 'jane@gmail.com')).toBe(false);
    expect(spans.find((s) => s.value === 'Falcon')).toMatchObject({ rule: 'user', kind: 'secret', replacement: '<SECRET_1>' });
  });
});
