// The manifest's `redaction` record: which level an export ran (or that it ran none, and who decided), the rules
// version and the rule ids, so a dataset says exactly which redaction it got. Imports the rule list, so only the
// bundle writer (loaded on export) uses it; pages describe levels with the light redaction-policy.ts.
import { describeRedaction, REDACTION_RULES_VERSION } from '../redaction/rules';
import type { RedactionLevel } from '../redaction/types';
import type { RedactionChoice, RedactionChooser } from './redaction-policy';

export interface RedactionRecord {
  /** The engine's rules version, as a string (docs/export-format.md). */
  rulesVersion: string;
  /** A level, or `off`: no rule ran (only spans the person marked in review were replaced). */
  level: RedactionChoice;
  /** Rule ids that ran; empty when off. */
  rules: string[];
  chosenBy?: RedactionChooser;
}

export function redactionRecord(r: {
  level: RedactionChoice;
  disabledRules?: readonly string[];
  chosenBy?: RedactionChooser;
}): RedactionRecord {
  const by = r.chosenBy ? { chosenBy: r.chosenBy } : {};
  if (r.level === 'off') return { rulesVersion: String(REDACTION_RULES_VERSION), level: 'off', rules: [], ...by };
  const described = describeRedaction(r.level satisfies RedactionLevel, r.disabledRules ?? []);
  return { rulesVersion: String(described.rulesVersion), level: described.level, rules: described.rules, ...by };
}
