// The popup's export run in Node on the same code (exportTrainingBundle over an in-memory source holding the
// bench's conversations with the labels and redaction spans the background keeps, Blob spools, native
// CompressionStream, native SHA-256 per file part), so it can be timed and profiled without a browser:
// `npx tsx scripts/bench/export-node.ts --answers 20000 [--redaction off|standard] [--detect] [--hash native,wasm]`,
// with `node --cpu-prof --import tsx` for a V8 CPU profile. Prints seconds, zip bytes and peak heap.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import type { CaptureEvent } from '../../src/core/events';
import { detectConversationSpans } from '../../src/core/export/conversation-redaction';
import { createIncrementalHasher, fileHashers, type HasherFactory } from '../../src/core/export/file-hasher';
import { blobSpool } from '../../src/core/export/spool';
import { exportTrainingBundle, type ExportSource } from '../../src/core/export/training-bundle';
import { deriveConversation } from '../../src/store/derived';
import { manyConversations } from '../../test/e2e/seed';
import { conversation } from './scale-data';
import { statCpuSeconds } from './thread-cpu';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '20000' },
    redaction: { type: 'string', default: 'standard' },
    rounds: { type: 'string', default: '1' },
    files: { type: 'boolean', default: false },
    /** bench: the scale bench's conversations; e2e: the scale e2e's (three sites, every kind of signal). */
    data: { type: 'string', default: 'bench' },
    /** Detect in the export instead of replacing the spans the background keeps (the CLI's way, and the old one). */
    detect: { type: 'boolean', default: false },
    /** Write a V8 CPU profile of the last round's export alone (setup excluded) to this path. */
    profile: { type: 'string' },
    /**
     * native: WebCrypto's SHA-256, one call per file part, as the popup does since round 8; wasm: hash-wasm's
     * incremental SHA-256 in the exporting thread (before round 7; round 7 ran it on a worker). `native,wasm`
     * alternates them round by round, for a paired comparison within one run.
     */
    hash: { type: 'string', default: 'native' },
    /** Sample formats to export (comma-separated, as the options' `formats`); every one by default. */
    formats: { type: 'string' },
    /** Write the last round's zip here (to check it: `echo-dataset validate FILE`). */
    out: { type: 'string' },
  },
});
const conversations = Number(values.answers) / 2;

/** Built before the clock starts: the store would hand them over read, with the labels the background keeps. */
function generated(): CaptureEvent[][] {
  if (values.data === 'bench') return Array.from({ length: conversations }, (_, n) => conversation(n));
  const byKey = new Map<string, CaptureEvent[]>();
  for (const e of manyConversations(conversations)) {
    const key = `${e.site}:${e.conversationId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
}
const stored = generated().map((events) => {
  const key = `${events[0]!.site}:${events[0]!.conversationId}`;
  const redactionSpans = values.detect ? undefined : detectConversationSpans(events);
  return { key, events, labels: deriveConversation(key, events).labels.labels, redactionSpans };
});

function source(): ExportSource {
  return {
    total: conversations,
    // eslint-disable-next-line @typescript-eslint/require-await -- the source interface is async; memory needs no wait
    async *conversations() {
      for (const { key, events, labels, redactionSpans } of stored) {
        yield {
          key,
          site: events[0]!.site,
          firstTs: events[0]!.ts,
          lastTs: events.at(-1)!.ts,
          events: () => Promise.resolve(events),
          ...(labels ? { labels } : {}),
          ...(redactionSpans ? { redactionSpans } : {}),
        };
      }
    },
  };
}

/**
 * CPU seconds of this (the exporting) thread alone, from Linux's per-thread accounting (0 elsewhere): the export's
 * critical path, read without the noise of a shared machine's wall clock (native hashing runs on libuv's threads).
 */
function mainThreadCpu(): number {
  try {
    return statCpuSeconds(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

const level = values.redaction as 'off' | 'standard';
const rounds = Number(values.rounds);
const inspector = values.profile ? new Session() : null;
inspector?.connect();
for (let round = 0; round < rounds; round++) {
  const profiling = inspector && round === rounds - 1;
  if (profiling) {
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.post('Profiler.start');
  }
  let bytes = 0;
  let peakHeap = 0;
  let peakRss = 0;
  const hash = values.hash.split(',')[round % values.hash.split(',').length];
  const hashers: HasherFactory = hash === 'wasm' ? createIncrementalHasher : fileHashers();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage.rss();
  const cpu0 = process.cpuUsage();
  const thread0 = mainThreadCpu();
  const t0 = performance.now();
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  const chunks: Uint8Array[] = [];
  const keep = values.out && round === rounds - 1;
  const sink = (chunk: Uint8Array) => {
    bytes += chunk.length;
    if (keep) chunks.push(chunk);
  };
  const formats = values.formats?.split(',');
  const manifest = await exportTrainingBundle(source(), { redaction: { level, chosenBy: 'default' }, ...(formats ? { formats } : {}) }, sink, {
    generator: { name: 'bench', version: '0' },
    extensionVersion: '0',
    spools: blobSpool,
    hashers,
    createdAt: '2026-11-29T00:00:00.000Z',
  });
  clearInterval(timer);
  if (profiling) writeFileSync(values.profile!, JSON.stringify((await inspector.post('Profiler.stop')).profile));
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const thread = mainThreadCpu() - thread0;
  console.log(
    `${values.answers} answers, redaction ${level}, hash ${hash}: ${s.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU ` +
      `(${thread.toFixed(2)} s on the exporting thread), ` +
      `${(bytes / 1e6).toFixed(2)} MB zip, peak extra heap ${((peakHeap - heapBefore) / 1e6).toFixed(0)} MB, ` +
      `peak extra RSS ${((peakRss - rssBefore) / 1e6).toFixed(0)} MB`,
  );
  if (keep) writeFileSync(values.out!, Buffer.concat(chunks));
  if (values.files) for (const f of manifest.files) console.log(`  ${f.name} ${f.records} records, ${(f.bytes / 1e6).toFixed(2)} MB, ${f.sha256}`);
}
