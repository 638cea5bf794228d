// `npm run bench`: what Echo Capture costs a chat page and how it scales, each figure printed beside its target
// and written to docs/benchmarks.md. Figures are ratios within one run (with vs without the extension, long vs
// short conversation, 100k vs 20k answers) so the machine's own speed cancels out. Then runs the other
// benchmarks (`bench:merge`, `bench:review`, `bench:typing`) when package.json has them.
//   npm run bench [-- --rounds 5 --overhead-rounds 12 --answers 100000 --latency 24 --skip-others --only page,scale --no-docs]
//   npm run bench -- --render-docs   (docs/benchmarks.md again from docs/benchmarks.json, nothing measured)
// `--only` runs some parts (bundle, redaction, page, scale, merge, review, typing; others = the last three): their
// figures replace those parts' in docs/benchmarks.md and .json, the other parts keep their latest run (bench/doc.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { emptyCounts } from '../src/core/counts';
import { cannedAnswer } from '../test/sites/canned';
import { chatgptBackend } from '../test/sites/chatgpt/backend';
import { startFixtures } from '../test/sites/server';
import { CHROMIUM } from '../test/e2e/harness';
import { buildExtension } from './build';
import { launchBench } from './bench/browsers';
import { bundleSizes } from './bench/bundle';
import { type Figure, ofTarget, OTHER_PARTS, type Part, type PartRuns, PARTS, recordRun } from './bench/doc';
import { benchNotes } from './bench/notes';
import { WHY } from './bench/why';
import { REDACTION_TARGET_MS_PER_MB, redactionBench } from './bench/redaction';
import {
  captureLatency,
  CHATGPT_BENCH_HOSTS,
  growthWithLength,
  LONG_PROMPT,
  MATCHED_HOST,
  pageOverhead,
  type RatioFigure,
  UNMATCHED_HOST,
} from './bench/page';
import { type Interval, ratioInterval } from './bench/paired';
import { sideBySide } from './bench/page-side-by-side';
import { ANSWERS_PER_CONVERSATION, exportAll, type ExportFigure, popupOpenMs, seedStore } from './bench/scale';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    answers: { type: 'string', default: '100000' },
    latency: { type: 'string', default: '24' },
    'overhead-rounds': { type: 'string', default: '12' },
    'side-rounds': { type: 'string', default: '12' },
    'side-answers': { type: 'string', default: '2' },
    'skip-others': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    only: { type: 'string' },
    'render-docs': { type: 'boolean', default: false },
    // Options passed on to bench:typing (`--typing-args='--side-rounds 8 --rounds 3'`): its default takes ~30 minutes.
    'typing-args': { type: 'string' },
  },
});
const only = values.only ? new Set<string>(values.only.split(',').flatMap((p): readonly string[] => (p === 'others' ? OTHER_PARTS : [p]))) : null;
for (const p of only ?? []) {
  if (!(PARTS as readonly string[]).includes(p)) throw new Error(`--only: unknown part ${p} (${PARTS.join(', ')}, others)`);
}
const runs = (part: Part) => (!only || only.has(part)) && !(values['skip-others'] && OTHER_PARTS.includes(part));
const root = resolve(import.meta.dirname, '..');
const rounds = Number(values.rounds);
const bigAnswers = Number(values.answers);
const smallAnswers = Math.round(bigAnswers / 5);
const CHUNK_SIZE = 20;
const CHUNK_DELAY_MS = 5;

/** This run's figures and detail lines per part (what docs/benchmarks.md takes from it). */
const ran: PartRuns = {};
let part: Part = 'bundle';
const partRun = () => (ran[part] ??= { date: '', command: '', machine: '', figures: [], details: [] });
const detail = (line: string) => (partRun().details.push(line), console.log(`  ${line}`));
const fmt = (n: number, d = 3) => n.toFixed(d);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
function figure(name: string, value: string, target: string, ok: boolean | null): void {
  partRun().figures.push({ name, value, target, ok });
  const ratio = ofTarget({ name, value, target, ok });
  console.log(`${name.padEnd(58)} ${value.padStart(12)}   target ${target.padEnd(12)} ${ratio.padStart(6)} ${ok === null ? '' : ok ? 'ok' : 'MISSED'}`);
}

const longLength = cannedAnswer(LONG_PROMPT, 1).length;
const chunks = Math.ceil(longLength / CHUNK_SIZE);
const notes = () => benchNotes({ longLength, chunks, chunkSize: CHUNK_SIZE, chunkDelayMs: CHUNK_DELAY_MS, sideAnswers: values['side-answers'] });
// `--render-docs`: docs/benchmarks.md again from docs/benchmarks.json (after a change of the notes or the WHY texts).
if (values['render-docs']) {
  recordRun(root, {}, WHY, notes());
  console.log('wrote docs/benchmarks.md from docs/benchmarks.json');
  process.exit(0);
}

const started = Date.now();
const loadAtStart = loadavg();
const dist = mkdtempSync(join(tmpdir(), 'echo-bench-dist-'));
await buildExtension(dist);

if (runs('bundle')) {
  part = 'bundle';
  console.log('\n== Bundle (gzip) ==');
  for (const b of bundleSizes(dist)) {
    const limited = b.kind === 'content' || b.kind === 'page-world';
    figure(`bundle ${b.name}`, kb(b.gzip), limited ? '<= 25 KB' : '(report)', limited ? b.gzip <= 25 * 1024 : null);
  }
}

if (runs('redaction')) {
  part = 'redaction';
  console.log('\n== Redaction: 5 MB hostile inputs, strict level ==');
  for (const r of redactionBench()) {
    const ok = r.msPerMb <= REDACTION_TARGET_MS_PER_MB;
    figure(`redaction ms per MB: ${r.name}`, `${r.msPerMb.toFixed(0)} ms`, `<= ${REDACTION_TARGET_MS_PER_MB} ms`, ok);
  }
}

const backend = chatgptBackend({ chunkDelayMs: CHUNK_DELAY_MS, chunkSize: CHUNK_SIZE });
const fixtures = await startFixtures([{ id: 'chatgpt', hosts: CHATGPT_BENCH_HOSTS, backend, dir: 'chatgpt' }]);
try {
  if (runs('page')) {
    part = 'page';
    const withExt = await launchBench(fixtures, dist);
    const overheadRounds = Number(values['overhead-rounds']);
    console.log(
      `\n== Page overhead: ${longLength}-character answer in ${chunks} chunks of ${CHUNK_SIZE}, one browser, ` +
        `${MATCHED_HOST} (extension runs) vs ${UNMATCHED_HOST} (it does not, twice: A/A control), ${overheadRounds} rotated rounds ==`,
    );
    const overhead = await pageOverhead(withExt, overheadRounds);
    const spread = (f: RatioFigure) => `median of ${f.n} rounds; quartiles ${fmt(f.q1)}-${fmt(f.q3)}, range ${fmt(f.min)}-${fmt(f.max)}`;
    const ratioRow = (name: string, f: RatioFigure, target: number) => {
      figure(name, fmt(f.median), `<= ${target}`, f.median <= target);
      detail(`${name}: ${spread(f)}`);
    };
    // Drawn pages one after the other: what the page costs whole, and the direct ratios (their noise: the A/A rows).
    const interval = (i: Interval) => `${fmt(i.mean)} (${fmt(i.low)}-${fmt(i.high)})`;
    const drawnRow = (name: string, f: RatioFigure, perRound: number[]) => {
      figure(name, interval(ratioInterval(perRound)), '(report)', null);
      detail(`${name}: geometric mean (95 % interval); ${spread(f)}`);
    };
    const r6 = overhead.rounds;
    drawnRow('page overhead, drawn pages in turn: task time, with / without', overhead.task, r6.map((r) => r.withExt.task / r.without.task));
    drawnRow('page overhead, drawn pages in turn: A/A control, task time', overhead.controlTask, r6.map((r) => r.control.task / r.without.task));
    drawnRow('page overhead, drawn pages in turn: JavaScript time, with / without', overhead.js, r6.map((r) => r.withExt.js / r.without.js));
    drawnRow('page overhead, drawn pages in turn: A/A control, JavaScript time', overhead.controlJs, r6.map((r) => r.control.js / r.without.js));
    // The same three pages streaming at once, drawing nothing (page-side-by-side.ts): the target figures.
    const sideRounds = Number(values['side-rounds']);
    const sideAnswers = Number(values['side-answers']);
    console.log(`\n== Page overhead side by side: the three pages stream ${sideAnswers} answers at once, ${sideRounds} rounds ==`);
    const side = await sideBySide(withExt, sideRounds, sideAnswers);
    const drawnTask = r6.reduce((a, r) => a + r.without.task, 0) / r6.length;
    const overDrawn = (i: Interval) => {
      const f = (x: number) => 1 + x / sideAnswers / drawnTask;
      return { mean: f(i.mean), low: f(i.low), high: f(i.high), n: i.n };
    };
    const sideRow = (name: string, i: Interval, target: number | null, how: string) => {
      figure(name, interval(i), target === null ? '(report)' : `<= ${target}`, target === null ? null : i.mean <= target);
      detail(`${name}: ${how}; mean of ${i.n} rounds (95 % interval)`);
    };
    const taskHow = `1 + (task time with - without, side by side) / ${sideAnswers} answers / drawn page's task time without (${fmt(drawnTask * 1000, 0)} ms)`;
    sideRow('page overhead: main-thread task time (CPU), with / without', overDrawn(side.extraTask), 1.02, taskHow);
    sideRow('page overhead, A/A control (no extension in either): task time ratio', overDrawn(side.controlExtraTask), null, taskHow);
    // JavaScript time: the sampling profiler charges a wait for a CPU to whatever ran, so between pages (three at
    // once, or one after the other) its A/A control spreads by tens of per cent under load; within one profile of
    // the page with the extension, its own samples against the page's other JavaScript share one clock.
    const ownJs = r6.map((r) => 1 + (r.withExt.content + r.withExt.hook) / (r.withExt.js - r.withExt.content - r.withExt.hook));
    sideRow(
      'page overhead: JavaScript time (V8 profiler), with / without',
      ratioInterval(ownJs),
      1.02,
      "1 + the extension's JavaScript samples / the page's other JavaScript samples, one profile of the drawn page with it; geometric mean",
    );
    const jsHow = 'side by side, geometric mean of per-round ratios';
    sideRow('page overhead: JavaScript time, pages side by side, with / without', side.js, null, jsHow);
    sideRow('page overhead, A/A control (no extension in either): JavaScript time ratio', side.controlJs, null, jsHow);
    sideRow('page overhead: JavaScript time, capped sample intervals, with / without', side.jsCapped, null, jsHow);
    sideRow('page overhead, A/A control: JavaScript time, capped sample intervals', side.controlJsCapped, null, jsHow);
    const msOf = (s: number) => fmt(s * 1000, 1);
    const sideRound = ({ withExt: w, without: o, control: c }: (typeof side.rounds)[number]) =>
      [w, o, c].map((x) => `${msOf(x.task)}/${msOf(x.js)}/${msOf(x.content + x.hook)}/${x.recalcStyles}/${x.layouts}`).join(' vs ');
    detail(
      `Side-by-side rounds (ms and counts; task / profiler JS / extension JS / style recalculations / layouts; with vs without vs A/A control): ` +
        side.rounds.map(sideRound).join('; '),
    );
    ratioRow('page overhead: extension time / page main-thread time (one profile)', overhead.share, 0.02);
    figure('page overhead: page-world hook time / page main-thread time', fmt(overhead.hookShare.median, 4), '(report)', null);
    const ms = (s: number) => fmt(s * 1000, 0);
    const round = ({ withExt: w, without: o, control: c }: (typeof overhead.rounds)[number]) =>
      `${ms(w.task)}/${ms(w.js)}/${ms(w.busy)}/${ms(w.content)}/${fmt(w.hook * 1000, 1)} vs ${ms(o.task)}/${ms(o.js)}/${ms(o.busy)}` +
      ` (control ${ms(c.task)}/${ms(c.js)}/${ms(c.busy)})`;
    const roundsText = overhead.rounds.map(round).join('; ');
    detail(`Page overhead rounds (ms; task / profiler JS / profiler busy / content script / page-world hook; with vs without, and the A/A control without): ${roundsText}`);

    console.log(`\n== Growth with length: 10-turn vs 500-turn conversation, ${rounds} rounds ==`);
    const growth = await growthWithLength(withExt, backend, chunks, rounds);
    figure('extension time per chunk, 500 turns / 10 turns', fmt(growth.ratio), '<= 1.2', growth.ratio <= 1.2);
    figure('extension time per chunk, 10 turns', `${fmt(growth.shortPerChunkUs, 0)} us`, '(report)', null);
    figure('extension time per chunk, 500 turns', `${fmt(growth.longPerChunkUs, 0)} us`, '(report)', null);
    const growthRounds = growth.rounds.map((r) => `${fmt(r.short / 1000, 1)} vs ${fmt(r.long / 1000, 1)}`).join('; ');
    detail(`Growth rounds (extension ms, 10 vs 500 turns): ${growthRounds}`);

    const latencyN = Number(values.latency);
    console.log(`\n== Capture latency over ${latencyN} answers ==`);
    const latency = await captureLatency(withExt, latencyN);
    await withExt.close();
    figure('capture latency p50 (answer finished -> stored)', `${latency.p50} ms`, '(report)', null);
    figure('capture latency p95 (answer finished -> stored)', `${latency.p95} ms`, '< 250 ms', latency.p95 < 250);
    detail(`Latency samples (ms): ${latency.samples.join(', ')}`);
  }

  if (runs('scale')) {
    part = 'scale';
    console.log(`\n== Scale: ${smallAnswers} then ${bigAnswers} answers in the store ==`);
    const scaled = await launchBench(fixtures, dist);
    const seeder = await scaled.context.newPage();
    await seeder.goto(`chrome-extension://${scaled.extensionId}/popup/index.html`);
    await seeder.getByTestId('count-answers').waitFor();
    const counts = emptyCounts();
    const acceptance = {};
    const results: Record<number, { popup: number; exp: ExportFigure }> = {};
    let seq = 0;
    let convs = 0;
    for (const answers of [smallAnswers, bigAnswers]) {
      const t0 = Date.now();
      const target = answers / ANSWERS_PER_CONVERSATION;
      seq = await seedStore(seeder, convs, target, seq, counts, acceptance);
      convs = target;
      console.log(`  seeded ${counts.answers} answers (${seq} events) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      const popup = await popupOpenMs(scaled, counts.answers);
      const exp = await exportAll(scaled);
      results[answers] = { popup: popup.median, exp };
      detail(
        `${answers} answers: popup opens (ms) ${popup.samples.map((s) => fmt(s, 0)).join(', ')}; export ${fmt(exp.seconds, 1)} s, ` +
          `${mb(exp.bytes)} zip, peak extra RSS ${mb(exp.peakExtraAll)} (browser), ${mb(exp.peakExtraExtension)} (extension process), ` +
          `peak extra JS heap ${mb(exp.peakExtraHeap)} (popup and its workers)`,
      );
      figure(`popup open, ${answers} answers (median of 5)`, `${fmt(popup.median, 0)} ms`, '< 300 ms', popup.median < 300);
      const exported = Number.isFinite(exp.seconds) ? `${fmt(exp.seconds, 1)} s` : '> 240 s';
      const isBig = answers === bigAnswers;
      // The target is for 100,000 answers: a smaller run scales its time linearly (the export is one pass).
      const scale = 100_000 / answers;
      const at100k = exp.seconds * scale;
      const full = isBig && scale === 1;
      figure(`export all events, ${answers} answers`, exported, full ? '< 5 s' : '(report)', full ? exp.seconds < 5 : null);
      if (isBig && !full) {
        figure(`export all events, scaled to 100,000 answers (x${fmt(scale, 1)})`, `${fmt(at100k, 1)} s`, '< 5 s', at100k < 5);
      }
      const v = exp.validation;
      figure(
        `export of ${answers} answers accepted by echo-dataset validate`,
        v ? (v.ok ? `yes (${fmt(v.seconds, 1)} s)` : `no: ${v.problem.slice(0, 80)}`) : 'no zip',
        'yes',
        !!v?.ok,
      );
      figure(`export peak extra memory, ${answers} answers (browser)`, mb(exp.peakExtraAll), '(report)', null);
      figure(`export peak extra JS heap, ${answers} answers (popup and its workers)`, mb(exp.peakExtraHeap), '(report)', null);
    }
    await scaled.close();
    const small = results[smallAnswers]!.exp;
    const big = results[bigAnswers]!.exp;
    const growthMem = big.peakExtraAll / Math.max(1, small.peakExtraAll);
    figure(`export peak memory, ${bigAnswers} / ${smallAnswers} answers`, fmt(growthMem, 2), '<= 1.25', growthMem <= 1.25);
  }
} finally {
  await fixtures.close();
  rmSync(dist, { recursive: true, force: true });
}

const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
for (const other of OTHER_PARTS.filter(runs)) {
  part = other;
  const name = `bench:${other}`;
  if (!scripts[name]) {
    console.log(`\n(${name}: not in package.json, skipped)`);
    continue;
  }
  console.log(`\n== npm run ${name} ==`);
  // The review bench seeds as many answers as this run's large store.
  const typingArgs = values['typing-args']?.split(/\s+/).filter(Boolean) ?? [];
  const args = name === 'bench:review' ? ['--', '--answers', String(bigAnswers)] : name === 'bench:typing' && typingArgs.length ? ['--', ...typingArgs] : [];
  const r = spawnSync('npm', ['run', '--silent', name, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(output);
  // Bundlers' warnings about Node modules externalised for the browser say nothing about the figures.
  const kept = output.trim().split('\n').filter((l) => !l.startsWith('[plugin '));
  partRun().output = { status: r.status, tail: kept.slice(-40).join('\n') };
  if (r.status !== 0) figure(`npm run ${name}`, `exit ${r.status}`, 'exit 0', false);
  for (const f of othersFigures(name, output)) figure(f.name, f.value, f.target, f.ok);
}

/** The figures another benchmark printed: bench:review's BENCH_FIGURES line, bench:merge's summary lines. */
function othersFigures(name: string, output: string): Figure[] {
  const line = output.split('\n').find((l) => l.startsWith('BENCH_FIGURES '));
  if (line) return JSON.parse(line.slice('BENCH_FIGURES '.length)) as Figure[];
  const size = /generating (\d+) participants x (\d+) conversations/.exec(output);
  const merge = /merge: ([\d.]+) s, peak RSS (\d+) MB/.exec(output);
  if (name !== 'bench:merge' || !size || !merge) return [];
  const what = `merge, ${size[1]} participants x ${size[2]} conversations`;
  const rss = Number(merge[2]);
  return [
    { name: `${what}: time`, value: `${merge[1]} s`, target: '(report)', ok: null },
    { name: `${what}: peak RSS`, value: `${rss} MB`, target: '<= 1024 MB', ok: rss <= 1024 },
  ];
}

const chromiumVersion = (() => {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
})();
const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GB memory`;
const cpuModel = cpus()[0]?.model.trim() ?? 'unknown CPU';
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
// Load averages (1 / 5 / 15 min) at the start and the end: figures from a shared machine are read with them.
const machine =
  `${availableParallelism()} CPUs (nproc, ${cpuModel}), ${memory}, ${chromiumVersion}, Node ${process.version}, ${process.platform}; ` +
  `load average ${load(loadAtStart)} at the start, ${load(loadavg())} at the end`;
const figures: Figure[] = Object.values(ran).flatMap((r) => r.figures);
const missed = figures.filter((f) => f.ok === false);
console.log(`\nmachine: ${machine}`);
const missedNames = missed.length ? ': ' + missed.map((f) => f.name).join('; ') : '';
const met = figures.filter((f) => f.ok).length;
console.log(`bench: ${met} targets met, ${missed.length} missed${missedNames} · ${((Date.now() - started) / 1000).toFixed(0)} s`);

if (!values['no-docs']) {
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const date = new Date().toISOString().slice(0, 10);
  for (const r of Object.values(ran)) Object.assign(r, { date, command, machine });
  recordRun(root, ran, WHY, notes());
  console.log(`wrote docs/benchmarks.md (parts ${Object.keys(ran).join(', ')}; the others keep their latest run)`);
}
process.exit(0);
