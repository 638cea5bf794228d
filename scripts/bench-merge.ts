// Merge benchmark: synthetic participants' bundles, merged by echo-dataset in a child process so its peak memory
// (maxRSS) is its own, not the generator's. A few template bundles are written with the real export writer (one
// per site rotation); every participant's bundle is a template with the participant's id put in place of the
// template's (same length, so every record, checksum and count stays that of a real export) and re-zipped: a
// thousand participants are ready in a minute instead of an hour, and the merge still validates each one in full.
//   npm run bench:merge [-- --participants 1000 --conversations 500 --memory-limit 384MB --keep]
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportTrainingBundle } from '../src/core/export/training-bundle';
import { memorySource, syntheticConversation } from '../test/support/synthetic-bundles';
import { DEFAULT_MEMORY_LIMIT, mergeBundles } from '../src/cli/merge';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '1000' },
    'memory-limit': { type: 'string', default: DEFAULT_MEMORY_LIMIT },
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
  const manifest = await mergeBundles(bundles, out, { memoryLimit: values['memory-limit'] });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ seconds, maxRss, peakHeap, counts: manifest.counts, merge: manifest.merge }));
}

async function generate(range: string, conversations: number, bundleDir: string): Promise<void> {
  const [from, to] = range.split(':').map(Number) as [number, number];
  const sites = ['chatgpt', 'claude', 'grok'];
  for (let p = from; p < to; p++) {
    const id = participantId(p);
    const convs = Array.from({ length: conversations }, (_, i) =>
      syntheticConversation(id, i, { site: sites[(p + i) % sites.length]!, model: i % 3 ? 'gpt-4o' : 'claude-sonnet', seed: p + 1 }),
    );
    const stream = createWriteStream(join(bundleDir, `${id}.zip`));
    const write = (c: Uint8Array) => new Promise<void>((ok, fail) => stream.write(c, (e) => (e ? fail(e) : ok())));
    await exportTrainingBundle(memorySource(convs), { participantId: id, studyId: 'bench' }, write, {
      generator: { name: 'bench-merge', version: '0' },
      extensionVersion: '0.1.0',
    });
    await new Promise<void>((ok) => stream.end(ok));
  }
}

const participantId = (p: number) => `p${String(p).padStart(5, '0')}`;
/** Templates: one per site rotation (participant p uses sites (p + i) % 3). */
const TEMPLATES = 3;

/** Participant p's bundle: template p % TEMPLATES with p's id in place of the template's, checksums recomputed. */
function clone(bundleDir: string, p: number): number {
  const t = p % TEMPLATES;
  const from = participantId(t);
  const to = participantId(p);
  const files = unzipSync(readFileSync(join(bundleDir, `${from}.zip`)));
  type Manifest = { participantId?: string; files: { name: string; bytes: number; sha256: string }[] };
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
  for (const entry of manifest.files) {
    const bytes = strToU8(strFromU8(files[entry.name]!).replaceAll(from, to));
    files[entry.name] = bytes;
    entry.bytes = bytes.length;
    entry.sha256 = createHash('sha256').update(bytes).digest('hex');
  }
  manifest.participantId = to;
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2) + '\n');
  const zip = zipSync(files, { level: 6 });
  writeFileSync(join(bundleDir, `${to}.zip`), zip);
  return zip.length;
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
  // Templates with the real writer, one child process per core.
  const templates = Math.min(TEMPLATES, participants);
  const workers = Math.max(1, Math.min(availableParallelism(), templates));
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const from = Math.floor((templates * w) / workers);
      const to = Math.floor((templates * (w + 1)) / workers);
      const args = ['--generate', `${from}:${to}`, '--conversations', String(conversations), '--into', bundleDir];
      const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, ...args], { stdio: 'inherit' });
      return new Promise<void>((ok, fail) =>
        child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`generator ${w} exited ${code}`)))),
      );
    }),
  );
  for (let p = templates; p < participants; p++) clone(bundleDir, p);
  const bytes = readdirSync(bundleDir).reduce((n, f) => n + statSync(join(bundleDir, f)).size, 0);
  const genSeconds = (performance.now() - t0) / 1000;
  console.log(
    `generated ${participants} bundles (${mb(bytes)} zipped; ${templates} written by the export writer, ` +
      `the rest cloned with their own ids) in ${genSeconds.toFixed(1)} s`,
  );

  const out = join(root, 'merged');
  const args = ['--import', 'tsx', import.meta.filename, '--merge-only', bundleDir, '--out', out, '--memory-limit', values['memory-limit']];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`merge failed: ${child.stderr}`);
  type MergeResult = { seconds: number; maxRss: number; peakHeap: number; counts: Record<string, number> };
  const result = JSON.parse(child.stdout.trim().split('\n').pop()!) as MergeResult;
  const outBytes = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);
  console.log(
    `merge: ${result.seconds.toFixed(1)} s, peak RSS ${mb(result.maxRss)} (DuckDB memory limit ${values['memory-limit']}), ` +
      `peak JS heap ${mb(result.peakHeap)}, output ${mb(outBytes)}`,
  );
  console.log(`merged counts: ${Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else console.log(`kept ${root}`);
}

await main();
