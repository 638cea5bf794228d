// A person who has the next prompt ready sends it the moment the answer ends, inside the engine's settle wait:
// the answer is still recorded first, whole, and the prompt with its follow-up pointing at it (it used to be lost).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatgptBackend } from '../sites/chatgpt/backend';
import { eventsOfKind, launch, type Launched, sendPrompt, storedEvents, waitFor, waitForAnswer } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
});
afterAll(async () => {
  await l?.close();
});

describe('a follow-up sent as the answer finishes', () => {
  it('records the answer, then the prompt and its follow-up, each once and linked', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    // The next prompt goes out in the same moment the stop button turns back into send.
    await page.evaluate(() => {
      const stop = document.getElementById('stop-button')!;
      new MutationObserver((_, observer) => {
        if (stop.hasAttribute('data-testid')) return;
        observer.disconnect();
        document.getElementById('prompt-textarea')!.textContent = 'And how is that different from a class?';
        (document.getElementById('composer-form') as HTMLFormElement).requestSubmit();
      }).observe(stop, { attributes: true, attributeFilter: ['data-testid'] });
    });
    await sendPrompt(page, 'What is a closure?');
    await page.locator('[data-testid="conversation-turn-4"] [data-testid="copy-turn-action-button"]').waitFor();
    await waitForAnswer(page);

    const events = await waitFor(() => storedEvents(l), (es) => eventsOfKind(es, 'response').length === 2, 'both answers');
    expect(events.map((e) => e.kind)).toEqual(['prompt', 'response', 'prompt', 'followup', 'response']);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const [first, second] = eventsOfKind(events, 'prompt');
    const [answer, next] = eventsOfKind(events, 'response');
    const [followup] = eventsOfKind(events, 'followup');
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const truth = (l.backends.chatgpt as ChatgptBackend).conversations.get(conversationId)!;
    expect(answer).toMatchObject({ parentId: first!.messageId, complete: 'finished', origin: 'live' });
    expect(answer!.text).toBe(truth.mapping[answer!.messageId]!.message!.content.parts[0]);
    expect(second).toMatchObject({ text: 'And how is that different from a class?', parentId: answer!.messageId, origin: 'live' });
    expect(followup).toMatchObject({ messageId: second!.messageId, afterMessageId: answer!.messageId });
    expect(next).toMatchObject({ parentId: second!.messageId });
  });
});
