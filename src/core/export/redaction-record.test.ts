import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeRedaction, REDACTION_RULES_VERSION } from '../redaction/rules';
import { REDACTION_LEVELS } from '../redaction/types';
import { listedRuleIds, redactionRecord } from './redaction-record';
import { RULE_IDS_FILE, renderRuleIds } from '../../../scripts/gen-redaction-rule-ids';

describe('the manifest redaction record without the rules loaded', () => {
  it('lists the ids the rules give, from a list generated from the current rules', async () => {
    // Fails after a rules change until `npm run gen:redaction-rule-ids` is run (the export then loads the rules).
    expect(readFileSync(RULE_IDS_FILE, 'utf8'), 'run npm run gen:redaction-rule-ids').toBe(renderRuleIds());
    for (const level of REDACTION_LEVELS) {
      for (const disabled of [[], ['email', 'phone-number'], describeRedaction(level).rules.slice(0, 3)]) {
        expect(listedRuleIds(level, disabled)).toEqual(describeRedaction(level, disabled).rules);
        expect(await redactionRecord({ level, disabledRules: disabled, chosenBy: 'study' })).toEqual({
          rulesVersion: String(REDACTION_RULES_VERSION),
          level,
          rules: describeRedaction(level, disabled).rules,
          chosenBy: 'study',
        });
      }
    }
    expect(await redactionRecord({ level: 'off' })).toEqual({ rulesVersion: String(REDACTION_RULES_VERSION), level: 'off', rules: [] });
  });
});
