// Passive tree reading: a long, virtualised ChatGPT conversation (only the last 20 turns in the DOM) is captured
// whole — every turn, every regenerated variant, every edited-prompt branch — from the tree the page itself
// downloads, each message once even where the DOM shows it too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatgptBackend, SeedTurn } from '../sites/chatgpt/backend';
import { exportFromPopup, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
});
afterAll(async () => {
  await l?.close();
});

function longConversation(): SeedTurn[] {
  return Array.from({ length: 300 }, (_, i) => {
    const n = i + 1;
    const answers = [`Answer ${n}: here is what I found.\n\n\`\`\`python\nprint(${n})\n\`\`\``];
    if (n % 10 === 0) answers.push(`Answer ${n}, second try, after a regenerate.`);
    if (n % 50 === 0) answers.push(`Answer ${n}, third try.`);
    const turn: SeedTurn = { prompt: `Question number ${n}?`, answers };
    if (n % 30 === 0) turn.abandoned = { prompt: `Question number ${n} (first wording)`, answers: [`Answer to the first wording of ${n}.`] };
    return turn;
  });
}

describe('ChatGPT conversation tree', () => {
  it('captures all 300 turns with their branches from a virtualised page, each message once', async () => {
    const backend = l.backends.chatgpt as ChatgptBackend;
    const id = backend.seed(longConversation());
    const truth = backend.conversations.get(id)!;
    const messages = Object.values(truth.mapping).filter((n) => n.message);
    const prompts = messages.filter((n) => n.message!.author.role === 'user');
    const answers = messages.filter((n) => n.message!.author.role === 'assistant');
    expect(prompts.length).toBe(310);
    expect(answers.length).toBe(300 + 30 + 6 + 10);

    const page = await l.context.newPage();
    await page.goto(`https://chatgpt.com/c/${id}`);
    await page.locator('[data-testid="conversation-turn-600"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-testid^="conversation-turn-"]').count()).toBe(20);

    const expected = prompts.length + answers.length;
    await waitFor(() => storedEvents(l), (es) => es.length >= expected, `${expected} messages to be stored`, 30_000);
    // Scrolling up mounts earlier turns: the DOM now shows messages the tree already gave; still one record each.
    await page.locator('#thread').evaluate((el) => (el.scrollTop = 0));
    await page.locator('[data-testid="conversation-turn-561"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(800);
    const events = await storedEvents(l);

    expect(events).toHaveLength(expected);
    const byMessage = new Map(events.map((e) => [(e as { messageId: string }).messageId, e]));
    expect(byMessage.size).toBe(expected);
    for (const node of messages) {
      const e = byMessage.get(node.id)!;
      expect(e, node.id).toBeDefined();
      expect(e.kind).toBe(node.message!.author.role === 'user' ? 'prompt' : 'response');
      expect((e as { text: string }).text).toBe(node.message!.content.parts[0]);
      if (e.kind === 'response') expect(e.parentId).toBe(node.parent);
    }
    const regenerated = events.filter((e) => e.kind === 'response' && e.variantCount === 3);
    expect(regenerated).toHaveLength(18);
    const first = byMessage.get(answers.find((a) => a.message!.content.parts[0]!.startsWith('Answer 1:'))!.id)!;
    expect(first).toMatchObject({ origin: 'history', codeBlocks: [{ language: 'python', code: 'print(1)' }] });

    const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
    const bundle = await exportFromPopup(popup);
    const conv = (bundle.jsonl('conversations.jsonl') as { conversationId: string; messages: unknown[] }[]).find((c) => c.conversationId === id)!;
    expect(conv.messages).toHaveLength(expected);
    expect(l.extensionRequests).toEqual([]);
  });
});
