// Replacement tokens without the detectors: one table per conversation so the same value gets the same token
// (`<EMAIL_1>`) in every field. Kept apart from the rules so code that only replaces spans the user chose (the
// review page's titles, the popup's recent list) does not load libphonenumber's metadata and the secret rule sets:
// the detecting redactor (redactor.ts) builds on this, and pages load it lazily (see lazy.ts).
import { KIND_LABEL, type DetectedSpan, type RedactedSpan, type RedactionKind } from './types';

export interface RedactionResult {
  text: string;
  spans: RedactedSpan[];
}

export interface SpanRedactor {
  /** Replaces exactly the given spans (e.g. ones the review UI already settled), keeping token identity. */
  redactSpans(text: string, spans: readonly DetectedSpan[]): RedactionResult;
}

/** Values that differ only in formatting are one identity: `+44 20 7946 0958` and `+442079460958`. */
function identityKey(kind: RedactionKind, value: string): string {
  switch (kind) {
    case 'email':
      return value.toLowerCase();
    case 'phone':
    case 'payment_card':
      return value.replace(/\D/g, '');
    case 'iban':
      return value.replace(/\s/g, '').toUpperCase();
    case 'ip_address':
      return value.toLowerCase();
    default:
      return value;
  }
}

export function createSpanRedactor(): SpanRedactor {
  const tokens = new Map<string, string>();
  const counters = new Map<RedactionKind, number>();

  function tokenFor(kind: RedactionKind, value: string): string {
    const key = `${kind}\u0000${identityKey(kind, value)}`;
    let token = tokens.get(key);
    if (!token) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      token = `<${KIND_LABEL[kind]}_${n}>`;
      tokens.set(key, token);
    }
    return token;
  }

  return {
    redactSpans(text, spans) {
      const ordered = [...spans].sort((a, b) => a.start - b.start);
      const parts: string[] = [];
      const out: RedactedSpan[] = [];
      let cursor = 0;
      let length = 0;
      for (const span of ordered) {
        if (span.start < cursor || span.end > text.length) continue;
        const kept = text.slice(cursor, span.start);
        const replacement = tokenFor(span.kind, text.slice(span.start, span.end));
        parts.push(kept, replacement);
        length += kept.length;
        out.push({
          start: span.start,
          end: span.end,
          kind: span.kind,
          rule: span.rule,
          replacement,
          outputStart: length,
          outputEnd: length + replacement.length,
        });
        length += replacement.length;
        cursor = span.end;
      }
      parts.push(text.slice(cursor));
      return { text: parts.join(''), spans: out };
    },
  };
}
