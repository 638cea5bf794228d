// Per-conversation redaction: the same value gets the same token everywhere in one conversation (`<EMAIL_1>` in
// the prompt and in the answer that quotes it), so the redacted dialogue still makes sense. Create one redactor
// per conversation; tokens are never shared across conversations, so they link nothing between them.
import { applyOverrides, detect } from './detect';
import { KIND_LABEL, type DetectOptions, type DetectedSpan, type RedactedSpan, type RedactionKind, type RedactionLevel, type RedactionOverrides } from './types';

export interface RedactionResult {
  text: string;
  spans: RedactedSpan[];
}

export interface Redactor {
  readonly level: RedactionLevel;
  /** Detects, applies the user's overrides, and replaces each span with its conversation-stable token. */
  redact(text: string, overrides?: RedactionOverrides): RedactionResult;
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

export function createRedactor(options: DetectOptions = {}): Redactor {
  const level = options.level ?? 'standard';
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

  function redactSpans(text: string, spans: readonly DetectedSpan[]): RedactionResult {
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
      out.push({ ...span, replacement, outputStart: length, outputEnd: length + replacement.length });
      length += replacement.length;
      cursor = span.end;
    }
    parts.push(text.slice(cursor));
    return { text: parts.join(''), spans: out };
  }

  return {
    level,
    redact(text, overrides) {
      const spans = detect(text, { ...options, level });
      return redactSpans(text, overrides ? applyOverrides(spans, overrides) : spans);
    },
    redactSpans,
  };
}
