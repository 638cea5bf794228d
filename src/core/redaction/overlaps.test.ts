import { describe, expect, it } from 'vitest';
import { resolveOverlaps, type Candidate } from './detect';
import { createRedactor } from './redactor';
import type { RedactionKind } from './types';

const SECRET_KINDS: RedactionKind[] = ['api_key', 'private_key', 'jwt', 'password', 'secret'];
const PII_KINDS: RedactionKind[] = ['email', 'phone', 'payment_card', 'iban', 'ip_address', 'postal_address'];

// Secret at 10..30 in a 40-character text; the PII span nested in it, around it, or across either edge.
const SECRET = { start: 10, end: 30 };
const LAYOUTS: Record<string, { start: number; end: number }> = {
  'pii inside secret': { start: 15, end: 25 },
  'secret inside pii': { start: 5, end: 35 },
  'pii across the secret start': { start: 4, end: 16 },
  'pii across the secret end': { start: 24, end: 36 },
  'same range': { start: 10, end: 30 },
};

describe('a secret overlapped by personal data never leaks', () => {
  const text = 'abcdefghij' + 'zq'.repeat(10) + 'klmnoprstu'; // the secret's characters (z, q) occur nowhere else
  for (const secretKind of SECRET_KINDS) {
    for (const piiKind of PII_KINDS) {
      for (const [layout, pii] of Object.entries(LAYOUTS)) {
        for (const [secretPriority, piiPriority] of [[90, 40], [40, 90], [50, 50]] as const) {
          it(`${secretKind} vs ${piiKind}, ${layout}, priorities ${secretPriority}/${piiPriority}`, () => {
            const candidates: Candidate[] = [
              { ...SECRET, kind: secretKind, rule: 's', priority: secretPriority },
              { ...pii, kind: piiKind, rule: 'p', priority: piiPriority },
            ];
            const spans = resolveOverlaps(candidates);
            const { text: out } = createRedactor().redactSpans(text, spans);
            for (let i = SECRET.start; i < SECRET.end; i++) {
              expect(spans.some((s) => s.start <= i && i < s.end), `secret character ${i} is covered`).toBe(true);
            }
            expect(out).not.toMatch(/[zq]/);
            expect(spans.every((s, i) => i === 0 || spans[i - 1]!.end <= s.start)).toBe(true);
          });
        }
      }
    }
  }
});
