// What one tick of the idle watch (src/capture/editors/editor-watch.ts) costs the page, in thread time (free of the
// machine's load): in each editor fixture (5,000 lines, the real host, so the content script's world exists), the
// watch's reads (the first item of a live `getElementsByClassName` list per watched part and ghost mark) are run N times
// right after a change in the lines (what a key does: the lists must walk again), and N times with no change between,
// each against the same loop without the reads; CDP TaskDuration (thread time) around each loop. Run from the
// extension's isolated world, as the capture does. The timer's own dispatch is not in these figures: an idle page's
// task time moved by ±10 ms a second between 5 s spans (round 13), more than ten 100 ms ticks could add.
//   npx tsx scripts/bench/typing-idle-watch.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSites, startFixtures } from '../../test/sites/server';
import { buildExtension } from '../build';
import { cdp, launchBench, mainThreadTimes } from './browsers';
import { EDITORS, openEditor } from './typing-editors';

const N = 20_000;
const PARTS: Record<string, { root: string; parts: string[]; marks: string[] }> = {
  vscode: { root: '#main-editor', parts: ['.lines-content > .view-lines', '.lines-content > .view-zones'], marks: ['ghost-text-decoration', 'ghost-text'] },
  valtown: { root: '#code-editor', parts: ['.cm-content'], marks: ['cm-ghostText', 'cm-inline-suggestion', 'jp-GhostText'] },
};

/** The loop, as source for the isolated world: `reads` false runs the same changes without the watch's reads. */
const LOOP = String.raw`(spec, n, change, reads) => {
  const root = document.querySelector(spec.root);
  const parts = spec.parts.map((s) => root.querySelector(s)).filter(Boolean);
  const lists = parts.flatMap((p) => spec.marks.map((m) => p.getElementsByClassName(m)));
  const line = parts[0].lastElementChild;
  const probe = document.createElement('span');
  let found = 0;
  for (let i = 0; i < n; i++) {
    if (change) { line.append(probe); probe.remove(); }
    if (reads) for (const l of lists) if (l[0]) found++;
  }
  return found;
}`;

const dist = mkdtempSync(join(tmpdir(), 'echo-bench-idle-dist-'));
await buildExtension(dist);
const sites = await loadSites(['vscode', 'valtown']);
const fixtures = await startFixtures(sites);
try {
  const browser = await launchBench(fixtures, dist);
  for (const editor of EDITORS) {
    const page = await browser.context.newPage();
    await openEditor(page, editor, 5000);
    const session = await cdp(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean } }[] = [];
    session.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => void contexts.push(e.context));
    await session.send('Runtime.enable');
    const world = contexts.find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.isDefault === false);
    if (!world) throw new Error('no content-script world');
    const time = async (change: boolean, reads: boolean) => {
      const before = await mainThreadTimes(session);
      const expression = `(${LOOP})(${JSON.stringify(PARTS[editor.site])}, ${N}, ${change}, ${reads})`;
      const r = await session.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return (await mainThreadTimes(session)).task - before.task;
    };
    const rounds = 5;
    const us = { changed: [] as number[], unchanged: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      us.changed.push((((await time(true, true)) - (await time(true, false))) * 1e6) / N);
      us.unchanged.push((((await time(false, true)) - (await time(false, false))) * 1e6) / N);
    }
    const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
    const rendered = await page.evaluate((sel) => document.querySelectorAll(sel).length, editor.rendered);
    console.log(
      `${editor.name}: the watch's reads after a change ${med(us.changed).toFixed(2)} µs (rounds ${us.changed.map((v) => v.toFixed(2)).join(', ')}),` +
        ` with no change ${med(us.unchanged).toFixed(2)} µs (${us.unchanged.map((v) => v.toFixed(2)).join(', ')}); ${rendered} rendered lines`,
    );
    await page.close();
  }
  await browser.close();
} finally {
  await fixtures.close();
  rmSync(dist, { recursive: true, force: true });
}
process.exit(0);
