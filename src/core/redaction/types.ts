// Shared vocabulary of the redaction engine: what a rule finds (a candidate span), what the engine reports (a
// detected span) and what the redactor writes (a replaced span). Offsets are UTF-16 code unit indices, as in JS.

/** Levels nest: `secrets` ⊂ `standard` ⊂ `strict`. See docs/redaction.md for which rule sits where. */
export const REDACTION_LEVELS = ['secrets', 'standard', 'strict'] as const;
export type RedactionLevel = (typeof REDACTION_LEVELS)[number];

/** Whether a rule of `ruleLevel` runs at `level` (each level runs its own rules and those of the levels below it). */
export function levelIncludes(level: RedactionLevel, ruleLevel: RedactionLevel): boolean {
  return REDACTION_LEVELS.indexOf(ruleLevel) <= REDACTION_LEVELS.indexOf(level);
}

export const REDACTION_KINDS = [
  'api_key',
  'private_key',
  'jwt',
  'password',
  'secret',
  'email',
  'phone',
  'payment_card',
  'iban',
  'ip_address',
  'postal_address',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** The type word inside a replacement token, e.g. `<EMAIL_1>`. */
export const KIND_LABEL: Record<RedactionKind, string> = {
  api_key: 'API_KEY',
  private_key: 'PRIVATE_KEY',
  jwt: 'JWT',
  password: 'PASSWORD',
  secret: 'SECRET',
  email: 'EMAIL',
  phone: 'PHONE',
  payment_card: 'CARD',
  iban: 'IBAN',
  ip_address: 'IP',
  postal_address: 'ADDRESS',
};

export interface Range {
  start: number;
  end: number;
}

export interface RedactionRule {
  /** Stable id recorded in export manifests; never reuse an id for a different behaviour. */
  readonly id: string;
  readonly kind: RedactionKind;
  /** Lowest level that runs this rule. */
  readonly level: RedactionLevel;
  /** Higher wins when two rules claim overlapping text (specific provider keys beat generic key=value). */
  readonly priority: number;
  readonly description: string;
  find(text: string): Iterable<Range>;
}

export interface DetectedSpan extends Range {
  kind: RedactionKind;
  /** Rule id, or `user` for a span the user added in review. */
  rule: string;
}

export interface RedactedSpan extends DetectedSpan {
  replacement: string;
  /** Where the replacement sits in the redacted text. */
  outputStart: number;
  outputEnd: number;
}

export interface DetectOptions {
  level?: RedactionLevel;
  /** Rule ids to skip, e.g. to switch off one noisy rule for a study. */
  disabledRules?: readonly string[];
}

/** What the user changed in review: undo detected spans (matched by exact range) and mark extra text. */
export interface RedactionOverrides {
  drop?: readonly Range[];
  add?: readonly (Range & { kind: RedactionKind })[];
}
