// What the export worker holds alive at one instant of an export: what a scavenge at that instant would copy. V8
// grows a thread's young generation once as many bytes have survived its scavenges as it holds (docs/export-format.md
// "Memory of an export"), so the bytes alive at a typical instant, times the number of scavenges, set how far the
// export worker's young generation grows; export-promoted.ts shows only what outlives two scavenges. Builds the
// extension, seeds `--answers` answers, takes a heap snapshot of every worker the popup starts at `--at` of the
// conversations and prints, by the constructor or kind of object, the bytes alive (self sizes).
// `npx tsx scripts/bench/export-live.ts --answers 8000 --at 0.5`.
import { parseArgs } from 'node:util';
import { cdp } from './browsers';
import { withExportBench } from './export-browser';
import { ANSWERS_PER_CONVERSATION, exportReached, popupReadyToExport, seedFresh } from './scale';
import { workerSessions } from './worker-sessions';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '8000' },
    at: { type: 'string', default: '0.5' },
    top: { type: 'string', default: '25' },
    dist: { type: 'string' },
  },
});

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

await withExportBench(values.dist, async (browser) => {
  const answers = Number(values.answers);
  await seedFresh(browser, answers);
  const popup = await popupReadyToExport(browser);
  const session = await cdp(popup);
  const chunks = new Map<string, string[]>();
  const sessions = await workerSessions(session, {
    onEvent: (thread, method, params) => {
      if (method === 'HeapProfiler.addHeapSnapshotChunk') chunks.get(thread)?.push(params.chunk as string);
    },
  });
  const downloaded = popup.waitForEvent('download', { timeout: 600_000 });
  await popup.getByTestId('export').click();
  await exportReached(popup, Number(values.at) * (answers / ANSWERS_PER_CONVERSATION));
  const workers = sessions.threads().filter((t) => t !== 'page');
  for (const w of workers) chunks.set(w, []);
  // No collection first: a snapshot collects garbage itself (a full collection), and what it keeps is what is alive.
  await Promise.all(workers.map((w) => sessions.send(w, 'HeapProfiler.takeHeapSnapshot', { reportProgress: false }, 120_000)));
  await (await downloaded).path();
  for (const w of workers) {
    const text = chunks.get(w)!.join('');
    if (!text) {
      console.log(`${w}: no snapshot`);
      continue;
    }
    const snap = JSON.parse(text) as Snapshot;
    const fields = snap.snapshot.meta.node_fields;
    const types = snap.snapshot.meta.node_types[0];
    const [T, N, S] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
    const by = new Map<string, { bytes: number; count: number }>();
    let sum = 0;
    for (let n = 0; n < snap.nodes.length; n += fields.length) {
      const type = types[snap.nodes[n + T!]!]!;
      const name = type === 'object' || type === 'native' || type === 'closure' ? snap.strings[snap.nodes[n + N!]!]!.slice(0, 60) : '';
      const key = `${type}${name ? ` ${name}` : ''}`;
      const size = snap.nodes[n + S!]!;
      const e = by.get(key) ?? { bytes: 0, count: 0 };
      e.bytes += size;
      e.count++;
      by.set(key, e);
      sum += size;
    }
    console.log(`${w}: ${(sum / 1e6).toFixed(1)} MB alive at ${Number(values.at) * 100} % of the conversations`);
    for (const [k, v] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(values.top))) {
      console.log(`  ${(v.bytes / 1e6).toFixed(2).padStart(7)} MB  ${String(v.count).padStart(7)}  ${k}`);
    }
  }
});
