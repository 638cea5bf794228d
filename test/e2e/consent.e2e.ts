// A first run as a person meets it: the install opens the onboarding page, and nothing is captured on a chat site
// until they tick it there and agree; from then on it is. And a consent given to an older text (CONSENT_VERSION) is
// asked again: the sites agreed before stay off until the person agrees to the new text on the onboarding page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITES } from '../../src/core/sites';
import { CONSENT_VERSION, type Settings } from '../../src/store/settings';
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
    // What is read on editor sites, and what is done with key presses there, is said before anyone agrees.
    expect(await onboarding.getByTestId('captured-editor').isVisible()).toBe(true);
    expect(await onboarding.getByTestId('captured-editor-keys').isVisible()).toBe(true);
    expect(await onboarding.getByTestId('consent-again').count()).toBe(0);

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

  it('asks again when the consent text changed since the person agreed, with what editor sites capture beside them', async () => {
    type Local = { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } };
    const settingsNow = async (page: Page) =>
      page.evaluate(async () => (await (globalThis as unknown as Local).chrome.storage.local.get('settings'))['settings'] as Settings);
    // An agreement to the previous text, as every profile from before this version holds.
    const old = { paused: false, pausedSites: [], consent: { version: CONSENT_VERSION - 1, agreedAt: new Date().toISOString(), sites: ['chatgpt', 'vscode'] } };
    await (await l.worker()).evaluate(async (value) => (globalThis as unknown as Local).chrome.storage.local.set({ settings: value }), old);
    for (const page of l.context.pages()) if (page.url().startsWith(`chrome-extension://${l.extensionId}/`)) await page.close();

    // Until they agree again, the sites are off; the options page says what editor sites capture beside them.
    const options = await l.context.newPage();
    await options.goto(`chrome-extension://${l.extensionId}/options/index.html`);
    await expect.poll(() => options.getByTestId('options-site-status-chatgpt').textContent()).toBe('off (not agreed yet)');
    expect(await options.getByTestId('options-site-status-vscode').textContent()).toBe('off (not agreed yet)');
    for (const editor of SITES.filter((s) => s.kind === 'editor')) {
      expect(await options.getByTestId(`options-captures-${editor.id}`).textContent()).toBe(`Captures ${editor.captures}.`);
    }
    expect(await options.getByTestId('options-captures-chatgpt').count()).toBe(0);
    expect(await options.getByTestId('captured-editor-keys').isVisible()).toBe(true);
    await options.close();

    // The onboarding page asks again. The worker opens it after an update (`runtime.onInstalled`, reason `update`,
    // when `needsConsentAgain`: src/background/lifecycle.ts); reloading the unpacked extension with
    // `runtime.reload()` under automation did not open it in our runs (not investigated), so it is opened here;
    // when the worker opens it is tested in src/background/lifecycle.test.ts.
    const again = await l.context.newPage();
    await again.goto(`chrome-extension://${l.extensionId}/onboarding/index.html`);
    await again.getByTestId('consent-again').waitFor();
    expect(await again.getByTestId('consent-again').textContent()).toContain('ChatGPT, VS Code for the Web');
    // The sites they had chosen are ticked, nothing else; the editor text is there beside the editor sites.
    for (const site of SITES) {
      expect(await again.getByTestId(`consent-site-${site.id}`).isChecked()).toBe(site.id === 'chatgpt' || site.id === 'vscode');
    }
    expect(await again.getByTestId('captured-editor').isVisible()).toBe(true);
    expect(await again.getByTestId('consent-captures-vscode').textContent()).toBe(`Captures ${SITES.find((s) => s.id === 'vscode')!.captures}.`);
    expect((await settingsNow(again)).consent?.version).toBe(CONSENT_VERSION - 1);

    await again.getByTestId('consent-agree').click();
    await again.getByTestId('onboarding-done').waitFor();
    expect((await settingsNow(again)).consent).toMatchObject({ version: CONSENT_VERSION, sites: ['chatgpt', 'vscode'] });
  });
});
