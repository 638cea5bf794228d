import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeEvent, resetTestClock } from '../../test/support/make-event';
import { syntheticCompletionDocument } from '../../test/support/completion-events';
import { openBackgroundStore } from '../store/api';
import { EchoDB } from '../store/db';
import { completionAcceptance, popupSummary, RECENT_CONVERSATIONS } from './popup-summary';

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
