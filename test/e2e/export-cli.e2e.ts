// From capture to a researcher's checked dataset: a scripted session on the ChatGPT fixture (ask, regenerate,
// copy the second answer's code, thumbs up, say thanks), the popup's acceptance line, Export, the zip saved
// where a user would save it, and `echo-dataset validate` (the real bin, as a child process) accepting it, its
// stats, relabel and merge; the popup's remembered choice of the trainer renderings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched, openPopup, sendPrompt, storedEvents, tabIdOf, waitFor, waitForAnswer } from './harness';

const BIN = resolve(import.meta.dirname, '../../bin/echo-dataset.mjs');
let l: Launched;
let dir: string;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
  dir = mkdtempSync(join(tmpdir(), 'echo-export-cli-'));
});
afterAll(async () => {
  await l?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('popup export -> echo-dataset validate', () => {
  it('exports a labelled training bundle that the CLI validates', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/c\/[\w-]+$/);
    await waitForAnswer(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('2/2').waitFor();
    await waitForAnswer(page);
    await page.locator('pre button', { hasText: 'Copy code' }).last().click();
    await page.getByTestId('good-response-turn-action-button').last().click();
    await sendPrompt(page, 'Thanks, that works!');
    await waitForAnswer(page);
    await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'response').length === 3 && es.some((e) => e.kind === 'feedback'), 'session to be stored');

    const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
    await expect.poll(() => popup.getByTestId('acceptance').textContent(), { timeout: 15_000 }).toMatch(/^Accepted \d+% of \d+ labelled answers? \(gpt-4o \d+%\) · \d+% of \d+ shown \(accepted \/ shown\)$/);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export').click()]);
    const zip = join(dir, download.suggestedFilename());
    await download.saveAs(zip);
    await expect.poll(() => popup.getByTestId('export-result').textContent()).toMatch(/Exported \d+ events, \d+ samples/);

    const validate = cli('validate', zip);
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    // By default the popup writes the SFT, preference and KTO samples; the trainer renderings only when asked for.
    const files = ['events', 'conversations', 'labels', 'sft', 'sft-prompt-completion', 'preference', 'kto'].map((stem) => `${stem}.jsonl`);
    for (const file of [...files, 'README.md']) expect(validate.stdout).toContain(`  ${file}\t`);
    for (const file of ['openai-chat.jsonl', 'sharegpt.jsonl', 'dataset_info.json']) expect(validate.stdout).not.toContain(`  ${file}\t`);

    // Asked for once, the renderings are remembered: the next export writes them, and its card names every format.
    await popup.getByTestId('export-renderings').check();
    await popup.reload();
    await expect.poll(() => popup.getByTestId('export-renderings').isChecked()).toBe(true);
    const [again] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export').click()]);
    const withRenderings = join(dir, 'with-renderings.zip');
    await again.saveAs(withRenderings);
    const all = cli('validate', withRenderings);
    expect(all.status).toBe(0);
    for (const stem of ['openai-chat', 'sharegpt', 'openai-preference', 'llamafactory-preference', 'llamafactory-kto']) {
      expect(all.stdout).toContain(`  ${stem}.jsonl\t`);
    }
    const card = unzipSync(readFileSync(withRenderings))['README.md']!;
    const named = new TextDecoder().decode(card).split('\n').find((line) => line.includes('Sample formats')) ?? '';
    for (const format of ['sft', 'preference', 'kto', 'openai-chat', 'sharegpt', 'openai-preference', 'llamafactory']) expect(named).toContain(format);
    // The kept, copied, thumbed-up variant is an SFT target; the regenerated-away one is the rejected side of a pair.
    const stats = cli('stats', zip, '--json');
    expect(stats.status).toBe(0);
    type BundleStats = { counts: Record<string, number>; acceptance: { overall: { accepted: number; rejected: number } } };
    const { bundles } = JSON.parse(stats.stdout) as { bundles: BundleStats[] };
    expect(bundles[0]!.counts.sft).toBeGreaterThanOrEqual(1);
    expect(bundles[0]!.counts.preference).toBeGreaterThanOrEqual(1);
    expect(bundles[0]!.acceptance.overall.rejected).toBeGreaterThanOrEqual(1);

    const relabelled = join(dir, 'relabelled.zip');
    expect(cli('relabel', zip, '--out', relabelled).status).toBe(0);
    expect(cli('validate', relabelled).status).toBe(0);

    // Merged with its relabelled copy: an export made outside a study has no participant id, so each file stands
    // for one, and the merge says their conversation ids coincide instead of silently keeping one of them.
    const merged = join(dir, 'merged');
    const merge = cli('merge', zip, relabelled, '--out', merged, '--quiet');
    expect(merge.stderr).toBe('');
    expect(merge.status).toBe(0);
    expect(merge.stdout).toMatch(/^merged 2 bundles \(2 participants\) -> /);
    expect(merge.stdout).toMatch(/warning: 1 conversation id appears under more than one participant/);
    expect(merge.stdout).toMatch(/warning: 2 bundles have no participantId/);
    const check = cli('validate', merged);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/data\/sft\/study=__HIVE_DEFAULT_PARTITION__\/site=chatgpt\/day=\d{4}-\d{2}-\d{2}\/part-0\.parquet\t\d+ records/);
    expect(l.extensionRequests).toEqual([]);
  });
});
