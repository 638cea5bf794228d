// The no-earlier-value check of round 15's untouched split, without running any rule: no item's text, and no expected
// value of a positive, may occur in an earlier round's files (the kit's index over split/ and round3/ … round14/: as
// written, JSON-escaped, or layout-free among the labelled values). build.ts already drops what an earlier round
// holds; this checks the whole written file, generated and invented items included.
// Run: npx tsx test/redaction-corpus/round15/check-earlier.ts
import { fileURLToPath } from 'node:url';
import { checkEarlier } from '../kit/check-earlier';
import { EARLIER, OWN } from './earlier-rounds';

checkEarlier(fileURLToPath(new URL('.', import.meta.url)), EARLIER, OWN);
