// One turn capture cannot read must cost only that turn, and say so: the other turns are stored, and the popup and
// badge show "degraded" naming the call that failed (docs/adding-a-site.md, "When a call throws"). Which page
// content makes a call throw: the adapters read attributes defensively, and no markup found makes their per-turn
// calls throw; what a page can do is nest markup deeper than a JavaScript stack, which the engine's own text
// reading (extractText, a recursive walk) cannot follow. A page script does that here to the second answer,
// unrendered (rendered, such depth takes the browser's renderer down first), as a hostile or broken page could.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../src/core/events';
import type { ChatgptBackend } from '../sites/chatgpt/backend';
import { eventsOfKind, launch, type Launched, openPopup, sendPrompt, storedEvents, tabIdOf, waitFor, waitForAnswer } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
});
afterAll(async () => {
  await l?.close();
});

async function badgeText(tabId: number): Promise<string> {
  const sw = await l.worker();
  return sw.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { action: { getBadgeText(q: object): Promise<string> } } }).chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

describe('a turn capture cannot read', () => {
  it('is skipped and named in health, while the turns around it are captured', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    // The page nests 12,000 unrendered levels of markup (past the script stack, short of what crashes the renderer's
    // style pass) into the second answer as soon as it has finished rendering.
    await page.evaluate(() => {
      const thread = document.getElementById('thread')!;
      new MutationObserver(() => {
        const answer = thread.querySelector('[data-testid="conversation-turn-4"]');
        const markdown = answer?.querySelector('[data-testid="copy-turn-action-button"]') && answer.querySelector('.markdown');
        if (!markdown || markdown.querySelector('[data-deep]')) return;
        // Built in slices of 500 levels (the HTML parser's own depth limit is 512), each hung under the last one's
        // deepest element: a single chain built node by node costs quadratic time in the browser.
        // Not rendered (content-visibility: hidden), yet displayed as far as styles go: capture leaves out what is
        // `hidden` or `display: none`, so that would not reach the text reading at all.
        const root = document.createElement('div');
        root.style.setProperty('content-visibility', 'hidden');
        root.setAttribute('data-deep', '');
        let leaf: Element = root;
        for (let i = 0; i < 24; i++) {
          const slice = document.createElement('div');
          slice.innerHTML = '<div>'.repeat(500) + 'deep';
          leaf.append(slice.firstElementChild!);
          while (leaf.firstElementChild) leaf = leaf.firstElementChild;
        }
        markdown.append(root);
      }).observe(thread, { childList: true, subtree: true });
    });
    for (const prompt of ['What is a closure?', 'What is a class?', 'Which should I use?']) {
      await sendPrompt(page, prompt);
      await waitForAnswer(page);
    }

    const tabId = await tabIdOf(l, 'https://chatgpt.com/*');
    const popup = await openPopup(l, tabId);
    const status = () => popup.getByTestId('site-status').textContent();
    await expect.poll(status, { timeout: 10_000 }).toMatch(/^ChatGPT: capture degraded \(extractText failed \(\d+×\)\)$/);
    await expect.poll(() => badgeText(tabId)).toBe('!');

    const readable = (es: CaptureEvent[]) => eventsOfKind(es, 'response').length === 2 && eventsOfKind(es, 'prompt').length === 3;
    const events = await waitFor(() => storedEvents(l), readable, 'the readable turns');
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const truth = (l.backends.chatgpt as ChatgptBackend).conversations.get(conversationId)!;
    const textOf = (id: string) => truth.mapping[id]!.message!.content.parts[0];
    const prompts = eventsOfKind(events, 'prompt');
    const answers = eventsOfKind(events, 'response');
    expect(prompts.map((p) => p.text)).toEqual(['What is a closure?', 'What is a class?', 'Which should I use?']);
    // The first and third answers, whole; the second (unreadable) is not stored under a wrong text.
    expect(answers.map((a) => a.parentId)).toEqual([prompts[0]!.messageId, prompts[2]!.messageId]);
    for (const a of answers) expect(a.text).toBe(textOf(a.messageId));
    expect(eventsOfKind(events, 'followup').map((f) => f.messageId)).toEqual([prompts[1]!.messageId]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});
