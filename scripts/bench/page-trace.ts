// What the extension makes the chat page's main thread do, by kind of work, per streamed chunk: the part of its
// cost that a JavaScript profile cannot show (mutation records made inside the page's own DOM writes, forced style
// or layout, garbage collection, timers and microtasks being run). The pages with and without the extension (and
// without again: the A/A control, whose differences are noise) stream the same answer at once, drawing nothing,
// as in page-side-by-side.ts, under one browser-wide Chrome trace; each page's main thread's self thread time is
// summed by trace event name, and the table prints with, without, and the differences per chunk.
//   npx tsx scripts/bench/page-trace.ts [--rounds 3] [--answers 1] [--top 25]
// "FunctionCall (extension)" is the extension's JavaScript entered from the browser (timers, the observer's
// callback, listeners): its self time; what it calls shows under the called work's own name (e.g. UpdateLayoutTree
// when a read forces a style update) only in the with page, so compare rows, not just the extension's row.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cannedAnswer } from '../../test/sites/canned';
import { chatgptBackend } from '../../test/sites/chatgpt/backend';
import { startFixtures } from '../../test/sites/server';
import { buildExtension } from '../build';
import { launchBench } from './browsers';
import { CHATGPT_BENCH_HOSTS, LONG_PROMPT, MATCHED_HOST, openChecked, streamOnce, UNMATCHED_HOST } from './page';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    answers: { type: 'string', default: '1' },
    top: { type: 'string', default: '25' },
  },
});
const CHUNK_SIZE = 20;
const rounds = Number(values.rounds);
const answers = Number(values.answers);
const chunks = Math.ceil(cannedAnswer(LONG_PROMPT, 1).length / CHUNK_SIZE) * answers * rounds;
const CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; lineNumber?: number } };
}

const dist = mkdtempSync(join(tmpdir(), 'echo-trace-dist-'));
await buildExtension(dist);
const backend = chatgptBackend({ chunkDelayMs: 5, chunkSize: CHUNK_SIZE });
const fixtures = await startFixtures([{ id: 'chatgpt', hosts: CHATGPT_BENCH_HOSTS, backend, dir: 'chatgpt' }]);
const browser = await launchBench(fixtures, dist);
const kinds = ['with', 'without', 'control'] as const;
type Kind = (typeof kinds)[number];
/** Self thread time (µs) by event name, per kind of page, over all rounds. */
const self: Record<Kind, Map<string, number>> = { with: new Map(), without: new Map(), control: new Map() };
const loads: number[] = [loadavg()[0]!];
/** The extension's entries (FunctionCall by function name and line, in the with page): calls and thread time. */
const entries = new Map<string, { calls: number; us: number }>();
/** The same calls by how long each took (thread time): whether many small calls or a few large ones cost the most. */
const BUCKETS = [50, 100, 200, 500, 1000, 2000, 5000, Infinity];
const buckets = BUCKETS.map(() => ({ calls: 0, us: 0 }));
try {
  for (let r = 0; r < rounds; r++) {
    const opened: { kind: Kind; page: Awaited<ReturnType<typeof openChecked>>['page'] }[] = [];
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(r + i) % kinds.length]!;
      const host = kind === 'with' ? MATCHED_HOST : UNMATCHED_HOST;
      opened.push({ kind, page: (await openChecked(browser, host)).page });
    }
    const front = await browser.context.newPage();
    // Each page marks its main thread in the trace, so its renderer is found without relying on process ids.
    const trace = browser.context.browser()!;
    await trace.startTracing(undefined, { categories: CATEGORIES });
    for (const o of opened) await o.page.evaluate((k) => performance.mark(`echo-page-${k}`), o.kind);
    await Promise.all(
      opened.map(async ({ page }) => {
        for (let i = 0; i < answers; i++) await streamOnce(page, i ? `${LONG_PROMPT} (${i + 1})` : LONG_PROMPT);
        await page.waitForTimeout(1000);
      }),
    );
    const events = (JSON.parse((await trace.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    for (const o of opened) await o.page.close();
    await front.close();
    add(events);
    loads.push(loadavg()[0]!);
  }
} finally {
  await browser.close();
  await fixtures.close();
  rmSync(dist, { recursive: true, force: true });
}

function add(events: TraceEvent[]): void {
  const thread = new Map<string, Kind>();
  for (const e of events) {
    const m = /^echo-page-(with|without|control)$/.exec(e.name);
    if (m) thread.set(`${e.pid}:${e.tid}`, m[1] as Kind);
  }
  // Complete events (and begin/end pairs) on each page's main thread, nested by time: self = own - children.
  const byThread = new Map<string, { name: string; start: number; end: number; tdur: number }[]>();
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!thread.has(key)) continue;
    const label = e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://') ? 'FunctionCall (extension)' : e.name;
    const list = byThread.get(key) ?? byThread.set(key, []).get(key)!;
    if (label === 'FunctionCall (extension)' && e.ph === 'X') {
      const at = `${e.args?.data?.functionName || '(anonymous)'}:${e.args?.data?.lineNumber ?? '?'}`;
      const entry = entries.get(at) ?? entries.set(at, { calls: 0, us: 0 }).get(at)!;
      entry.calls++;
      entry.us += e.tdur ?? e.dur ?? 0;
      const b = buckets[BUCKETS.findIndex((limit) => (e.tdur ?? e.dur ?? 0) < limit)]!;
      b.calls++;
      b.us += e.tdur ?? e.dur ?? 0;
    }
    if (e.ph === 'X' && e.dur !== undefined) list.push({ name: label, start: e.ts, end: e.ts + e.dur, tdur: e.tdur ?? e.dur });
    else if (e.ph === 'B') (open.get(key) ?? open.set(key, []).get(key)!).push({ ...e, name: label });
    else if (e.ph === 'E') {
      const b = open.get(key)?.pop();
      const tdur = e.tts !== undefined && b?.tts !== undefined ? e.tts - b.tts : e.ts - (b?.ts ?? e.ts);
      if (b) list.push({ name: b.name, start: b.ts, end: e.ts, tdur });
    }
  }
  for (const [key, list] of byThread) {
    const kind = thread.get(key)!;
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    const stack: { name: string; end: number; child: number; tdur: number }[] = [];
    const close = (until: number) => {
      while (stack.length && stack[stack.length - 1]!.end <= until) {
        const top = stack.pop()!;
        const own = Math.max(0, top.tdur - top.child);
        self[kind].set(top.name, (self[kind].get(top.name) ?? 0) + own);
      }
    };
    for (const e of list) {
      close(e.start);
      if (stack.length) stack[stack.length - 1]!.child += e.tdur;
      stack.push({ name: e.name, end: e.end, child: 0, tdur: e.tdur });
    }
    close(Infinity);
  }
}

const per = (us: number) => (us / chunks).toFixed(2).padStart(9);
const names = [...new Set(kinds.flatMap((k) => [...self[k].keys()]))];
const get = (k: Kind, n: string) => self[k].get(n) ?? 0;
const total = (k: Kind) => [...self[k].values()].reduce((a, b) => a + b, 0);
console.log(`${rounds} rounds x ${answers} answers, ${chunks} chunks per page in all; load average ${loads.map((l) => l.toFixed(1)).join(' -> ')}`);
console.log(`main-thread self thread time, µs per chunk:   with   without   control  with-without  control-without`);
const row = (label: string, w: number, o: number, c: number) =>
  console.log(`${label.slice(0, 40).padEnd(40)} ${per(w)} ${per(o)} ${per(c)} ${per(w - o)} ${per(c - o)}`);
row('all traced work', total('with'), total('without'), total('control'));
const order = names.sort((a, b) => Math.abs(get('with', b) - get('without', b)) - Math.abs(get('with', a) - get('without', a)));
for (const n of order.slice(0, Number(values.top))) row(n, get('with', n), get('without', n), get('control', n));
console.log(`\nThe extension's entries (FunctionCall, inclusive thread time): calls and µs per chunk, µs per call`);
for (const [at, { calls, us }] of [...entries].sort((a, b) => b[1].us - a[1].us).slice(0, Number(values.top))) {
  console.log(`${(calls / chunks).toFixed(3).padStart(8)} ${per(us)} ${(us / calls).toFixed(0).padStart(7)}  ${at}`);
}
console.log(`\nThe extension's entries by thread time per call: calls and µs per chunk`);
BUCKETS.forEach((limit, i) => console.log(`  < ${String(limit).padStart(8)} µs ${(buckets[i]!.calls / chunks).toFixed(3).padStart(8)} ${per(buckets[i]!.us)}`));
process.exit(0);
