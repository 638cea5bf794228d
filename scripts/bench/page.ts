// What the extension costs the chat page: main-thread time with vs without it while a long answer streams, the
// content script's own CPU time in a long vs a short conversation (V8 profiler samples whose stack passes through
// the content script), and the delay from "answer finished" to "event stored".
import type { CDPSession, Page } from 'playwright-core';
import { sendPrompt } from '../../test/e2e/harness';
import type { ChatgptBackend } from '../../test/sites/chatgpt/backend';
import { type BenchBrowser, cdp, mainThreadTimes, median, percentile } from './browsers';
import { type ProfileTimes, profileTimes } from './profile-times';

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

export async function openChat(browser: BenchBrowser, path = '/', host = 'chatgpt.com'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`https://${host}${path}`);
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

export { extensionPart, type Profile } from './profile-times';

export async function profiled<T>(session: CDPSession, run: () => Promise<T>, intervalUs = 200): Promise<{ result: T } & ProfileTimes> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
  const result = await run();
  const { profile } = await session.send('Profiler.stop');
  return { result, ...profileTimes(profile, intervalUs) };
}

/**
 * The fixture is served on a host the extension matches and on one it does not, in the same browser: the page,
 * server, browser and machine state are the same, and only the extension's scripts differ. The unmatched host is
 * checked, not assumed (see `extensionPresence`).
 */
export const MATCHED_HOST = 'chatgpt.com';
export const UNMATCHED_HOST = 'chatgpt.unmatched.test';
export const CHATGPT_BENCH_HOSTS = ['chatgpt.com', 'chat.openai.com', UNMATCHED_HOST];

/** Whether the page-world hook (fetch wrapped) and the isolated content script (an extension world) run in the page. */
async function extensionPresence(page: Page, session: CDPSession): Promise<{ hook: boolean; contentScript: boolean }> {
  const worlds: string[] = [];
  session.on('Runtime.executionContextCreated', (e) => {
    const origin = e.context.origin;
    if (origin.startsWith('chrome-extension://')) worlds.push(origin);
  });
  // Enabling replays every existing context, the content script's isolated world included.
  await session.send('Runtime.enable');
  await session.send('Runtime.disable');
  const hook = await page.evaluate(() => !/\[native code\]/.test(window.fetch.toString()));
  return { hook, contentScript: worlds.length > 0 };
}

export interface PageCost {
  /** CDP Performance metrics: main-thread task time, thread CPU time (seconds). */
  task: number;
  /**
   * V8 profiler (seconds): all JavaScript (and with capped intervals); the content script's and the page-world hook's
   * share of it; non-idle.
   */
  js: number;
  jsCapped: number;
  content: number;
  hook: number;
  busy: number;
}

/**
 * A fresh chat page on `host`, checked to have the extension (hook and content script) exactly when the host is the
 * matched one, with CDP Performance metrics on thread time.
 */
export async function openChecked(browser: BenchBrowser, host: string): Promise<{ page: Page; session: CDPSession }> {
  const page = await openChat(browser, '/', host);
  const session = await cdp(page);
  const present = await extensionPresence(page, session);
  const expected = host === MATCHED_HOST;
  if (present.hook !== expected || present.contentScript !== expected) {
    throw new Error(
      `page overhead: on ${host} expected the extension ${expected ? 'present' : 'absent'}, ` +
        `found hook ${present.hook}, content script ${present.contentScript}`,
    );
  }
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, session };
}

/** A median of per-round ratios with its spread (quartiles and extremes). */
export interface RatioFigure {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  n: number;
}

export function ratioFigure(values: number[]): RatioFigure {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
  };
  return { median: median(s), q1: q(0.25), q3: q(0.75), min: s[0]!, max: s[s.length - 1]!, n: s.length };
}

export interface OverheadResult {
  /** `control`: a second page on the unmatched host in the same round (the A/A control). */
  rounds: { withExt: PageCost; without: PageCost; control: PageCost }[];
  /** With / without, main-thread task time (CPU time, CDP). */
  task: RatioFigure;
  /** With / without, JavaScript time (V8 profiler). */
  js: RatioFigure;
  /**
   * The extension's own time (content script and page-world hook) over the page's other non-idle time, both from
   * the same V8 profile of the page with the extension: one clock, one run.
   */
  share: RatioFigure;
  /** The page-world hook's part of that share. */
  hookShare: RatioFigure;
  /** Control / without, task time and JavaScript time: both pages without the extension, so any spread is noise. */
  controlTask: RatioFigure;
  controlJs: RatioFigure;
  /** With / without and control / without, JavaScript time from samples with capped intervals (see ProfileTimes). */
  jsCapped: RatioFigure;
  controlJsCapped: RatioFigure;
}

/**
 * One browser with the extension; each round streams the same answer in three fresh pages one after the other:
 * on the matched host, on the unmatched host, and on the unmatched host again (the A/A control, whose ratio to
 * the second is pure noise); the order rotates round by round, and each figure is the median of per-round ratios.
 * (Streaming the pages at once was tried: a page opened before another is a background tab, which draws no
 * frames, and its task time came out a third of the other's whatever the host.)
 */
export async function pageOverhead(
  browser: BenchBrowser,
  rounds: number,
): Promise<OverheadResult> {
  const out: OverheadResult['rounds'] = [];
  const open = (host: string) => openChecked(browser, host);
  const stream = async ({ page, session }: { page: Page; session: CDPSession }): Promise<PageCost> => {
    const before = await mainThreadTimes(session);
    const p = await profiled(session, () => streamOnce(page, LONG_PROMPT));
    const after = await mainThreadTimes(session);
    await page.close();
    const [js, jsCapped, content, hook, busy] = [p.jsUs, p.jsCappedUs, p.contentUs, p.hookUs, p.busyUs].map((us) => us / 1e6);
    return { task: after.task - before.task, js: js!, jsCapped: jsCapped!, content: content!, hook: hook!, busy: busy! };
  };
  const kinds = ['withExt', 'without', 'control'] as const;
  for (let r = 0; r < rounds; r++) {
    const costs: Partial<Record<(typeof kinds)[number], PageCost>> = {};
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(r + i) % kinds.length]!;
      costs[kind] = await stream(await open(kind === 'withExt' ? MATCHED_HOST : UNMATCHED_HOST));
    }
    out.push({ withExt: costs.withExt!, without: costs.without!, control: costs.control! });
  }
  const own = (c: PageCost) => c.content + c.hook;
  return {
    rounds: out,
    task: ratioFigure(out.map((r) => r.withExt.task / r.without.task)),
    js: ratioFigure(out.map((r) => r.withExt.js / r.without.js)),
    share: ratioFigure(out.map((r) => own(r.withExt) / (r.withExt.busy - own(r.withExt)))),
    hookShare: ratioFigure(out.map((r) => r.withExt.hook / (r.withExt.busy - own(r.withExt)))),
    controlTask: ratioFigure(out.map((r) => r.control.task / r.without.task)),
    controlJs: ratioFigure(out.map((r) => r.control.js / r.without.js)),
    jsCapped: ratioFigure(out.map((r) => r.withExt.jsCapped / r.without.jsCapped)),
    controlJsCapped: ratioFigure(out.map((r) => r.control.jsCapped / r.without.jsCapped)),
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
    // The window runs on for a second after the answer ends, so the engine's read of the finished answer (a few ms,
    // after the stop button goes) is inside it at both lengths, not in it or out of it by chance.
    const streamAndSettle = () => streamOnce(page, LONG_PROMPT).then(() => page.waitForTimeout(1000));
    const { contentUs, hookUs } = await profiled(await cdp(page), streamAndSettle, 100);
    await page.close();
    return contentUs + hookUs;
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
