// `npm run bench:typing` (also run by `npm run bench`): what completion capture costs a person typing in a big file.
// Types the same script of code, with inline suggestions accepted, dismissed and typed over, in the middle of a
// 5,000-line file in the vscode.dev fixture (real Monaco) and the www.val.town fixture (real CodeMirror 6). With and
// without the extension are the same fixture in ONE browser (the one with the extension): on the site's real host,
// which the extension's content script matches, and on a control host it does not match (CONTROL_HOSTS, served by
// the same fixture server). Each round is six pages in a palindrome, with capture and two control pages (an A/A
// pair), the places rotating round by round (scripts/bench/paired.ts). The target figure is measured SIDE BY SIDE
// (scripts/bench/typing-side-by-side.ts): with capture, without and an A/A control page open at once and typed into at
// once, so one load falls on all three; task time with / without as the geometric mean of per-round ratios with its
// 95 % interval, beside the A/A control's. The pages typed in turn give, as the median of per-round ratios with the
// rounds' spread (min-max):
// - main-thread task time, with / without, pages in turn (report: the A/A control of pages in turn spreads by ±5 %):
//   CDP Performance.getMetrics TaskDuration (thread time), one clock, one browser; it also counts what the content
//   script costs the page outside its own JavaScript (mutation records, layouts it forces, event dispatch); printed
//   with the mean of the per-round log ratios and its 95 % interval, beside the A/A control's;
// - the content script's share within one V8 profile (samples with it on the stack / non-idle samples), one clock;
// - the content script's time in a 5,000-line file over a 50-line file (capture must not read the whole document
//   per keystroke), with the per-function breakdown of both, and the 5,000-line file's by the content script's own
//   innermost function alone in µs a key (the split to read before cutting per-key work);
// - the content script's profiler time over the control page's CDP task time: mixed clocks (profiler samples are
//   wall time, stretched on a loaded machine; TaskDuration is thread time), so "(report)" only, as bench's page
//   overhead (docs/benchmarks.md, Notes on the measures).
// `--unminified` builds the editor content scripts without minifying, so the per-function breakdown names the
// source functions (docs/benchmarks.md); the ratios are measured on the shipped (minified) build otherwise.
// Before the timed rounds it counts what the page hands a session in both file sizes (`records`: counts, free of
// the machine's load; `--skip-records` leaves it out). `--counts` instead counts per key what the capture does with
// and without a suggestion shown (listeners, DOM reads, layout reads: scripts/bench/typing-counts.ts). `--trace`
// instead traces the typing with and without capture and prints per key what the page's main thread did (style,
// layout, forced layouts, the extension's JavaScript: scripts/bench/typing-trace.ts).
//   npm run bench:typing [-- --side-rounds 12 --rounds 6 --repeats 3 --lines 5000 --unminified --skip-records]
//   npm run bench:typing -- --counts|--trace [--rounds 1 --only valtown --unminified]
// (`--counts-detail`: queries counted by selector, and where the style reads come from too.)
// (`--side-rounds 0` or `--rounds 0` leaves that part out; `--only vscode|valtown` types in one editor.)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { loadSites, startFixtures } from '../test/sites/server';
import { build } from 'vite';
import { configFor, extensionEntries } from '../vite.config';
import { buildExtension } from './build';
import { type BenchBrowser, cdp, launchBench, mainThreadTimes, median } from './bench/browsers';
import { CONTROL_HOSTS, EDITORS, type EditorBench, openEditor, typeScript } from './bench/typing-editors';
import { entriesLine, type TraceCost, traced, traceLine } from './bench/typing-trace';
import { countsLine, installCounts, installPortCounts } from './bench/typing-counts';
import { type Condition, formatEstimate, type Interval, pairedEstimate, roundOrder } from './bench/paired';
import { sideRoundLine, typingSideBySide } from './bench/typing-side-by-side';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '6' },
    'side-rounds': { type: 'string', default: '12' },
    only: { type: 'string' },
    repeats: { type: 'string', default: '3' },
    lines: { type: 'string', default: '5000' },
    unminified: { type: 'boolean', default: false },
    'skip-records': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    counts: { type: 'boolean', default: false },
    'counts-detail': { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const sideRounds = Number(values['side-rounds']);
const bigFile = Number(values.lines);
const SMALL_FILE = 50;
/** Times the typing script is typed on each page (each time 118 keys). */
const repeats = Number(values.repeats);

interface Cost {
  task: number;
  extension: number;
  /** Non-idle profile samples (seconds): the denominator of the in-profile share. */
  busy: number;
  /** Content-script time by its innermost own function (file:line name) and what that function was running. */
  where: Map<string, number>;
  /** Keys pressed on the page. */
  keys: number;
}

type CallFrame = { url: string; functionName: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };

/**
 * Seconds of samples with the content script on the stack, and where in it (innermost own frame > leaf); `busy`:
 * seconds of every non-idle sample of the same profile (the page's main thread at work, browser-native work
 * included), so the share is taken within one clock: sample intervals are wall time, which a loaded machine
 * stretches, while TaskDuration is thread time.
 */
function extensionTime(profile: Profile): { seconds: number; busy: number; where: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const own = (n: ProfileNode) => n.callFrame.url.startsWith('chrome-extension://');
  const where = new Map<string, number>();
  let us = 0;
  let busy = 0;
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    const leaf = byId.get(samples[i]!)!;
    if (leaf.callFrame.functionName !== '(idle)') busy += profile.timeDeltas?.[i + 1] ?? 0;
    let n: ProfileNode | undefined = leaf;
    while (n && !own(n)) n = byId.get(parent.get(n.id) ?? -1);
    if (!n) continue;
    const dt = profile.timeDeltas?.[i + 1] ?? 0;
    us += dt;
    const f = n.callFrame;
    const name = (frame: CallFrame) => frame.functionName || '(anonymous)';
    const key = `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1} ${name(f)} > ${name(leaf.callFrame)}`;
    where.set(key, (where.get(key) ?? 0) + dt / 1e6);
  }
  return { seconds: us / 1e6, busy: busy / 1e6, where };
}

async function profiledRun(session: CDPSession, run: () => Promise<unknown>): Promise<ReturnType<typeof extensionTime>> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await run();
  const { profile } = await session.send('Profiler.stop');
  return extensionTime(profile);
}

async function measure(browser: BenchBrowser, editor: EditorBench, lines: number, host?: string): Promise<Cost> {
  const page = await browser.context.newPage();
  await openEditor(page, editor, lines, host);
  const session = await cdp(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await mainThreadTimes(session);
  let keys = 0;
  const { seconds, busy, where } = await profiledRun(session, async () => (keys = await typeScript(page, editor.ghost, repeats)));
  const after = await mainThreadTimes(session);
  await page.close();
  return { task: after.task - before.task, extension: seconds, busy, where, keys };
}

/**
 * What the page hands a capture session while the script is typed, counted without the extension (control host) by
 * an observer on the same parts with the same options while something is followed (childList and characterData):
 * records, added nodes, and the rendered lines a full read would walk. Counts, not times, so the comparison of two
 * file sizes is free of the machine's load: work per key that grows with the file shows here as more records.
 */
async function records(browser: BenchBrowser, editor: EditorBench, lines: number): Promise<Record<string, number>> {
  const page = await browser.context.newPage();
  await openEditor(page, editor, lines, CONTROL_HOSTS[editor.site]);
  await page.evaluate((watched) => {
    const c = { callbacks: 0, records: 0, added: 0, characterData: 0 };
    (window as unknown as { benchRecords: typeof c }).benchRecords = c;
    const observer = new MutationObserver((rs) => {
      c.callbacks++;
      c.records += rs.length;
      for (const r of rs) {
        if (r.type === 'characterData') c.characterData++;
        else c.added += r.addedNodes.length;
      }
    });
    for (const el of document.querySelectorAll(watched)) observer.observe(el, { childList: true, subtree: true, characterData: true });
  }, editor.watched);
  await typeScript(page, editor.ghost, repeats);
  const counts = await page.evaluate((rendered) => {
    const c = (window as unknown as { benchRecords: Record<string, number> }).benchRecords;
    return { ...c, rendered: document.querySelectorAll(rendered).length };
  }, editor.rendered);
  await page.close();
  return counts;
}

/** One traced page: the typing script on the real host (with capture) or the control host (without). */
async function traceOnce(browser: BenchBrowser, editor: EditorBench, host: string): Promise<TraceCost> {
  const page = await browser.context.newPage();
  await openEditor(page, editor, bigFile, host);
  const session = await cdp(page);
  const cost = await traced(session, host, () => typeScript(page, editor.ghost, repeats));
  await page.close();
  return cost;
}

/** `--trace`: per key, what the page's main thread does with and without capture (rounds alternated ABBA). */
async function traceEditors(browser: BenchBrowser): Promise<void> {
  for (const editor of EDITORS.filter((e) => !values.only || e.site === values.only)) {
    const real = new URL(editor.url(bigFile)).host;
    const control = CONTROL_HOSTS[editor.site]!;
    console.log(`\n== Trace, ${editor.name}, ${bigFile} lines, ${rounds} rounds ==`);
    const forcedAt = new Map<string, number>();
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? [real, control] : [control, real];
      for (const host of order) {
        const c = await traceOnce(browser, editor, host);
        console.log(`  ${traceLine(host === real ? 'with   ' : 'without', c)}`);
        if (host === real) console.log(`    the extension's entries: ${entriesLine(c)}`);
        for (const [k, v] of c.forcedAt) forcedAt.set(k, (forcedAt.get(k) ?? 0) + v / rounds);
      }
    }
    const top = [...forcedAt].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  forced from the extension, ms a round: ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ') || 'none'}`);
  }
}

/** `--counts`: per key, what the capture does with and without a suggestion shown, in both file sizes (counts). */
async function countEditors(browser: BenchBrowser): Promise<void> {
  for (const editor of EDITORS.filter((e) => !values.only || e.site === values.only)) {
    console.log(`\n== Counts per key, ${editor.name}, ${repeats} times the script a page ==`);
    for (const n of [SMALL_FILE, bigFile]) {
      // Before the page opens: its content script connects the port as it starts.
      const sw = browser.context.serviceWorkers()[0];
      const posts = sw ? await installPortCounts(sw) : null;
      await posts?.();
      const page = await browser.context.newPage();
      // Counted from before the editor has focus, so the key listener the capture adds then is counted too.
      let read: Awaited<ReturnType<typeof installCounts>> | undefined;
      await openEditor(page, editor, n, undefined, async () => void (read = await installCounts(page, editor.ghost, values['counts-detail'])));
      if (!read) throw new Error('counter not installed');
      await typeScript(page, editor.ghost, repeats);
      await page.waitForTimeout(500);
      console.log(`  ${countsLine(`${n} lines`, await read())}`);
      // Closing the page hands over what the outbox still holds (pagehide): counted with the page's posts.
      await page.close();
      await new Promise((r) => setTimeout(r, 500));
      const p = await posts?.().catch(() => null);
      console.log(`    port messages to the worker (the page's event batches): ${p ? `${p.posts} holding ${p.events} events (${Object.entries(p.kinds).map(([k, n]) => `${k} ${n}`).join(', ')})` : 'not counted (no worker)'}`);
    }
  }
}

/** The sum of a condition's pages in one round (every field added; `where` merged). */
function sum(costs: Cost[]): Cost {
  const where = new Map<string, number>();
  for (const c of costs) for (const [k, v] of c.where) where.set(k, (where.get(k) ?? 0) + v);
  const add = (f: (c: Cost) => number) => costs.reduce((a, c) => a + f(c), 0);
  return { task: add((c) => c.task), extension: add((c) => c.extension), busy: add((c) => c.busy), where, keys: costs[0]?.keys ?? 0 };
}

function scale(c: Cost, k: number): Cost {
  return { ...c, task: c.task * k, extension: c.extension * k, busy: c.busy * k, where: new Map([...c.where].map(([w, v]) => [w, v * k])) };
}

const fmt = (n: number, d = 3) => n.toFixed(d);
const ms = (s: number) => (s * 1000).toFixed(0);
let missed = 0;
/** Every figure of the run, printed at the end on one BENCH_FIGURES line for `npm run bench`'s table (as bench:review does). */
const figures: { name: string; value: string; target: string; ok: boolean | null }[] = [];
function figure(name: string, value: string, target: string, ok: boolean | null, tableName = name): void {
  if (ok === false) missed++;
  figures.push({ name: tableName, value, target, ok });
  console.log(`${name.padEnd(70)} ${value.padStart(10)}   target ${target.padEnd(8)} ${ok === null ? '' : ok ? 'ok' : 'MISSED'}`);
}

const dist = mkdtempSync(join(tmpdir(), 'echo-bench-typing-dist-'));
await buildExtension(dist);
if (values.unminified) {
  for (const entry of extensionEntries()) {
    if (entry.kind !== 'content' || (entry.site !== 'vscode' && entry.site !== 'valtown')) continue;
    const config = configFor(entry, dist);
    await build({ ...config, configFile: false, build: { ...config.build, minify: false } });
  }
}
// TYPING_COMPILE_HINTS=1 (an experiment, round 20): the editor content scripts start with V8's compile-hints magic
// comment, so their functions are compiled when the script is, at injection, instead of on first use mid-typing.
if (process.env.TYPING_COMPILE_HINTS) {
  for (const f of readdirSync(dist).filter((n) => /^content-(vscode|valtown)\.js$/.test(n))) {
    writeFileSync(join(dist, f), `//# allFunctionsCalledOnLoad\n${readFileSync(join(dist, f), 'utf8')}`);
  }
}
const sites = await loadSites(['vscode', 'valtown']);
for (const site of sites) site.hosts = [...site.hosts, CONTROL_HOSTS[site.id]!];
const fixtures = await startFixtures(sites);
/** Median and spread (min-max) of per-round values. */
const spread = (values: number[], d = 3) => `${fmt(Math.min(...values), d)}-${fmt(Math.max(...values), d)}`;
/** Content-script time by function, ms a round (averaged over rounds). */
function byFunction(costs: Cost[]): Map<string, number> {
  const where = new Map<string, number>();
  for (const c of costs) for (const [k, v] of c.where) where.set(k, (where.get(k) ?? 0) + v / costs.length);
  return where;
}
try {
  const browser = await launchBench(fixtures, dist);
  if (values.counts) {
    await countEditors(browser);
    await browser.close();
    process.exit(0);
  }
  if (values.trace) {
    await traceEditors(browser);
    await browser.close();
    process.exit(0);
  }
  for (const editor of EDITORS.filter((e) => !values.only || e.site === values.only)) {
    const how = `${sideRounds} rounds side by side, ${rounds} rounds of six pages in turn (with capture, two control pages)`;
    console.log(`\n== Typing in a ${bigFile}-line file, ${editor.name}, ${how}, in one browser ==`);
    const control = CONTROL_HOSTS[editor.site]!;
    if (!values['skip-records']) {
      for (const n of [SMALL_FILE, bigFile]) console.log(`  what a session is handed, ${n} lines: ${JSON.stringify(await records(browser, editor, n))}`);
    }
    if (sideRounds > 0) {
      console.log(`  side by side: with capture, without and an A/A control typed at once, ${sideRounds} rounds`);
      const side = await typingSideBySide(browser, editor, { lines: bigFile, rounds: sideRounds, repeats, controlHost: control });
      const interval = (i: Interval) => `${fmt(i.mean)} (${fmt(i.low)}-${fmt(i.high)})`;
      figure(`typing overhead ${editor.name}: main-thread task time, with / without, side by side`, interval(side.task), '<= 1.02', side.task.mean <= 1.02);
      figure(`typing overhead ${editor.name}: A/A control side by side (no capture in either), task time ratio`, interval(side.controlTask), '(report)', null);
      const tells = side.task.high <= 1.02 ? 'below 1.02: met at this precision' : side.task.low > 1.02 ? 'above 1.02: missed' : 'holds 1.02: this run cannot tell';
      console.log(`  the with / without interval ${tells}; the A/A interval ${side.controlTask.low <= 1 && side.controlTask.high >= 1 ? 'holds' : 'does NOT hold'} 1`);
      const e = side.extraPerKeyUs;
      console.log(`  extra task time per key, with - without: ${fmt(e.mean, 0)} µs (${fmt(e.low, 0)}-${fmt(e.high, 0)}); ${side.rounds[0]?.withExt.keys ?? 0} keys a page`);
      console.log(`  rounds (task ms/style recalculations/layouts; with vs without vs A/A): ${side.rounds.map(sideRoundLine).join(' | ')}`);
    }
    if (rounds < 1) continue;
    const out: { withExt: Cost; without: Cost; controlA: Cost; controlB: Cost; small: Cost }[] = [];
    for (let r = 0; r < rounds; r++) {
      const pages: Record<Condition, Cost[]> = { with: [], controlA: [], controlB: [] };
      for (const condition of roundOrder(r)) {
        pages[condition].push(await measure(browser, editor, bigFile, condition === 'with' ? undefined : control));
      }
      const small = await measure(browser, editor, SMALL_FILE);
      const [withExt, controlA, controlB] = [pages.with, pages.controlA, pages.controlB].map(sum) as [Cost, Cost, Cost];
      // The control pages must be without capture, and the real host's with it: otherwise the ratio measures nothing.
      if (controlA.extension > 0 || controlB.extension > 0) throw new Error(`${control}: the extension's code ran on the control host`);
      if (pages.with.some((c) => c.extension === 0)) throw new Error(`${editor.name}: no sample of the content script on the real host`);
      // Per page: the mean of the two pages with capture, and of the four without.
      out.push({ withExt: scale(withExt, 1 / 2), without: scale(sum([controlA, controlB]), 1 / 4), controlA, controlB, small });
    }
    const taskRatios = out.map((r) => r.withExt.task / r.without.task);
    const aa = pairedEstimate(out.map((r) => r.controlA.task / r.controlB.task));
    const ab = pairedEstimate(taskRatios);
    const inProfiles = out.map((r) => r.withExt.extension / r.withExt.busy);
    const growths = out.map((r) => r.withExt.extension / Math.max(r.small.extension, 1e-4));
    const mixed = out.map((r) => r.withExt.extension / r.without.task);
    const [taskRatio, inProfile, growth, share] = [taskRatios, inProfiles, growths, mixed].map(median) as [number, number, number, number];
    figure(`typing overhead ${editor.name}: main-thread task time, with / without, pages in turn`, fmt(taskRatio), '(report)', null);
    console.log(`  with / without: ${formatEstimate(ab)}; per round ${taskRatios.map((v) => fmt(v)).join(', ')}`);
    console.log(`  A/A control (two control pages): ${formatEstimate(aa)}; per round ${aa.rounds.map((v) => fmt(v)).join(', ')}`);
    figure(`typing overhead ${editor.name}: A/A control, pages in turn, task time ratio`, fmt(aa.median), '(report)', null);
    figure(`typing overhead ${editor.name}: with / without, pages in turn, 95 % interval of the mean`, `${fmt(ab.low)}-${fmt(ab.high)}`, '(report)', null);
    figure(`typing overhead ${editor.name}: content-script samples / busy samples (one profile)`, fmt(inProfile), '<= 0.02', inProfile <= 0.02);
    console.log(`  per-round ${inProfiles.map((v) => fmt(v)).join(', ')} (spread ${spread(inProfiles)})`);
    figure(`typing overhead ${editor.name}: content-script time / page task time (mixed clocks)`, fmt(share), '(report)', null);
    figure(`content-script time ${editor.name}: ${bigFile} lines / ${SMALL_FILE} lines`, fmt(growth), '<= 1.5', growth <= 1.5);
    console.log(`  per-round ${growths.map((v) => fmt(v)).join(', ')} (spread ${spread(growths)})`);
    const rows = out.map((r) => `${ms(r.withExt.task)}/${ms(r.withExt.extension)}/${ms(r.withExt.busy)} vs ${ms(r.without.task)}; ${ms(r.small.extension)}`);
    console.log(`  rounds (ms; task/content script/busy samples with vs task without; content script in ${SMALL_FILE} lines): ${rows.join(' | ')}`);
    const big = byFunction(out.map((r) => r.withExt));
    const small = byFunction(out.map((r) => r.small));
    const top = [...new Set([...big.keys(), ...small.keys()])]
      .map((k) => [k, big.get(k) ?? 0, small.get(k) ?? 0] as const)
      .sort((x, y) => Math.max(y[1], y[2]) - Math.max(x[1], x[2]))
      .slice(0, 12);
    console.log(`  content script by function (ms a round, ${bigFile} / ${SMALL_FILE} lines): ${top.map(([k, b, s]) => `${k} ${ms(b)}/${ms(s)}`).join('; ')}`);
    // The same samples by the content script's own innermost function alone (whatever it was calling summed in), per
    // key pressed: the split to read before cutting per-key work (`--unminified` names the source functions).
    const keys = out[0]?.withExt.keys ?? 0;
    const own = new Map<string, number>();
    for (const [k, v] of big) own.set(k.split(' > ')[0]!, (own.get(k.split(' > ')[0]!) ?? 0) + v);
    const perKey = (s: number) => (keys ? ((s * 1e6) / keys).toFixed(1) : '?');
    const owns = [...own].sort((x, y) => y[1] - x[1]).slice(0, 20);
    console.log(`  content script by own function, ${bigFile} lines (µs a key, ${keys} keys a page): ${owns.map(([k, v]) => `${k} ${perKey(v)}`).join('; ')}`);
  }
  await browser.close();
} finally {
  await fixtures.close();
  rmSync(dist, { recursive: true, force: true });
}
console.log(`\nbench:typing: ${missed} target(s) missed`);
console.log(`BENCH_FIGURES ${JSON.stringify(figures)}`);
process.exit(0);
