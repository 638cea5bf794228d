// A user's review decisions reach the dataset: capture a real session, exclude one answer, relabel another and
// redact a span of it in the review page, export from the popup, and read the bundle as a trainer would.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFromPopup, launch, type Launched, openPopup, sendPrompt, storedEvents, tabIdOf, waitFor, waitForAnswer } from './harness';
import { openReview } from './seed';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
});
afterAll(async () => {
  await l?.close();
});

async function openConversation(review: Page, text: string): Promise<void> {
  await review.getByTestId('search').fill(text);
  await review.getByTestId('hit-row').first().filter({ hasText: text }).waitFor();
  await review.getByTestId('list').focus();
  await review.keyboard.press('Home');
  await review.keyboard.press('Enter');
  await review.getByTestId('timeline').filter({ hasText: text }).waitFor();
}

describe('review decisions in the export', () => {
  it('leaves the excluded answer out, keeps the user label beside the machine label, and redacts the span everywhere', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await waitForAnswer(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('2/2').waitFor();
    await waitForAnswer(page);
    await page.locator('pre button', { hasText: 'Copy code' }).click();
    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'copy'), 'the copy to be stored');
    const [first, second] = stored.filter((e) => e.kind === 'response');
    expect(second!.kind === 'response' && second!.text).toContain('reversed_copy');

    const review = await openReview(l);
    await openConversation(review, 'reverses a list');
    const answers = review.getByTestId('timeline').getByTestId('answer');
    await expect.poll(() => answers.count()).toBe(2);
    // A controlled checkbox: it turns on once the decision is stored.
    await answers.nth(0).getByTestId('exclude-answer').click();
    await expect.poll(() => answers.nth(0).locator('.excluded-chip').count()).toBe(1);
    await answers.nth(1).getByTestId('label-select').selectOption('refined');
    await expect.poll(() => answers.nth(1).getByTestId('user-label').textContent()).toBe('yours: refined');
    await answers.nth(1).getByTestId('redact-open').click();
    await answers.nth(1).getByTestId('redact-value').fill('reversed_copy');
    await answers.nth(1).getByTestId('redact-submit').click();
    await expect.poll(() => answers.nth(1).getByTestId('answer-text').textContent()).not.toContain('reversed_copy');

    const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
    const bundle = await exportFromPopup(popup);
    const everything = Object.entries(bundle.files)
      .filter(([name]) => name !== 'manifest.json')
      .map(([, data]) => new TextDecoder().decode(data))
      .join('\n');
    // Excluded: the first answer's text and record are in no file.
    expect(bundle.events.some((e) => e.id === first!.id)).toBe(false);
    expect(first!.kind === 'response' && first!.text).toContain('You can reverse a list with slicing');
    expect(everything).not.toContain('You can reverse a list with slicing');
    // Redacted everywhere: answer, code block, copy.
    expect(everything).not.toContain('reversed_copy');
    expect(everything).toContain('<SECRET_1>');
    // The user's label beside the machine's, for the answer kept.
    const labels = bundle.jsonl('labels.jsonl') as { eventId: string; label: string; userLabel?: string }[];
    expect(labels.map((x) => x.eventId)).toEqual([second!.id]);
    expect(labels[0]).toMatchObject({ userLabel: 'refined' });
    expect(labels[0]!.label).toBeTruthy();
    const reviewCounts = (bundle.manifest as unknown as { review: Record<string, number> }).review;
    expect(reviewCounts).toMatchObject({ excludedAnswers: 1, userLabels: 1, userRedactions: 1 });
  });
});
