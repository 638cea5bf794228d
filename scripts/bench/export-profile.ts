// A CPU profile of the popup's export in Chromium: builds the extension, seeds `--answers` answers (the scale
// bench's conversations), clicks Export with the V8 sampling profiler running in the popup (CDP), and writes the
// profile for DevTools or a summary: `npx tsx scripts/bench/export-profile.ts --answers 4000 --out /tmp/export.cpuprofile`.
// Also prints the CPU time each thread of the extension's renderer spent during the export, from Linux's per-thread
// accounting: the exporting (main) thread's time is its critical path, and unlike wall time or the profiler's sample
// count it hardly moves with the machine's load, so two builds compare by it (`--dist` takes a built extension).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { emptyCounts } from '../../src/core/counts';
import { browserTree, cdp } from './browsers';
import { withExportBench } from './export-browser';
import { ANSWERS_PER_CONVERSATION, seedStore } from './scale';
import { spentBetween, threadCpu } from './thread-cpu';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '4000' },
    out: { type: 'string', default: join(tmpdir(), 'echo-export.cpuprofile') },
    off: { type: 'boolean', default: false },
    /** Tick the popup's choice of the trainer renderings (OpenAI, ShareGPT, LLaMA-Factory): every format, as before round 9. */
    renderings: { type: 'boolean', default: false },
    /** An extension already built (e.g. of another commit, for an A/B by thread CPU time); built from here if absent. */
    dist: { type: 'string' },
  },
});

await withExportBench(values.dist, async (browser) => {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
  await popup.getByTestId('count-answers').waitFor();
  const answers = Number(values.answers);
  await seedStore(popup, 0, answers / ANSWERS_PER_CONVERSATION, 0, emptyCounts(), {});
  await popup.reload();
  await popup.getByTestId('export').waitFor();
  if (values.off) await popup.getByTestId('export-redaction').locator('input').uncheck();
  if (values.renderings) await popup.getByTestId('export-renderings').check();
  await popup.waitForTimeout(1000);
  const session = await cdp(popup);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  const tree = browserTree(browser.userDataDir);
  const extensionPid = tree.extension[0] ?? 0;
  const browserPid = tree.all[0] ?? 0;
  const cpu0 = threadCpu(extensionPid);
  const browserCpu0 = threadCpu(browserPid);
  const t0 = performance.now();
  const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 600_000 }), popup.getByTestId('export').click()]);
  await download.path();
  const seconds = (performance.now() - t0) / 1000;
  const cpu1 = threadCpu(extensionPid);
  const browserCpu1 = threadCpu(browserPid);
  const { profile } = await session.send('Profiler.stop');
  writeFileSync(values.out, JSON.stringify(profile));
  const busy = (profile.samples ?? []).reduce((ms, id, i) => {
    const name = profile.nodes.find((n) => n.id === id)?.callFrame.functionName;
    return name === '(idle)' || name === '(program)' ? ms : ms + (profile.timeDeltas?.[i] ?? 0) / 1000;
  }, 0);
  console.log(`${answers} answers: export ${seconds.toFixed(1)} s, popup busy ${busy.toFixed(0)} ms (CPU profile); profile in ${values.out}`);
  const show = (spent: [string, number][]) => spent.map(([n, s]) => `${n} ${s.toFixed(2)} s`).join(', ');
  console.log(`  extension renderer CPU by thread: ${show(spentBetween(cpu0, cpu1))}`);
  console.log(`  browser process CPU by thread: ${show(spentBetween(browserCpu0, browserCpu1))}`);
});
