// Storage full: IndexedDB refuses writes (QuotaExceededError, simulated in the service worker). The batch is not
// written at all, the popup says so plainly, everything stored before still exports whole; once space is back the
// content script's retry stores what was waiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFromPopup, launch, type Launched, openPopup, sendPrompt, storedEvents, tabIdOf, waitFor, waitForAnswer } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
});
afterAll(async () => {
  await l?.close();
});

/** Makes every IndexedDB write in the service worker fail as a full disk does (or undoes it). */
async function storageFull(full: boolean): Promise<void> {
  const sw = await l.worker();
  await sw.evaluate((on) => {
    type Saved = { add: IDBObjectStore['add']; put: IDBObjectStore['put'] };
    const g = globalThis as unknown as { __echoSavedIdb?: Saved };
    const proto = IDBObjectStore.prototype;
    if (on) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back on the prototype, never called unbound
      g.__echoSavedIdb ??= { add: proto.add, put: proto.put };
      const quota = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      proto.add = quota;
      proto.put = quota;
    } else if (g.__echoSavedIdb) {
      proto.add = g.__echoSavedIdb.add;
      proto.put = g.__echoSavedIdb.put;
    }
  }, full);
}

describe('storage full', () => {
  it('shows a clear message, writes nothing of the refused batch, exports what was stored whole, and catches up after', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/c\/[\w-]+$/);
    await waitForAnswer(page);
    const before = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response'), 'the answer to be stored');
    expect(before.map((e) => e.kind)).toEqual(['prompt', 'response']);
    const tabId = await tabIdOf(l, 'https://chatgpt.com/*');

    await storageFull(true);
    await page.getByTestId('good-response-turn-action-button').click();
    await page.locator('pre button', { hasText: 'Copy code' }).click();

    const popup = await openPopup(l, tabId);
    await waitFor(
      async () => {
        await popup.reload();
        return popup.getByTestId('storage-full').count();
      },
      (n) => n === 1,
      'the popup to say storage is full',
    );
    const message = await popup.getByTestId('storage-full').textContent();
    expect(message).toContain('Storage is full: new captures are not being saved');
    expect(message).toContain('Everything captured before is intact');
    // Nothing of the refused batches, and the summaries did not move either.
    expect((await storedEvents(l)).map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(await popup.getByTestId('count-answers').textContent()).toBe('1');
    expect(await popup.getByTestId('count-signals').textContent()).toBe('0');

    const bundle = await exportFromPopup(popup);
    expect(bundle.events.map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(bundle.events).toEqual(before);
    expect(bundle.manifest.files.find((f) => f.name === 'events.jsonl')?.records).toBe(2);

    await storageFull(false);
    const after = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'feedback') && es.some((e) => e.kind === 'copy'), 'the waiting batch to be stored', 40_000);
    expect(after.slice(0, 2)).toEqual(before);
    await waitFor(
      async () => {
        await popup.reload();
        return popup.getByTestId('storage-full').count();
      },
      (n) => n === 0,
      'the storage-full message to go',
    );
  });
});
