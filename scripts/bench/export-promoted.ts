// What the export's threads allocate that outlives the young generation: the export worker's heap (what RSS grows
// by beside array buffers, scripts/bench/export-memory-dumps.ts) grows with old-generation garbage, objects that
// survived scavenges and died only at a full collection. V8's sampling heap profiler keeps exactly those when told to
// keep objects a major GC collected and drop those a minor GC did, so its profile is, by allocating function, what
// was promoted (plus what is live). Builds the extension, seeds `--answers` answers, starts the profiler in every
// worker the popup starts (before it runs), reads the profiles at `--at` of the conversations and prints the
// allocating functions by bytes. `--all` keeps minor-GC garbage too: every allocation, by function.
// `npx tsx scripts/bench/export-promoted.ts --answers 4000`.
import { parseArgs } from 'node:util';
import { cdp } from './browsers';
import { withExportBench } from './export-browser';
import { ANSWERS_PER_CONVERSATION, exportReached, popupReadyToExport, seedFresh } from './scale';
import { workerSessions } from './worker-sessions';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '4000' },
    at: { type: 'string', default: '0.95' },
    all: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    dist: { type: 'string' },
  },
});

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SampleNode[];
}

await withExportBench(values.dist, async (browser) => {
  const answers = Number(values.answers);
  await seedFresh(browser, answers);
  const popup = await popupReadyToExport(browser);
  const session = await cdp(popup);
  const sessions = await workerSessions(session, {
    onAttached: async (thread, threads) => {
      await threads.send(thread, 'HeapProfiler.startSampling', {
        samplingInterval: 8192,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: values.all,
      });
    },
  });
  const downloaded = popup.waitForEvent('download', { timeout: 600_000 });
  await popup.getByTestId('export').click();
  const total = answers / ANSWERS_PER_CONVERSATION;
  const at = Number(values.at);
  await exportReached(popup, at * total);
  const workers = sessions.threads().filter((t) => t !== 'page');
  const profiles = await Promise.all(
    workers.map((w) => sessions.send<{ profile?: { head: SampleNode } }>(w, 'HeapProfiler.getSamplingProfile', {}, 60_000)),
  );
  await (await downloaded).path();
  for (const [i, { profile }] of profiles.entries()) {
    if (!profile) {
      console.log(`${workers[i]}: no profile`);
      continue;
    }
    const by = new Map<string, number>();
    let sum = 0;
    const walk = (node: SampleNode, stack: string[]) => {
      const f = node.callFrame;
      const here = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      const path = [...stack, here];
      if (node.selfSize) {
        // the allocating function and its two callers
        const key = path.slice(-3).reverse().join(' < ');
        by.set(key, (by.get(key) ?? 0) + node.selfSize);
        sum += node.selfSize;
      }
      for (const c of node.children) walk(c, path);
    };
    walk(profile.head, []);
    console.log(`${workers[i]}: ${(sum / 1e6).toFixed(1)} MB sampled (${values.all ? 'every allocation' : 'promoted or live'}) at ${at * 100} %`);
    for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
      console.log(`  ${(v / 1e6).toFixed(2).padStart(7)} MB  ${k.slice(0, 200)}`);
    }
  }
});
