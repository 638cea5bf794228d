// Where the extension's time goes while a chat answer streams, per function and per streamed chunk: the figure
// `npm run bench` gives as one number (the extension's share: content script and page-world hook), broken down so
// that a change to the engine or the hook can be aimed and checked. The ChatGPT content script is rebuilt
// unminified (function names kept) into a copy of the extension; one browser streams the long answer `--rounds`
// times per conversation length under the V8 sampling profiler (100 µs).
//   npx tsx scripts/bench/page-profile.ts [--rounds 3] [--turns 10[,500]] [--mount-all] [--new-chat] [--warm] [--tail MS]
//     [--top 25] [--save DIR]
// `--turns 10,500` streams in both lengths in turn (10, 500, 500, 10, ...: both meet the same machine load) and
// prints one column per length: what grows with the conversation stands out, in calls (exact) and in samples.
// `--mount-all`: the fixture mounts only the newest 20 turns (as a virtualised list) until the thread is scrolled up;
// this scrolls until every turn is mounted, as on a site that keeps the whole conversation in the DOM.
// `--new-chat`: each stream is the first answer of a new chat (`/`, the address names the conversation mid-stream),
// as in the bench's with / without pages (page.ts, `pageOverhead`), instead of a seeded conversation (`--turns` unused).
// `--warm`: one answer is streamed unprofiled on each page before the measured one, so what the extension pays once
// per page (compiling its functions on their first call, first lookups) is out of the measured stream.
// `--tail MS`: the window (sampled and counted) runs on for MS after the stream ends: the finished answer's reads.
// `--save DIR` also writes each round's profile (<turns>-round-N.cpuprofile, for DevTools or a line-level look).
// Prints, summed over the rounds and divided by the chunks streamed: time per outermost extension entry (what the
// browser called: the mutation observer's callback, a timer, an event listener) and self time per function (the
// leaf of each sample, DOM calls and the garbage collector included, with the extension frame that led to it). The
// page's own `fetch` under the page-world hook's wrapper is the page's (as the bench counts it, profile-times.ts).
// Then the calls per streamed answer in one more, unsampled round per length (V8 precise coverage: exact counts,
// the load-independent figure), with each function's busiest block (a loop body: iterations per answer). Anonymous
// functions are named by their bundle line (`(anonymous) @content:1234`).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { cannedAnswer } from '../../test/sites/canned';
import { chatgptBackend } from '../../test/sites/chatgpt/backend';
import { startFixtures } from '../../test/sites/server';
import { buildExtension } from '../build';
import { configFor } from '../../vite.config';
import { cdp, launchBench } from './browsers';
import { extensionPart, LONG_PROMPT, openChat, type Profile, seedTurns, streamOnce } from './page';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    turns: { type: 'string', default: '10' },
    top: { type: 'string', default: '25' },
    save: { type: 'string' },
    'mount-all': { type: 'boolean', default: false },
    'new-chat': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    tail: { type: 'string', default: '0' },
  },
});
const CHUNK_SIZE = 20;
const rounds = Number(values.rounds);
const top = Number(values.top);
const lengths = values['new-chat'] ? [0] : values.turns.split(',').map(Number);

const dist = mkdtempSync(join(tmpdir(), 'echo-profile-dist-'));
await buildExtension(dist);
const entry = { kind: 'content', site: 'chatgpt' } as const;
const config = configFor(entry, dist);
await build({ ...config, configFile: false, build: { ...config.build, minify: false } });

const backend = chatgptBackend({ chunkDelayMs: 5, chunkSize: CHUNK_SIZE });
const fixtures = await startFixtures([{ id: 'chatgpt', hosts: ['chatgpt.com', 'chat.openai.com'], backend, dir: 'chatgpt' }]);
const chunksPerStream = Math.ceil(cannedAnswer(LONG_PROMPT, 1).length / CHUNK_SIZE);
const chunks = chunksPerStream * rounds;
const browser = await launchBench(fixtures, dist);

/** The extension's scripts' sources (unminified), to name anonymous functions by line. */
const sources = new Map<string, string[]>();
function linesOf(url: string): string[] {
  const path = new URL(url).pathname;
  let lines = sources.get(path);
  if (!lines) {
    try {
      lines = readFileSync(join(dist, path), 'utf8').split('\n');
    } catch {
      lines = [];
    }
    sources.set(path, lines);
  }
  return lines;
}
function lineOf(url: string, line: number): string {
  const text = (linesOf(url)[line] ?? '').trim().slice(0, 60);
  return `@${extensionPart(url)}:${line + 1} ${text}`;
}
const frameName = (f: { functionName: string; url: string; lineNumber?: number }) =>
  f.functionName || (f.url.startsWith('chrome-extension://') && f.lineNumber !== undefined ? `(anonymous) ${lineOf(f.url, f.lineNumber)}` : '(anonymous)');

interface Tally {
  byEntry: Map<string, number>;
  bySelf: Map<string, number>;
  byPath: Map<string, number>;
  calls: Map<string, number>;
  /** Per function, the count of its most-run block (a loop's body, when it has one). */
  blocks: Map<string, number>;
  extensionUs: number;
  /** Of it, samples with the page-world hook (page-*.js, the page's own world) on the stack. */
  hookUs: number;
  jsUs: number;
}
const emptyTally = (): Tally => ({
  byEntry: new Map(),
  bySelf: new Map(),
  byPath: new Map(),
  calls: new Map(),
  blocks: new Map(),
  extensionUs: 0,
  hookUs: 0,
  jsUs: 0,
});
const tallies = new Map<number, Tally>(lengths.map((n) => [n, emptyTally()]));

try {
  for (let r = 0; r < rounds; r++) {
    // Alternating the order each round: both lengths meet the same load on average.
    for (const n of r % 2 ? [...lengths].reverse() : lengths) {
      const id = backend.seed(seedTurns(n));
      const page = await open(id, n);
      const session = await cdp(page);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
      await streamOnce(page, LONG_PROMPT).then(() => page.waitForTimeout(Number(values.tail)));
      const { profile } = await session.send('Profiler.stop');
      add(tallies.get(n)!, profile);
      if (values.save) {
        mkdirSync(values.save, { recursive: true });
        writeFileSync(join(values.save, `${n}-round-${r + 1}.cpuprofile`), JSON.stringify(profile));
      }
      await page.close();
    }
  }
  // One more round per length without the sampler, counting calls (V8 precise coverage): how often each function ran.
  for (const n of lengths) {
    const id = backend.seed(seedTurns(n));
    const page = await open(id, n);
    const session = await cdp(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
    await session.send('Profiler.takePreciseCoverage');
    await streamOnce(page, LONG_PROMPT).then(() => page.waitForTimeout(Number(values.tail)));
    const { result } = await session.send('Profiler.takePreciseCoverage');
    await session.send('Profiler.stopPreciseCoverage');
    await page.close();
    const { calls, blocks } = tallies.get(n)!;
    for (const script of result) {
      if (!script.url.startsWith('chrome-extension://')) continue;
      const source = linesOf(script.url);
      for (const f of script.functions) {
        const count = f.ranges[0]?.count ?? 0;
        if (count === 0) continue;
        let name = f.functionName;
        if (!name) {
          // The line of the function's start offset in the bundle.
          let offset = f.ranges[0]!.startOffset;
          let line = 0;
          while (line < source.length && offset > source[line]!.length) offset -= source[line++]!.length + 1;
          name = `(anonymous) ${lineOf(script.url, line)}`;
        }
        calls.set(name, (calls.get(name) ?? 0) + count);
        const busiest = Math.max(...f.ranges.map((r) => r.count));
        blocks.set(name, (blocks.get(name) ?? 0) + busiest);
      }
    }
  }
} finally {
  await browser.close();
  await fixtures.close();
  rmSync(dist, { recursive: true, force: true });
}

/** The conversation, opened and (with --mount-all) scrolled until all its turns are mounted, then left to settle. */
async function open(id: string, turns: number) {
  const page = await openChat(browser, values['new-chat'] ? '/' : `/c/${id}`);
  if (values.warm) {
    await streamOnce(page, `${LONG_PROMPT} (warm-up)`);
    await page.waitForTimeout(1000);
  }
  if (!values['mount-all']) return page;
  await page.evaluate(async (want) => {
    // (No named inner functions: tsx would wrap them in a helper the page does not have.)
    const thread = document.getElementById('thread')!;
    while (document.querySelectorAll('[data-testid^="conversation-turn-"]').length < want) {
      thread.scrollTop = 0;
      thread.dispatchEvent(new Event('scroll'));
      await new Promise((r) => setTimeout(r, 20));
    }
  }, 2 * turns);
  // The engine reads the turns that appeared (history): let it finish before the stream.
  await page.waitForTimeout(2500);
  return page;
}

function add(t: Tally, profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ext = (id: number) => byId.get(id)!.callFrame.url.startsWith('chrome-extension://');
  const name = (id: number) => frameName(byId.get(id)!.callFrame);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    const leaf = samples[i]!;
    if (['(idle)', '(program)', '(root)'].includes(name(leaf))) continue;
    t.jsUs += dt;
    // The stack from leaf to root: the innermost and the outermost extension frame.
    let inner: number | undefined;
    let outer: number | undefined;
    let forwarded = false;
    const path: string[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      // The page's own fetch / XHR open under the hook's wrapper: the page's call (see profile-times.ts).
      const up = parent.get(id);
      if (frame.url === '' && ['fetch', 'open'].includes(frame.functionName) && up !== undefined && extensionPart(byId.get(up)!.callFrame.url) === 'hook') forwarded = true;
      if (!ext(id)) continue;
      inner ??= id;
      outer = id;
      path.unshift(name(id));
    }
    if (outer === undefined || forwarded) continue;
    t.extensionUs += dt;
    if (extensionPart(byId.get(outer)!.callFrame.url) === 'hook') t.hookUs += dt;
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + dt);
    bump(t.byEntry, name(outer));
    bump(t.byPath, path.join(' > '));
    bump(t.bySelf, ext(leaf) ? name(leaf) : `${name(leaf)} (from ${name(inner!)})`);
  }
}

const all = [...tallies.values()];
const col = (s: string) => s.padStart(9);
const table = (title: string, pick: (t: Tally) => Map<string, number>, format: (v: number) => string) => {
  console.log(`\n${title}\n${lengths.map((n) => col(`${n} turns`)).join('')}`);
  const keys = new Set(all.flatMap((t) => [...pick(t).keys()]));
  const biggest = (k: string) => Math.max(...all.map((t) => pick(t).get(k) ?? 0));
  for (const k of [...keys].sort((a, b) => biggest(b) - biggest(a)).slice(0, top)) {
    console.log(`${all.map((t) => col(format(pick(t).get(k) ?? 0))).join('')}  ${k}`);
  }
};
const perChunk = (us: number) => (us / chunks).toFixed(1);
console.log(`${rounds} rounds per length, ${chunksPerStream} chunks per stream, lengths ${lengths.join(', ')} turns`);
for (const [n, t] of tallies) {
  console.log(
    `${n} turns: extension ${(t.extensionUs / 1000).toFixed(1)} ms = ${perChunk(t.extensionUs)} µs per chunk, of which the ` +
      `page-world hook ${perChunk(t.hookUs)} µs per chunk; all JS ${(t.jsUs / 1000).toFixed(0)} ms`,
  );
}
table('By entry (µs per chunk; outermost extension frame; window.fetch is the page-world hook)', (t) => t.byEntry, perChunk);
table('By path (µs per chunk; extension frames, outermost first; inclusive of what they called)', (t) => t.byPath, perChunk);
table('By function (µs per chunk; self time; native and GC with the extension frame that called them)', (t) => t.bySelf, perChunk);
table('Calls per streamed answer (one unsampled round per length, V8 precise coverage)', (t) => t.calls, (n) => String(n));
// Only where a block ran more often than its function was called: a loop, and how many times it went round.
const loops = (t: Tally) => new Map([...t.blocks].filter(([k]) => all.some((u) => (u.blocks.get(k) ?? 0) > (u.calls.get(k) ?? 0))));
table("Loops: runs of each function's busiest block per streamed answer (the function's calls above)", loops, (n) => String(n));
process.exit(0);
