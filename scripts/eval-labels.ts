// Labeller evaluation: runs the labeller and the sample builders over the scripted sessions in test/scenarios and
// compares them with the hand labels, for the development and the untouched split separately (the untouched split
// is never used to tune rules: test/scenarios/README.md). Prints, per split, its size, per-label precision and
// recall, label accuracy, the confusion table, preference-pair precision/recall, SFT-target precision (the share of
// SFT samples whose trained answer is the one the hand labels say), then every disagreement.
// Usage: npm run eval:labels [-- --split dev|untouched|all] [--rules rules.json] [--min-confidence 0.5] [--timing]
import { readFileSync } from 'node:fs';
import type { ResponseEvent } from '../src/core/events';
import { syntheticConversation } from '../test/support/synthetic-bundles';
import { labelEvents, LABEL_RULES_VERSION } from '../src/core/labeller';
import { ANSWER_LABELS, type AnswerLabelKind } from '../src/core/labeller/types';
import { buildPreferenceSamples, buildSftSamples, sampleInput } from '../src/core/samples';
import { devScenarios, untouchedScenarios, type Scenario } from '../test/scenarios';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rulesFile = arg('--rules');
const rules: unknown = rulesFile ? JSON.parse(readFileSync(rulesFile, 'utf8')) : {};
const minConfidence = Number(arg('--min-confidence') ?? 0.5);
const split = arg('--split') ?? 'all';
if (!['dev', 'untouched', 'all'].includes(split)) throw new Error(`--split: expected dev, untouched or all, got ${split}`);

type Counts = { tp: number; fp: number; fn: number };
const pct = (n: number, d: number) => (d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6));
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether an SFT sample's trained answer is what the hand labels say it should be. */
function sftTargetOk(sc: Scenario, messageId: string, target: string, texts: Map<string, string>): string | null {
  const expected = sc.labels[messageId];
  if (expected === 'accepted') return ws(target) === ws(texts.get(messageId) ?? '') ? null : 'accepted answer trained with another text';
  if (expected !== 'refined') return `trained an answer hand-labelled ${expected ?? 'unlabelled'}`;
  const chosen = sc.pairs.find(([, r]) => r === messageId)?.[0];
  if (!chosen) return 'refined without a hand target';
  if (chosen === `edit(${messageId})`) {
    const edit = sc.edits[messageId];
    return edit !== undefined && ws(target).includes(ws(edit)) ? null : 'target is not the user\'s edit';
  }
  const later = ws(texts.get(chosen) ?? '');
  const got = ws(target);
  // The labeller may drop an apology opener ("You're right, ...") from a later answer used as target.
  return got && (got === later || later.endsWith(got)) ? null : `target is not ${chosen}`;
}

function evaluate(title: string, set: Scenario[]) {
  const counts = new Map<string, Counts>([...ANSWER_LABELS, 'pairs'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const confusion = new Map<string, number>();
  const bump = (key: string, field: keyof Counts) => counts.get(key)![field]++;
  const problems: string[] = [];
  let answers = 0;
  let sftTotal = 0;
  let sftRight = 0;
  let expectedPairs = 0;

  for (const sc of set) {
    const labels = labelEvents(sc.events, rules);
    for (const [messageId, expected] of Object.entries(sc.labels)) {
      answers++;
      const got = labels.find((l) => l.messageId === messageId);
      const label: AnswerLabelKind = got?.label ?? 'unknown';
      confusion.set(`${expected}>${label}`, (confusion.get(`${expected}>${label}`) ?? 0) + 1);
      if (label === expected) bump(label, 'tp');
      else {
        bump(label, 'fp');
        bump(expected, 'fn');
        const why = got?.evidence.map((e) => `${e.rule}${e.detail ? ` (${e.detail})` : ''}`).join('; ') || 'no evidence';
        problems.push(`${sc.name} / ${messageId}: expected ${expected}, got ${label} ${got?.confidence ?? 0} <- ${why}`);
      }
    }
    for (const l of labels.filter((x) => !(x.messageId in sc.labels))) problems.push(`${sc.name} / ${l.messageId}: no hand label (got ${l.label})`);

    const input = sampleInput(sc.events, labels);
    const pairs = buildPreferenceSamples(input, { minConfidence });
    const key = (m: (typeof pairs)[number]['meta']) => `${m.chosenSource === 'paste_edit' ? `edit(${m.chosenMessageId})` : m.chosenMessageId}>${m.rejectedMessageId}`;
    const got = new Set(pairs.map((p) => key(p.meta)));
    const expected = new Set(sc.pairs.map(([c, r]) => `${c}>${r}`));
    expectedPairs += expected.size;
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

    const texts = new Map(sc.events.filter((e): e is ResponseEvent => e.kind === 'response').map((e) => [e.messageId, e.text]));
    for (const sample of buildSftSamples(input, { minConfidence })) {
      const messageId = sample.meta.messageIds[0]!;
      const wrong = sftTargetOk(sc, messageId, sample.messages.at(-1)!.content, texts);
      sftTotal++;
      if (wrong) problems.push(`${sc.name}: SFT sample for ${messageId}: ${wrong}`);
      else sftRight++;
    }
  }

  const sites = new Set(set.map((s) => s.site)).size;
  const langs = new Set(set.flatMap((s) => (s.lang ? [s.lang] : []))).size;
  console.log(`${title}: ${set.length} sessions, ${answers} hand-labelled answers, ${expectedPairs} hand pairs, ${sftTotal} SFT samples produced`);
  console.log(`  (${sites} sites, ${langs} languages; rules ${LABEL_RULES_VERSION}; pairs and SFT at min confidence ${minConfidence})\n`);
  console.log('label       precision  recall   tp  fp  fn');
  for (const [name, c] of counts) {
    console.log(`${name.padEnd(10)}  ${pct(c.tp, c.tp + c.fp)}    ${pct(c.tp, c.tp + c.fn)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
  }
  const correct = ANSWER_LABELS.reduce((n, l) => n + counts.get(l)!.tp, 0);
  console.log(`\nlabel accuracy: ${pct(correct, answers).trim()}   SFT-target precision: ${pct(sftRight, sftTotal).trim()} (${sftRight}/${sftTotal})`);
  console.log('\nconfusion (rows: hand label, columns: labeller)');
  console.log(`${''.padEnd(10)}${ANSWER_LABELS.map((l) => l.padStart(10)).join('')}`);
  for (const e of ANSWER_LABELS) console.log(`${e.padEnd(10)}${ANSWER_LABELS.map((g) => String(confusion.get(`${e}>${g}`) ?? 0).padStart(10)).join('')}`);
  if (problems.length) console.log(`\nDisagreements (${problems.length}):\n  ${problems.join('\n  ')}`);
}

if (split !== 'untouched') evaluate('Development split (rules may be tuned on it)', devScenarios);
if (split === 'all') console.log('');
if (split !== 'dev') evaluate('Untouched split (never used to tune rules)', untouchedScenarios);

if (args.includes('--timing')) {
  // Labelling cost per conversation, as the export and the review page pay it (issue 14 tracks the budget).
  const convs = Array.from({ length: 4000 }, (_, n) => syntheticConversation('t', n));
  const sessions = [...devScenarios, ...untouchedScenarios].map((s) => s.events);
  for (let i = 0; i < 300; i++) labelEvents(convs[i]!, rules);
  const best = (run: () => number) => Math.min(...Array.from({ length: 5 }, run));
  const synth = best(() => {
    const t = performance.now();
    for (const c of convs) labelEvents(c, rules);
    return (performance.now() - t) / convs.length;
  });
  const scen = best(() => {
    const t = performance.now();
    for (let k = 0; k < 5; k++) for (const c of sessions) labelEvents(c, rules);
    return (performance.now() - t) / (5 * sessions.length);
  });
  console.log(`\ntiming: ${synth.toFixed(3)} ms per synthetic conversation (${convs.length}), ${scen.toFixed(3)} ms per scenario session (${sessions.length}); best of 5`);
}
