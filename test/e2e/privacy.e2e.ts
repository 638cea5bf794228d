// The onboarding page's redaction promise, held to what a person's export really holds (issue 17): a first run
// agrees on the onboarding page, has one ChatGPT exchange whose prompt and answer hold an e-mail address, a UK phone
// number, a card number, an IBAN, an AWS access key id and a GitHub token, and exports from the popup. With the
// default settings no file of the zip holds any of them and the manifest says which redaction ran; switched off in
// the popup, the next export holds them all and says so. Between the two, the review page lists what the export
// replaces, masked, and the person keeps the e-mail address: the next export holds it and nothing else.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTION_PROMISE } from '../../src/core/export/redaction-policy';
import { holds, PROMISED, PROMISED_PROMPT } from '../support/redaction-samples';
import { exportFiles, filesIn, whyExportFilesStay } from './export-files';
import {
  type ExportedBundle,
  exportFromPopup,
  launch,
  type Launched,
  openPopup,
  sendPrompt,
  storedEvents,
  tabIdOf,
  waitFor,
  waitForAnswer,
} from './harness';
import { openReview } from './seed';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'], consent: false });
});
afterAll(async () => {
  await l?.close();
});

async function onboardingPage(): Promise<Page> {
  const url = `chrome-extension://${l.extensionId}/onboarding/index.html`;
  const found = () => Promise.resolve(l.context.pages().find((p) => p.url() === url) ?? null);
  return (await waitFor(found, (p) => p !== null, 'the onboarding page to open on install'))!;
}

/** Every file of the zip as text, the manifest and the dataset card included. */
const allText = (bundle: ExportedBundle): string =>
  Object.values(bundle.files)
    .map((data) => new TextDecoder().decode(data))
    .join('\n');

const VALUES = Object.entries(PROMISED);

describe('the redaction the onboarding page promises', () => {
  it('holds for a popup export; review lists and keeps a value; the popup switch turns it off for one export', async () => {
    const onboarding = await onboardingPage();
    // What the person reads before agreeing is the policy the export runs (one source: redaction-policy.ts).
    await expect.poll(() => onboarding.getByTestId('redaction-promise').textContent()).toBe(REDACTION_PROMISE);
    await onboarding.getByTestId('consent-site-chatgpt').check();
    await onboarding.getByTestId('consent-agree').click();
    await onboarding.getByTestId('onboarding-done').waitFor();

    const chat = await l.context.newPage();
    await chat.goto('https://chatgpt.com/');
    await sendPrompt(chat, PROMISED_PROMPT);
    await waitForAnswer(chat);
    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response'), 'the answer to be stored');
    // The capture itself is whole: the values are in the store, in the prompt and in the answer.
    const prompt = stored.find((e) => e.kind === 'prompt');
    const answer = stored.find((e) => e.kind === 'response');
    for (const [name, value] of VALUES) {
      expect(prompt?.kind === 'prompt' && prompt.text.includes(value), `${name} in the stored prompt`).toBe(true);
      expect(answer?.kind === 'response' && answer.text.includes(value), `${name} in the stored answer`).toBe(true);
    }

    const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
    await expect.poll(() => popup.getByTestId('export-redact').isChecked()).toBe(true);
    const redacted = await exportFromPopup(popup);
    const text = allText(redacted);
    for (const [name, value] of VALUES) expect(holds(text, value), `${name} (${value}) in the default export`).toBe(false);
    expect(text).toContain('<EMAIL_1>');
    type Redaction = { level: string; chosenBy: string; rulesVersion: string; rules: string[] };
    const manifest = redacted.manifest as unknown as { redaction: Redaction };
    expect(manifest.redaction).toMatchObject({ level: 'standard', chosenBy: 'default' });
    expect(manifest.redaction.rules.length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(redacted.files['README.md'])).toContain('standard (rules version');
    await expect.poll(() => popup.getByTestId('export-redaction-result').textContent()).toBe('Redacted at the standard level.');

    // The review page shows what the export replaces, before export: every promised value, masked until revealed.
    const review = await openReview(l);
    await review.getByTestId('search').fill('Please check');
    await review.getByTestId('hit-row').first().waitFor();
    await review.getByTestId('list').focus();
    await review.keyboard.press('Home');
    await review.keyboard.press('Enter');
    const detected = review.getByTestId('detected-spans').getByTestId('detected-value');
    await expect.poll(() => detected.count()).toBeGreaterThanOrEqual(VALUES.length);
    const shown = (await review.getByTestId('detected-spans').textContent()) ?? '';
    for (const [name, value] of VALUES) expect(shown.includes(value), `${name} on screen before Show`).toBe(false);
    const email = review.locator('[data-testid="detected-value"][data-kind="email"]');
    await email.getByTestId('detected-reveal').click();
    await expect.poll(() => email.getByTestId('detected-text').textContent()).toBe(PROMISED.email);
    expect(await email.getByTestId('detected-token').textContent()).toBe('→ <EMAIL_1>');
    await email.getByTestId('detected-keep').click();
    await expect.poll(() => email.getAttribute('data-kept')).toBe('true');

    const keptOne = await exportFromPopup(popup);
    const keptText = allText(keptOne);
    expect(holds(keptText, PROMISED.email), 'the kept e-mail address in the export').toBe(true);
    for (const [name, value] of VALUES.filter(([n]) => n !== 'email')) {
      expect(holds(keptText, value), `${name} after keeping the e-mail`).toBe(false);
    }
    expect((keptOne.manifest as unknown as { review: { keptValues: number } }).review.keptValues).toBe(1);

    await popup.getByTestId('export-redact').uncheck();
    const plain = await exportFromPopup(popup);
    const plainText = allText(plain);
    for (const [name, value] of VALUES) expect(holds(plainText, value), `${name} in the export with redaction off`).toBe(true);
    expect((plain.manifest as unknown as { redaction: unknown }).redaction).toMatchObject({ level: 'off', chosenBy: 'person', rules: [] });
    await expect.poll(() => popup.getByTestId('export-redaction-result').textContent()).toContain('Not redacted');

    // "Delete everything" on the options page, moments later: the store empties and no zip stays in the extension's
    // files either — the unredacted one just downloaded included, though its file is kept a minute for the download.
    expect(filesIn(await exportFiles(popup))).toContain('bundle.zip');
    const options = await l.context.newPage();
    await options.goto(`chrome-extension://${l.extensionId}/options/index.html`);
    await options.getByTestId('delete-all').click();
    await options.getByTestId('delete-all-confirm').click();
    await expect.poll(() => options.getByTestId('delete-all-done').textContent()).toBe('Everything was deleted.');
    expect(await storedEvents(l)).toEqual([]);
    const left = await exportFiles(options);
    expect(left, left.length ? await whyExportFilesStay(options) : '').toEqual([]);
  });
});
