// Where the popup's (or the review page's) open time goes, at a given store size: CDP CPU profile (self time by
// script and function), navigation and resource timing, and the page's own marks (popup: status round trip,
// summary, completions; review: counts, first rows), for each of several opens.
//   npx tsx scripts/profile-popup.ts [--page popup|review] [--answers 20000] [--opens 5] [--completions 0] [--cold]
//     [--readable] [--keep /tmp/dir]
// Seeds a fresh profile as capture and the background leave it (test/e2e/seed.ts), then opens the page. With
// --keep, the extension and the seeded browser profile stay in that folder and the next run with the same folder
// and size skips the seeding (seeding 100,000 answers takes minutes). Pages load the new build; the service worker
// may not (Chromium kept running the seeding build's worker script in a reused profile): measure a change to the
// background without --keep.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { configFor } from '../vite.config';
import { buildExtension } from './build';

const { values } = parseArgs({
  options: { answers: { type: 'string', default: '20000' }, opens: { type: 'string', default: '5' }, completions: { type: 'string', default: '0' },
    // Pages built unminified, so the profile names functions (what ships is minified).
    readable: { type: 'boolean', default: false },
    // Stop the service worker before each open, as Chromium does after 30 s idle: the popup then waits for its start.
    cold: { type: 'boolean', default: false },
    page: { type: 'string', default: 'popup' },
    keep: { type: 'string' },
  },
});
const reviewPage = values.page === 'review';
const answers = Number(values.answers);
const opens = Number(values.opens);

const keep = values.keep;
if (keep) mkdirSync(keep, { recursive: true });
const dist = keep ? join(keep, 'dist') : mkdtempSync(join(tmpdir(), 'echo-profile-popup-'));
const userDataDir = keep ? join(keep, 'profile') : undefined;
const seededFile = keep ? join(keep, 'seeded.json') : '';
const seededBefore = keep && existsSync(seededFile) ? (JSON.parse(readFileSync(seededFile, 'utf8')) as { answers: number; completions: number }) : null;
await buildExtension(dist);
if (values.readable) {
  const pages = configFor({ kind: 'pages' }, dist);
  await build({ ...pages, configFile: false, logLevel: 'warn', build: { ...pages.build, minify: false } });
}
process.env.ECHO_DIST = dist;
const { launch, stopServiceWorker } = await import('../test/e2e/harness');
const { manyConversations, openReview, seedEvents } = await import('../test/e2e/seed');
const { syntheticCompletionDocument } = await import('../test/support/completion-events');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per `file:function`, top entries, from a CDP CPU profile. */
function selfTimes(profile: CpuProfile, top = 12): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!)!;
    const file = node.callFrame.url.split('/').pop() || '(native)';
    const key = `${file}:${node.callFrame.functionName || '(anon)'}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const docs = Number(values.completions);
const reuse = seededBefore?.answers === answers && seededBefore.completions === docs;
if (keep && !reuse) rmSync(userDataDir!, { recursive: true, force: true });
const l = await launch({ sites: ['chatgpt'], ...(userDataDir ? { userDataDir } : {}) });
try {
  let seededAnswers = answers;
  if (!reuse) {
    const seeder = await openReview(l);
    const completionEvents = Array.from({ length: docs }, (_, i) => syntheticCompletionDocument(`p${i}`, i)).flat();
    const counts = await seedEvents(seeder, [...manyConversations(Math.ceil(answers / 2)), ...completionEvents]);
    await seeder.close();
    seededAnswers = counts.answers;
    if (keep) writeFileSync(seededFile, JSON.stringify({ answers, completions: docs, seededAnswers }));
    console.log(`seeded ${counts.answers} answers, ${counts.byKind.completion_shown ?? 0} completions shown`);
  } else {
    seededAnswers = (seededBefore as unknown as { seededAnswers: number }).seededAnswers;
    console.log(`reusing the profile seeded with ${seededAnswers} answers in ${keep}`);
  }
  for (let i = 0; i < opens; i++) {
    if (values.cold) await stopServiceWorker(l);
    const page = await l.context.newPage();
    const cdp = await l.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`chrome-extension://${l.extensionId}/${reviewPage ? 'review' : 'popup'}/index.html`, { waitUntil: 'commit' });
    const shownAt = reviewPage
      ? await page.waitForFunction(() => (document.querySelector('[data-testid="conversation-row"]') ? performance.now() : false), null, { polling: 'raf', timeout: 120_000 })
      : await page.waitForFunction(
          (want) => (document.querySelector('[data-testid="count-answers"]')?.textContent === String(want) ? performance.now() : false),
          seededAnswers,
          { polling: 'raf', timeout: 60_000 },
        );
    const countsMs = (await shownAt.jsonValue()) as number;
    if (!reviewPage) {
      await page.waitForFunction(() => ['popup:acceptance', 'popup:summary'].some((m) => performance.getEntriesByName(m).length > 0), null, { timeout: 60_000 });
    }
    await page.waitForTimeout(docs ? 3000 : 300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}`);
      const marks = performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`);
      const paints = performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`);
      return { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd, res, marks, paints };
    });
    const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
    const idle = selfTimes(profile, 1000).filter(([k]) => k.endsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
    console.log(`\nopen ${i + 1}: ${reviewPage ? 'first rows' : 'counts'} shown at ${countsMs.toFixed(0)} ms`);
    console.log(`  nav: response end ${timing.responseEnd.toFixed(0)}, dom interactive ${timing.domInteractive.toFixed(0)}, DCL end ${timing.dcl.toFixed(0)}`);
    console.log(`  resources: ${timing.res.join('; ')}`);
    console.log(`  marks: ${timing.marks.join('; ')}`);
    console.log(`  paints: ${timing.paints.join('; ')}`);
    console.log(`  CPU profile: ${total.toFixed(0)} ms profiled, ${(total - idle).toFixed(0)} ms busy; top self time:`);
    for (const [k, v] of selfTimes(profile).filter(([k]) => !k.endsWith('(idle)'))) console.log(`    ${v.toFixed(1).padStart(7)} ms  ${k}`);
    await page.close();
  }
} finally {
  await l.close();
  if (!keep) rmSync(dist, { recursive: true, force: true });
}
