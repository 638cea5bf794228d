// `npm run bench:typing -- --trace`: where the main-thread time that capture adds to typing goes, outside the
// content script's own JavaScript too. A Chromium trace (CDP Tracing, the DevTools timeline categories) of the same
// typing script on the real host and on the control host; per key pressed: style recalculations (UpdateLayoutTree),
// layouts, the part of each forced by JavaScript (a stack trace in the event: a layout read the page had to do at
// once), the part of those forced from the extension's code, top-level task time, and JavaScript run from the
// extension (function calls, timers, event and mutation-observer callbacks). Counts and durations of one renderer
// main thread: the page's (found from the trace's frame list by host). Round 20 added what lands inside the
// extension's calls without being its own per-key work: V8 compiling the capture's functions on their first call
// (`V8.CompileCode`, lazy compilation; with the page's own compiles beside it), V8's interrupts (code compiled in the
// background installed, for the page's functions too), and the page's young-generation collections; and the
// extension's entries are split by whether the call set or cleared a timer (a TimerInstall / TimerRemove in it).
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  // V8.CompileCode (a function compiled on its first call) and code installs: a few hundred events a page.
  'disabled-by-default-v8.compile',
  // More categories for one run (e.g. `v8,disabled-by-default-v8.compile` to see what V8's interrupts inside the
  // extension's calls were: code installed, a collection finished).
  ...(process.env.TYPING_TRACE_CATEGORIES ? [process.env.TYPING_TRACE_CATEGORIES] : []),
]
  // `TYPING_TRACE_NO_STACKS=1`: no stack captured for the timeline's events (timers installed and removed, layouts
  // forced): what those captures cost is then out of the extension's calls, and forced layouts are not attributed.
  .filter((c) => !(process.env.TYPING_TRACE_NO_STACKS && c === 'disabled-by-default-devtools.timeline.stack'))
  .join(',');

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat?: string;
  args?: Record<string, unknown>;
};

export interface TraceCost {
  keys: number;
  /** Milliseconds (thread time where the trace has it) and counts, for the page's main thread. */
  task: number;
  style: { n: number; ms: number };
  layout: { n: number; ms: number };
  forcedStyle: { n: number; ms: number };
  forcedLayout: { n: number; ms: number };
  /** Forced from a stack with the extension's code on it. */
  extForced: { n: number; ms: number };
  /** JavaScript entered from the extension's code (callbacks, timers, listeners): ms and calls. */
  extScript: { n: number; ms: number };
  /** Functions V8 compiled on their first call inside the extension's JavaScript, and on the whole thread. */
  extCompiled: { n: number; ms: number };
  compiled: { n: number; ms: number };
  /** V8's interrupts handled inside the extension's JavaScript (V8.StackGuard: mostly code installs). */
  extInterrupts: { n: number; ms: number };
  /** Young-generation collections on the thread. */
  minorGC: { n: number; ms: number };
  /** Where the extension forced layouts: the innermost extension frame, ms. */
  forcedAt: Map<string, number>;
  /**
   * The extension's JavaScript by entry (the function the browser called: a listener, a timer's callback, an
   * observer's; file:line name, named with `--unminified`) and what called it (the task's event), and whether the
   * call set or cleared a timer: each call's thread time in µs, so the cost of one key listener call or one
   * idle-watch tick can be read apart from how often it runs.
   */
  entries: Map<string, number[]>;
}

type Frame = { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };

const isExt = (url: unknown) => typeof url === 'string' && url.startsWith('chrome-extension://');

/** Runs `run` with tracing on and sums the page's main-thread costs. */
export async function traced(session: CDPSession, host: string, run: () => Promise<number>): Promise<TraceCost> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const keys = await run();
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', collect);
  if (process.env.TYPING_TRACE_DUMP) writeFileSync(`${process.env.TYPING_TRACE_DUMP}-${host}-${Date.now()}.json`, JSON.stringify(events));
  return summarize(events, host, keys);
}

function mainThread(events: TraceEvent[], host: string): { pid: number; tid: number } | null {
  let pid: number | null = null;
  for (const e of events) {
    const frames = (e.args?.data as { frames?: { url?: string; processId?: number; parent?: string }[] } | undefined)?.frames;
    if (e.name !== 'TracingStartedInBrowser' || !frames) continue;
    const top = frames.find((f) => !f.parent && f.url?.includes(host));
    if (top?.processId) pid = top.processId;
  }
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain' && (pid === null || e.pid === pid)) {
      return { pid: e.pid, tid: e.tid };
    }
  }
  return null;
}

export function summarize(all: TraceEvent[], host: string, keys: number): TraceCost {
  const cost: TraceCost = {
    keys,
    task: 0,
    style: { n: 0, ms: 0 },
    layout: { n: 0, ms: 0 },
    forcedStyle: { n: 0, ms: 0 },
    forcedLayout: { n: 0, ms: 0 },
    extForced: { n: 0, ms: 0 },
    extScript: { n: 0, ms: 0 },
    extCompiled: { n: 0, ms: 0 },
    compiled: { n: 0, ms: 0 },
    extInterrupts: { n: 0, ms: 0 },
    minorGC: { n: 0, ms: 0 },
    forcedAt: new Map(),
    entries: new Map(),
  };
  const thread = mainThread(all, host);
  if (!thread) throw new Error(`no renderer main thread for ${host} in the trace`);
  const events = all.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const timerCalls = all
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && (e.name === 'TimerInstall' || e.name === 'TimerRemove'))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  let nextTimerCall = 0;
  const inExtension = (open: TraceEvent[]) =>
    open.some((o) => o.name === 'FunctionCall' && isExt(((o.args?.data ?? {}) as Record<string, unknown>).url));
  const add = (to: { n: number; ms: number }, e: TraceEvent) => {
    to.n++;
    to.ms += ((e.tdur ?? e.dur) ?? 0) / 1000;
  };
  // Nesting by time: the JavaScript event a layout happened inside, if any (a forced layout without a stack).
  const open: TraceEvent[] = [];
  for (const e of events) {
    while (open.length && open[open.length - 1]!.ts + (open[open.length - 1]!.dur ?? 0) <= e.ts) open.pop();
    const data = (e.args?.data ?? {}) as Record<string, unknown>;
    // Top-level: the events no other event of the thread encloses (the tasks), thread time only (a few events with
    // no thread time, such as the user-interaction spans, last as long as the interaction in wall time).
    if (!open.length && e.tdur !== undefined) cost.task += e.tdur / 1000;
    if (e.name === 'V8.CompileCode') {
      add(cost.compiled, e);
      if (inExtension(open)) add(cost.extCompiled, e);
    } else if (e.name === 'V8.StackGuard' && inExtension(open)) add(cost.extInterrupts, e);
    else if (e.name === 'MinorGC') add(cost.minorGC, e);
    if (e.name === 'UpdateLayoutTree' || e.name === 'Layout') {
      const isLayout = e.name === 'Layout';
      add(isLayout ? cost.layout : cost.style, e);
      const begin = (e.args?.beginData ?? e.args?.data ?? {}) as { stackTrace?: Frame[] };
      const stack = begin.stackTrace ?? [];
      if (stack.length) {
        add(isLayout ? cost.forcedLayout : cost.forcedStyle, e);
        const own = stack.find((f) => isExt(f.url));
        if (own) {
          add(cost.extForced, e);
          const at = `${(own.url ?? '').split('/').pop()}:${(own.lineNumber ?? 0) + 1} ${own.functionName || '(anonymous)'} (${e.name})`;
          cost.forcedAt.set(at, (cost.forcedAt.get(at) ?? 0) + ((e.tdur ?? e.dur) ?? 0) / 1000);
        }
      }
    } else if ((e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'EventDispatch') && isExt(data.url ?? data.scriptName)) {
      if (!inExtension(open)) {
        add(cost.extScript, e);
        if (e.name === 'FunctionCall') {
          while (nextTimerCall < timerCalls.length && timerCalls[nextTimerCall]! < e.ts) nextTimerCall++;
          const timers = nextTimerCall < timerCalls.length && timerCalls[nextTimerCall]! <= e.ts + (e.dur ?? 0);
          const at = `${String(data.url).split('/').pop()}:${Number(data.lineNumber ?? 0) + 1} ${(typeof data.functionName === 'string' && data.functionName) || '(anonymous)'} in ${open[0]?.name ?? e.name}${timers ? ', timer calls' : ''}`;
          const list = cost.entries.get(at) ?? [];
          list.push((e.tdur ?? e.dur ?? 0));
          cost.entries.set(at, list);
        }
      }
    }
    if (e.dur) open.push(e);
  }
  return cost;
}

const per = (x: { n: number; ms: number }, keys: number) => `${(x.n / keys).toFixed(2)}×/${((x.ms * 1000) / keys).toFixed(0)}µs`;

/** One line per page: each cost per key pressed (count × / µs). */
export function traceLine(label: string, c: TraceCost): string {
  const k = c.keys;
  return (
    `${label}: task ${((c.task * 1000) / k).toFixed(0)}µs/key; style ${per(c.style, k)}, layout ${per(c.layout, k)}; ` +
    `forced style ${per(c.forcedStyle, k)}, forced layout ${per(c.forcedLayout, k)}, forced from the extension ${per(c.extForced, k)}; ` +
    `extension JS entered ${per(c.extScript, k)} (${k} keys); in it: first-call compiles ${per(c.extCompiled, k)}, V8 interrupts ` +
    `${per(c.extInterrupts, k)}; the thread's compiles ${per(c.compiled, k)}, young collections ${per(c.minorGC, k)}`
  );
}

/** The extension's entries (`TraceCost.entries`), largest first: calls a key, µs a key, median µs a call. */
export function entriesLine(c: TraceCost, top = 6): string {
  const rows = [...c.entries].map(([at, us]) => {
    const sorted = [...us].sort((a, b) => a - b);
    return { at, n: us.length, total: us.reduce((a, b) => a + b, 0), median: sorted[sorted.length >> 1] ?? 0 };
  });
  rows.sort((a, b) => b.total - a.total);
  const k = c.keys;
  return rows.slice(0, top).map((r) => `${r.at}: ${(r.n / k).toFixed(2)}×/${(r.total / k).toFixed(0)}µs a key, ${r.median.toFixed(0)}µs a call (median)`).join('; ');
}
