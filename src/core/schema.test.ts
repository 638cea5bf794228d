import { describe, expect, it } from 'vitest';
import { captureEventSchema, type CaptureEvent } from './events';
import { SchemaError } from './schema';

const prompt: CaptureEvent = {
  id: 'prompt:chatgpt:c1:m1',
  v: 1,
  kind: 'prompt',
  site: 'chatgpt',
  conversationId: 'c1',
  ts: '2026-11-25T10:00:00.000Z',
  origin: 'live',
  messageId: 'm1',
  text: 'How do I reverse a list?',
};

describe('event schema', () => {
  it('accepts a well-formed event and returns an equal copy', () => {
    expect(captureEventSchema.parse(prompt)).toEqual(prompt);
  });

  it('rejects unknown keys so nothing outside the schema is stored', () => {
    expect(() => captureEventSchema.parse({ ...prompt, html: '<img onerror>' })).toThrow(/html: unexpected key/);
  });

  it('names the bad field and the problem', () => {
    try {
      captureEventSchema.parse({ ...prompt, ts: 'yesterday' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SchemaError);
      expect((e as SchemaError).path).toBe('ts');
    }
  });

  it('rejects an unknown kind and a wrong type inside a nested array', () => {
    expect(() => captureEventSchema.parse({ ...prompt, kind: 'exfiltrate' })).toThrow(/kind: expected one of/);
    const response = {
      ...prompt,
      id: 'response:chatgpt:c1:m2',
      kind: 'response',
      messageId: 'm2',
      complete: 'finished',
      codeBlocks: [{ code: 42 }],
    };
    expect(() => captureEventSchema.parse(response)).toThrow(/codeBlocks\[0\]\.code: expected string/);
  });

  it('describes itself as JSON Schema with the same required keys', () => {
    const json = captureEventSchema.json() as { oneOf: { properties: Record<string, unknown>; required: string[] }[] };
    const promptSchema = json.oneOf.find((s) => (s.properties.kind as { const: string }).const === 'prompt')!;
    expect(promptSchema.required).toContain('messageId');
    expect(promptSchema.required).not.toContain('parentId');
  });
});
