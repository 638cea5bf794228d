// What the extension costs the chat page: main-thread time with vs without it while a long answer streams, the
// content script's own CPU time in a long vs a short conversation (V8 profiler samples whose stack passes through
// the content script), and the delay from "answer finished" to "event stored".
import type { CDPSession, Page } from 'playwright-core';
import { sendPrompt } from '../../test/e2e/harness';
import type { ChatgptBackend } from '../../test/sites/chatgpt/backend';
import { type BenchBrowser, cdp, mainThreadTimes, median, percentile } from './browsers';

export const LONG_PROMPT = 'Please write a long answer about streaming';

/** Resolves with Date.now() when the page's stop button goes away: the fixture's "answer finished" mark. */
function streamEnd(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const stop = document.getElementById('stop-button')!;
        let seen = stop.hasAttribute('data-testid');
        new MutationObserver((_, mo) => {
          if (stop.hasAttribute('data-testid')) seen = true;
          else if (seen) {
            mo.disconnect();
            ok(Date.now());
          }
        }).observe(stop, { attributes: true, attributeFilter: ['data-testid'] });
      }),
  );
}

export async function openChat(browser: BenchBrowser, path = '/'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`https://chatgpt.com${path}`);
  await page.waitForSelector('[data-testid^="conversation-turn-"], #prompt-textarea');
  // Let history capture (page-world read, the engine's history grace) finish before measuring.
  await page.waitForTimeout(2500);
  return page;
}

export async function streamOnce(page: Page, prompt: string): Promise<void> {
  const end = streamEnd(page);
  await sendPrompt(page, prompt);
  await end;
}

export type Profile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/**
 * Microseconds of profiler samples: running any JavaScript (GC included), and running with an extension script on
 * the stack (the DOM work it drives included).
 */
function profileTimes(profile: Profile): { jsUs: number; extensionUs: number; busyUs: number } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owned = new Map<number, boolean>();
  const isOwned = (id: number): boolean => {
    const known = owned.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id);
    const value = byId.get(id)!.callFrame.url.startsWith('chrome-extension://') || (p !== undefined && isOwned(p));
    owned.set(id, value);
    return value;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let jsUs = 0;
  let extensionUs = 0;
  let busyUs = 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    const name = byId.get(samples[i]!)!.callFrame.functionName;
    if (name !== '(idle)' && name !== '(root)') busyUs += dt;
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
    jsUs += dt;
    if (isOwned(samples[i]!)) extensionUs += dt;
  }
  return { jsUs, extensionUs, busyUs };
}

async function profiled<T>(
  session: CDPSession,
  run: () => Promise<T>,
  intervalUs = 200,
): Promise<{ result: T; jsUs: number; extensionUs: number; busyUs: number }> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
  const result = await run();
  const { profile } = await session.send('Profiler.stop');
  return { result, ...profileTimes(profile) };
}

interface PageCost {
  /** CDP Performance metrics deltas (seconds). */
  task: number;
  script: number;
  /** V8 profiler: all JavaScript, and JavaScript with the content script on the stack (seconds). */
  js: number;
  extension: number;
  /** V8 profiler: every sample but idle (JavaScript, and the browser's own work it does not attribute: "(program)"). */
  busy: number;
}

export interface OverheadResult {
  rounds: { withExt: PageCost; without: PageCost }[];
  taskRatio: number;
  cdpScriptRatio: number;
  jsRatio: number;
  /**
   * The content script's own time over the page's own main-thread time, both from the same V8 profile (samples
   * with the content script on the stack vs every other non-idle sample): one clock, one run.
   */
  extensionShare: number;
  /**
   * The content script's profiler time over the page's CDP task time without the extension: the figure bench used
   * before. Mixed clocks: profiler samples are wall-clock intervals, which stretch when the thread waits for a CPU on
   * a loaded machine, while TaskDuration is thread CPU time, so it reads high under load (see the rounds' busy time).
   */
  extensionShareOfTask: number;
}

/** Alternates the two browsers round by round; each figure is the median of per-round ratios. */
export async function pageOverhead(withExt: BenchBrowser, without: BenchBrowser, rounds: number): Promise<OverheadResult> {
  const out: OverheadResult['rounds'] = [];
  const measure = async (browser: BenchBrowser): Promise<PageCost> => {
    const page = await openChat(browser);
    const session = await cdp(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await mainThreadTimes(session);
    const { jsUs, extensionUs, busyUs } = await profiled(session, () => streamOnce(page, LONG_PROMPT));
    const after = await mainThreadTimes(session);
    await page.close();
    const [task, script] = [after.task - before.task, after.script - before.script];
    return { task, script, js: jsUs / 1e6, extension: extensionUs / 1e6, busy: busyUs / 1e6 };
  };
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0 ? withExt : without;
    const a = await measure(first);
    const b = await measure(first === withExt ? without : withExt);
    out.push(first === withExt ? { withExt: a, without: b } : { withExt: b, without: a });
  }
  return {
    rounds: out,
    taskRatio: median(out.map((r) => r.withExt.task / r.without.task)),
    cdpScriptRatio: median(out.map((r) => r.withExt.script / r.without.script)),
    jsRatio: median(out.map((r) => r.withExt.js / r.without.js)),
    extensionShare: median(out.map((r) => r.withExt.extension / (r.withExt.busy - r.withExt.extension))),
    extensionShareOfTask: median(out.map((r) => r.withExt.extension / r.without.task)),
  };
}

export function seedTurns(n: number) {
  const answer = (i: number) =>
    `Answer ${i}. ` +
    'Here is a paragraph of a previous answer in this long conversation, with enough text to look real. '.repeat(4) +
    '\n\nSecond paragraph.';
  return Array.from({ length: n }, (_, i) => ({ prompt: `Earlier question number ${i} in this conversation`, answers: [answer(i)] }));
}

export interface GrowthResult {
  rounds: { short: number; long: number }[];
  /** Content-script milliseconds per streamed chunk (medians). */
  shortPerChunkUs: number;
  longPerChunkUs: number;
  ratio: number;
}

export async function growthWithLength(
  browser: BenchBrowser,
  backend: ChatgptBackend,
  chunks: number,
  rounds: number,
  turns = [10, 500] as const,
): Promise<GrowthResult> {
  const measure = async (n: number) => {
    const id = backend.seed(seedTurns(n));
    const page = await openChat(browser, `/c/${id}`);
    const { extensionUs } = await profiled(await cdp(page), () => streamOnce(page, LONG_PROMPT), 100);
    await page.close();
    return extensionUs;
  };
  const out: GrowthResult['rounds'] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      const short = await measure(turns[0]);
      out.push({ short, long: await measure(turns[1]) });
    } else {
      const long = await measure(turns[1]);
      out.push({ long, short: await measure(turns[0]) });
    }
  }
  const shortUs = median(out.map((r) => r.short));
  const longUs = median(out.map((r) => r.long));
  return { rounds: out, shortPerChunkUs: shortUs / chunks, longPerChunkUs: longUs / chunks, ratio: longUs / shortUs };
}

export interface LatencyResult {
  samples: number[];
  p50: number;
  p95: number;
}

/** Answer finished (the fixture's stop button goes) -> response counted in the store, polled every 2 ms. */
export async function captureLatency(browser: BenchBrowser, answers: number): Promise<LatencyResult> {
  const page = await openChat(browser);
  const probe = await browser.context.newPage();
  // The popup opens the store (creating its schema) before the first answer is polled for.
  await probe.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
  await probe.getByTestId('count-answers').waitFor();
  const answersStored = () =>
    probe.evaluate(
      () =>
        new Promise<number>((ok, fail) => {
          const req = indexedDB.open('echo-capture');
          req.onerror = () => fail(req.error ?? new Error('indexedDB.open failed'));
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('meta')) return (db.close(), ok(0));
            const get = db.transaction('meta').objectStore('meta').get('counts');
            get.onsuccess = () => (db.close(), ok((get.result as { value?: { answers?: number } } | undefined)?.value?.answers ?? 0));
            get.onerror = () => (db.close(), fail(get.error ?? new Error('reading counts failed')));
          };
        }),
    );
  const nextStored = (after: number) =>
    probe.evaluate(
      (after) =>
        new Promise<number>((ok) => {
          const req = indexedDB.open('echo-capture');
          req.onsuccess = () => {
            const db = req.result;
            db.onversionchange = () => db.close();
            // (No named inner functions: tsx would wrap them in a helper the page does not have.)
            const timer = setInterval(() => {
              const get = db.transaction('meta').objectStore('meta').get('counts');
              get.onsuccess = () => {
                if (((get.result as { value?: { answers?: number } } | undefined)?.value?.answers ?? 0) > after) {
                  clearInterval(timer);
                  db.close();
                  ok(Date.now());
                }
              };
            }, 2);
          };
        }),
      after,
    );
  const samples: number[] = [];
  for (let i = 0; i < answers; i++) {
    const before = await answersStored();
    const stored = nextStored(before);
    const end = streamEnd(page);
    await sendPrompt(page, `Question ${i + 1}: what is a good name for a variable?`);
    samples.push((await stored) - (await end));
    await page.waitForTimeout(400);
  }
  await page.close();
  await probe.close();
  return { samples, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}
