// Suggestions drawn while the capture observes nothing (an idle session: src/capture/editors/editor-watch.ts), in
// Chromium, in the real Monaco and CodeMirror 6 fixtures: met by a key the moment they are drawn (Escape, typed
// over, Tab), each is recorded with its context and fate; left on screen with no key after it, one is recorded by
// the idle watch alone, before any key. The same scenario runs in Firefox (firefox-completions.e2e.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched, storedEvents, waitFor } from './harness';
import {
  allRecorded,
  EXPECTED_FATES,
  fates,
  playMetAtOnce,
  read,
  SCENARIOS,
  type EditorScenario,
  type ScenarioPage,
  shownGreeting,
  suggest,
  TRIGGERS,
} from './idle-ghost-scenario';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['valtown', 'vscode'] });
});
afterAll(async () => {
  await l?.close();
});

const scenarioPage = (page: Page): ScenarioPage => ({
  type: (text) => page.keyboard.type(text, { delay: 15 }),
  press: (key) => page.keyboard.press(key),
  waitFor: (selector, present) => page.locator(selector).first().waitFor({ state: present ? 'attached' : 'detached', timeout: 10_000 }),
  evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
});

/** A fresh page of the scenario's site, the code editor focused at its document's end. */
async function open(s: EditorScenario): Promise<{ page: Page; sp: ScenarioPage }> {
  const page = await l.context.newPage();
  await page.goto(s.url);
  await page.locator('body[data-ready]').waitFor();
  await page.locator(s.content).click();
  await page.keyboard.press('Control+End');
  return { page, sp: scenarioPage(page) };
}

const since = async (from: number, site: string) => (await storedEvents(l)).slice(from).filter((e) => e.site === site);

describe('suggestions drawn while the capture observes nothing', () => {
  for (const s of Object.values(SCENARIOS)) {
    it(`${s.site}: met by a key the moment they are drawn, each is recorded with its context and fate`, async () => {
      const from = (await storedEvents(l)).length;
      const { page, sp } = await open(s);
      await playMetAtOnce(sp, s);
      expect(fates(await waitFor(() => since(from, s.site), allRecorded, 'the completion events'))).toEqual(EXPECTED_FATES);
      await page.close();
    });

    it(`${s.site}: left on screen with no key after it, one is recorded before any key`, async () => {
      const from = (await storedEvents(l)).length;
      const { page, sp } = await open(s);
      await suggest(sp, s, TRIGGERS[0]!);
      await read(sp);
      const shown = shownGreeting(await waitFor(() => since(from, s.site), (es) => !!shownGreeting(es), 'the suggestion shown'));
      expect(fates([shown!])).toEqual(EXPECTED_FATES.slice(0, 1));
      await sp.press('Escape');
      const after = await waitFor(() => since(from, s.site), (es) => es.some((e) => e.kind === 'completion_rejected'), 'its dismissal');
      expect(fates(after)).toEqual(EXPECTED_FATES.slice(0, 2));
      await page.close();
    });
  }
});
