// Precision and recall of the redaction engine at the strict level (every rule runs), per kind, printed separately
// for the two splits of the labelled corpus:
//   dev        test/redaction-corpus/*.jsonl (hand-written and generated, tuned on) + split/dev.jsonl +
//              split/round2-untouched.jsonl (round 2's untouched split, retired into dev in round 3) + round3/dev.jsonl +
//              round3/round3-untouched.jsonl (round 3's untouched split, retired into dev in round 4) + round4/dev.jsonl +
//              round4/untouched.jsonl (round 4's untouched split, retired into dev in round 5) +
//              round5/untouched.jsonl (round 5's untouched split, retired into dev in round 6) +
//              round6/untouched.jsonl (round 6's untouched split, retired into dev in round 7) +
//              round7/untouched.jsonl (round 7's untouched split, retired into dev in round 8) +
//              round8/untouched.jsonl (round 8's untouched split, retired into dev in round 9) +
//              round9/untouched.jsonl (round 9's untouched split, retired into dev in round 10) +
//              round10/untouched.jsonl (round 10's untouched split, retired into dev in round 11) +
//              round11/untouched.jsonl (round 11's untouched split, retired into dev in round 12) +
//              round12/untouched.jsonl (round 12's untouched split, retired into dev in round 13) +
//              round13/untouched.jsonl (round 13's untouched split, retired into dev in round 14) +
//              round14/untouched.jsonl (round 14's untouched split, retired into dev in round 15) +
//              round15/untouched.jsonl (round 15's untouched split, retired into dev in round 16) +
//              round16/untouched.jsonl (round 16's untouched split, retired into dev in round 17) +
//              round17/untouched.jsonl (round 17's untouched split, retired into dev in round 18) +
//              round18/untouched.jsonl (round 18's untouched split, retired into dev in round 19) +
//              round19/untouched.jsonl (round 19's untouched split, retired into dev in round 20) +
//              round20/untouched.jsonl (round 20's untouched split, retired into dev in round 21) +
//              round21/untouched.jsonl (round 21's untouched split, retired into dev in round 22) +
//              dev22/real-addresses.jsonl (round 22's dev supplement of real addresses) +
//              round22/untouched.jsonl (round 22's untouched split, retired into dev in round 23) +
//              dev23/real-addresses.jsonl (round 23's dev supplement of real addresses in other scripts)
//   untouched  test/redaction-corpus/round23/untouched.jsonl (built and committed before round 23's tuning is merged,
//              by someone who never changes the rules; never looked at while tuning)
// An expected value counts as found when spans of its kind cover at least half of it; a detected span counts as
// correct when it overlaps an expected value of its kind. The secret kinds (api_key, private_key, jwt, password,
// secret) count as one family for matching: a provider key reported as `secret` is still redacted, and which token
// label it got does not decide whether it leaked. Recall is per expected kind, precision per detected kind.
// Flags: --misses lists dev misses and false positives (never untouched ones); --check exits 1 when the untouched
// split misses its targets (overall recall 0.98 and precision 0.90, every kind's recall 0.95).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../src/core/redaction';
import { REDACTION_KINDS, type DetectedSpan, type RedactionKind } from '../src/core/redaction/types';

interface CorpusCase {
  text: string;
  expected: { kind: RedactionKind; value: string }[];
  note?: string;
  id?: string;
}

interface Tally {
  expected: number;
  found: number;
  detected: number;
  correct: number;
}

const corpusDir = fileURLToPath(new URL('../test/redaction-corpus/', import.meta.url));
const showMisses = process.argv.includes('--misses');
const check = process.argv.includes('--check');
/** `--dev` prints the dev split only: what to run while tuning, so untouched results are never seen early. */
const devOnly = process.argv.includes('--dev');

function readJsonl(path: string): CorpusCase[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusCase);
}

const SPLITS: { name: 'dev' | 'untouched'; cases: CorpusCase[] }[] = [
  {
    name: 'dev',
    cases: [
      ...readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readJsonl(join(corpusDir, f))),
      ...readJsonl(join(corpusDir, 'split/dev.jsonl')),
      ...readJsonl(join(corpusDir, 'split/round2-untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round3/dev.jsonl')),
      ...readJsonl(join(corpusDir, 'round3/round3-untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round4/dev.jsonl')),
      ...readJsonl(join(corpusDir, 'round4/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round5/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round6/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round7/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round8/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round9/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round10/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round11/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round12/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round13/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round14/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round15/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round16/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round17/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round18/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round19/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round20/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'round21/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'dev22/real-addresses.jsonl')),
      ...readJsonl(join(corpusDir, 'round22/untouched.jsonl')),
      ...readJsonl(join(corpusDir, 'dev23/real-addresses.jsonl')),
    ],
  },
  { name: 'untouched', cases: readJsonl(join(corpusDir, 'round23/untouched.jsonl')) },
];

const SECRET_FAMILY = new Set<RedactionKind>(['api_key', 'private_key', 'jwt', 'password', 'secret']);
const sameFamily = (a: RedactionKind, b: RedactionKind) => a === b || (SECRET_FAMILY.has(a) && SECRET_FAMILY.has(b));

/** Places each expected value at its first occurrence not already claimed by an identical expected value. */
function locate(c: CorpusCase): { kind: RedactionKind; start: number; end: number; value: string }[] {
  const used = new Set<number>();
  return c.expected.map(({ kind, value }) => {
    let start = c.text.indexOf(value);
    while (start !== -1 && used.has(start)) start = c.text.indexOf(value, start + 1);
    if (start === -1) throw new Error(`expected value not in text: ${JSON.stringify(value)} in ${JSON.stringify(c.text)}`);
    used.add(start);
    return { kind, start, end: start + value.length, value };
  });
}

function covered(spans: DetectedSpan[], kind: RedactionKind, start: number, end: number): number {
  let n = 0;
  for (const s of spans) if (sameFamily(s.kind, kind)) n += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
  return n;
}

function evaluate(cases: CorpusCase[]): { tallies: Map<RedactionKind, Tally>; misses: string[] } {
  const tallies = new Map<RedactionKind, Tally>(REDACTION_KINDS.map((k) => [k, { expected: 0, found: 0, detected: 0, correct: 0 }]));
  const misses: string[] = [];
  const where = (c: CorpusCase) => `${c.id ? `[${c.id}] ` : ''}${JSON.stringify(c.text.slice(0, 160))}`;
  for (const c of cases) {
    const spans = detect(c.text, { level: 'strict' });
    const expected = locate(c);
    for (const e of expected) {
      const t = tallies.get(e.kind)!;
      t.expected++;
      if (covered(spans, e.kind, e.start, e.end) * 2 >= e.end - e.start) t.found++;
      else misses.push(`MISS ${e.kind}: ${JSON.stringify(e.value)}  in ${where(c)}`);
    }
    for (const s of spans) {
      const t = tallies.get(s.kind)!;
      t.detected++;
      if (expected.some((e) => sameFamily(e.kind, s.kind) && e.start < s.end && s.start < e.end)) t.correct++;
      else misses.push(`FP   ${s.kind} (${s.rule}): ${JSON.stringify(c.text.slice(s.start, s.end))}  in ${where(c)}`);
    }
  }
  return { tallies, misses };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);
let untouchedMissed = false;

for (const split of SPLITS) {
  if (devOnly && split.name !== 'dev') continue;
  if (split.cases.length === 0) {
    // A round's fresh split is built after the last one is retired into dev: until it lands there is nothing to
    // report, and --check must not read an empty split as targets met.
    console.log(`\n${split.name}: no cases (the round's untouched split is not built yet)`);
    if (split.name === 'untouched') untouchedMissed = true;
    continue;
  }
  const { tallies, misses } = evaluate(split.cases);
  const rows: string[][] = [['kind', 'expected', 'found', 'detected', 'correct', 'precision', 'recall']];
  const total: Tally = { expected: 0, found: 0, detected: 0, correct: 0 };
  for (const [kind, t] of tallies) {
    if (t.expected === 0 && t.detected === 0) continue;
    const recall = ratio(t.found, t.expected);
    if (split.name === 'untouched' && t.expected > 0 && recall < 0.95) untouchedMissed = true;
    const counts = [t.expected, t.found, t.detected, t.correct].map(String);
    rows.push([kind, ...counts, fmt(ratio(t.correct, t.detected)), fmt(recall)]);
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += t[key];
  }
  const precision = ratio(total.correct, total.detected);
  const recall = ratio(total.found, total.expected);
  if (split.name === 'untouched' && (precision < 0.9 || recall < 0.98)) untouchedMissed = true;
  rows.push(['overall', ...[total.expected, total.found, total.detected, total.correct].map(String), fmt(precision), fmt(recall)]);

  const negatives = split.cases.filter((c) => c.expected.length === 0).length;
  const positives = split.cases.length - negatives;
  console.log(`\n${split.name}: ${split.cases.length} cases (${positives} with expected values, ${negatives} negatives)\n`);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  '));
    if (i === 0 || i === rows.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  if (showMisses && split.name === 'dev' && misses.length > 0) console.log('\n' + misses.join('\n'));
}
console.log('\ntargets on untouched: overall recall >= 0.98, precision >= 0.90, every kind recall >= 0.95');
if (check && untouchedMissed) process.exit(1);
