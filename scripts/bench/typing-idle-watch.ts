// What one look of the idle watch (src/capture/editors/editor-watch.ts) costs the page, in thread time (free of the
// machine's load): in each editor fixture (5,000 lines, the real host, so the content script's world exists), a look
// is run N times right after a change in the lines (a rendered line replaced by a copy: what a key does, so no cached
// answer holds), and N times with no change between, each against the same loop without it; CDP TaskDuration (thread
// time) around each loop, from the extension's isolated world, as the capture runs. The looks timed: round 13's (the
// first item of a live `getElementsByClassName` list per watched part and mark), round 14's (one static
// `querySelectorAll` a part), round 15's (each live list's length, and its items when it holds some) and round 14's
// timer re-armed by each key's look; round 16's: each part's lists for the marks it can hold only (Monaco: one list a
// part) and the timer moved by a key only when due within half an interval (a clock read a key, the timer cleared
// and set at every other key, as at the bench's pace).
// A timer task's own dispatch is not in these figures (docs/completions.md, Rounds 13 to 16).
//   npx tsx scripts/bench/typing-idle-watch.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSites, startFixtures } from '../../test/sites/server';
import { buildExtension } from '../build';
import { cdp, launchBench, mainThreadTimes } from './browsers';
import { EDITORS, openEditor } from './typing-editors';

const N = 5_000;
/** `partMarks`: the marks each part can hold (the reader's `ghostMarksIn`, round 16). */
const PARTS: Record<string, { root: string; parts: string[]; marks: string[]; partMarks: string[][] }> = {
  vscode: {
    root: '#main-editor',
    parts: ['.lines-content > .view-lines', '.lines-content > .view-zones'],
    marks: ['ghost-text-decoration', 'ghost-text'],
    partMarks: [['ghost-text-decoration'], ['ghost-text']],
  },
  valtown: {
    root: '#code-editor',
    parts: ['.cm-content'],
    marks: ['cm-ghostText', 'cm-inline-suggestion', 'jp-GhostText'],
    partMarks: [['cm-ghostText', 'cm-inline-suggestion', 'jp-GhostText']],
  },
};

/**
 * The loop, as source for the isolated world. `change`: what a key does to the lines (a rendered line replaced by a
 * copy, as Monaco and CodeMirror re-render a line), so any cached answer is stale; `look`: the watch's look, one of
 * LOOKS ('none' runs the same changes alone).
 */
const LOOP = String.raw`(spec, n, change, look) => {
  const root = document.querySelector(spec.root);
  const parts = spec.parts.map((s) => root.querySelector(s)).filter(Boolean);
  const lists = look === 'live lengths, a part\'s marks'
    ? parts.flatMap((p, i) => spec.partMarks[i].map((m) => p.getElementsByClassName(m)))
    : look.startsWith('live') ? parts.flatMap((p) => spec.marks.map((m) => p.getElementsByClassName(m))) : [];
  const selector = spec.marks.map((m) => '.' + CSS.escape(m)).join(', ');
  const host = parts[0];
  let found = 0;
  let timer;
  for (let i = 0; i < n; i++) {
    if (change) { const line = host.lastElementChild; line.replaceWith(line.cloneNode(true)); }
    if (look === 'live lists') { for (const l of lists) if (l[0]) found++; }
    else if (look.startsWith('live lengths')) { for (const l of lists) { const k = l.length; for (let j = 0; j < k; j++) if (l[j]) found++; } }
    else if (look === 'static query') { for (const p of parts) found += p.querySelectorAll(selector).length; }
    else if (look === 'timer re-armed') { clearTimeout(timer); timer = setTimeout(() => undefined, 100000); }
    else if (look === 'timer moved when due') { if (Date.now() >= 0 && i % 2 === 0) { clearTimeout(timer); timer = setTimeout(() => undefined, 100000); } }
  }
  clearTimeout(timer);
  for (const l of lists) void l;
  return found;
}`;
/** The looks timed: round 13's live lists, round 14's static query per part, round 15's live lengths, round 16's
 * lengths of each part's own marks, round 14's timer re-armed per key and round 16's moved at every other key. */
const LOOKS = ['live lists', 'static query', 'live lengths', "live lengths, a part's marks", 'timer re-armed', 'timer moved when due'];

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
    const time = async (change: boolean, look: string) => {
      const before = await mainThreadTimes(session);
      const expression = `(${LOOP})(${JSON.stringify(PARTS[editor.site])}, ${N}, ${change}, ${JSON.stringify(look)})`;
      const r = await session.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return (await mainThreadTimes(session)).task - before.task;
    };
    const rounds = 5;
    const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
    const rendered = await page.evaluate((sel) => document.querySelectorAll(sel).length, editor.rendered);
    const elements = await page.evaluate((spec) => {
      const root = document.querySelector(spec.root)!;
      return spec.parts.reduce((n, s) => n + (root.querySelector(s)?.querySelectorAll('*').length ?? 0), 0);
    }, PARTS[editor.site]!);
    const lines: string[] = [];
    for (const look of LOOKS) {
      const us = { changed: [] as number[], unchanged: [] as number[] };
      for (let i = 0; i < rounds; i++) {
        us.changed.push((((await time(true, look)) - (await time(true, 'none'))) * 1e6) / N);
        us.unchanged.push((((await time(false, look)) - (await time(false, 'none'))) * 1e6) / N);
      }
      const all = (v: number[]) => v.map((x) => x.toFixed(2)).join(', ');
      lines.push(`${look}: after a change ${med(us.changed).toFixed(2)} µs (${all(us.changed)}), no change ${med(us.unchanged).toFixed(2)} µs (${all(us.unchanged)})`);
    }
    console.log(`${editor.name} (${rendered} rendered lines, ${elements} elements in the watched parts):\n  ${lines.join('\n  ')}`);
    await page.close();
  }
  await browser.close();
} finally {
  await fixtures.close();
  rmSync(dist, { recursive: true, force: true });
}
process.exit(0);
