// Precision and recall of the redaction rules on the labelled corpus in test/redaction-corpus/*.jsonl, per kind
// and overall, at the strict level (every rule runs). An expected value counts as found when spans of its kind
// cover at least half of it; a detected span counts as correct when it overlaps an expected value of its kind.
// Flags: --misses lists missed values and false positives; --check exits 1 below the targets (recall 0.98,
// precision 0.9 per kind); --bench also times the strict redactor on 5 MB hostile inputs. Any other argument
// names corpus files to use instead of all, e.g. holdout.jsonl.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedactor, detect } from '../src/core/redaction';
import { adversarialInputs } from '../test/support/adversarial-inputs';
import { REDACTION_KINDS, type DetectedSpan, type RedactionKind } from '../src/core/redaction/types';

interface CorpusCase {
  text: string;
  expected: { kind: RedactionKind; value: string }[];
  note?: string;
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
const bench = process.argv.includes('--bench');
const onlyFiles = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

function loadCorpus(): CorpusCase[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.jsonl') && (onlyFiles.length === 0 || onlyFiles.includes(f)))
    .sort()
    .flatMap((f) =>
      readFileSync(join(corpusDir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as CorpusCase),
    );
}

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
  for (const s of spans) if (s.kind === kind) n += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
  return n;
}

const tallies = new Map<RedactionKind, Tally>(REDACTION_KINDS.map((k) => [k, { expected: 0, found: 0, detected: 0, correct: 0 }]));
const misses: string[] = [];
const cases = loadCorpus();
for (const c of cases) {
  const spans = detect(c.text, { level: 'strict' });
  const expected = locate(c);
  for (const e of expected) {
    const t = tallies.get(e.kind)!;
    t.expected++;
    if (covered(spans, e.kind, e.start, e.end) * 2 >= e.end - e.start) t.found++;
    else misses.push(`MISS ${e.kind}: ${JSON.stringify(e.value)}  in ${JSON.stringify(c.text.slice(0, 160))}`);
  }
  for (const s of spans) {
    const t = tallies.get(s.kind)!;
    t.detected++;
    if (expected.some((e) => e.kind === s.kind && e.start < s.end && s.start < e.end)) t.correct++;
    else {
      const found = JSON.stringify(c.text.slice(s.start, s.end));
      misses.push(`FP   ${s.kind} (${s.rule}): ${found}  in ${JSON.stringify(c.text.slice(0, 160))}`);
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);
const rows: string[][] = [['kind', 'expected', 'found', 'detected', 'correct', 'precision', 'recall']];
const total: Tally = { expected: 0, found: 0, detected: 0, correct: 0 };
let belowTarget = false;
for (const [kind, t] of tallies) {
  const precision = ratio(t.correct, t.detected);
  const recall = ratio(t.found, t.expected);
  if (precision < 0.9 || recall < 0.98) belowTarget = true;
  rows.push([kind, String(t.expected), String(t.found), String(t.detected), String(t.correct), fmt(precision), fmt(recall)]);
  for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += t[key];
}
const overall = [total.expected, total.found, total.detected, total.correct].map(String);
rows.push(['overall', ...overall, fmt(ratio(total.correct, total.detected)), fmt(ratio(total.found, total.expected))]);

const negatives = cases.filter((c) => c.expected.length === 0).length;
console.log(`redaction corpus: ${cases.length} cases (${cases.length - negatives} with expected values, ${negatives} negatives)\n`);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  '));
  if (i === 0 || i === rows.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (showMisses && misses.length > 0) console.log('\n' + misses.join('\n'));

if (bench) {
  console.log('\n5 MB hostile inputs, strict level:');
  for (const { name, text } of adversarialInputs()) {
    const started = performance.now();
    const { spans } = createRedactor({ level: 'strict' }).redact(text);
    console.log(`  ${name.padEnd(24)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${spans.length} spans`);
  }
}
if (check && belowTarget) process.exit(1);
