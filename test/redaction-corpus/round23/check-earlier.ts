// The no-earlier-value check of round 23's untouched split, without running any rule: no item's text, and no expected
// value of a positive, may occur in an earlier round's files (the kit's index over split/, round3/ … round22/, dev22/
// and the corpus's top-level files: as written, JSON-escaped, or layout-free among the labelled values). build.ts
// already leaves out what an earlier round holds; this checks the whole written file, generated and invented items
// included. Run: npx tsx test/redaction-corpus/round23/check-earlier.ts
import { fileURLToPath } from 'node:url';
import { checkEarlier } from '../kit/check-earlier';
import { EARLIER, OWN } from './earlier-rounds';

checkEarlier(fileURLToPath(new URL('.', import.meta.url)), EARLIER, OWN);
