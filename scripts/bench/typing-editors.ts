// The editors `npm run bench:typing` types in (scripts/bench-typing.ts) and what it types: the vscode.dev fixture
// (real Monaco) and the www.val.town fixture (real CodeMirror 6), each also served on a control host no content
// script of the extension matches, so with and without capture are the same page in one browser.
import type { Page } from 'playwright-core';

/**
 * Hosts the fixture server also serves each editor fixture on, which no content script of the extension matches
 * (`.test` is reserved: never a real site): the same page, editor and suggestions, with no capture. The bench checks
 * that no sample of the extension's code is in their profiles.
 */
export const CONTROL_HOSTS: Record<string, string> = { vscode: 'vscode.no-capture.test', valtown: 'valtown.no-capture.test' };

export const KEY_DELAY_MS = 25;

export interface EditorBench {
  name: string;
  site: string;
  /** The fixture's page for a file of `lines` lines, on the site's real host unless another is given. */
  url: (lines: number, host?: string) => string;
  ghost: string;
  /** The parts of the editor the capture session watches (the readers' `watched`) and its rendered lines. */
  watched: string;
  rendered: string;
  /** Puts the caret at the start of an empty line in the middle of the file, scrolled into view, editor focused. */
  placeCaret(page: Page): Promise<void>;
}

export const EDITORS: EditorBench[] = [
  {
    name: 'Monaco (vscode.dev)',
    site: 'vscode',
    url: (lines, host = 'vscode.dev') => `https://${host}/?lines=${lines}`,
    ghost: '#main-editor .ghost-text-decoration',
    watched: '#main-editor .lines-content > .view-lines, #main-editor .lines-content > .view-zones',
    rendered: '#main-editor .lines-content > .view-lines > .view-line',
    placeCaret: (page) =>
      page.evaluate(() => {
        type Ed = {
          getModel(): { getLineCount(): number };
          setPosition(p: object): void;
          revealLineInCenter(n: number): void;
          focus(): void;
        };
        const main = (window as unknown as { fixture: { main: Ed } }).fixture.main;
        const line = Math.ceil(main.getModel().getLineCount() / 2);
        main.setPosition({ lineNumber: line, column: 1 });
        main.revealLineInCenter(line);
        main.focus();
      }),
  },
  {
    name: 'CodeMirror 6 (www.val.town)',
    site: 'valtown',
    url: (lines, host = 'www.val.town') => `https://${host}/x/bench/typing/code/main.ts?lines=${lines}`,
    ghost: '#code-editor .cm-ghostText',
    watched: '#code-editor .cm-content',
    rendered: '#code-editor .cm-content > .cm-line',
    placeCaret: (page) =>
      page.evaluate(() => {
        type View = { state: { doc: { lines: number; line(n: number): { from: number } } }; dispatch(s: object): void; focus(): void };
        const code = (window as unknown as { fixture: { code: View } }).fixture.code;
        const at = code.state.doc.line(Math.ceil(code.state.doc.lines / 2)).from;
        code.dispatch({ selection: { anchor: at }, scrollIntoView: true });
        code.focus();
      }),
  },
];

/** Where the script is typed: one page, or several pages key by key in step (typing-side-by-side.ts). */
export interface Typist {
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Waits for the suggestion to be drawn (5 s at most); true when it was. */
  suggestion(): Promise<boolean>;
}

/** One page, keys `KEY_DELAY_MS` apart. */
export function pageTypist(page: Page, ghost: string): Typist {
  return {
    type: (text) => page.keyboard.type(text, { delay: KEY_DELAY_MS }),
    press: (key) => page.keyboard.press(key),
    suggestion: () => page.locator(ghost).first().waitFor({ timeout: 5000 }).then(() => true, () => false),
  };
}

/**
 * Pages typed into in step: each key goes to every page at once, the next `KEY_DELAY_MS` after all took it, so a
 * moment of load on the machine falls on every page alike; a suggestion is waited for on every page.
 */
export function inStep(pages: Page[], ghost: string): Typist {
  const all = (f: (page: Page) => Promise<unknown>) => Promise.all(pages.map(f)).then(() => undefined);
  const pause = () => new Promise((r) => setTimeout(r, KEY_DELAY_MS));
  return {
    async type(text) {
      for (const ch of text) {
        await all((p) => p.keyboard.type(ch));
        await pause();
      }
    },
    press: (key) => all((p) => p.keyboard.press(key)),
    suggestion: () =>
      Promise.all(pages.map((p) => pageTypist(p, ghost).suggestion())).then((shown) => shown.every(Boolean)),
  };
}

/**
 * What the person types: plain code, and the fixture's suggestion triggers with what they then do (a suggestion
 * accepted with Tab, one dismissed with Escape, one typed over), `repeats` times. Returns the keys pressed.
 */
export async function typeScript(where: Page | Typist, ghost: string, repeats = 2): Promise<number> {
  const typist = 'keyboard' in where ? pageTypist(where, ghost) : where;
  let keys = 0;
  const type = (text: string) => ((keys += text.length), typist.type(text));
  const press = (key: string) => (keys++, typist.press(key));
  const suggestion = () => typist.suggestion();
  for (let i = 0; i < repeats; i++) {
    await press('Enter');
    await type(`const row${i} = items.map((x) => x * ${i + 2}).filter((x) => x > ${i});`);
    await press('Enter');
    await type('function total(items) ');
    if (await suggestion()) await press('Tab');
    await press('Enter');
    await type('const greeting = ');
    if (await suggestion()) await press('Escape');
    await press('End');
    await press('Enter');
    await type('let count = ');
    await suggestion();
    await type(`${i + 4};`);
  }
  return keys;
}

/**
 * Opens the fixture with the caret placed, ready to type. `beforeFocus` runs once the page is ready, before the editor
 * gets focus (the capture puts its key listener on an editor when focus first enters it).
 */
export async function openEditor(
  page: Page,
  editor: EditorBench,
  lines: number,
  host?: string,
  beforeFocus?: () => Promise<void>,
): Promise<void> {
  await page.goto(editor.url(lines, host), { timeout: 120_000 });
  await page.locator('body[data-ready]').waitFor();
  await beforeFocus?.();
  await editor.placeCaret(page);
  await page.waitForTimeout(500);
}
