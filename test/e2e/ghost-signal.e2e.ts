// Ghost text arriving told by an animation instead of a mutation observer (src/capture/editors/ghost-signal.ts), in
// the real Monaco and CodeMirror 6 fixtures: each suggestion drawn while the session is idle is recorded with its
// fate, whether the page lets the animation run (the signal), resets animations for reduced motion (the signal still
// runs on ghost elements), switches it off on the ghost elements from the start (sessions keep observing the editor),
// or switches it off after it first worked (the health check finds the suggestion on screen and says so).
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../src/core/events';
import { eventsOfKind, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor } from './harness';
import {
  allRecorded,
  countSignals,
  EXPECTED_FATES,
  type EditorScenario,
  fates,
  pageStyle,
  playSuggestions,
  playSwitchedOff,
  SHOWN,
  SCENARIOS,
  type ScenarioPage,
  OFF_ON_GHOSTS,
  signalsHeard,
} from './ghost-signal-scenario';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['valtown', 'vscode'] });
});
afterAll(async () => {
  await l?.close();
});
// Each test's page is closed even when it fails (the health test finds its tab by URL).
const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => undefined);
});

const scenarioPage = (page: Page): ScenarioPage => ({
  type: (text) => page.keyboard.type(text, { delay: 15 }),
  press: (key) => page.keyboard.press(key),
  waitFor: (selector, present) => page.locator(selector).first().waitFor({ state: present ? 'attached' : 'detached', timeout: 10_000 }),
  // Both drivers serialise the function and its argument; their types differ in how they spell that.
  evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
});

/** A fresh page of the scenario's site, the signal counted, the code editor focused at its end. */
async function open(s: EditorScenario, before?: (page: Page) => Promise<void>): Promise<{ page: Page; sp: ScenarioPage }> {
  const page = await l.context.newPage();
  opened.push(page);
  await before?.(page);
  await page.goto(s.url);
  await page.locator('body[data-ready]').waitFor();
  const sp = scenarioPage(page);
  await countSignals(sp);
  await page.locator(s.content).click();
  await page.keyboard.press('Control+End');
  return { page, sp };
}

/** The events stored since `from` (their count then), once the scenario's are all there. */
async function recordedSince(from: number, site: string): Promise<CaptureEvent[]> {
  const events = await waitFor(
    async () => (await storedEvents(l)).slice(from).filter((e) => e.site === site),
    allRecorded,
    'the completion events',
  );
  return events;
}

describe('ghost text told by the signal (Chromium)', () => {
  for (const s of Object.values(SCENARIOS)) {
    it(`${s.site}: records each suggestion drawn while idle, the signal heard on the page`, async () => {
      const from = (await storedEvents(l)).length;
      const { page, sp } = await open(s);
      await playSuggestions(sp, s);
      expect(fates(await recordedSince(from, s.site))).toEqual(EXPECTED_FATES);
      expect(await signalsHeard(sp)).toBeGreaterThan(0);
      await page.close();
    });
  }

  it('valtown: a page resetting animations for reduced motion still lets the signal run on ghost text', async () => {
    const s = SCENARIOS.valtown;
    const from = (await storedEvents(l)).length;
    const { page, sp } = await open(s, (p) => p.emulateMedia({ reducedMotion: 'reduce' }));
    await pageStyle(
      sp,
      '@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation-duration: 0.01ms !important; animation-iteration-count: 1 !important; } }',
    );
    await playSuggestions(sp, s);
    expect(fates(await recordedSince(from, s.site))).toEqual(EXPECTED_FATES);
    expect(await signalsHeard(sp)).toBeGreaterThan(0);
    await page.close();
  });

  it('vscode: a page switching animations off on the ghost elements loses nothing', async () => {
    const s = SCENARIOS.vscode;
    const from = (await storedEvents(l)).length;
    const { page, sp } = await open(s);
    await pageStyle(sp, OFF_ON_GHOSTS.vscode);
    await playSuggestions(sp, s);
    expect(fates(await recordedSince(from, s.site))).toEqual(EXPECTED_FATES);
    expect(await signalsHeard(sp)).toBe(0);
    await page.close();
  });

  it('valtown: animations switched off after the signal worked: the health check finds the next suggestion and says so', async () => {
    const s = SCENARIOS.valtown;
    const from = (await storedEvents(l)).length;
    const { page, sp } = await open(s);
    const shown = async () => eventsOfKind((await storedEvents(l)).slice(from), 'completion_shown').map((e) => e.text);
    await playSwitchedOff(sp, s, async () => (await shown()).includes(SHOWN[1]!));
    expect(await signalsHeard(sp)).toBeGreaterThan(0);
    expect(await shown()).toEqual(SHOWN.slice(0, 2));
    const popup = await openPopup(l, await tabIdOf(l, `${s.url}*`));
    const said = async () => (await popup.reload(), (await popup.getByTestId('site-status').textContent()) ?? '');
    await expect.poll(said, { timeout: 15_000 }).toMatch(/^Val Town: capture degraded \(.*ghost text drawn without its signal.*\)$/);
    await popup.close();
    await page.close();
  });
});
