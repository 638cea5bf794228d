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
/** Why a figure misses its target and what would close it (from profiling these runs), shown when it misses. */
const WHY: [prefix: string, text: string][] = [
  ['page overhead: extension time', 'Profiled per function in docs/capture-engine.md (scripts/bench/page-profile.ts). Per ' +
    'streamed chunk the engine runs its timer, the tick and a streaming poll that only asks whether the answer still streams ' +
    '(the whole turn is read at most every 500 ms); the page-world hook does nothing per chunk (the stream is not a response ' +
    'it reads). Under load the profiler charges time the main thread spends waiting for a CPU to the frame that was running, ' +
    'so this figure moves with the machine\'s load.'],
  ['page overhead: main-thread', 'Measured side by side (three pages stream at once, drawing nothing; see Notes): read the ' +
    'interval beside the A/A control\'s, which must hold 1. What the extra time is, per chunk, by trace event: ' +
    '`npx tsx scripts/bench/page-trace.ts` (docs/capture-engine.md, "Cost per streamed chunk"): in round 7 all of it was the ' +
    'extension\'s own JavaScript entries (timer ticks at ~100-500 µs of thread time each, ~0.09 per chunk) and ~1 µs of ' +
    'garbage collection; no extra style, layout, HTML parsing or microtask time within the A/A noise. Since round 8 the ' +
    'streaming poll backs off (100 -> 800 ms) and the end of a stream is seen from mutation records: ~0.025 entries per chunk. ' +
    'Round 11: the polled turn\'s subtree observation (attributes only, no records) cost the page ~10 µs per chunk in its own ' +
    'microtasks (trace, 6 runs vs 3); only the turn\'s own attributes are observed since, and the finished answer is read once.'],
  ['page overhead: JavaScript', 'Within one profile of the drawn page with the extension: its own samples against the page\'s ' +
    'other JavaScript. The page\'s own JavaScript is about a fifth of its main-thread time (the rest draws the answer), so ' +
    'the same extension time weighs about five times more here than in the task-time ratio. Since round 8 the streaming ' +
    'poll backs off while nothing changes (0.02 ticks per chunk instead of 0.12); what is left is mostly once per answer ' +
    '(recording the prompt, reading and sending the answer, the health check, the page-world hook): see ' +
    'docs/capture-engine.md, Round 8.'],
  ['page overhead', 'Compare with the A/A control of the same run (two pages without the extension, see Details): when its ' +
    'interval does not hold 1, the machine was too loaded for a 2 % target and the with/without figure is noise.'],
  ['extension time per chunk, 500', 'Per-round figures of a few tens of ms move by 2x between rounds under load (see Details); ' +
    'profile both lengths with `npx tsx scripts/bench/page-profile.ts --turns 10,500` (calls per answer by V8 precise coverage; ' +
    '`--mount-all` mounts every turn). Round 10: calls per answer are the same at both lengths on the bench fixture (it mounts the ' +
    'newest 20 turns, as the real page does); what grew with every turn mounted (the observation switch, forgetting old texts) is ' +
    'now flat (docs/capture-engine.md, Round 10).'],
  ['capture latency', 'The engine declares an answer finished only after `SETTLE_MS` (120 ms) of quiet measured from its first tick ' +
    'after streaming stops, on a 50 ms tick: 150-200 ms before the event is even sent. Closing it: when the adapter reports the end of ' +
    'streaming (stop button gone, streaming class removed) and the size is unchanged since the last streaming tick, emit at once (track ' +
    '`lastSize` while streaming), keeping the settle wait only for sites without an end signal (src/capture/engine.ts).'],
  ['popup open', 'The popup paints the counts the background mirrors into session storage (src/messages/popup-mirror.ts) ' +
    'without waiting for the worker; the bench seeds IndexedDB directly, behind the background\'s back, so the first open after each ' +
    'seeding waits for the worker (which then mirrors the new counts) and the later opens do not. A miss here is the page\'s own ' +
    'load on a shared machine: profile it with `npx tsx scripts/profile-popup.ts --answers 20000`.'],
  ['review page', 'Profile with `npx tsx scripts/profile-popup.ts --page review --answers 100000 --keep /tmp/review-100k` (the ' +
    'seeded profile is kept for the next run). The first rows need the page\'s static modules (no labeller since round 5: 186 KB ' +
    'minified, Dexie the largest part), one read of the kept counts and one page of 50 conversations by the `lastTs` index, asked ' +
    'for while the modules evaluate; charts, filter choices and the backlog watch start after the rows are painted. What is left on ' +
    'a loaded machine is module compile and evaluation (the first open after an install or update has no code cache).'],
  ['typing overhead', 'Since round 8 the target is measured side by side (scripts/bench/typing-side-by-side.ts): the ' +
    'editor fixture with capture (its real host), without and an A/A control (a control host no content script matches) ' +
    'open at once behind a blank page and typed into in step, key by key; read the with / without interval beside the A/A ' +
    'control\'s, which must hold 1: when the interval holds 1.02 the run cannot tell. The pages typed in turn (six a round ' +
    'in a rotated palindrome) are kept as reports. `npm run bench:typing -- --trace` shows per key what the page does with ' +
    'and without capture (style, layout, layouts forced from the extension); the in-profile share breaks the content ' +
    'script\'s time down by function (docs/completions.md, Round 8). Per key the session reads only the caret\'s line and ' +
    'the lines around a suggestion, and watches only where ghost text can appear. `npm run bench:typing -- --counts` counts per ' +
    'key what the capture itself does (listeners, records, timers, queries, reads, layout reads); round 10 cut them several-fold ' +
    '(docs/completions.md, Round 10) without moving the task-time ratio, so what is left sits outside the capture\'s own calls. ' +
    'Since round 11 an accepted region no longer grows with the lines typed after it, so the session stops following it at the ' +
    'first look past it (Monaco, 5,000 lines: 190 keys heard a page down to 29; docs/completions.md, Round 11); the largest ' +
    'per-key item left in the profile is the mutation callback\'s check of each re-rendered line for ghost text.'],
  ['content-script time Monaco', 'Time per round moves 0.4-5x between rounds under load; what the page hands the session ' +
    '(mutation records, rendered lines) is counted by bench:typing in both file sizes and does not grow with the file ' +
    '(280 vs 285 records, 23 rendered lines in both, round 6), so a miss here is load, unless the counts grow too.'],
  ['export all events', 'CPU-bound, and bound by volume. The popup\'s default formats write about 6.4 KB per answer (bench data: ' +
    'events 1.57, conversations 0.86, labels 0.41, sft 1.19, sft-prompt-completion 1.17, kto 1.18 KB), about 640 MB at 100,000, and ' +
    'every byte is serialised, UTF-8 encoded, hashed (native WebCrypto SHA-256 per part of at most 2 MiB) and deflated. Since round 11 ' +
    'the whole export runs on a worker the popup starts (src/ui/shared/export-worker.ts: it opens the store, reads, labels, writes, ' +
    'hashes and zips; deflate on a second worker), so the popup\'s main thread only shows progress: CPU per thread for 8,000 answers ' +
    '(`npx tsx scripts/bench/export-profile.ts --answers 8000`, Linux per-thread accounting, load 16, one run each): popup main thread ' +
    '1.31 -> 0.18 s, the two workers 1.20 s together (export worker about 0.9 s, compression 0.3 s), renderer thread pool (SHA-256) ' +
    '0.39 -> 0.30 s, browser-process thread pool (IndexedDB reads) 0.76 -> 0.65 s; wall 7.6 -> 4.7 s. The CPU per answer is unchanged ' +
    '(about 26 CPU-seconds per 100,000 answers, at best about 13 s on 2 cores), so the 5 s target stays out of reach on this machine ' +
    'while this much is written per answer. What would go further: two export workers each writing a key range of conversations ' +
    '(the bundle writer\'s files merged at the zip); fewer bytes per answer (sft, sft-prompt-completion and kto repeat the same texts).'],
  ['export peak memory', 'Resident memory of the browser process tree, sampled from /proc. The bench seeds the store from an ' +
    'extension page in the same process and collects that garbage before the export starts; resident memory after the collection ' +
    'keeps the freed pages, which the export reuses, so the JavaScript heap peak of the popup and of the workers it starts (the ' +
    'export runs on one since round 11) is printed beside it (`npx tsx scripts/bench/export-memory.ts --answers N` breaks memory ' +
    'down per process). Nothing is retained per answer: `npx tsx scripts/bench/export-heap.ts --answers N` collects each export ' +
    'thread mid-export and its live heap stays 1.5-4.4 MB at 4,000 and 20,000 answers (round 11, load 17-20), while the export ' +
    'thread\'s used-heap peak grows (15 / 41 MB at 4,000 / 20,000 answers): garbage V8 has not collected yet, in a heap it lets grow ' +
    'as the export allocates. Reading IndexedDB in pages of 120 rows instead of 500 lowered that peak (11 / 34 MB) without making ' +
    'it flat, so the read-ahead rows are not its cause. In Node the export\'s peak extra heap is flat (9 / 7 MB, ' +
    '`scripts/bench/export-node.ts`). What would go further: less garbage per answer (the JSON of each record is built as a string, ' +
    'then encoded).'],
];
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
