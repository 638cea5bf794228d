// GitHub Copilot Chat (github.com/copilot) as a developer lives it: ask for code, watch it stream, retry, flip
// between the two answers, copy the code block (the key signal on a coding UI) and the whole answer, rate it, and
// export from the popup. A second page with a redesigned message module must read "degraded" and store nothing.
// In English and in Brazilian Portuguese.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../src/core/events';
import type { GithubCopilotBackend } from '../sites/github-copilot/backend';
import labels from '../sites/github-copilot/labels.json';
import { exportFromPopup, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor, eventsOfKind } from './harness';
import { readout, uiLanguages } from './languages';

let l: Launched;

const of = eventsOfKind;
const mine = (events: CaptureEvent[]) => events.filter((e) => e.site === 'github-copilot');

async function ask(page: Page, text: string): Promise<void> {
  await page.locator('#copilot-chat-textarea').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

async function waitForAnswer(page: Page, t: typeof labels.en): Promise<void> {
  await page.getByRole('button', { name: t.stop }).waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('#messages > div:last-child').getByRole('button', { name: t.retry }).waitFor();
}

describe.each(uiLanguages('github-copilot', labels))('GitHub Copilot Chat, UI in $lang', ({ lang, locale, t }) => {
  beforeAll(async () => {
    l = await launch({ sites: ['github-copilot'], locale });
  });
  afterAll(async () => {
    await l?.close();
  });

  if (lang === 'en') it('does not run on the rest of github.com', async () => {
    const sw = await l.worker();
    type Manifest = { content_scripts: { matches: string[]; js: string[] }[] };
    const scripts = await sw.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): Manifest } } }).chrome.runtime.getManifest().content_scripts,
    );
    const mineScript = scripts.find((s) => s.js.includes('content-github-copilot.js'))!;
    expect(mineScript.matches).toEqual(['https://github.com/copilot*']);
  });

  it('captures prompt, the streamed answer and its retry, the switches, code and answer copies and thumbs, each once', async () => {
    const page = await l.context.newPage();
    await page.goto('https://github.com/copilot');
    await ask(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/copilot\/c\/[\w-]+$/);
    await waitForAnswer(page, t);

    await page.getByRole('button', { name: t.retry }).click();
    await page.getByText(readout(t, 2, 2)).waitFor();
    await waitForAnswer(page, t);

    await page.getByRole('button', { name: t.previousResponse }).click();
    await page.getByText(readout(t, 1, 2)).waitFor();
    await page.getByRole('button', { name: t.nextResponse }).click();
    await page.getByText(readout(t, 2, 2)).waitFor();

    await page.getByRole('button', { name: t.copyCode }).click();
    await page.getByRole('button', { name: t.copy, exact: true }).click();
    await page.getByRole('button', { name: t.goodResponse }).click();

    const kinds = ['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'branch_switch', 'copy', 'copy', 'feedback'];
    const hasFeedback = (es: CaptureEvent[]) => es.some((e) => e.kind === 'feedback');
    const stored = await waitFor(async () => mine(await storedEvents(l)), hasFeedback, 'feedback to be stored');
    expect(stored.map((e) => e.kind)).toEqual(kinds);

    const popup = await openPopup(l, await tabIdOf(l, 'https://github.com/copilot*'));
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toBe('GitHub Copilot: capturing');
    const events = mine((await exportFromPopup(popup)).events);
    await popup.close();
    expect(events.map((e) => e.kind)).toEqual(kinds);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    const threadId = new URL(page.url()).pathname.split('/').pop()!;
    const thread = (l.backends['github-copilot'] as GithubCopilotBackend).threads.get(threadId)!;
    const held = [...thread.messages.values()];
    const [prompt] = of(events, 'prompt');
    const [v1, v2] = of(events, 'response');
    const [regen] = of(events, 'regenerate');
    const [back, forth] = of(events, 'branch_switch');
    const [codeCopy, answerCopy] = of(events, 'copy');
    const [thumb] = of(events, 'feedback');
    for (const e of events) expect(e.conversationId).toBe(threadId);

    // Derived ids: the place in the tree. The retry is the prompt's second answer; switching back yields the first
    // answer's id again.
    expect(prompt).toMatchObject({ messageId: 'p1', text: 'Write a Python function that reverses a list' });
    expect([v1!.messageId, v2!.messageId]).toEqual(['p1.1', 'p1.2']);
    const heldPrompt = held.find((m) => m.role === 'user')!;
    const heldAnswers = held.filter((m) => m.parentMessageID === heldPrompt.id);
    expect(heldPrompt.content).toBe(prompt!.text);
    expect(heldAnswers.map((m) => m.content)).toEqual([v1!.text, v2!.text]);
    for (const v of [v1!, v2!]) {
      expect(v.parentId).toBe(prompt!.messageId);
      expect(v.complete).toBe('finished');
      expect(v.codeBlocks[0]!.language).toBe('python');
    }
    expect(v1!.text).not.toBe(v2!.text);
    expect(v2).toMatchObject({ variantIndex: 2, variantCount: 2, model: 'GPT-4.1' });
    expect(regen).toMatchObject({ oldResponseId: v1!.messageId, newResponseId: v2!.messageId, promptMessageId: prompt!.messageId });
    expect(back).toMatchObject({ role: 'assistant', fromMessageId: v2!.messageId, toMessageId: v1!.messageId });
    expect(back).toMatchObject({ variantIndex: 1, variantCount: 2 });
    expect(forth).toMatchObject({ fromMessageId: v1!.messageId, toMessageId: v2!.messageId, variantIndex: 2 });
    expect(codeCopy).toMatchObject({ messageId: v2!.messageId, via: 'code-button', codeBlockIndex: 0, text: v2!.codeBlocks[0]!.code });
    expect(v2!.text.slice(codeCopy!.start, codeCopy!.end)).toBe(codeCopy!.text);
    expect(answerCopy).toMatchObject({ messageId: v2!.messageId, via: 'button', text: v2!.text, share: 1 });
    expect(thumb).toMatchObject({ messageId: v2!.messageId, rating: 'up' });

    expect(l.extensionRequests).toEqual([]);
    await page.close();
  });

  // A site update renames attributes, not labels: checked once, in English.
  if (lang === 'en') it('reports degraded capture on a redesigned message module and stores no event from it', async () => {
    const before = mine(await storedEvents(l)).length;
    const page = await l.context.newPage();
    await page.goto('https://github.com/copilot?drift=1');
    await ask(page, 'Write a Python function that sorts a list');
    await page.waitForURL(/\/copilot\/c\/[\w-]+$/);
    await waitForAnswer(page, t);

    const popup = await openPopup(l, await tabIdOf(l, 'https://github.com/copilot*'));
    // Health is re-checked on page changes (at most once a second): the user rating the answer is one (typing into
    // a textarea changes no DOM). The popup reads the status when it opens, as a user reopening it would.
    await expect
      .poll(
        async () => {
          await page.locator('#messages > div:last-child button.feedback-action[aria-pressed="false"]').first().click({ timeout: 2000 });
          await popup.reload();
          return popup.getByTestId('site-status').textContent();
        },
        { timeout: 20_000, interval: 1100 },
      )
      .toBe('GitHub Copilot: capture degraded (missing chat messages, message roles)');
    const threadId = new URL(page.url()).pathname.split('/').pop()!;
    const after = mine(await storedEvents(l));
    expect(after.filter((e) => e.conversationId === threadId)).toEqual([]);
    expect(after.length).toBe(before);
    expect(l.extensionRequests).toEqual([]);
    await popup.close();
    await page.close();
  });
});
