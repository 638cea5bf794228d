// Issue 17 in Firefox: the same built extension in firefox-esr, one ChatGPT exchange holding every value the
// redaction promise names, Export pressed in the popup, and the zip Firefox saves holds none of them, with the
// manifest saying the standard level ran by default. Launched by the shared Firefox harness (CONNECT proxy, fixed
// extension UUID, consent given, downloads in a folder of the run's own).
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holds, PROMISED, PROMISED_PROMPT } from '../support/redaction-samples';
import { type FirefoxRun, inExtensionPage, launchFirefox, until } from './firefox-harness';

let run: FirefoxRun;

beforeAll(async () => {
  run = await launchFirefox(['chatgpt']);
});

afterAll(async () => {
  await run?.close();
  if (run) rmSync(run.downloads, { recursive: true, force: true });
});

/** Firefox makes an empty `name.zip` at once and writes `name.zip.part`, renamed over it when done. */
function savedZip(): string | undefined {
  const names = readdirSync(run.downloads);
  const zip = names.find((f) => f.endsWith('.zip'));
  return zip && !names.some((f) => f.endsWith('.part')) && statSync(join(run.downloads, zip)).size > 0 ? zip : undefined;
}

describe('Firefox: the default export redacts', () => {
  it('exports a ChatGPT exchange holding every promised kind with none of the values in any file', async () => {
    const page = await run.browser.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type(PROMISED_PROMPT);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="copy-turn-action-button"]', { timeout: 30_000 });

    const ready = "!!document.querySelector('[data-testid=\"export\"]')";
    await inExtensionPage(run, `popup/index.html?t=${Date.now()}`, ready, async (tab) => {
      // The answer is stored once the popup counts it; the switch shows redaction on by default.
      await tab.waitForFunction(() => document.querySelector('[data-testid="count-answers"]')?.textContent === '1', { timeout: 20_000 });
      const checked = await tab.$eval('[data-testid="export-redact"]', (el) => (el as HTMLInputElement).checked);
      expect(checked).toBe(true);
      await tab.click('[data-testid="export"]');
      await tab.waitForSelector('[data-testid="export-result"]', { timeout: 20_000 });
    });
    const zipName = (await until(() => Promise.resolve(savedZip()), (z) => !!z, 'Firefox to save the zip'))!;
    const files = unzipSync(readFileSync(join(run.downloads, zipName)));
    const text = Object.values(files)
      .map((f) => new TextDecoder().decode(f))
      .join('\n');
    // The exchange is in the zip, each value replaced by its typed placeholder.
    expect(text).toContain('You asked');
    for (const token of ['<EMAIL_1>', '<PHONE_1>', '<CARD_1>', '<IBAN_1>']) expect(text).toContain(token);
    for (const [name, value] of Object.entries(PROMISED)) {
      expect(holds(text, value), `${name} (${value}) in the Firefox export`).toBe(false);
    }
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { redaction?: { level: string; chosenBy: string } };
    expect(manifest.redaction).toMatchObject({ level: 'standard', chosenBy: 'default' });
    await page.close();
  });
});
