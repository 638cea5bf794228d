// The extension's extra main-thread time on the chat page, measured precisely enough to judge a 2 % target on a
// shared machine. Why a second method beside `pageOverhead` (page.ts): about two thirds of a drawn page's main-thread
// time while the answer streams is drawing it (style, layout, paint of the growing answer), and how many frames are
// drawn depends on how much CPU the machine leaves the page, so pages streamed one after the other differ by several
// per cent whatever the extension does (the A/A control's quartiles span ±2-3 %). Here the three pages of a round
// (with the extension, without, and without again: the A/A control) stream the same answer AT THE SAME TIME, in tabs
// behind a blank front tab: they run every script and parse every chunk but draw no frames, so what is left is a
// fixed amount of work that meets the same machine load in all three. The extension adds no frames of its own (it
// writes nothing into the chat page), and a style or layout it forces is done in full here (no frame would have
// done it anyway), so the difference with - without counts what it costs, its own JavaScript and what it makes the
// page do (mutation records, forced style or layout, garbage); the counts of style recalculations and layouts are
// printed per page to show the forced ones. The figure against the 2 % target is that extra time over the drawn
// page's main-thread time without the extension (`pageOverhead`'s "without" pages of the same run).
import type { CDPSession, Page } from 'playwright-core';
import { type BenchBrowser } from './browsers';
import { type Interval, meanInterval, ratioInterval } from './paired';
import { LONG_PROMPT, MATCHED_HOST, openChecked, profiled, streamOnce, UNMATCHED_HOST } from './page';

/** One page's main-thread figures over its streams (seconds, counts), from CDP Performance and the V8 profiler. */
export interface SideCost {
  task: number;
  js: number;
  /** JavaScript time with each sample interval capped (page.ts, ProfileTimes): three pages share two cores here. */
  jsCapped: number;
  content: number;
  hook: number;
  recalcStyles: number;
  layouts: number;
  recalcStyleSeconds: number;
  layoutSeconds: number;
}

export interface SideBySideResult {
  rounds: { withExt: SideCost; without: SideCost; control: SideCost }[];
  /** With - without and control - without, main-thread task time (seconds per round): paired differences. */
  extraTask: Interval;
  controlExtraTask: Interval;
  /**
   * With / without and control / without, JavaScript time (V8 profiler; pages that draw nothing run the same
   * scripts), uncapped and with capped sample intervals.
   */
  js: Interval;
  controlJs: Interval;
  jsCapped: Interval;
  controlJsCapped: Interval;
}

/** After the last answer ends, the time every page is given for what follows it (capture records the answer). */
const TAIL_MS = 1000;

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function streamAll(page: Page, session: CDPSession, answers: number): Promise<SideCost> {
  const before = await metrics(session);
  const p = await profiled(session, async () => {
    for (let i = 0; i < answers; i++) await streamOnce(page, i ? `${LONG_PROMPT} (${i + 1})` : LONG_PROMPT);
    await page.waitForTimeout(TAIL_MS);
  });
  const after = await metrics(session);
  const d = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
  return {
    task: d('TaskDuration'),
    js: p.jsUs / 1e6,
    jsCapped: p.jsCappedUs / 1e6,
    content: p.contentUs / 1e6,
    hook: p.hookUs / 1e6,
    recalcStyles: d('RecalcStyleCount'),
    layouts: d('LayoutCount'),
    recalcStyleSeconds: d('RecalcStyleDuration'),
    layoutSeconds: d('LayoutDuration'),
  };
}

/**
 * `rounds` rounds; in each, the three pages open one after the other (the order rotates), a blank tab opens in front
 * of them, and all three stream `answers` answers at once.
 */
export async function sideBySide(browser: BenchBrowser, rounds: number, answers: number): Promise<SideBySideResult> {
  const kinds = ['withExt', 'without', 'control'] as const;
  const out: SideBySideResult['rounds'] = [];
  for (let r = 0; r < rounds; r++) {
    const opened: { kind: (typeof kinds)[number]; page: Page; session: CDPSession }[] = [];
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(r + i) % kinds.length]!;
      opened.push({ kind, ...(await openChecked(browser, kind === 'withExt' ? MATCHED_HOST : UNMATCHED_HOST)) });
    }
    const front = await browser.context.newPage();
    const costs = await Promise.all(opened.map((o) => streamAll(o.page, o.session, answers)));
    for (const o of opened) await o.page.close();
    await front.close();
    const of = (kind: (typeof kinds)[number]) => costs[opened.findIndex((o) => o.kind === kind)]!;
    out.push({ withExt: of('withExt'), without: of('without'), control: of('control') });
  }
  return {
    rounds: out,
    extraTask: meanInterval(out.map((r) => r.withExt.task - r.without.task)),
    controlExtraTask: meanInterval(out.map((r) => r.control.task - r.without.task)),
    js: ratioInterval(out.map((r) => r.withExt.js / r.without.js)),
    controlJs: ratioInterval(out.map((r) => r.control.js / r.without.js)),
    jsCapped: ratioInterval(out.map((r) => r.withExt.jsCapped / r.without.jsCapped)),
    controlJsCapped: ratioInterval(out.map((r) => r.control.jsCapped / r.without.jsCapped)),
  };
}
