// The label rules version an export records, for the built-in rules or an override of them.
import { LABEL_RULES_VERSION, resolveRules } from '../labeller';
import { Sha256 } from './sha256';

/**
 * The rules version labels and manifest carry: the built-in rules' version, or for an override that version plus
 * a hash of the resolved rules, so two rule sets never share a version.
 */
export function labelRulesVersion(override: unknown): string {
  if (override === undefined) return LABEL_RULES_VERSION;
  const resolved = JSON.stringify(resolveRules(override));
  if (resolved === JSON.stringify(resolveRules({}))) return LABEL_RULES_VERSION;
  const hash = new Sha256();
  hash.update(new TextEncoder().encode(resolved));
  return `${LABEL_RULES_VERSION}+custom.${hash.hex().slice(0, 12)}`;
}
