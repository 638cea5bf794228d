// The no-earlier-value check of round 20's untouched split, without running any rule: no item's text, and no expected
// value of a positive, may occur in an earlier round's files (the kit's index over split/, round3/ … round19/ and the
// corpus's top-level files: as written, JSON-escaped, or layout-free among the labelled values). build.ts already
// leaves out what an earlier round holds; this checks the whole written file, generated and invented items included.
// Run: npx tsx test/redaction-corpus/round20/check-earlier.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { earlierIndex } from '../kit/earlier';
import type { Item } from '../kit/item';
import { EARLIER, OWN } from './earlier-rounds';

const here = fileURLToPath(new URL('.', import.meta.url));
const earlier = earlierIndex(join(here, '..'), EARLIER, OWN);
const items = readFileSync(join(here, 'untouched.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Item);
const problems: string[] = [];
for (const item of items) {
  if (earlier.mentions(item.text)) problems.push(`${item.id}: text in an earlier file`);
  for (const e of item.expected) if (earlier.seen(e.value)) problems.push(`${item.id}: ${e.kind} value in an earlier file: ${e.value}`);
}
console.log(`${items.length} items checked against earlier rounds, ${problems.length} problems`);
for (const p of problems) console.log(p);
if (problems.length) process.exit(1);
