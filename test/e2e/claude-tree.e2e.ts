// Passive tree reading on Claude: a 300-turn conversation with retries and edited prompts, rendered by a
// virtualised transcript (only the last 20 rows mounted), is captured whole from the tree the page downloads,
// each message once — with the same ids the DOM path gives the rows it does show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaudeBackend, SeedTurn } from '../sites/claude/backend';
import { launch, type Launched, storedEvents, waitFor } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['claude'] });
});
afterAll(async () => {
  await l?.close();
});

describe('Claude conversation tree', () => {
  it('captures all 300 turns with their retries and edits from a virtualised transcript, each message once', async () => {
    const backend = l.backends.claude as ClaudeBackend;
    const turns: SeedTurn[] = Array.from({ length: 300 }, (_, i) => {
      const n = i + 1;
      const answers = [`Answer ${n}.\n\n\`\`\`js\nconsole.log(${n});\n\`\`\``];
      if (n % 10 === 0) answers.push(`Answer ${n}, retried.`);
      return { prompt: `Question ${n}?`, answers, ...(n % 40 === 0 ? { editedFrom: [{ prompt: `Question ${n} first wording`, answer: `Old answer ${n}` }] } : {}) };
    });
    const id = backend.seed(turns);
    const truth = backend.conversations.get(id)!;
    const expected = truth.chat_messages.length;
    expect(expected).toBe(300 * 2 + 30 + 7 * 2);

    const page = await l.context.newPage();
    await page.goto(`https://claude.ai/chat/${id}`);
    const events = await waitFor(() => storedEvents(l), (es) => es.length >= expected, `${expected} messages`, 30_000);
    await page.waitForTimeout(1000);
    const all = await storedEvents(l);
    expect(all).toHaveLength(expected);
    expect(await page.locator('[data-testid="transcript-row"]').count()).toBeLessThanOrEqual(20);
    const ids = new Set(all.map((e) => (e as { messageId: string }).messageId));
    expect(ids.size).toBe(expected);
    // Every text the site holds is there once, prompts as prompts and answers as answers.
    const texts = all.map((e) => `${e.kind}:${(e as { text: string }).text}`).sort();
    const want = truth.chat_messages.map((m) => `${m.sender === 'human' ? 'prompt' : 'response'}:${m.content.flatMap((c) => (c.type === 'text' ? [c.text] : [])).join('\n\n')}`).sort();
    expect(texts).toEqual(want);
    // The shown branch's last answer has the id the DOM gives its row.
    const lastRow = page.locator('[data-testid="transcript-row"]').last();
    expect(await lastRow.getAttribute('data-index')).toBe('599');
    const last = all.find((e) => e.kind === 'response' && e.text === 'Answer 300, retried.')!;
    expect((last as { messageId: string }).messageId.startsWith('row599.')).toBe(true);
    expect(events.length).toBeGreaterThan(0);
    expect(l.extensionRequests).toEqual([]);
  });
});
