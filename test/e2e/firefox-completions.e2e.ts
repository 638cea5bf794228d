// Completion capture in Firefox (Debian's firefox-esr, the same built extension): the ghost signal's stylesheet is
// injected with the editor content scripts and its animation runs on ghost text there too
// (src/capture/editors/ghost-signal.ts), and suggestions drawn while the session is idle are recorded with their
// fates, in the real Monaco (a multi-line suggestion in a view zone) and CodeMirror 6 fixtures; a page switching the
// animation off on ghost elements from the start keeps its editors observed, one doing so after the signal worked
// has its next suggestion found by the health check (as in Chromium: ghost-signal.e2e.ts).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxRun, launchFirefox, storedEvents, until } from './firefox-harness';
import {
  allRecorded,
  countSignals,
  type EditorScenario,
  EXPECTED_FATES,
  fates,
  OFF_ON_GHOSTS,
  pageStyle,
  playSuggestions,
  playSwitchedOff,
  SCENARIOS,
  type ScenarioPage,
  SHOWN,
  signalsHeard,
} from './ghost-signal-scenario';

let run: FirefoxRun;
beforeAll(async () => {
  run = await launchFirefox(['valtown', 'vscode']);
});
afterAll(async () => {
  await run?.close();
});

const scenarioPage = (page: Page): ScenarioPage => ({
  type: (text) => page.keyboard.type(text, { delay: 15 }),
  press: async (key) => {
    const [mod, k] = key.includes('+') ? key.split('+') : [null, key];
    if (mod) await page.keyboard.down(mod as 'Control');
    await page.keyboard.press(k as 'End');
    if (mod) await page.keyboard.up(mod as 'Control');
  },
  waitFor: async (selector, present) => {
    await page.waitForSelector(selector, present ? { timeout: 10_000 } : { hidden: true, timeout: 10_000 });
  },
  // Both drivers serialise the function and its argument; their types differ in how they spell that.
  evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
});

/** A fresh page of the scenario's site, the signal counted, the code editor focused at its end. */
async function open(s: EditorScenario): Promise<{ page: Page; sp: ScenarioPage }> {
  const page = await run.browser.newPage();
  await page.goto(s.url);
  await page.waitForSelector('body[data-ready]');
  const sp = scenarioPage(page);
  await countSignals(sp);
  await page.click(s.content);
  await sp.press('Control+End');
  return { page, sp };
}

const since = async (from: number, site: string) => (await storedEvents(run)).slice(from).filter((e) => e.site === site);

describe('Firefox: inline completions', () => {
  for (const s of Object.values(SCENARIOS)) {
    it(`${s.site}: records each suggestion drawn while idle, the signal heard on the page`, async () => {
      const from = (await storedEvents(run)).length;
      const { page, sp } = await open(s);
      await playSuggestions(sp, s);
      expect(fates(await until(() => since(from, s.site), allRecorded, 'the completion events'))).toEqual(EXPECTED_FATES);
      expect(await signalsHeard(sp)).toBeGreaterThan(0);
      await page.close();
    });
  }

  it('vscode: a page switching animations off on the ghost elements keeps the editor observed, nothing lost', async () => {
    const s = SCENARIOS.vscode;
    const from = (await storedEvents(run)).length;
    const { page, sp } = await open(s);
    await pageStyle(sp, OFF_ON_GHOSTS.vscode);
    await playSuggestions(sp, s);
    expect(fates(await until(() => since(from, s.site), allRecorded, 'the completion events'))).toEqual(EXPECTED_FATES);
    expect(await signalsHeard(sp)).toBe(0);
    await page.close();
  });

  it('valtown: animations switched off after the signal worked: the health check finds the next suggestion', async () => {
    const s = SCENARIOS.valtown;
    const from = (await storedEvents(run)).length;
    const { page, sp } = await open(s);
    const shown = async () => (await since(from, s.site)).filter((e) => e.kind === 'completion_shown').map((e) => (e.kind === 'completion_shown' ? e.text : ''));
    await playSwitchedOff(sp, s, async () => (await shown()).includes(SHOWN[1]!));
    expect(await signalsHeard(sp)).toBeGreaterThan(0);
    expect(await shown()).toEqual(SHOWN.slice(0, 2));
    await page.close();
  });
});
