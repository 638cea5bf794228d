// V8's own trace of every collection in the browser's processes during an export (`--js-flags=--trace-gc-nvp`),
// per isolate: how many scavenges ran, the bytes they found alive (kept in the young generation or promoted) and the
// young generation's capacity as it grew. The export worker's new space grows with the bytes that survive its
// scavenges (docs/export-format.md, Memory of an export), which the memory-infra dumps show only as a size. The
// workers an export starts are isolates of their own, made for it: their lines are the export's. V8 prints to the
// renderer's stdout, which Playwright logs under DEBUG=pw:browser; this sets that and reads the lines from stderr.
// `npx tsx scripts/bench/export-gc-trace.ts --answers 4000` (`--dist` takes a built extension, `--raw FILE` keeps
// every traced collection).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

process.env.DEBUG = 'pw:browser';
const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '4000' },
    dist: { type: 'string' },
    raw: { type: 'string' },
    every: { type: 'string', default: '1' },
  },
});

const traced: string[] = [];
const write = process.stderr.write.bind(process.stderr);
let partial = '';
process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = partial + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
  const lines = text.split('\n');
  partial = lines.pop() ?? '';
  for (const line of lines) if (line.includes('GC: {')) traced.push(line);
  // Playwright's own log lines are dropped; anything else is passed on.
  const others = lines.filter((l) => !l.includes('pw:browser'));
  return others.length ? write(others.join('\n') + '\n', ...(rest as [])) : true;
});

const { withExportBench } = await import('./export-browser');
const { popupReadyToExport, seedFresh } = await import('./scale');
const { cdp } = await import('./browsers');

await withExportBench(
  values.dist,
  async (browser) => {
    const answers = Number(values.answers);
    await seedFresh(browser, answers);
    const popup = await popupReadyToExport(browser);
    const session = await cdp(popup);
    await session.send('HeapProfiler.collectGarbage');
    const t0 = performance.now();
    const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 600_000 }), popup.getByTestId('export').click()]);
    await download.path();
    console.log(`${answers} answers: export ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await new Promise((r) => setTimeout(r, 1000));
  },
  // Line-buffered stdout in every process of the browser (coreutils' stdbuf library), so no collection of a worker
  // that ends waits in a buffer that is never flushed.
  { args: ['--js-flags=--trace-gc-nvp'], env: { LD_PRELOAD: '/usr/libexec/coreutils/libstdbuf.so', _STDBUF_O: 'L' } },
);

interface Gc {
  isolate: string;
  ms: number;
  g: Record<string, number | string | boolean>;
}
const gcs: Gc[] = [];
for (const line of traced) {
  const m = /\[(\d+):(0x[0-9a-f]+):\d+\]\s+(\d+) ms: GC: (\{.*\})/.exec(line);
  if (!m) continue;
  try {
    gcs.push({ isolate: `${m[1]}:${m[2]}`, ms: Number(m[3]), g: JSON.parse(m[4]!) as Gc['g'] });
  } catch {
    // a line cut by the pipe
  }
}
if (values.raw) writeFileSync(values.raw, gcs.map((g) => JSON.stringify(g)).join('\n') + '\n');
const mb = (b: number) => (b / 1e6).toFixed(1);
const num = (g: Gc, k: string) => Number(g.g[k] ?? 0);
const byIsolate = new Map<string, Gc[]>();
for (const g of gcs) byIsolate.set(g.isolate, [...(byIsolate.get(g.isolate) ?? []), g]);
const every = Number(values.every);
for (const [isolate, list] of [...byIsolate].sort((a, b) => b[1].length - a[1].length)) {
  const kinds = new Map<string, number>();
  for (const g of list) kinds.set(String(g.g.gc), (kinds.get(String(g.g.gc)) ?? 0) + 1);
  const sum = (k: string) => list.reduce((n, g) => n + num(g, k), 0);
  const scav = list.filter((g) => g.g.gc === 's');
  console.log(
    `isolate ${isolate} (${list[0]!.ms}-${list.at(-1)!.ms} ms of its life): ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; allocated ${mb(sum('allocated'))} MB, ` +
      `survived in new space ${mb(sum('new_space_survived'))} MB, promoted ${mb(sum('promoted'))} MB, pauses ${sum('pause').toFixed(0)} ms`,
  );
  if (!scav.length) continue;
  const shown = scav.filter((_, i) => i % every === 0 || i === scav.length - 1);
  console.log(`  new space capacity after scavenges (MB): ${shown.map((g) => mb(num(g, 'new_space_capacity'))).join(' ')}`);
  console.log(`  survived+promoted per scavenge (KB): ${shown.map((g) => ((num(g, 'new_space_survived') + num(g, 'promoted')) / 1e3).toFixed(0)).join(' ')}`);
}
