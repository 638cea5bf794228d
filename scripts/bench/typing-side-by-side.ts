// The typing target (capture costs <= 2 % more main-thread time) measured precisely enough to judge on a shared
// machine. Typed one page after another (bench-typing.ts's palindrome rounds), pages meet different moments of the
// machine's load, and how much a page draws per key depends on the CPU it is left: the A/A control moved by ±5 %
// and the with / without interval held both 1.00 and 1.02 even on a quiet machine (round 7). Here, as for the chat
// page (page-side-by-side.ts), the three pages of a round (with capture, without, and without again: the A/A
// control) are open at the same time and the same typing script is typed into all three in step, each key to all
// three at once (typing-editors.ts `inStep`), so the same load falls on all three. Per round: task time (CDP
// TaskDuration, thread time) with / without and A/A / without; over rounds: the geometric mean with its Student-t
// 95 % interval (paired.ts). A blank page is in front of the three, as
// for the chat page; the editors still render what is typed (requestAnimationFrame runs behind it in headless
// Chromium; Monaco's ghost text appears), so the denominator is the typing page's own task time.
import type { CDPSession, Page } from 'playwright-core';
import { type BenchBrowser, cdp } from './browsers';
import { type Interval, meanInterval, ratioInterval } from './paired';
import { type EditorBench, inStep, openEditor, typeScript } from './typing-editors';

export type SideKind = 'withExt' | 'without' | 'control';

/** One page's main-thread figures over the typing script (seconds, counts), from CDP Performance. */
export interface TypingSideCost {
  task: number;
  keys: number;
  recalcStyles: number;
  layouts: number;
}

export interface TypingSideResult {
  rounds: Record<SideKind, TypingSideCost>[];
  /** With / without and control / without, main-thread task time: geometric mean of per-round ratios. */
  task: Interval;
  controlTask: Interval;
  /** With - without, task time per key pressed (µs): paired differences. */
  extraPerKeyUs: Interval;
}

const KINDS: SideKind[] = ['withExt', 'without', 'control'];

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Whether an extension's isolated world exists in the page (enabling Runtime replays every existing context). */
async function hasContentScript(session: CDPSession): Promise<boolean> {
  let found = false;
  const seen = (e: { context: { origin: string } }) => void (found ||= e.context.origin.startsWith('chrome-extension://'));
  session.on('Runtime.executionContextCreated', seen);
  await session.send('Runtime.enable');
  await session.send('Runtime.disable');
  session.off('Runtime.executionContextCreated', seen);
  return found;
}

/**
 * Waits until the page's main thread is nearly idle (under 5 % busy over half a second, or 15 s at most): the page
 * opened last would otherwise still be finishing its load (compilation, a collection) while it is typed into.
 */
async function settle(session: CDPSession): Promise<void> {
  const end = Date.now() + 15_000;
  let last = (await metrics(session)).TaskDuration ?? 0;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 500));
    const now = (await metrics(session)).TaskDuration ?? 0;
    if (now - last < 0.025) return;
    last = now;
  }
}

/** Types the script into all pages in step (typing-editors.ts `inStep`); each page's figures over it. */
async function typeMeasured(sessions: CDPSession[], pages: Page[], editor: EditorBench, repeats: number): Promise<TypingSideCost[]> {
  const before = await Promise.all(sessions.map(metrics));
  const keys = await typeScript(inStep(pages, editor.ghost), editor.ghost, repeats);
  const after = await Promise.all(sessions.map(metrics));
  return sessions.map((_, i) => {
    const d = (name: string) => (after[i]![name] ?? 0) - (before[i]![name] ?? 0);
    return { task: d('TaskDuration'), keys, recalcStyles: d('RecalcStyleCount'), layouts: d('LayoutCount') };
  });
}

/**
 * `rounds` rounds; in each, the three pages open one after the other (the order rotates, so no condition is always
 * the oldest page), then the script is typed into all three in step. `controlHost` serves the same fixture with no
 * capture; every page is checked to have the content script exactly when it should.
 */
export async function typingSideBySide(
  browser: BenchBrowser,
  editor: EditorBench,
  opts: { lines: number; rounds: number; repeats: number; controlHost: string },
): Promise<TypingSideResult> {
  const out: TypingSideResult['rounds'] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const opened: { kind: SideKind; page: Page; session: CDPSession }[] = [];
    for (let i = 0; i < KINDS.length; i++) {
      const kind = KINDS[(r + i) % KINDS.length]!;
      const page = await browser.context.newPage();
      await openEditor(page, editor, opts.lines, kind === 'withExt' ? undefined : opts.controlHost);
      const session = await cdp(page);
      if ((await hasContentScript(session)) !== (kind === 'withExt')) {
        throw new Error(`${editor.name}: the extension's content script is ${kind === 'withExt' ? 'missing from' : 'on'} the ${kind} page`);
      }
      await session.send('Performance.enable', { timeDomain: 'threadTicks' });
      opened.push({ kind, page, session });
    }
    // A blank page in front: otherwise the page opened last is the one the browser shows, and it draws and paints
    // more per key than the two behind it (a first trial: 2.2x the task time of its A/A twin). Behind it all three
    // are alike. Every page re-focuses its editor (focus is emulated per page), then all type at once.
    const front = await browser.context.newPage();
    await Promise.all(opened.map((o) => settle(o.session)));
    for (const o of opened) await editor.placeCaret(o.page);
    const costs = await typeMeasured(opened.map((o) => o.session), opened.map((o) => o.page), editor, opts.repeats);
    for (const o of opened) await o.page.close();
    await front.close();
    const of = (kind: SideKind) => costs[opened.findIndex((o) => o.kind === kind)]!;
    out.push({ withExt: of('withExt'), without: of('without'), control: of('control') });
  }
  return {
    rounds: out,
    task: ratioInterval(out.map((r) => r.withExt.task / r.without.task)),
    controlTask: ratioInterval(out.map((r) => r.control.task / r.without.task)),
    extraPerKeyUs: meanInterval(out.map((r) => ((r.withExt.task - r.without.task) * 1e6) / r.withExt.keys)),
  };
}

/** Whether the main-thread times moved at all: a sanity line per round (ms; style recalculations / layouts). */
export function sideRoundLine(r: Record<SideKind, TypingSideCost>): string {
  const one = (c: TypingSideCost) => `${(c.task * 1000).toFixed(0)}/${c.recalcStyles}/${c.layouts}`;
  return `${one(r.withExt)} vs ${one(r.without)} vs ${one(r.control)}`;
}
