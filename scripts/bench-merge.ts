// Merge benchmark: synthetic participants' bundles (written with the real export writer), merged by echo-dataset.
// The merge runs in a child process so its peak memory (maxRSS) is its own, not the generator's.
//   npm run bench:merge [-- --participants 200 --conversations 500 --keep]
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportTrainingBundle } from '../src/core/export/training-bundle';
import { memorySource, syntheticConversation } from '../src/core/export/synthetic';
import { mergeBundles } from '../src/cli/merge';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '200' },
    conversations: { type: 'string', default: '500' },
    keep: { type: 'boolean', default: false },
    'merge-only': { type: 'string' },
    generate: { type: 'string' },
    into: { type: 'string' },
    out: { type: 'string' },
  },
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function mergeOnly(bundleDir: string, out: string): Promise<void> {
  let peakHeap = 0;
  const timer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 100);
  const bundles = readdirSync(bundleDir).filter((f) => f.endsWith('.zip')).map((f) => join(bundleDir, f));
  const t0 = performance.now();
  const manifest = await mergeBundles(bundles, out);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ seconds, maxRss, peakHeap, counts: manifest.counts, merge: manifest.merge }));
}

async function generate(range: string, conversations: number, bundleDir: string): Promise<void> {
  const [from, to] = range.split(':').map(Number) as [number, number];
  const sites = ['chatgpt', 'claude', 'grok'];
  for (let p = from; p < to; p++) {
    const id = `p${String(p).padStart(4, '0')}`;
    const convs = Array.from({ length: conversations }, (_, i) =>
      syntheticConversation(id, i, { site: sites[(p + i) % sites.length]!, model: i % 3 ? 'gpt-4o' : 'claude-sonnet', seed: p + 1 }),
    );
    const stream = createWriteStream(join(bundleDir, `${id}.zip`));
    await exportTrainingBundle(memorySource(convs), { participantId: id, studyId: 'bench' }, (c) => new Promise<void>((ok, fail) => stream.write(c, (e) => (e ? fail(e) : ok()))), {
      generator: { name: 'bench-merge', version: '0' },
      extensionVersion: '0.1.0',
    });
    await new Promise<void>((ok) => stream.end(ok));
  }
}

async function main(): Promise<void> {
  if (values['merge-only']) return mergeOnly(values['merge-only'], values.out!);
  if (values.generate) return generate(values.generate, Number(values.conversations), values.into!);
  const participants = Number(values.participants);
  const conversations = Number(values.conversations);
  const root = mkdtempSync(join(tmpdir(), 'echo-bench-merge-'));
  const bundleDir = join(root, 'bundles');
  mkdirSync(bundleDir);
  console.log(`generating ${participants} participants x ${conversations} conversations in ${root}`);
  const t0 = performance.now();
  // Bundles are independent: generate them in one child process per core.
  const workers = Math.max(1, Math.min(availableParallelism(), participants));
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const from = Math.floor((participants * w) / workers);
      const to = Math.floor((participants * (w + 1)) / workers);
      const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--generate', `${from}:${to}`, '--conversations', String(conversations), '--into', bundleDir], { stdio: 'inherit' });
      return new Promise<void>((ok, fail) => child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`generator ${w} exited ${code}`)))));
    }),
  );
  const bytes = readdirSync(bundleDir).reduce((n, f) => n + statSync(join(bundleDir, f)).size, 0);
  const genSeconds = (performance.now() - t0) / 1000;
  console.log(`generated ${participants} bundles (${mb(bytes)} zipped) in ${genSeconds.toFixed(1)} s`);

  const out = join(root, 'merged');
  const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--merge-only', bundleDir, '--out', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`merge failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
  const outBytes = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);
  console.log(`merge: ${result.seconds.toFixed(1)} s, peak RSS ${mb(result.maxRss)}, peak JS heap ${mb(result.peakHeap)}, output ${mb(outBytes)}`);
  console.log(`merged counts: ${Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else console.log(`kept ${root}`);
}

await main();
