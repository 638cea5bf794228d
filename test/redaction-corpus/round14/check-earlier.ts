// The no-earlier-value check of round 14's untouched split, without running any rule: no item's text, and no expected
// value of a positive, may occur in an earlier round's files (the kit's index over split/ and round3/ … round13/: as
// written, JSON-escaped, or layout-free among the labelled values). build.ts already drops sourced positives an
// earlier round holds; this checks the whole written file, generated and invented items included.
// Run: npx tsx test/redaction-corpus/round14/check-earlier.ts
import { fileURLToPath } from 'node:url';
import { checkEarlier } from '../kit/check-earlier';

const EARLIER = ['split', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'round9', 'round10', 'round11', 'round12', 'round13'];
checkEarlier(fileURLToPath(new URL('.', import.meta.url)), EARLIER, ['round14', 'kit']);
