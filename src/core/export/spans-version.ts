// What kept redaction spans and kept export lines are stamped with: the redaction rules' version and the level. On its
// own (the rules' version from its own module) so the export can check kept lines without loading the redaction engine
// (round 17: an export that is all kept lines never loads it; ./conversation-redaction.ts re-exports these).
import { REDACTION_RULES_VERSION } from '../redaction/rules/version';
import type { RedactionLevel } from '../redaction/types';
import { DEFAULT_REDACTION_LEVEL } from './redaction-policy';

/** The level the background detects at: the default export's (other levels detect at export time). */
export const STORED_SPANS_LEVEL: RedactionLevel = DEFAULT_REDACTION_LEVEL;

/** Kept spans hold while the rules and the level are the ones they were detected with. */
export function storedSpansVersion(level: RedactionLevel = STORED_SPANS_LEVEL): string {
  return `${REDACTION_RULES_VERSION}/${level}`;
}
