// A first run as a person meets it: the install opens the onboarding page, and nothing is captured on a chat site
// until they tick it there and agree; from then on it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITES } from '../../src/core/sites';
import type { SiteHealth } from '../../src/messages';
import { launch, type Launched, openPopup, sendPrompt, storedEvents, tabIdOf, waitFor, waitForAnswer } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'], consent: false });
});
afterAll(async () => {
  await l?.close();
});

async function healthOf(tabId: number): Promise<SiteHealth | undefined> {
  const sw = await l.worker();
  type Session = { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } };
  return sw.evaluate(async (key) => (await (globalThis as unknown as Session).chrome.storage.session.get(key))[key] as SiteHealth | undefined, `health:${tabId}`);
}

async function onboardingPage(): Promise<Page> {
  const url = `chrome-extension://${l.extensionId}/onboarding/index.html`;
  const opened = () => Promise.resolve(l.context.pages().find((p) => p.url() === url) ?? null);
  return waitFor(opened, (p) => p !== null, 'the onboarding page to open on install') as Promise<Page>;
}

describe('consent', () => {
  it('captures nothing on a fresh profile until the person agrees on the onboarding page, then captures', async () => {
    const onboarding = await onboardingPage();
    await onboarding.getByRole('heading', { name: 'Welcome to Echo Capture' }).waitFor();
    const agree = onboarding.getByTestId('consent-agree');
    expect(await agree.isDisabled()).toBe(true);
    expect(await onboarding.getByTestId('consent-site-chatgpt').isChecked()).toBe(false);
    for (const text of ['What is captured', 'Where it lives', 'How export works']) await onboarding.getByRole('heading', { name: text }).waitFor();
    // Editor sites say what is captured there (the explanation above is about chats); chat sites need no line.
    for (const editor of SITES.filter((s) => s.kind === 'editor')) {
      expect(await onboarding.getByTestId(`consent-captures-${editor.id}`).textContent()).toBe(`Captures ${editor.captures}.`);
    }
    expect(await onboarding.getByTestId('consent-captures-chatgpt').count()).toBe(0);

    const chat = await l.context.newPage();
    await chat.goto('https://chatgpt.com/');
    await sendPrompt(chat, 'Write a Python function that reverses a list');
    await chat.waitForURL(/\/c\/[\w-]+$/);
    await waitForAnswer(chat);
    const tabId = await tabIdOf(l, 'https://chatgpt.com/*');
    // The content script has looked at the finished answer and decided not to capture it.
    await waitFor(() => healthOf(tabId), (h) => h?.status === 'paused', 'the content script to report capture off');
    expect(await storedEvents(l)).toEqual([]);
    const popup = await openPopup(l, tabId);
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toBe('ChatGPT: not captured until you agree (Options)');
    await popup.close();

    await onboarding.getByTestId('consent-site-chatgpt').check();
    await agree.click();
    await onboarding.getByTestId('onboarding-done').waitFor();
    expect(await onboarding.getByTestId('onboarding-done').textContent()).toContain('ChatGPT');

    await waitFor(() => healthOf(tabId), (h) => h?.status === 'capturing', 'the content script to start capturing');
    await sendPrompt(chat, 'And now in Rust, please');
    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response' && e.origin === 'live'), 'the new answer to be stored');
    expect(stored.some((e) => e.kind === 'prompt' && e.text === 'And now in Rust, please')).toBe(true);
    const after = await openPopup(l, tabId);
    await expect.poll(() => after.getByTestId('site-status').textContent()).toBe('ChatGPT: capturing');
  });
});
