// One scenario for suggestions drawn while an editor session follows nothing (its editor is not observed then: the
// idle watch, src/capture/editors/editor-watch.ts), played in Chromium (Playwright: idle-ghost.e2e.ts) and Firefox
// (puppeteer: firefox-completions.e2e.ts) alike, in the real Monaco and CodeMirror 6 fixtures. Two families: a
// suggestion met by a key the moment it is drawn (Escape, typed over, Tab: before the idle watch's next tick, so the
// key itself must find it), each recorded with its context and fate; and a suggestion left on screen with no key
// after it, recorded by the idle watch alone.
import { IDLE_POLL_MS } from '../../src/capture/editors/editor-watch';
import type { CaptureEvent } from '../../src/core/events';

/** What the scenario needs of a page; Playwright's and puppeteer's pages both fit. */
export interface ScenarioPage {
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Waits for an element to be in the page (`present`) or gone. */
  waitFor(selector: string, present: boolean): Promise<void>;
  /** Runs in the page (both drivers serialise the function and its argument). */
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
/** The suggestions met at once, in order, as `completion_shown` texts, and the code typed before each. */
export const SHOWN = ["'hello world';", 'items.length;', FUNCTION_BODY];
export const TRIGGERS = ['const greeting = ', 'let count = ', 'function total(items) '];

/** Types on a new line at the end of the document until the suggestion that text triggers is drawn. */
export async function suggest(page: ScenarioPage, s: EditorScenario, text: string): Promise<void> {
  await page.press('End');
  await page.press('Enter');
  await page.type(text);
  await page.waitFor(s.ghost, true);
}

/** The three suggestions, each met by a key as soon as it is in the DOM (the editor focused at its document's end). */
export async function playMetAtOnce(page: ScenarioPage, s: EditorScenario): Promise<void> {
  await suggest(page, s, TRIGGERS[0]!);
  await page.press('Escape');
  await page.waitFor(s.ghost, false);
  await suggest(page, s, TRIGGERS[1]!);
  await page.type('4;');
  await page.waitFor(s.ghost, false);
  await suggest(page, s, TRIGGERS[2]!);
  await page.press('Tab');
  await page.waitFor(s.ghost, false);
}

/**
 * A person reads a suggestion for longer than the idle watch's interval before doing anything else (a suggestion on
 * screen for less, with no key, is not recorded: docs/completions.md, Round 13). Waited for in the page before the
 * store is read: in Firefox reading it opens a tab, which takes focus from the editor (and the editor may take its
 * suggestion away then).
 */
export const read = (page: ScenarioPage) =>
  page.evaluate((ms) => new Promise<void>((done) => setTimeout(done, ms)), 2 * IDLE_POLL_MS);

/** The met-at-once scenario's events are all there (a predicate for the harnesses' polling). */
export const allRecorded = (events: CaptureEvent[]) =>
  events.filter((e) => e.kind === 'completion_rejected').length >= 2 && events.some((e) => e.kind === 'completion_accepted');

/**
 * The scenario's events as [kind, text or how] pairs in order, each shown one with the code typed before it (the last
 * line of its C0, less the indent the editor may have put before it).
 */
export function fates(events: CaptureEvent[]): [string, string, string?][] {
  return events.flatMap((e): [string, string, string?][] => {
    if (e.kind === 'completion_shown') return [[e.kind, e.text, e.prefix.split('\n').at(-1)?.trimStart()]];
    if (e.kind === 'completion_rejected' || e.kind === 'completion_accepted') return [[e.kind, e.how]];
    return [];
  });
}

export const EXPECTED_FATES: [string, string, string?][] = [
  ['completion_shown', SHOWN[0]!, TRIGGERS[0]],
  ['completion_rejected', 'escape'],
  ['completion_shown', SHOWN[1]!, TRIGGERS[1]],
  ['completion_rejected', 'typed-over'],
  ['completion_shown', SHOWN[2]!, TRIGGERS[2]],
  ['completion_accepted', 'full'],
];

/** The `completion_shown` of the first suggestion, once stored (for the suggestion left on screen with no key). */
export const shownGreeting = (events: CaptureEvent[]) =>
  events.find((e) => e.kind === 'completion_shown' && e.text === SHOWN[0]);
