// Where an export's memory goes in Chromium: builds the extension, seeds `--answers` answers, exports from the
// popup while sampling the resident memory of every browser process from /proc (by process type), and prints each
// process type's peak above its level before the export. `--js-flags` passes V8 flags (e.g. --trace-gc, shown
// with DEBUG=pw:browser). `npx tsx scripts/bench/export-memory.ts --answers 4000`.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { browserTree, cdp } from './browsers';
import { withExportBench } from './export-browser';
import { popupReadyToExport, seedFresh } from './scale';
import { usedHeap, workerSessions } from './worker-sessions';

const { values } = parseArgs({ options: { answers: { type: 'string', default: '4000' }, dist: { type: 'string' } } });

function rss(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}
function kind(pid: number): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmd.includes('--extension-process')) return 'extension';
    return /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
  } catch {
    return 'gone';
  }
}

await withExportBench(values.dist, async (browser) => {
  const answers = Number(values.answers);
  await seedFresh(browser, answers);
  const popup = await popupReadyToExport(browser);
  await popup.waitForTimeout(500);
  const pids = browserTree(browser.userDataDir).all;
  const read = () => {
    const by: Record<string, number> = {};
    for (const pid of pids) by[`${kind(pid)}:${pid}`] = rss(pid);
    return by;
  };
  const start = read();
  const peak = { ...start };
  const timer = setInterval(() => {
    for (const [k, v] of Object.entries(read())) peak[k] = Math.max(peak[k] ?? 0, v);
  }, 20);
  // The popup's own JavaScript heap, asked between its tasks (CDP answers only when the page yields).
  const session = await cdp(popup);
  const before = await session.send('Runtime.getHeapUsage');
  await session.send('HeapProfiler.collectGarbage');
  const collected = await session.send('Runtime.getHeapUsage');
  console.log(`  popup JS heap before the export ${(before.usedSize / 1e6).toFixed(0)} MB, after a full GC ${(collected.usedSize / 1e6).toFixed(0)} MB`);
  let heapPeak = 0;
  let heapStart = 0;
  let polling = true;
  // The export runs on workers the popup starts: their heaps are added as they appear.
  const sessions = await workerSessions(session);
  const heapPoll = (async () => {
    while (polling) {
      let used = 0;
      for (const thread of sessions.threads()) used += await usedHeap(sessions, thread);
      if (!heapStart) heapStart = used;
      heapPeak = Math.max(heapPeak, used);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 600_000 }), popup.getByTestId('export').click()]);
  const path = await download.path();
  clearInterval(timer);
  polling = false;
  await heapPoll;
  console.log(`  popup and its workers' JS heap (V8 + embedder): start ${(heapStart / 1e6).toFixed(0)} MB, peak extra ${((heapPeak - heapStart) / 1e6).toFixed(0)} MB`);
  console.log(`${answers} answers: export ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(statSync(path).size / 1e6).toFixed(1)} MB zip`);
  for (const k of Object.keys(start)) {
    console.log(`  ${k.padEnd(24)} start ${(start[k]! / 1e6).toFixed(0).padStart(5)} MB, peak extra ${((peak[k]! - start[k]!) / 1e6).toFixed(0).padStart(5)} MB`);
  }
});
