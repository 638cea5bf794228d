// `npm run check:live` looks at a page as the extension does and writes a report with no text in it. Played here on
// the ChatGPT fixture (the real sites need the person's login): with an answer open the check finds every
// landmark, reads the turns, recognises the answer's controls and what the extension stored; on a page after a
// site update it names what is missing. Nothing the person wrote or read appears in the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveProbe } from '../../scripts/check-live-probe';
import { probeExpression, probeSource, summarise } from '../../scripts/check-live';
import { launch, type Launched, sendPrompt, storedEvents, waitFor, waitForAnswer } from './harness';

let l: Launched;
let source: string;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
  source = await probeSource();
});
afterAll(async () => {
  await l?.close();
});

describe('check:live', () => {
  it('reports landmarks, turns and recognised controls, with no word of the conversation in the report', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    const prompt = 'Write a Python function that reverses a list for Alice Wonderland';
    await sendPrompt(page, prompt);
    await page.waitForURL(/\/c\/[\w-]+$/);
    await waitForAnswer(page);
    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response'), 'the answer');
    const answer = stored.find((e) => e.kind === 'response')!;

    const probe = await page.evaluate<LiveProbe>(probeExpression(source, 'chatgpt'));
    expect(probe.degraded).toEqual([]);
    expect(probe.landmarks.every((lm) => lm.found > 0)).toBe(true);
    expect(probe.turns).toEqual({ user: 1, assistant: 1, unread: 0 });
    expect(probe.codeBlocks).toBeGreaterThan(0);
    const recognised = new Set(probe.answerControls.map((c) => c.action).filter(Boolean));
    for (const action of ['copy-message', 'feedback', 'regenerate']) expect(recognised).toContain(action);

    const json = JSON.stringify(probe);
    expect(json).not.toContain('Alice');
    expect(json).not.toContain('reverses');
    const words = (answer.kind === 'response' ? answer.text : '').split(/\W+/).filter((w) => w.length >= 6);
    for (const word of new Set(words)) expect(json, word).not.toContain(word);
    expect(json).not.toContain(new URL(page.url()).pathname.split('/').pop()!);

    const summary = summarise('ChatGPT', probe, { prompt: 1, response: 1 });
    expect(summary).toMatch(/^ChatGPT: ok\n/);
    expect(summary).toContain('turns read: 1 prompts, 1 answers, 0 unreadable');
    expect(l.extensionRequests).toEqual([]);
    await page.close();
  });

  it('names the missing landmarks on a page after a site update', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/?drift=1');
    await sendPrompt(page, 'What is a monad?');
    await page.waitForURL(/\/c\/[\w-]+/);
    await page.waitForSelector('[data-testid="stop-button"]', { state: 'detached', timeout: 30_000 });
    const probe = await page.evaluate<LiveProbe>(probeExpression(source, 'chatgpt'));
    expect(probe.degraded.length).toBeGreaterThan(0);
    expect(summarise('ChatGPT', probe, null)).toMatch(/^ChatGPT: DEGRADED \(missing .+\)/);
    await page.close();
  });
});
