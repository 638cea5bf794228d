// A heavy user's store (issue 14): 100,000 answers (`npm run test:scale`; 4,000 inside `npm test` to keep the
// suite within CI's budget — a cold export, no kept lines, reads and redacts every answer: ~28 s of the suite at
// 8,000 — and still six of the export reader's 4 MB worker turns; `ECHO_SCALE_ANSWERS` for another size) seeded as
// capture and the background would have written them (events, summaries, labels, review index, acceptance tally).
// Exporting from the popup shows its progress, can be cancelled midway without leaving a file, and then finishes
// with a bundle that `echo-dataset validate` accepts, holding every seeded event and a label for every answer. Its
// time and memory are measured by `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFiles, filesIn } from './export-files';
import { launch, type Launched, openPopup } from './harness';
import { manyConversations, openReview, seedEvents } from './seed';

const BIN = resolve(import.meta.dirname, '../../bin/echo-dataset.mjs');
const ANSWERS = Number(process.env.ECHO_SCALE_ANSWERS ?? 4_000);
/** Every seeded conversation holds two answers (test/e2e/seed.ts). */
const CONVERSATIONS = ANSWERS / 2;
const LONG = 900_000;

let l: Launched;
let dir: string;
let seeded: { events: number; answers: number };

beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
  dir = mkdtempSync(join(tmpdir(), 'echo-scale-export-'));
  const events = manyConversations(CONVERSATIONS);
  const review = await openReview(l);
  const counts = await seedEvents(review, events);
  await review.close();
  seeded = { events: events.length, answers: counts.answers };
}, LONG);
afterAll(async () => {
  await l?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`exporting ${ANSWERS.toLocaleString('en')} answers from the popup`, () => {
  it('cancelled midway: the popup says so and nothing is downloaded', async () => {
    expect(seeded.answers).toBe(ANSWERS);
    const popup = await openPopup(l);
    await expect.poll(() => popup.getByTestId('count-answers').textContent(), { timeout: 60_000 }).toBe(String(ANSWERS));
    const downloads: Download[] = [];
    popup.on('download', (d) => downloads.push(d));
    await popup.getByTestId('export').click();
    // Progress shows conversations read out of all of them; cancel once some, but not all, are read.
    const read = async () => Number(/Exporting… (\d+)\//.exec((await popup.getByTestId('export').textContent()) ?? '')?.[1] ?? 0);
    await expect.poll(read, { timeout: 120_000 }).toBeGreaterThan(0);
    expect(await popup.getByTestId('export').textContent()).toMatch(new RegExp(`/${CONVERSATIONS}$`));
    await popup.getByTestId('export-cancel').click();
    const result = () => popup.getByTestId('export-result').textContent();
    await expect.poll(result, { timeout: 60_000 }).toBe('Export cancelled: nothing was saved.');
    await expect(popup.getByTestId('export-cancel').count()).resolves.toBe(0);
    expect(downloads).toHaveLength(0);
    // Nor is anything of it left on disk: the spools and the zip begun are removed.
    await expect.poll(() => exportFiles(popup), { timeout: 30_000 }).toEqual([]);
    await popup.close();
  }, LONG);

  it('finishes with a bundle the CLI validates, every event and a label per answer in it', async () => {
    const popup = await openPopup(l);
    await expect.poll(() => popup.getByTestId('count-answers').textContent(), { timeout: 60_000 }).toBe(String(ANSWERS));
    const downloaded = popup.waitForEvent('download', { timeout: LONG });
    const [download] = await Promise.all([downloaded, popup.getByTestId('export').click()]);
    const zip = join(dir, download.suggestedFilename());
    await download.saveAs(zip);
    const exported = new RegExp(`^Exported ${seeded.events} events, \\d+ samples`);
    await expect.poll(() => popup.getByTestId('export-result').textContent()).toMatch(exported);
    // The zip was written to disk as it was made and downloaded from there: its spools are gone, the zip stays for
    // the download to read (removed a minute after the download started).
    expect(filesIn(await exportFiles(popup))).toEqual(['bundle.zip']);

    const validate = spawnSync(process.execPath, [BIN, 'validate', zip], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    const stats = spawnSync(process.execPath, [BIN, 'stats', zip, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(stats.status).toBe(0);
    const { bundles } = JSON.parse(stats.stdout) as { bundles: { counts: Record<string, number> }[] };
    expect(bundles[0]!.counts).toMatchObject({ conversations: CONVERSATIONS, answers: ANSWERS, events: seeded.events, labels: ANSWERS });
    expect(bundles[0]!.counts.sft).toBeGreaterThan(0);
    await popup.close();
  }, LONG);
});
