import 'fake-indexeddb/auto';
import type Browser from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIRROR_COUNTS_KEY, readPopupMirror } from '../messages/popup-mirror';
import { makeEvent, resetTestClock } from '../../test/support/make-event';
import { syntheticCompletionDocument } from '../../test/support/completion-events';
import { openBackgroundStore } from '../store/api';
import { EchoDB } from '../store/db';
import { completionAcceptance, MIRROR_DELAY_MS, mirrorCounts, popupSummary, RECENT_CONVERSATIONS } from './popup-summary';

let n = 0;
const fresh = () => openBackgroundStore(new EchoDB(`popup-summary-${++n}`));

/** A chat whose answer got a thumbs up, on day `d` of March 2026. */
function chat(id: string, d: number) {
  const base = { site: 'chatgpt', conversationId: id };
  const day = `2026-03-${String(d).padStart(2, '0')}`;
  return [
    makeEvent('prompt', { ...base, ts: `${day}T10:00:00.000Z`, messageId: 'u1', text: `Question ${id}` }),
    makeEvent('response', { ...base, ts: `${day}T10:00:05.000Z`, messageId: 'a1', parentId: 'u1', text: `Answer ${id}`, codeBlocks: [], model: 'gpt-4o', complete: 'finished' }),
    makeEvent('feedback', { ...base, ts: `${day}T10:00:09.000Z`, messageId: 'a1', rating: 'up' }),
  ];
}

describe("the popup's lines beside the counts, answered by the background", () => {
  it('are the newest conversations and the acceptance the background keeps', async () => {
    const store = fresh();
    for (let d = 1; d <= 8; d++) await store.append(chat(`c${d}`, d));
    await store.updateDerived();
    const summary = await popupSummary(store);
    expect(summary.recent.map((r) => r.key)).toEqual(['chatgpt:c8', 'chatgpt:c7', 'chatgpt:c6', 'chatgpt:c5', 'chatgpt:c4']);
    expect(summary.recent).toHaveLength(RECENT_CONVERSATIONS);
    expect(summary.acceptance.overall).toMatchObject({ answers: 8, accepted: 8 });
  });

  it('count inline completions from the editor documents alone, however many chats sit beside them', async () => {
    resetTestClock('2026-03-20T12:00:00.000Z');
    const store = fresh();
    await store.append([...syntheticCompletionDocument('a', 0), ...syntheticCompletionDocument('a', 1)]);
    await store.updateDerived(); // as the background does once the events are in
    const alone = (await completionAcceptance(store)).stats.overall;
    for (let d = 1; d <= 20; d++) await store.append(chat(`c${d}`, d));
    await store.updateDerived();
    const beside = (await completionAcceptance(store)).stats.overall;
    expect(beside).toEqual(alone);
    // Nine suggestions in each document: kept, refined, the replacement and the undone one accepted whole, one in part.
    expect(beside).toMatchObject({ shown: 18, accepted: 8, partial: 2 });
  });
});

/** An extension storage area over a Map, counting writes. */
function memoryArea() {
  const data = new Map<string, unknown>();
  let writes = 0;
  const area = {
    get: (keys: string[]) => Promise.resolve(Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, data.get(k)]))),
    set: (items: Record<string, unknown>) => {
      writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      return Promise.resolve();
    },
  };
  return { area: area as unknown as Browser.Storage.StorageArea, data, writes: () => writes };
}

describe('the figures mirrored for the popup to paint before the worker answers', () => {
  afterEach(() => vi.useRealTimers());

  it('follow stored events, one write per burst, and the acceptance line of the last summary', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = fresh();
    const { area, writes } = memoryArea();
    const mirror = mirrorCounts(store, area);
    expect(await readPopupMirror(area)).toEqual({ counts: null, acceptance: null });
    for (let d = 1; d <= 3; d++) {
      await store.append(chat(`c${d}`, d));
      mirror.stored();
    }
    await vi.advanceTimersByTimeAsync(MIRROR_DELAY_MS);
    expect(writes()).toBe(1);
    expect((await readPopupMirror(area)).counts).toMatchObject({ conversations: 3, answers: 3 });
    await store.updateDerived();
    await popupSummary(store, area);
    await vi.waitFor(async () => expect((await readPopupMirror(area)).acceptance).toMatch(/3/));
    expect((await readPopupMirror(area)).counts).toMatchObject({ answers: 3 }); // the line did not clobber the counts
  });

  it('are ignored when malformed: the popup then waits for the worker', async () => {
    const { area, data } = memoryArea();
    data.set(MIRROR_COUNTS_KEY, { conversations: 2, prompts: -1, answers: 'many', signals: 0, byKind: {} });
    expect((await readPopupMirror(area)).counts).toBeNull();
  });
});
