// Two builds of the extension against each other, paired, on a shared machine: the judged figure (capture's typing
// cost, side by side: typing-side-by-side.ts) cannot tell 2 % under load, let alone two builds run one after the
// other, since the load moves between runs. Here both builds run at once: each in its own browser, a page with
// capture and a page without (the control host) in each, all four typed into in step (typing-editors.ts `inStep`), so
// one moment of load falls on all four. Per round: task time (CDP TaskDuration, thread time) of B's page with capture
// over A's, and each build's with / without; over rounds the geometric mean with its 95 % interval (paired.ts), and
// each build's extra task time a key.
//   npx tsx scripts/bench/typing-ab.ts --a <dist> --b <dist> [--only valtown --rounds 8 --repeats 3 --lines 5000]
// (a dist is a built extension: `npx tsx scripts/build.ts` writes one; build the other from the other source.)
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { loadSites, startFixtures } from '../../test/sites/server';
import { type BenchBrowser, cdp, launchBench } from './browsers';
import { formatEstimate, meanInterval, pairedEstimate } from './paired';
import { CONTROL_HOSTS, EDITORS, inStep, openEditor, typeScript } from './typing-editors';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    only: { type: 'string' },
    rounds: { type: 'string', default: '8' },
    repeats: { type: 'string', default: '3' },
    lines: { type: 'string', default: '5000' },
  },
});
if (!values.a || !values.b) throw new Error('--a and --b: two built extensions (dist folders)');
const rounds = Number(values.rounds);
const repeats = Number(values.repeats);
const lines = Number(values.lines);
const editors = EDITORS.filter((e) => !values.only || e.site === values.only);

type Slot = { build: 'a' | 'b'; capture: boolean };
const SLOTS: Slot[] = [
  { build: 'a', capture: true },
  { build: 'b', capture: true },
  { build: 'a', capture: false },
  { build: 'b', capture: false },
];
const task = async (s: CDPSession) =>
  (await s.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;

const sites = await loadSites(editors.map((e) => e.site));
for (const site of sites) site.hosts = [...site.hosts, CONTROL_HOSTS[site.id]!];
const fixtures = await startFixtures(sites);
const browsers: Record<'a' | 'b', BenchBrowser> = {
  a: await launchBench(fixtures, values.a),
  b: await launchBench(fixtures, values.b),
};
try {
  for (const editor of editors) {
    const perRound: Record<string, number>[] = [];
    for (let r = 0; r < rounds; r++) {
      const opened: { slot: Slot; page: Page; session: CDPSession }[] = [];
      for (let i = 0; i < SLOTS.length; i++) {
        const slot = SLOTS[(r + i) % SLOTS.length]!;
        const page = await browsers[slot.build].context.newPage();
        await openEditor(page, editor, lines, slot.capture ? undefined : CONTROL_HOSTS[editor.site]);
        const session = await cdp(page);
        await session.send('Performance.enable', { timeDomain: 'threadTicks' });
        opened.push({ slot, page, session });
      }
      // A blank page in front in each browser, as typing-side-by-side.ts does: all four pages draw alike behind it.
      const fronts = await Promise.all([browsers.a.context.newPage(), browsers.b.context.newPage()]);
      await new Promise((res) => setTimeout(res, 2000));
      for (const o of opened) await editor.placeCaret(o.page);
      const before = await Promise.all(opened.map((o) => task(o.session)));
      const keys = await typeScript(inStep(opened.map((o) => o.page), editor.ghost), editor.ghost, repeats);
      const after = await Promise.all(opened.map((o) => task(o.session)));
      const round: Record<string, number> = { keys };
      opened.forEach((o, i) => (round[`${o.slot.build}${o.slot.capture ? '+' : '-'}`] = after[i]! - before[i]!));
      perRound.push(round);
      for (const o of opened) await o.page.close();
      for (const f of fronts) await f.close();
      const ms = (k: string) => (round[k]! * 1000).toFixed(0);
      console.log(`  round ${r + 1}: A with ${ms('a+')} / without ${ms('a-')} ms, B with ${ms('b+')} / without ${ms('b-')} ms, ${keys} keys`);
    }
    const ratio = (f: (r: Record<string, number>) => number) => formatEstimate(pairedEstimate(perRound.map(f)));
    const extra = (b: string) => meanInterval(perRound.map((r) => ((r[`${b}+`]! - r[`${b}-`]!) * 1e6) / r.keys!));
    const us = (i: ReturnType<typeof extra>) => `${i.mean.toFixed(0)} µs (${i.low.toFixed(0)}-${i.high.toFixed(0)})`;
    console.log(`${editor.name}, ${rounds} rounds of ${lines} lines, four pages typed in step:`);
    console.log(`  B with / A with (task time): ${ratio((r) => r['b+']! / r['a+']!)}`);
    console.log(`  A with / without: ${ratio((r) => r['a+']! / r['a-']!)}; B with / without: ${ratio((r) => r['b+']! / r['b-']!)}`);
    console.log(`  A without / B without (A/A): ${ratio((r) => r['a-']! / r['b-']!)}`);
    console.log(`  extra task time a key: A ${us(extra('a'))}, B ${us(extra('b'))}`);
  }
} finally {
  await browsers.a.close();
  await browsers.b.close();
  await fixtures.close();
}
process.exit(0);
