// The one list of redaction rules. Export manifests record REDACTION_RULES_VERSION and the ids that ran, so bump
// the version whenever a rule is added, removed or changes what it matches.
import { levelIncludes, type RedactionLevel, type RedactionRule } from '../types';
import { addressRules } from './address';
import { assignmentRules } from './assignments';
import { contactRules } from './contact';
import { credentialCallRules } from './credential-calls';
import { financialRules } from './financial';
import { networkRules } from './network';
import { passwordContextRules } from './password-context';
import { passwordFieldRules } from './password-fields';
import { passwordFormRules } from './password-forms';
import { providerKeyRules } from './provider-keys';
import { randomTokenRules } from './random-tokens';
import { secretRules } from './secrets';
import { secretStoreRules } from './secret-stores';
import { seedPhraseRules } from './seed-phrases';
import { labelledValueRules } from './labelled-values';
import { passphraseLineRules } from './passphrase-lines';
import { secretlintRules } from './secretlint';
import { symbolSecretRules } from './symbol-secrets';
// round 15, Latin layouts
import { latinLayoutRules } from './address-latin-layouts';
// round 16, secrets
import { xmlNamedValueRules } from './xml-named-values';
import { bracketedValueRules } from './bracketed-values';
import { passwordCopyRules } from './password-copies';
// round 17, passwords
import { credentialFileRules } from './credential-files';
import { hexKeyProseRules } from './hex-key-prose';
// round 16, script layouts
import { scriptLayoutRules } from './address-script-layouts';
// round 20, secrets
import { keyConstructorRules } from './key-constructors';
import { base64TextSecretRules } from './base64-text-secrets';
import { withoutAccessCodes } from './address-access-codes';
// round 20, shapes at the strict level
import { shapeTokenRules } from './shape-tokens';
// round 22, keys
import { webhookUrlRules } from './webhook-urls';
import { keyDirectiveRules } from './key-directives';
import { encryptedValueRules } from './encrypted-values';
import { passwordRound23Rules } from './password-round23';

import { REDACTION_RULES_VERSION } from './version';

// The version lives in ./version.ts (a module of its own, so the export can read it without loading the rules).
export { REDACTION_RULES_VERSION };

// The level order lives with the level type (../types.ts), so the export's rule-id list shares it without the rules.
export { levelIncludes };

export const REDACTION_RULES: readonly RedactionRule[] = [
  ...providerKeyRules,
  ...secretRules,
  ...secretlintRules,
  ...assignmentRules,
  ...passwordFormRules,
  ...passwordContextRules,
  ...passwordFieldRules,
  ...credentialCallRules,
  ...randomTokenRules,
  ...symbolSecretRules,
  ...seedPhraseRules,
  ...labelledValueRules,
  ...passphraseLineRules,
  // round 16, secrets
  ...xmlNamedValueRules,
  ...bracketedValueRules,
  ...passwordCopyRules,
  // round 17, passwords
  ...credentialFileRules,
  ...hexKeyProseRules,
  ...secretStoreRules,
  // round 20, secrets
  ...keyConstructorRules,
  ...base64TextSecretRules,
  // round 20, shapes at the strict level
  ...shapeTokenRules,
  // round 22, keys
  ...webhookUrlRules,
  ...keyDirectiveRules,
  ...encryptedValueRules,
  // round 23, passwords
  ...passwordRound23Rules,
  ...contactRules,
  ...financialRules,
  ...networkRules,
  ...addressRules,
  // round 15, Latin layouts
  ...latinLayoutRules,
  // round 16, script layouts
  ...scriptLayoutRules,
  // round 20: every postal rule's span ends before an entry-code note (`…, ovikoodi 2231`)
].map(withoutAccessCodes);

const duplicate = REDACTION_RULES.find((rule, i) => REDACTION_RULES.findIndex((r) => r.id === rule.id) !== i);
if (duplicate) throw new Error(`duplicate redaction rule id ${duplicate.id}`);

export function rulesFor(level: RedactionLevel, disabledRules: readonly string[] = []): RedactionRule[] {
  const disabled = new Set(disabledRules);
  return REDACTION_RULES.filter((rule) => levelIncludes(level, rule.level) && !disabled.has(rule.id));
}

/** What an export manifest records: the rules version and the ids that ran at this level. */
export function describeRedaction(level: RedactionLevel, disabledRules: readonly string[] = []) {
  return {
    rulesVersion: REDACTION_RULES_VERSION,
    level,
    rules: rulesFor(level, disabledRules).map((rule) => rule.id),
  };
}
