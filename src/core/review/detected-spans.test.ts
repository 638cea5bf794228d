import { describe, expect, it } from 'vitest';
import { makeEvent, resetTestClock } from '../../../test/support/make-event';
import { everyStandardKind } from '../../../test/support/redaction-samples';
import { detectedValues, maskValue } from './detected-spans';
import { reviewAllSpans } from './export-redaction';

function events() {
  resetTestClock();
  const text = 'Mail jane.doe@mailbox.co.uk or ring 020 7946 0958; again: jane.doe@mailbox.co.uk';
  return [
    makeEvent('prompt', { messageId: 'u1', text }),
    makeEvent('response', { messageId: 'a1', parentId: 'u1', text: `Noted ${text}`, codeBlocks: [], complete: 'finished' }),
  ];
}

describe('detected values for the review page', () => {
  it('lists each value once with every place it occurs and the token the export writes', () => {
    const spans = reviewAllSpans(events(), { level: 'standard' });
    const values = detectedValues(spans, spans, []);
    expect(values.map((v) => [v.kind, v.token, v.places.length, v.kept])).toEqual([
      ['email', '<EMAIL_1>', 4, false],
      ['phone', '<PHONE_1>', 2, false],
    ]);
  });

  it("still lists a kept value, without a token, and the others keep the export's numbering", () => {
    const all = reviewAllSpans(events(), { level: 'standard' });
    const applied = reviewAllSpans(events(), { level: 'standard', keep: ['jane.doe@mailbox.co.uk'] });
    const values = detectedValues(all, applied, ['jane.doe@mailbox.co.uk']);
    expect(values.map((v) => [v.kind, v.token, v.kept])).toEqual([
      ['email', null, true],
      ['phone', '<PHONE_1>', false],
    ]);
  });

  it("marks the person's own spans as theirs", () => {
    const spans = reviewAllSpans(events(), { level: 'standard', add: [{ value: 'ring', kind: 'secret' }] });
    expect(detectedValues(spans, spans, []).find((v) => v.value === 'ring')).toMatchObject({ user: true, token: '<SECRET_1>' });
  });
});

describe('maskValue', () => {
  it('never shows a whole value, nor more than four of its characters, nor any of a password', () => {
    for (const { kind, value } of everyStandardKind().values) {
      const masked = maskValue(value, kind);
      expect(masked).not.toContain(value);
      expect(masked.replace(/•/g, '').length, `${kind}: ${masked}`).toBeLessThanOrEqual(4);
      if (kind === 'password' || kind === 'secret') expect(masked).toMatch(/^•+$/);
    }
    expect(maskValue('ghp_R8x2Lq9vT4mN7cW1pZ6kJ3hY5sD0fG8aB2eQ', 'api_key')).toBe('ghp_••••••••');
    expect(maskValue('4539 1488 0343 6467', 'payment_card')).toBe('45••••••••67');
    expect(maskValue('a@b.io', 'email')).toBe('••••••');
  });
});
