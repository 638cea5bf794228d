// A change to the content script against a base (a git ref) on a loaded machine: two builds, two browsers, the
// same answer streamed in a new chat in each in turn (A B B A, ...), so both meet the same load, and each figure
// compared per round (paired). What the bench's JavaScript figure measures (page.ts, `pageOverhead`): the
// extension's profiler samples while the answer streams (prompt sent -> stop button gone) against the page's other
// JavaScript in the same profile; then, in a second profile, the second after the stream (the finished answer read
// and recorded), which the side-by-side task-time figure includes.
//   npx tsx scripts/bench/page-ab.ts [--base main] [--rounds 8]
// Prints per round and the geometric mean with its 95 % interval (paired.ts) of this tree / base, and each build's
// "1 + extension / other JavaScript" as the bench prints it. Under load read the intervals, not the means.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chatgptBackend } from '../../test/sites/chatgpt/backend';
import { startFixtures } from '../../test/sites/server';
import { buildExtension } from '../build';
import { type BenchBrowser, cdp, launchBench } from './browsers';
import { ratioInterval, type Interval } from './paired';
import { CHATGPT_BENCH_HOSTS, LONG_PROMPT, MATCHED_HOST, openChecked, profiled, streamOnce } from './page';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'main' }, rounds: { type: 'string', default: '8' } } });
const rounds = Number(values.rounds);
const root = resolve(import.meta.dirname, '../..');

/** The base's extension, built from its own sources (git archive of the ref, this tree's node_modules). */
function buildBase(ref: string, dist: string): void {
  const src = mkdtempSync(join(tmpdir(), 'echo-ab-base-'));
  try {
    execFileSync('sh', ['-c', `git -C "${root}" archive "${ref}" | tar -x -C "${src}"`]);
    symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'));
    execFileSync('npx', ['tsx', 'scripts/build.ts', dist], { cwd: src, stdio: 'ignore' });
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}

interface Run {
  /** Milliseconds of profiler samples: the extension's (content script and hook) and all JavaScript, while streaming. */
  ext: number;
  js: number;
  /** The extension's in the second after the stream. */
  tail: number;
}

async function stream(browser: BenchBrowser): Promise<Run> {
  const { page, session } = await openChecked(browser, MATCHED_HOST);
  const during = await profiled(session, () => streamOnce(page, LONG_PROMPT), 100);
  const after = await profiled(await cdp(page), () => page.waitForTimeout(1000), 100);
  await page.close();
  return { ext: (during.contentUs + during.hookUs) / 1000, js: during.jsUs / 1000, tail: (after.contentUs + after.hookUs) / 1000 };
}

const dists = { base: mkdtempSync(join(tmpdir(), 'echo-ab-a-')), tree: mkdtempSync(join(tmpdir(), 'echo-ab-b-')) };
buildBase(values.base, dists.base);
await buildExtension(dists.tree);
const backend = chatgptBackend({ chunkDelayMs: 5, chunkSize: 20 });
const fixtures = await startFixtures([{ id: 'chatgpt', hosts: CHATGPT_BENCH_HOSTS, backend, dir: 'chatgpt' }]);
const browsers = { base: await launchBench(fixtures, dists.base), tree: await launchBench(fixtures, dists.tree) };
const out: { base: Run; tree: Run }[] = [];
const loads = [loadavg()[0]!];
try {
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? (['tree', 'base', 'base', 'tree'] as const) : (['base', 'tree', 'tree', 'base'] as const);
    const got: Record<'base' | 'tree', Run[]> = { base: [], tree: [] };
    for (const k of order) got[k].push(await stream(browsers[k]));
    const sum = (runs: Run[]): Run => ({
      ext: runs[0]!.ext + runs[1]!.ext,
      js: runs[0]!.js + runs[1]!.js,
      tail: runs[0]!.tail + runs[1]!.tail,
    });
    out.push({ base: sum(got.base), tree: sum(got.tree) });
    const last = out.at(-1)!;
    const f = (x: Run) => `${x.ext.toFixed(1)} / ${x.js.toFixed(0)} / ${x.tail.toFixed(1)}`;
    console.log(`round ${r + 1} (ms, 2 streams each: extension / all JS / extension after): base ${f(last.base)}  tree ${f(last.tree)}`);
    loads.push(loadavg()[0]!);
  }
} finally {
  await browsers.base.close();
  await browsers.tree.close();
  await fixtures.close();
  for (const d of Object.values(dists)) rmSync(d, { recursive: true, force: true });
}
const show = (i: Interval) => `${i.mean.toFixed(3)} (${i.low.toFixed(3)}-${i.high.toFixed(3)})`;
const own = (x: Run) => 1 + x.ext / (x.js - x.ext);
console.log(`\n${rounds} rounds, base ${values.base}; load average ${loads.map((l) => l.toFixed(1)).join(' -> ')}`);
console.log(`extension while streaming, tree / base:   ${show(ratioInterval(out.map((r) => r.tree.ext / r.base.ext)))}`);
console.log(`extension in the second after, tree / base: ${show(ratioInterval(out.map((r) => r.tree.tail / r.base.tail)))}`);
console.log(`1 + extension / other JS, base:            ${show(ratioInterval(out.map((r) => own(r.base))))}`);
console.log(`1 + extension / other JS, tree:            ${show(ratioInterval(out.map((r) => own(r.tree))))}`);
process.exit(0);
