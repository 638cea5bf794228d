// Where the extension process's resident memory goes during an export, by allocator: RSS of the renderer grows by
// far more than the JavaScript heaps the other export tools read (export-heap.ts, export-memory.ts), so this asks
// Chromium's own memory accounting (memory-infra dumps through CDP tracing: V8 heaps per isolate, PartitionAlloc's
// array-buffer / buffer / fast-malloc partitions, malloc, Blink GC, blob storage...). Builds the extension, seeds
// `--answers` answers, dumps before the export and every `--every` ms during it, and prints per allocator its size
// before and its peak above that. `npx tsx scripts/bench/export-memory-dumps.ts --answers 20000` (`--dist` takes a
// built extension, `--pid all` shows every process rather than the extension's).
import { parseArgs } from 'node:util';
import { browserTree, cdp } from './browsers';
import { withExportBench } from './export-browser';
import { popupReadyToExport, seedFresh } from './scale';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '4000' },
    every: { type: 'string', default: '250' },
    dist: { type: 'string' },
    pid: { type: 'string', default: 'extension' },
    depth: { type: 'string', default: '3' },
    detail: { type: 'string', default: 'light' },
  },
});

type Attr = { type: string; units: string; value: string };
type Allocators = Record<string, { attrs?: Record<string, Attr> }>;
type DumpEvent = { ph: string; pid: number; ts: number; args?: { dumps?: { allocators?: Allocators } } };

/** Allocator sizes of one process dump, by allocator path cut at `depth` components (sub-allocators summed in). */
function sizes(event: DumpEvent, depth: number): Map<string, number> {
  const out = new Map<string, number>();
  const allocators = event.args?.dumps?.allocators ?? {};
  for (const [path, dump] of Object.entries(allocators)) {
    const parts = path.split('/');
    if (parts.length > depth) continue; // counted in its parent at this depth
    // A leaf deeper than the cut would be missed only when its parents carry no size: they do in memory-infra.
    const size = dump.attrs?.size;
    if (!size || size.units !== 'bytes') continue;
    out.set(path, parseInt(size.value, 16));
  }
  return out;
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)}`;

await withExportBench(values.dist, async (browser) => {
  const answers = Number(values.answers);
  await seedFresh(browser, answers);
  const popup = await popupReadyToExport(browser);
  const session = await cdp(popup);
  await session.send('HeapProfiler.collectGarbage');
  const events: DumpEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value as unknown as DumpEvent[]) if (e.ph === 'v') events.push(e);
  });
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['disabled-by-default-memory-infra'], excludedCategories: ['*'] },
  });
  const dump = async (label: string) => {
    const t = performance.now();
    const r = await session.send('Tracing.requestMemoryDump', { deterministic: false, levelOfDetail: values.detail as 'light' | 'detailed' });
    return { label, guid: r.dumpGuid, ok: r.success, ms: performance.now() - t };
  };
  const marks: { label: string; guid: string; ok: boolean; ms: number }[] = [await dump('before')];
  let dumping = true;
  const loop = (async () => {
    let n = 0;
    while (dumping) {
      marks.push(await dump(`during ${++n}`));
      await new Promise((r) => setTimeout(r, Number(values.every)));
    }
  })();
  const t0 = performance.now();
  const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 600_000 }), popup.getByTestId('export').click()]);
  await download.path();
  const seconds = (performance.now() - t0) / 1000;
  dumping = false;
  await loop;
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await done;
  const tree = browserTree(browser.userDataDir);
  const wanted = values.pid === 'all' ? null : new Set(tree.extension);
  const depth = Number(values.depth);
  console.log(`${answers} answers: export ${seconds.toFixed(1)} s, ${marks.length} dumps (${marks.filter((m) => !m.ok).length} failed)`);
  // Per process: the first dump is "before"; the peak per allocator over the later ones.
  const byPid = new Map<number, DumpEvent[]>();
  events.sort((a, b) => a.ts - b.ts);
  for (const e of events) {
    if (wanted && !wanted.has(e.pid)) continue;
    if (!Object.keys(e.args?.dumps?.allocators ?? {}).length) continue;
    byPid.set(e.pid, [...(byPid.get(e.pid) ?? []), e]);
  }
  for (const [pid, dumps] of byPid) {
    const series = dumps.map((d) => sizes(d, depth));
    const first = series[0]!;
    const keys = [...new Set(series.flatMap((m) => [...m.keys()]))];
    const extra = (k: string, m: Map<string, number>) => (m.get(k) ?? 0) - (first.get(k) ?? 0);
    const peak = (k: string) => Math.max(...series.slice(1).map((m) => extra(k, m)));
    const rows = keys.filter((k) => Math.abs(peak(k)) >= 0.5e6).sort((a, b) => peak(b) - peak(a));
    console.log(`pid ${pid}${tree.extension.includes(pid) ? ' (extension)' : ''}: ${dumps.length} dumps, MB above the first (before the export)`);
    for (const k of rows) {
      const line = series.slice(1).map((m) => mb(extra(k, m)).padStart(6)).join('');
      console.log(`  ${k.padEnd(44)} before ${mb(first.get(k) ?? 0).padStart(6)} peak ${mb(peak(k)).padStart(6)} |${line}`);
    }
  }
});
