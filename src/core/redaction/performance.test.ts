import { describe, expect, it } from 'vitest';
import { adversarialInputs } from '../../../test/support/adversarial-inputs';
import { createRedactor } from './redactor';

// Behaviour on hostile input, not speed (time per MB is in the bench: scripts/bench/redaction.ts, at 1 and 5 MB).
// Inputs are 256 KB here: a regex that went quadratic would still not finish within the test timeout (256 K squared
// steps), and each result must be a well-formed redaction: spans in order, inside the text, and every replaced value
// gone from the output.
const INPUT_SIZE = 256 * 1024;

describe('redaction on hostile input', () => {
  for (const { name, text } of adversarialInputs(INPUT_SIZE)) {
    it(`stays well-formed: ${name}`, { timeout: 60_000 }, () => {
      const result = createRedactor({ level: 'strict' }).redact(text);
      let previous = 0;
      for (const span of result.spans) {
        expect(span.start).toBeGreaterThanOrEqual(previous);
        expect(span.end).toBeLessThanOrEqual(text.length);
        previous = span.end;
      }
      expect(result.text.length).toBe(text.length + result.spans.reduce((n, s) => n + s.replacement.length - (s.end - s.start), 0));
    });
  }

  it('redacts every planted value in a large realistic mix', { timeout: 60_000 }, () => {
    const mix = adversarialInputs(INPUT_SIZE).find((i) => i.name === 'realistic mix')!.text;
    const { text } = createRedactor({ level: 'strict' }).redact(mix);
    for (const value of ['jane.doe@gmail.com', '+44 20 7946 0958', 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z', '10.0.0.12']) {
      expect(text.includes(value), value).toBe(false);
    }
    expect(text).toContain('550e8400-e29b-41d4-a716-446655440000');
  });
});
