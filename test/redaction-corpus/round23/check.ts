// Shape check of round 23's untouched split, without running any rule (the shared check in ../kit/shape.ts): every
// line parses, ids are unique, every expected kind is a redaction kind, every expected value occurs in its text, every
// item names its source. Run: npx tsx test/redaction-corpus/round23/check.ts
import { fileURLToPath } from 'node:url';
import { shapeProblems } from '../kit/shape';

const { lines, problems } = shapeProblems(fileURLToPath(new URL('./untouched.jsonl', import.meta.url)));
console.log(`${lines} items checked, ${problems.length} problems`);
for (const p of problems) console.log(p);
if (problems.length) process.exit(1);
