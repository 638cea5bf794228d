// A CPU profile of the popup's export in Chromium: builds the extension, seeds `--answers` answers (the scale
// bench's conversations), clicks Export with the V8 sampling profiler running in the popup (CDP), and writes the
// profile for DevTools or a summary: `npx tsx scripts/bench/export-profile.ts --answers 4000 --out /tmp/export.cpuprofile`.
// Also prints the CPU time each thread of the extension's renderer spent during the export, from Linux's per-thread
// accounting (each worker thread apart since round 14, read while it lives: the export worker and its deflate worker):
// the exporting (main) thread's time is its critical path, and unlike wall time or the profiler's sample
// count it hardly moves with the machine's load, so two builds compare by it (`--dist` takes a built extension).
// `--workers` also profiles each worker the popup starts (the export worker: reading, labelling, redaction,
// serialisation) until 95 % of the conversations are read (a worker's profile goes with it once it is terminated),
// and prints its functions by self time (its profile beside the page's: `<out>.worker-1.cpuprofile`).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emptyCounts } from '../../src/core/counts';
import type { CDPSession } from 'playwright-core';
import { browserTree, cdp, seededProfile } from './browsers';
import { withExportBench } from './export-browser';
import { ANSWERS_PER_CONVERSATION, exportReached, seedStore } from './scale';
import { workerSessions } from './worker-sessions';
import { followThreads, spentBetween, threadCpu } from './thread-cpu';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '4000' },
    out: { type: 'string', default: join(tmpdir(), 'echo-export.cpuprofile') },
    off: { type: 'boolean', default: false },
    /** Tick the popup's choice of the trainer renderings (OpenAI, ShareGPT, LLaMA-Factory): every format, as before round 9. */
    renderings: { type: 'boolean', default: false },
    /** An extension already built (e.g. of another commit, for an A/B by thread CPU time); built from here if absent. */
    dist: { type: 'string' },
    workers: { type: 'boolean', default: false },
  },
});

type Profile = Awaited<ReturnType<CDPSession['send']>> & {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** Self time (ms) by function, busiest first. */
function selfTimes(profile: Profile): [string, number][] {
  const by = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const [i, id] of (profile.samples ?? []).entries()) {
    const f = nodes.get(id)!.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    by.set(name, (by.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  }
  return [...by].filter(([n]) => !n.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
}

await withExportBench(values.dist, async (browser) => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
  await popup.getByTestId('count-answers').waitFor();
  const answers = Number(values.answers);
  // A copy of a seeded profile (ECHO_BENCH_PROFILE, ./seed-profile.ts) holds the rows already.
  const seeded = seededProfile();
  if (seeded && seeded.answers !== answers) throw new Error(`the seeded profile holds ${seeded.answers} answers, not ${answers}`);
  if (!seeded) await seedStore(popup, 0, answers / ANSWERS_PER_CONVERSATION, 0, emptyCounts(), {});
  await popup.reload();
  await popup.getByTestId('export').waitFor();
  if (values.off) await popup.getByTestId('export-redaction').locator('input').uncheck();
  if (values.renderings) await popup.getByTestId('export-renderings').check();
  await popup.waitForTimeout(1000);
  const session = await cdp(popup);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  const tree = browserTree(browser.userDataDir);
  const extensionPid = tree.extension[0] ?? 0;
  const browserPid = tree.all[0] ?? 0;
  const cpu0 = threadCpu(extensionPid);
  const browserCpu0 = threadCpu(browserPid);
  // Each worker thread apart (the export worker, then its compression worker), read while it lives.
  const workerThreads = followThreads(extensionPid, 'DedicatedWorker');
  const t0 = performance.now();
  const downloaded = popup.waitForEvent('download', { timeout: 600_000 });
  await popup.getByTestId('export').click();
  if (values.workers) {
    const sessions = await workerSessions(session);
    const started = new Set<string>();
    const starting = setInterval(() => {
      for (const t of sessions.threads().filter((t) => t !== 'page' && !started.has(t))) {
        started.add(t);
        void sessions.send(t, 'Profiler.enable').then(() => sessions.send(t, 'Profiler.start'));
      }
    }, 10);
    await exportReached(popup, 0.95 * (answers / ANSWERS_PER_CONVERSATION));
    clearInterval(starting);
    for (const t of started) {
      // A busy worker under load may take seconds to answer.
      const { profile } = await sessions.send<{ profile?: Profile }>(t, 'Profiler.stop', {}, 60_000);
      if (!profile) continue;
      writeFileSync(`${values.out}.${t.replace(' ', '-')}.cpuprofile`, JSON.stringify(profile));
      const times = selfTimes(profile);
      const total = times.reduce((s, [, ms]) => s + ms, 0);
      console.log(`${t}: ${total.toFixed(0)} ms sampled until 95 % of the conversations; by self time:`);
      for (const [name, ms] of times.slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    }
  }
  const download = await downloaded;
  await download.path();
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = threadCpu(extensionPid);
  const perWorker = workerThreads.stop();
  const browserCpu1 = threadCpu(browserPid);
  const { profile } = await session.send('Profiler.stop');
  writeFileSync(values.out, JSON.stringify(profile));
  const busy = (profile.samples ?? []).reduce((ms, id, i) => {
    const name = profile.nodes.find((n) => n.id === id)?.callFrame.functionName;
    return name === '(idle)' || name === '(program)' ? ms : ms + (profile.timeDeltas?.[i] ?? 0) / 1000;
  }, 0);
  console.log(`${answers} answers: export ${seconds.toFixed(1)} s, popup busy ${busy.toFixed(0)} ms (CPU profile); profile in ${values.out}`);
  const show = (spent: [string, number][]) => spent.map(([n, s]) => `${n} ${s.toFixed(2)} s`).join(', ');
  console.log(`  extension renderer CPU by thread: ${show(spentBetween(cpu0, cpu1))}`);
  console.log(`  browser process CPU by thread: ${show(spentBetween(browserCpu0, browserCpu1))}`);
  const perThousand = (s: number) => `${((s * 1000) / (answers / 1000)).toFixed(0)} ms`;
  console.log(`  worker threads in the order started (export worker, then deflate): ${perWorker.map((s) => `${s.toFixed(2)} s`).join(', ')}`);
  console.log(`  per 1,000 answers: workers ${perWorker.map(perThousand).join(', ')}; every thread of both processes ` +
    perThousand([...spentBetween(cpu0, cpu1), ...spentBetween(browserCpu0, browserCpu1)].reduce((n, [, s]) => n + s, 0)));
});
