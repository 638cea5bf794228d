// The manifest's `redaction` record: which level an export ran (or that it ran none, and who decided), the rules
// version and the rule ids, so a dataset says exactly which redaction it got. The ids come from the generated list
// (./redaction-rule-ids.ts, scripts/gen-redaction-rule-ids.ts) while its version is the rules' (./../redaction/rules/
// version.ts), so an export that never redacts a text itself (all kept lines) does not load the rules (round 17); a
// list left behind by a rules change is not used: the rules are loaded and asked, as before.
import { REDACTION_RULES_VERSION } from '../redaction/rules/version';
import { levelIncludes, type RedactionLevel } from '../redaction/types';
import type { RedactionChoice, RedactionChooser } from './redaction-policy';
import { RULE_IDS, RULE_IDS_VERSION } from './redaction-rule-ids';

export interface RedactionRecord {
  /** The engine's rules version, as a string (docs/export-format.md). */
  rulesVersion: string;
  /** A level, or `off`: no rule ran (only spans the person marked in review were replaced). */
  level: RedactionChoice;
  /** Rule ids that ran; empty when off. */
  rules: string[];
  chosenBy?: RedactionChooser;
}

/** The ids of the rules a level runs, from the generated list; null when that list is not of the current rules. */
export function listedRuleIds(level: RedactionLevel, disabledRules: readonly string[] = []): string[] | null {
  if (RULE_IDS_VERSION !== REDACTION_RULES_VERSION) return null;
  const disabled = new Set(disabledRules);
  return RULE_IDS.flatMap(([id, ruleLevel]) => (levelIncludes(level, ruleLevel) && !disabled.has(id) ? [id] : []));
}

export async function redactionRecord(r: {
  level: RedactionChoice;
  disabledRules?: readonly string[];
  chosenBy?: RedactionChooser;
}): Promise<RedactionRecord> {
  const by = r.chosenBy ? { chosenBy: r.chosenBy } : {};
  if (r.level === 'off') return { rulesVersion: String(REDACTION_RULES_VERSION), level: 'off', rules: [], ...by };
  const level: RedactionLevel = r.level;
  const rules =
    listedRuleIds(level, r.disabledRules) ?? (await import('../redaction/rules')).describeRedaction(level, r.disabledRules ?? []).rules;
  return { rulesVersion: String(REDACTION_RULES_VERSION), level, rules, ...by };
}
