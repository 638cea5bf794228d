// Completion capture in Firefox (Debian's firefox-esr, the same built extension), in the real Monaco and CodeMirror 6
// fixtures: suggestions drawn while the capture observes nothing (src/capture/editors/editor-watch.ts) and met by a key
// the moment they are drawn are recorded with their context and fate, and one left on screen with no key after it is
// recorded by the idle watch alone (the same scenario as Chromium's idle-ghost.e2e.ts).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxRun, launchFirefox, storedEvents, until } from './firefox-harness';
import {
  allRecorded,
  type EditorScenario,
  EXPECTED_FATES,
  fates,
  playMetAtOnce,
  read,
  SCENARIOS,
  type ScenarioPage,
  shownGreeting,
  suggest,
  TRIGGERS,
} from './idle-ghost-scenario';

let run: FirefoxRun;
beforeAll(async () => {
  run = await launchFirefox(['valtown', 'vscode']);
});
afterAll(async () => {
  await run?.close();
});

const scenarioPage = (page: Page): ScenarioPage => ({
  type: (text) => page.keyboard.type(text, { delay: 15 }),
  press: (key) => page.keyboard.press(key as 'End'),
  waitFor: async (selector, present) => {
    await page.waitForSelector(selector, present ? { timeout: 10_000 } : { hidden: true, timeout: 10_000 });
  },
  evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
});

/** A fresh page of the scenario's site, the code editor focused at its document's end. */
async function open(s: EditorScenario): Promise<{ page: Page; sp: ScenarioPage }> {
  const page = await run.browser.newPage();
  await page.goto(s.url);
  await page.waitForSelector('body[data-ready]');
  await page.click(s.content);
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  return { page, sp: scenarioPage(page) };
}

const since = async (from: number, site: string) => (await storedEvents(run)).slice(from).filter((e) => e.site === site);

describe('Firefox: inline completions', () => {
  for (const s of Object.values(SCENARIOS)) {
    it(`${s.site}: suggestions met by a key the moment they are drawn are recorded with their context and fate`, async () => {
      const from = (await storedEvents(run)).length;
      const { page, sp } = await open(s);
      await playMetAtOnce(sp, s);
      expect(fates(await until(() => since(from, s.site), allRecorded, 'the completion events'))).toEqual(EXPECTED_FATES);
      await page.close();
    });

    it(`${s.site}: a suggestion left on screen with no key after it is recorded before any key`, async () => {
      const from = (await storedEvents(run)).length;
      const { page, sp } = await open(s);
      await suggest(sp, s, TRIGGERS[0]!);
      await read(sp);
      // Reading the store opens an extension tab, which takes focus from the editor: whatever became of the
      // suggestion then, it was recorded shown, with its context, while it was on screen and read.
      const shown = shownGreeting(await until(() => since(from, s.site), (es) => !!shownGreeting(es), 'the suggestion shown'));
      expect(fates([shown!])).toEqual(EXPECTED_FATES.slice(0, 1));
      await page.close();
    });
  }
});
