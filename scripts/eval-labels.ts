// Labeller evaluation: runs the labeller and the preference-pair builder over the scripted sessions in
// test/scenarios and compares them with the hand labels. Prints precision/recall per label and for preference
// pairs, then every disagreement. Usage: npm run eval:labels [-- --rules rules.json] [-- --min-confidence 0.5]
import { readFileSync } from 'node:fs';
import { labelEvents, LABEL_RULES_VERSION } from '../src/core/labeller';
import { ANSWER_LABELS, type AnswerLabelKind } from '../src/core/labeller/types';
import { buildPreferenceSamples, sampleInput } from '../src/core/samples';
import { holdoutScenarios, scenarios, type Scenario } from '../test/scenarios';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rulesFile = arg('--rules');
const rules: unknown = rulesFile ? JSON.parse(readFileSync(rulesFile, 'utf8')) : {};
const minConfidence = Number(arg('--min-confidence') ?? 0.5);

type Counts = { tp: number; fp: number; fn: number };
function evaluate(title: string, set: Scenario[]) {
const counts = new Map<string, Counts>([...ANSWER_LABELS, 'pairs'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
const bump = (key: string, field: keyof Counts) => counts.get(key)![field]++;
const problems: string[] = [];
let answers = 0;

for (const sc of set) {
  const labels = labelEvents(sc.events, rules);
  for (const [messageId, expected] of Object.entries(sc.labels)) {
    answers++;
    const got = labels.find((l) => l.messageId === messageId);
    const label: AnswerLabelKind = got?.label ?? 'unknown';
    if (label === expected) bump(label, 'tp');
    else {
      bump(label, 'fp');
      bump(expected, 'fn');
      const why = got?.evidence.map((e) => `${e.rule}${e.detail ? ` (${e.detail})` : ''}`).join('; ') || 'no evidence';
      problems.push(`${sc.name} / ${messageId}: expected ${expected}, got ${label} ${got?.confidence ?? 0} <- ${why}`);
    }
  }
  const missing = labels.filter((l) => !(l.messageId in sc.labels));
  for (const l of missing) problems.push(`${sc.name} / ${l.messageId}: no hand label (got ${l.label})`);

  const pairs = buildPreferenceSamples(sampleInput(sc.events, labels), { minConfidence });
  const key = (p: (typeof pairs)[number]) => {
    const m = p.meta;
    return `${m.chosenSource === 'paste_edit' ? `edit(${m.chosenMessageId})` : m.chosenMessageId}>${m.rejectedMessageId}`;
  };
  const got = new Set(pairs.map(key));
  const expected = new Set(sc.pairs.map(([c, r]) => `${c}>${r}`));
  for (const k of got) {
    if (expected.has(k)) bump('pairs', 'tp');
    else {
      bump('pairs', 'fp');
      problems.push(`${sc.name}: unexpected pair ${k}`);
    }
  }
  for (const k of expected) if (!got.has(k)) {
    bump('pairs', 'fn');
    problems.push(`${sc.name}: missed pair ${k}`);
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6));
console.log(
  `${title}: ${set.length} scenarios, ${answers} hand-labelled answers, rules ${LABEL_RULES_VERSION}, ` +
    `pairs at min confidence ${minConfidence}\n`,
);
console.log('label       precision  recall   tp  fp  fn');
for (const [name, c] of counts) {
  const [tp, fp, fn] = [c.tp, c.fp, c.fn].map((n) => String(n).padStart(3));
  console.log(`${name.padEnd(10)}  ${pct(c.tp, c.tp + c.fp)}    ${pct(c.tp, c.tp + c.fn)}  ${tp} ${fp} ${fn}`);
}
const correct = [...ANSWER_LABELS].reduce((n, l) => n + counts.get(l)!.tp, 0);
console.log(`\naccuracy over answers: ${pct(correct, answers).trim()}`);
if (problems.length) console.log(`\nDisagreements (${problems.length}):\n  ${problems.join('\n  ')}`);
}

evaluate('Development set', scenarios);
console.log('');
evaluate('Held-out set (never used to tune rules)', holdoutScenarios);
