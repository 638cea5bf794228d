// A participant's study, end to end: import the study file in options, read its consent text, enter the
// participant code, join; then chat on two sites of which only ChatGPT is in scope, with one signal the study does
// not cover. Only the study's site and signals are stored; the study export carries the study and participant ids
// and is redacted at the study's level. Leaving with delete empties the store and the export's files.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../src/core/events';
import type { SiteHealth } from '../../src/messages';
import { exportFiles, filesIn, whyExportFilesStay } from './export-files';
import { launch, type Launched, openPopup, sendPrompt, storedEvents, tabIdOf, waitFor, waitForAnswer } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt', 'claude'] });
});
afterAll(async () => {
  await l?.close();
});

const study = {
  ...JSON.parse(readFileSync(new URL('../../docs/examples/study.json', import.meta.url), 'utf8')),
  id: 'e2e-study-1',
  signals: ['regenerate', 'branch_switch', 'copy'],
  participantId: { scheme: 'entered', label: 'Your participant code', pattern: 'P[0-9]{3}' },
};

async function healthOf(tabId: number): Promise<SiteHealth | undefined> {
  const sw = await l.worker();
  type Session = { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } };
  return sw.evaluate(async (key) => (await (globalThis as unknown as Session).chrome.storage.session.get(key))[key] as SiteHealth | undefined, `health:${tabId}`);
}

async function claudeExchange(page: Page, text: string): Promise<void> {
  await page.goto('https://claude.ai/new');
  await page.locator('[data-testid="chat-input"]').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-perf-row="assistant"][data-perf-row-streaming="false"]', { timeout: 30_000 });
}

describe('study mode', () => {
  it('captures only what the study covers, exports it with the ids and redacted, and deletes it on leaving', async () => {
    const options = await l.context.newPage();
    await options.goto(`chrome-extension://${l.extensionId}/options/index.html`);
    await options.getByTestId('study-file').setInputFiles({ name: 'study.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(study)) });
    await options.getByTestId('study-preview').waitFor();
    expect(await options.getByTestId('study-consent-text').textContent()).toBe(study.consentText);
    expect(await options.getByTestId('study-join').isDisabled()).toBe(true);
    await options.getByTestId('study-code').fill('P042');
    await options.getByTestId('study-join').click();
    await options.getByTestId('study-joined').waitFor();
    expect(await options.getByTestId('study-participant').textContent()).toBe('P042');

    // In scope: ChatGPT, with a copy (covered) and a thumbs up (not covered).
    const chat = await l.context.newPage();
    await chat.goto('https://chatgpt.com/');
    await sendPrompt(chat, 'Write a Python function that reverses a list and mail it to jane.doe@gmail.com');
    await chat.waitForURL(/\/c\/[\w-]+$/);
    await waitForAnswer(chat);
    await chat.getByTestId('good-response-turn-action-button').click();
    await chat.locator('pre button', { hasText: 'Copy code' }).click();
    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'copy'), 'the copy to be stored');

    // Out of scope: Claude.
    const claude = await l.context.newPage();
    await claudeExchange(claude, 'Write a Python function that reverses a list');
    const claudeTab = await tabIdOf(l, 'https://claude.ai/*');
    await waitFor(() => healthOf(claudeTab), (h) => h?.status === 'paused', 'Claude to report capture off');

    const popup = await openPopup(l, claudeTab);
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toBe('Claude: not part of your study');
    expect(await popup.getByTestId('study-status').textContent()).toContain('participant P042');

    const all = await storedEvents(l);
    expect(all.map((e) => e.id)).toEqual(stored.map((e) => e.id));
    expect(all.map((e) => e.kind)).toEqual(['prompt', 'response', 'copy']);
    expect(all.every((e) => e.site === 'chatgpt')).toBe(true);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('study-export').click()]);
    const files = unzipSync(readFileSync(await download.path()));
    expect(filesIn(await exportFiles(options))).toEqual(['bundle.zip']); // written to disk as it was made
    const text = (name: string) => new TextDecoder().decode(files[name]);
    const manifest = JSON.parse(text('manifest.json')) as { studyId?: string; participantId?: string; redaction?: { level: string } };
    expect(manifest.studyId).toBe('e2e-study-1');
    expect(manifest.participantId).toBe('P042');
    expect(manifest.redaction?.level).toBe('standard');
    const events = text('events.jsonl').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CaptureEvent);
    expect(events.map((e) => e.kind)).toEqual(['prompt', 'response', 'copy']);
    expect(events.every((e) => e.site === 'chatgpt')).toBe(true);
    const prompt = events[0] as Extract<CaptureEvent, { kind: 'prompt' }>;
    expect(prompt.text).toBe('Write a Python function that reverses a list and mail it to <EMAIL_1>');
    for (const [name, bytes] of Object.entries(files)) expect(new TextDecoder().decode(bytes), name).not.toContain('jane.doe@gmail.com');

    await options.getByTestId('study-leave').click();
    await options.getByTestId('study-leave-delete').click();
    // The page offers a new study only once the data and the export's files are gone, and says so.
    await expect
      .poll(() => options.getByTestId('study-deleted').textContent(), { timeout: 20_000 })
      .toBe('Left the study. Its captured data and export files were deleted.');
    await options.getByTestId('study-drop').waitFor();
    expect(await storedEvents(l)).toEqual([]);
    // The export's zip, downloaded a moment ago, is not left in the extension's files either.
    const left = await exportFiles(options);
    expect(left, left.length ? await whyExportFilesStay(options) : '').toEqual([]);
  });
});
