// Where the extension's time goes while a chat answer streams, per function and per streamed chunk: the figure
// `npm run bench` gives as one number (the extension's share: content script and page-world hook), broken down so
// that a change to the engine or the hook can be aimed and checked. The ChatGPT content script is rebuilt
// unminified (function names kept) into a copy of the extension; one browser streams the long answer `--rounds`
// times under the V8 sampling profiler (100 µs).
//   npx tsx scripts/bench/page-profile.ts [--rounds 3] [--turns 10] [--top 25] [--save DIR]
// `--save DIR` also writes each round's profile (round-N.cpuprofile, for DevTools or a line-level look).
// Prints, summed over the rounds and divided by the chunks streamed: time per outermost extension entry (what the
// browser called: the mutation observer's callback, a timer, an event listener) and self time per function (the
// leaf of each sample, DOM calls and the garbage collector included, with the extension frame that led to it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  },
});
const CHUNK_SIZE = 20;
const rounds = Number(values.rounds);
const top = Number(values.top);

const dist = mkdtempSync(join(tmpdir(), 'echo-profile-dist-'));
await buildExtension(dist);
const entry = { kind: 'content', site: 'chatgpt' } as const;
const config = configFor(entry, dist);
await build({ ...config, configFile: false, build: { ...config.build, minify: false } });

const backend = chatgptBackend({ chunkDelayMs: 5, chunkSize: CHUNK_SIZE });
const fixtures = await startFixtures([{ id: 'chatgpt', hosts: ['chatgpt.com', 'chat.openai.com'], backend, dir: 'chatgpt' }]);
const chunks = Math.ceil(cannedAnswer(LONG_PROMPT, 1).length / CHUNK_SIZE) * rounds;
const browser = await launchBench(fixtures, dist);

const byEntry = new Map<string, number>();
const bySelf = new Map<string, number>();
const byPath = new Map<string, number>();
const calls = new Map<string, number>();
let extensionUs = 0;
/** Of it, samples with the page-world hook (page-*.js, the page's own world) on the stack. */
let hookUs = 0;
let jsUs = 0;
try {
  for (let r = 0; r < rounds; r++) {
    const id = backend.seed(seedTurns(Number(values.turns)));
    const page = await openChat(browser, `/c/${id}`);
    const session = await cdp(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    await streamOnce(page, LONG_PROMPT);
    const { profile } = await session.send('Profiler.stop');
    add(profile);
    if (values.save) {
      mkdirSync(values.save, { recursive: true });
      writeFileSync(join(values.save, `round-${r + 1}.cpuprofile`), JSON.stringify(profile));
    }
    await page.close();
  }
  // One more round without the sampler, counting calls (V8 precise coverage): how often each function ran.
  const id = backend.seed(seedTurns(Number(values.turns)));
  const page = await openChat(browser, `/c/${id}`);
  const session = await cdp(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await session.send('Profiler.takePreciseCoverage');
  await streamOnce(page, LONG_PROMPT);
  const { result } = await session.send('Profiler.takePreciseCoverage');
  await session.send('Profiler.stopPreciseCoverage');
  await page.close();
  for (const script of result) {
    if (!script.url.startsWith('chrome-extension://')) continue;
    for (const f of script.functions) {
      const n = f.ranges[0]?.count ?? 0;
      if (n > 0) calls.set(f.functionName || '(anonymous)', (calls.get(f.functionName || '(anonymous)') ?? 0) + n);
    }
  }
} finally {
  await browser.close();
  await fixtures.close();
  rmSync(dist, { recursive: true, force: true });
}

function add(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ext = (id: number) => byId.get(id)!.callFrame.url.startsWith('chrome-extension://');
  const name = (id: number) => byId.get(id)!.callFrame.functionName || '(anonymous)';
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    const leaf = samples[i]!;
    if (['(idle)', '(program)', '(root)'].includes(name(leaf))) continue;
    jsUs += dt;
    // The stack from leaf to root: the innermost and the outermost extension frame.
    let inner: number | undefined;
    let outer: number | undefined;
    const path: string[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      if (!ext(id)) continue;
      inner ??= id;
      outer = id;
      path.unshift(name(id));
    }
    if (outer === undefined) continue;
    extensionUs += dt;
    if (extensionPart(byId.get(outer)!.callFrame.url) === 'hook') hookUs += dt;
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + dt);
    bump(byEntry, name(outer));
    bump(byPath, path.join(' > '));
    bump(bySelf, ext(leaf) ? name(leaf) : `${name(leaf)} (from ${name(inner!)})`);
  }
}

const perChunk = (us: number) => (us / chunks).toFixed(1).padStart(7);
const table = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (µs per chunk, share of the extension's time)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${perChunk(us)}  ${((100 * us) / extensionUs).toFixed(1).padStart(5)} %  ${k}`);
  }
};
console.log(`${rounds} rounds, ${chunks} chunks in all, ${values.turns}-turn conversation`);
console.log(
  `extension: ${(extensionUs / 1000).toFixed(1)} ms = ${perChunk(extensionUs)} µs per chunk, of which the page-world hook ` +
    `${(hookUs / 1000).toFixed(1)} ms = ${perChunk(hookUs)} µs per chunk; all JS ${(jsUs / 1000).toFixed(0)} ms`,
);
table('By entry (outermost extension frame; window.fetch is the page-world hook)', byEntry);
table('By path (extension frames, outermost first; time inclusive of what they called)', byPath);
table('By function (self time; native and GC with the extension frame that called them)', bySelf);
const oneRound = chunks / rounds;
console.log(`\nCalls per chunk in one unsampled round (V8 precise coverage), most frequent first`);
for (const [k, n] of [...calls].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(n / oneRound).toFixed(2).padStart(8)}  ${k}`);
process.exit(0);
