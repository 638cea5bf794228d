import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor';
import { REDACTION_RULES, describeRedaction } from './rules';

describe('createRedactor', () => {
  it('keeps one token per value across the messages of a conversation', () => {
    const redactor = createRedactor();
    const prompt = redactor.redact('Write to jane@gmail.com and bob@outlook.com');
    const answer = redactor.redact('Dear Jane (jane@gmail.com), ... cc bob@outlook.com');
    expect(prompt.text).toBe('Write to <EMAIL_1> and <EMAIL_2>');
    expect(answer.text).toBe('Dear Jane (<EMAIL_1>), ... cc <EMAIL_2>');
  });

  it('treats formatting variants of one value as the same identity', () => {
    const redactor = createRedactor();
    const { text } = redactor.redact('JANE@GMAIL.COM = jane@gmail.com; +44 20 7946 0958 = +442079460958');
    expect(text).toBe('<EMAIL_1> = <EMAIL_1>; <PHONE_1> = <PHONE_1>');
  });

  it('numbers each kind separately and starts again for a new conversation', () => {
    const first = createRedactor().redact('jane@gmail.com 4111 1111 1111 1111');
    expect(first.text).toBe('<EMAIL_1> <CARD_1>');
    const second = createRedactor().redact('bob@outlook.com');
    expect(second.text).toBe('<EMAIL_1>');
  });

  it('reports each replacement with its place in the input and in the output', () => {
    const input = 'mail jane@gmail.com now';
    const { text, spans } = createRedactor().redact(input);
    expect(spans).toEqual([
      { start: 5, end: 19, kind: 'email', rule: 'email', replacement: '<EMAIL_1>', outputStart: 5, outputEnd: 14 },
    ]);
    expect(text.slice(spans[0]!.outputStart, spans[0]!.outputEnd)).toBe('<EMAIL_1>');
    expect(input.slice(spans[0]!.start, spans[0]!.end)).toBe('jane@gmail.com');
  });

  it('applies review overrides', () => {
    const redactor = createRedactor();
    const input = 'mail jane@gmail.com, I am Jane Roe';
    const { text } = redactor.redact(input, {
      drop: [{ start: 5, end: 19 }],
      add: [{ start: input.indexOf('Jane Roe'), end: input.length, kind: 'secret' }],
    });
    expect(text).toBe('mail jane@gmail.com, I am <SECRET_1>');
  });

  it('redacts secrets inside code blocks without touching the surrounding code', () => {
    const input = '```python\nclient = OpenAI(api_key="sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")  # 127.0.0.1\n```';
    expect(createRedactor({ level: 'strict' }).redact(input).text).toBe(
      '```python\nclient = OpenAI(api_key="<API_KEY_1>")  # 127.0.0.1\n```',
    );
  });
});

describe('manifest description', () => {
  it('names the rules version and the rule ids that ran at a level', () => {
    const secrets = describeRedaction('secrets');
    const strict = describeRedaction('strict');
    expect(secrets.rules).toContain('openai-api-key');
    expect(secrets.rules).not.toContain('email');
    expect(strict.rules).toHaveLength(REDACTION_RULES.length);
    expect(typeof strict.rulesVersion).toBe('number');
  });
});
