// What the export's JavaScript heaps hold, to tell a retainer (live bytes growing with the answers) from garbage a
// collection has not reached yet (the heap's peak growing, the live set not): builds the extension, seeds `--answers`
// answers, clicks Export in the popup and polls the used heap of the popup and of each dedicated worker it starts (the
// export worker, the compression worker; CDP, without collecting), printing each one's peak; at each fraction of the
// conversations in `--at` it forces a full collection in each and prints the live heap.
// `npx tsx scripts/bench/export-heap.ts --answers 20000 --at 0.5,0.9` (`--dist` takes a built extension).
import { parseArgs } from 'node:util';
import { cdp } from './browsers';
import { withExportBench } from './export-browser';
import { ANSWERS_PER_CONVERSATION, exportReached, popupReadyToExport, seedFresh } from './scale';
import { usedHeap, workerSessions } from './worker-sessions';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '4000' },
    at: { type: 'string', default: '0.5,0.9' },
    dist: { type: 'string' },
  },
});

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
await withExportBench(values.dist, async (browser) => {
  const answers = Number(values.answers);
  await seedFresh(browser, answers);
  const popup = await popupReadyToExport(browser);
  const session = await cdp(popup);
  const sessions = await workerSessions(session);
  const used = (thread: string, collect: boolean) => usedHeap(sessions, thread, collect);
  await session.send('HeapProfiler.collectGarbage');
  console.log(`${answers} answers; popup live heap before the export ${mb(await used('page', true))}`);
  const peak = new Map<string, number>();
  let polling = true;
  const poll = (async () => {
    while (polling) {
      for (const thread of sessions.threads()) peak.set(thread, Math.max(peak.get(thread) ?? 0, await used(thread, false)));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const downloaded = popup.waitForEvent('download', { timeout: 600_000 });
  await popup.getByTestId('export').click();
  const total = answers / ANSWERS_PER_CONVERSATION;
  for (const at of values.at.split(',').map(Number)) {
    await exportReached(popup, at * total);
    const live = await Promise.all(sessions.threads().map(async (t) => `${t} ${mb(await used(t, true))}`));
    console.log(`  at ${Math.round(at * 100)} % of the conversations, live heap (JS + Blink) after a full collection: ${live.join(', ')}`);
  }
  await (await downloaded).path();
  polling = false;
  await poll;
  console.log(`  peak used heap (JS + Blink) during the export: ${[...peak].map(([t, b]) => `${t} ${mb(b)}`).join(', ')}`);
});
