// Nothing lost, nothing duplicated when the service worker dies; hostile answer text stays text everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFromPopup, launch, type Launched, openPopup, sendPrompt, stopServiceWorker, storedEvents, tabIdOf, waitFor, waitForAnswer } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch();
});
afterAll(async () => {
  await l?.close();
});

describe('ChatGPT capture resilience', () => {
  it('loses and duplicates nothing when the service worker is killed between the answer and the copy', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    await sendPrompt(page, 'Write a Python function that sorts a list');
    await waitForAnswer(page);
    await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response'), 'the answer to be stored');
    // A marker in the worker's globals: it is gone once the worker has really been stopped and started again.
    const worker = await l.worker();
    await worker.evaluate(() => ((globalThis as { __echoMarker?: string }).__echoMarker = 'alive'));
    await stopServiceWorker(l);
    await waitFor(
      () => worker.evaluate(() => (globalThis as { __echoMarker?: string }).__echoMarker).catch(() => undefined),
      (marker) => marker === undefined,
      'the worker to be stopped',
    );

    // The copy wakes a fresh worker; the content script retries until it is stored.
    await page.locator('pre button', { hasText: 'Copy code' }).click();
    await page.getByTestId('copy-turn-action-button').click();
    const events = await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'copy').length === 2, 'both copies to be stored');
    expect(events.map((e) => e.kind)).toEqual(['prompt', 'response', 'copy', 'copy']);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // Still exactly once after the content script's resend window has passed.
    await page.waitForTimeout(1500);
    expect((await storedEvents(l)).length).toBe(4);
  });

  it('shows an answer containing <img onerror> and <script> as text in the popup and the export, never running it', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    const hostile = `hostile <img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
    await sendPrompt(page, hostile);
    await waitForAnswer(page);
    const events = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response' && e.text.includes('onerror')), 'the hostile answer');
    const answer = events.filter((e) => e.kind === 'response').pop()!;
    expect(answer.kind === 'response' && answer.text).toContain(`<img src=x onerror="document.title='pwned'">`);

    const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
    await popup.getByTestId('recent').waitFor();
    await expect.poll(() => popup.getByTestId('recent').textContent()).toContain('<img src=x onerror=');
    expect(await popup.locator('img').count()).toBe(0);
    expect(await popup.locator('#app script').count()).toBe(0);
    expect(await popup.title()).toBe('Echo Capture');

    const bundle = await exportFromPopup(popup);
    const exported = bundle.events.find((e) => e.id === answer.id)!;
    expect(exported.kind === 'response' && exported.text).toBe(answer.kind === 'response' && answer.text);
    const prompt = bundle.events.find((e) => e.kind === 'prompt' && e.text.startsWith('hostile'));
    expect(prompt && prompt.kind === 'prompt' && prompt.text).toBe(hostile);
    expect(await page.title()).not.toBe('pwned');
  });
});
