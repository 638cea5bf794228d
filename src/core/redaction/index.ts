// Public surface of the redaction engine (pure: runs in the extension and in the Node CLI).
export { detect, applyOverrides } from './detect';
export { createRedactor, type Redactor, type RedactionResult } from './redactor';
export { createSpanRedactor, type SpanRedactor } from './tokens';
export { REDACTION_RULES, REDACTION_RULES_VERSION, rulesFor, describeRedaction } from './rules';
export { luhnValid, ibanValid, shannonEntropy } from './checks';
export * from './types';
