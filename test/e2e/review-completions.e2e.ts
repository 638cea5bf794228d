// Inline code completions on the review page and in the popup, in real Chromium, seeded into the store the way
// capture would have written them: the acceptance rate as accepted / shown (partly accepted apart), and each
// suggestion beside the chats with its accepted part, final code and diff, captured code staying text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accepted, outcome, shown, syntheticCompletionDocument } from '../support/completion-events';
import { resetTestClock } from '../support/make-event';
import { launch, type Launched, openPopup } from './harness';
import { manyConversations, openReview, seedEvents } from './seed';

const HOSTILE = `<img src=x onerror="document.title='pwned'">`;

describe('review page: inline completions', () => {
  let l: Launched;
  let review: Page;
  beforeAll(async () => {
    l = await launch({ sites: ['chatgpt'] });
    review = await openReview(l);
    await review.getByTestId('empty-state').waitFor();
    resetTestClock('2026-11-25T12:00:00.000Z');
    const hostile = { conversationId: 'file-hostile.ts' };
    const editing = [
      ...syntheticCompletionDocument('e2e', 0),
      shown('h1', HOSTILE, { ...hostile, language: 'typescript' }),
      accepted('h1', HOSTILE, 'full', hostile),
      outcome('h1', HOSTILE, `${HOSTILE} // checked`, 'left', hostile),
    ];
    await seedEvents(review, [...manyConversations(3), ...editing]);
    await review.reload();
    await review.getByTestId('completions').waitFor();
  });
  afterAll(async () => {
    await l?.close();
  });

  it('shows accepted / shown with partly accepted apart, and every suggestion with what became of it', async () => {
    // 10 shown: 5 accepted whole (kept, refined, the replacement, undone, the hostile one), 1 partly.
    const line = await review.getByTestId('completions-acceptance').textContent();
    expect(line).toContain('accepted 50% of 10 suggestions shown (accepted / shown), partly 10%');
    const items = review.getByTestId('completion-item');
    expect(await items.count()).toBe(10);
    const labels = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-label')).sort());
    expect(labels).toEqual(['accepted', 'accepted', 'partial', 'refined', 'refined', ...Array<string>(5).fill('rejected')]);
    const refined = items.filter({ hasText: 'refined_final_e2e_0()' });
    expect(await refined.getByTestId('completion-suggestion').textContent()).toContain('refined_draft_e2e_0()');
    expect(await refined.getByTestId('completion-accepted').textContent()).toContain('refined_draft_e2e_0()');
    expect(await refined.getByTestId('completion-final').textContent()).toContain('refined_final_e2e_0()');
    expect(await refined.getByTestId('completion-diff').locator('ins').allTextContents()).not.toEqual([]);
    const dismissed = items.filter({ hasText: 'escaped_e2e_0()' });
    expect(await dismissed.getByTestId('completion-accepted').count()).toBe(0);
  });

  it('renders captured code as text only', async () => {
    const item = review.getByTestId('completion-item').filter({ hasText: 'onerror' });
    expect(await item.getByTestId('completion-suggestion').textContent()).toContain(HOSTILE);
    expect(await review.locator('[data-testid=completions] img').count()).toBe(0);
    expect(await review.title()).not.toBe('pwned');
  });

  it('the popup shows the completion acceptance line beside the chat one', async () => {
    const popup = await openPopup(l);
    const line = popup.getByTestId('completion-acceptance');
    await line.waitFor();
    expect(await line.textContent()).toContain('Completions: accepted 50% of 10 suggestions shown (accepted / shown), partly 10%');
    await popup.getByTestId('acceptance').waitFor();
    await popup.close();
  });
});
