// One typing scenario for the ghost signal (src/capture/editors/ghost-signal.ts), played in Chromium (Playwright) and
// Firefox (puppeteer) alike: three suggestions in a row in one editor, each drawn while the session is idle (the
// first one before the page has shown the signal works), so each must be seen however ghost text arrival is told:
// one dismissed with Escape, one typed over, one accepted with Tab (multi-line: a Monaco view zone, CodeMirror text
// over several lines). The page counts our animation's starts itself, so a test can tell which way the suggestions
// were seen.
import type { CaptureEvent } from '../../src/core/events';
import { GHOST_ANIMATION } from '../../src/capture/editors/ghost-signal';

/** What the scenario needs of a page; Playwright's and puppeteer's pages both fit through `asScenarioPage`. */
export interface ScenarioPage {
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Waits for an element to be in the page (`present`) or gone. */
  waitFor(selector: string, present: boolean): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
}

export interface EditorScenario {
  site: 'valtown' | 'vscode';
  url: string;
  /** The code editor's text area to click, and its ghost text. */
  content: string;
  ghost: string;
}

export const SCENARIOS: Record<'valtown' | 'vscode', EditorScenario> = {
  valtown: {
    site: 'valtown',
    url: 'https://www.val.town/x/fixture/agent-sync/code/main.ts',
    content: '#code-editor .cm-content',
    ghost: '#code-editor .cm-ghostText',
  },
  vscode: { site: 'vscode', url: 'https://vscode.dev/', content: '#main-editor .view-lines', ghost: '#main-editor .ghost-text-decoration' },
};

export const FUNCTION_BODY = '{\n  return items.reduce((sum, x) => sum + x, 0);\n}';
/** The suggestions the scenario sees, in order, as `completion_shown` texts. */
export const SHOWN = ["'hello world';", 'items.length;', FUNCTION_BODY];

/** Counts, in the page's own world, the starts of our animation on ghost elements (the signal reaching the page). */
export async function countSignals(page: ScenarioPage): Promise<void> {
  await page.evaluate((name) => {
    const w = window as unknown as { signals: number };
    w.signals = 0;
    addEventListener('animationstart', (e) => void (e.animationName === name && w.signals++), true);
  }, GHOST_ANIMATION);
}

export const signalsHeard = (page: ScenarioPage) => page.evaluate(() => (window as unknown as { signals: number }).signals, null);

/** A page's rule switching animations off on each editor's ghost elements (an id: more specific than the signal's). */
export const OFF_ON_GHOSTS = {
  valtown: '#code-editor .cm-ghostText { animation: none !important; }',
  vscode:
    '#main-editor .ghost-text-decoration, #main-editor .suggest-preview-text, #main-editor .suggest-preview-text .ghost-text { animation: none !important; }',
};

/** Gives the page's own style sheet a rule (what a site's CSS could say). */
export const pageStyle = (page: ScenarioPage, css: string) =>
  page.evaluate((text) => void document.head.append(Object.assign(document.createElement('style'), { textContent: text })), css);

/**
 * A person acts on a suggestion once they have seen it: it has been on screen for a couple of frames. (The capture
 * hears of ghost text drawn while idle a frame after it is first drawn; a key already on its way before then was not
 * a reaction to it: docs/completions.md, Round 12.)
 */
export const seen = (page: ScenarioPage) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))), null);

/** Types at the end of the document until the suggestion that text triggers is drawn and seen. */
async function suggest(page: ScenarioPage, s: EditorScenario, text: string): Promise<void> {
  await page.press('End');
  await page.press('Enter');
  await page.type(text);
  await page.waitFor(s.ghost, true);
  await seen(page);
}

/** Plays the three suggestions (the editor already focused at the end of its first line). */
export async function playSuggestions(page: ScenarioPage, s: EditorScenario, between?: () => Promise<void>): Promise<void> {
  await suggest(page, s, 'const greeting = ');
  await page.press('Escape');
  await page.waitFor(s.ghost, false);
  await between?.();
  await suggest(page, s, 'let count = ');
  await page.type('4;');
  await page.waitFor(s.ghost, false);
  await suggest(page, s, 'function total(items) ');
  await page.press('Tab');
  await page.waitFor(s.ghost, false);
}

/**
 * A suggestion while the signal works (waited for in the page), then the page switches animations off on the ghost
 * elements, and the next suggestion stays on screen until `found` says it was recorded (by the health check: the
 * session no longer observes the editor and hears no signal).
 */
export async function playSwitchedOff(page: ScenarioPage, s: EditorScenario, found: () => Promise<boolean>): Promise<void> {
  await suggest(page, s, 'const greeting = ');
  for (let i = 0; i < 100 && !(await signalsHeard(page)); i++) await new Promise((r) => setTimeout(r, 100));
  await page.press('Escape');
  await page.waitFor(s.ghost, false);
  await pageStyle(page, OFF_ON_GHOSTS[s.site]);
  await suggest(page, s, 'let count = ');
  for (let i = 0; i < 150 && !(await found()); i++) await new Promise((r) => setTimeout(r, 100));
  await page.press('Escape');
}

/** The completion events of the scenario are all there (a predicate for the harnesses' polling). */
export const allRecorded = (events: CaptureEvent[]) =>
  events.filter((e) => e.kind === 'completion_rejected').length >= 2 && events.some((e) => e.kind === 'completion_accepted');

/** The scenario's events, as [kind, text or how] pairs in order (the shown texts, the fates). */
export function fates(events: CaptureEvent[]): [string, string][] {
  return events.flatMap((e): [string, string][] => {
    if (e.kind === 'completion_shown') return [[e.kind, e.text]];
    if (e.kind === 'completion_rejected' || e.kind === 'completion_accepted') return [[e.kind, e.how]];
    return [];
  });
}

export const EXPECTED_FATES: [string, string][] = [
  ['completion_shown', SHOWN[0]!],
  ['completion_rejected', 'escape'],
  ['completion_shown', SHOWN[1]!],
  ['completion_rejected', 'typed-over'],
  ['completion_shown', SHOWN[2]!],
  ['completion_accepted', 'full'],
];
