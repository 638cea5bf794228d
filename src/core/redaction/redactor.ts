// Per-conversation redaction: the same value gets the same token everywhere in one conversation (`<EMAIL_1>` in
// the prompt and in the answer that quotes it), so the redacted dialogue still makes sense. Create one redactor
// per conversation; tokens are never shared across conversations, so they link nothing between them.
import { applyOverrides, detect } from './detect';
import { createSpanRedactor, type RedactionResult, type SpanRedactor } from './tokens';
import type { DetectOptions, RedactionLevel, RedactionOverrides } from './types';

export type { RedactionResult, SpanRedactor };

export interface Redactor extends SpanRedactor {
  readonly level: RedactionLevel;
  /** Detects, applies the user's overrides, and replaces each span with its conversation-stable token. */
  redact(text: string, overrides?: RedactionOverrides): RedactionResult;
}

export function createRedactor(options: DetectOptions = {}): Redactor {
  const level = options.level ?? 'standard';
  const spans = createSpanRedactor();
  return {
    level,
    redact(text, overrides) {
      const found = detect(text, { ...options, level });
      return spans.redactSpans(text, overrides ? applyOverrides(found, overrides) : found);
    },
    redactSpans: (text, given) => spans.redactSpans(text, given),
  };
}
