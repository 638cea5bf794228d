import { describe, expect, it } from 'vitest';
import { adversarialInputs } from '../../../test/support/adversarial-inputs';
import { createRedactor } from './redactor';

// Timings are printed, not asserted (machines differ); the generous timeout is the guard against a regex going
// quadratic, which on 5 MB would take hours, not seconds.
describe('redaction on 5 MB hostile input', () => {
  for (const { name, text } of adversarialInputs()) {
    it(`finishes: ${name}`, { timeout: 60_000 }, () => {
      const started = performance.now();
      const result = createRedactor({ level: 'strict' }).redact(text);
      const ms = performance.now() - started;
      console.log(`redaction 5 MB ${name}: ${ms.toFixed(0)} ms, ${result.spans.length} spans`);
      expect(result.text.length).toBeGreaterThan(0);
    });
  }
});
