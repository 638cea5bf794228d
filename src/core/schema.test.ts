import { describe, expect, it } from 'vitest';
import { captureEventSchema, type CaptureEvent, type ResponseEvent } from './events';
import { repair, SchemaError } from './schema';

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

describe('repairing an event at the boundary', () => {
  const response = {
    ...prompt,
    id: 'response:chatgpt:c1:m2',
    kind: 'response',
    messageId: 'm2',
    text: 'Here you go.',
    complete: 'finished',
    codeBlocks: [{ code: 'print(1)', language: 'python' }],
  };

  it('keeps a well-formed event as it is, with nothing to report', () => {
    expect(repair(captureEventSchema, response)).toEqual({ value: response, repairs: [] });
  });

  it('trims an over-long optional string and drops an optional field that cannot fit, keeping the answer', () => {
    const banner = 'python' + 'Copy codeDownload'.repeat(600);
    const { value, repairs } = repair(captureEventSchema, {
      ...response,
      model: 'm'.repeat(100_000),
      variantIndex: Number.NaN,
      codeBlocks: [{ code: 'print(1)', language: banner }],
    });
    expect(value).toMatchObject({ kind: 'response', text: 'Here you go.', model: 'm'.repeat(128) });
    expect(value).not.toHaveProperty('variantIndex');
    expect((value as ResponseEvent).codeBlocks[0]).toEqual({ code: 'print(1)', language: banner.slice(0, 64) });
    expect(repairs).toEqual([
      'codeBlocks[0].language: trimmed from 10206 to 64 characters',
      'model: trimmed from 100000 to 128 characters',
      'variantIndex: expected finite number, got number (optional field dropped)',
    ]);
    expect(JSON.stringify(repairs)).not.toContain('Copy code');
  });

  it('drops an array item that cannot be repaired, and unknown keys, but never a required field', () => {
    const { value, repairs } = repair(captureEventSchema, { ...response, codeBlocks: [{ code: 42 }, { code: 'ok' }], html: '<b>' });
    expect((value as ResponseEvent).codeBlocks).toEqual([{ code: 'ok' }]);
    expect(repairs).toEqual(['codeBlocks[0].code: expected string, got number (item dropped)', 'html: unexpected key dropped']);
    expect(() => repair(captureEventSchema, { ...response, messageId: '' })).toThrow(/messageId: string shorter than 1/);
    expect(() => repair(captureEventSchema, { ...response, kind: 'exfiltrate' })).toThrow(SchemaError);
  });

  it('never cuts a surrogate pair in half when trimming', () => {
    const { value } = repair(captureEventSchema, { ...response, model: 'a'.repeat(127) + '😀' });
    expect((value as ResponseEvent).model).toBe('a'.repeat(127));
  });

  it('drops an optional id that does not match its pattern rather than trimming it', () => {
    const { value, repairs } = repair(captureEventSchema, { ...response, parentId: 'has spaces' });
    expect(value).not.toHaveProperty('parentId');
    expect(repairs[0]).toMatch(/^parentId: string does not match .* \(optional field dropped\)$/);
  });
});
