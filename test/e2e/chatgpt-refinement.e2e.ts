// The refinement signals beyond the skeleton, played as a user would on ChatGPT: copy a code block, edit it in
// "their editor", paste the edited version back; edit an earlier prompt and re-send it; stop a long answer. In
// English and in German.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched, sendPrompt, storedEvents, waitFor, waitForAnswer, eventsOfKind } from './harness';
import labels from '../sites/chatgpt/labels.json';
import { readout, uiLanguages } from './languages';

const of = eventsOfKind;

describe.each(uiLanguages('chatgpt', labels))('ChatGPT refinement signals, UI in $lang', ({ locale, t }) => {
  let l: Launched;
  beforeAll(async () => {
    l = await launch({ sites: ['chatgpt'], locale });
    await l.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://chatgpt.com' });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('records a paste-back of edited code with exactly the user changes, an edited prompt, a stop and the follow-up', async () => {
    const page = await l.context.newPage();
    await page.goto('https://chatgpt.com/');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await waitForAnswer(page);

    // Copy the code block, change it "in an editor", paste it back into the composer and send it.
    await page.locator('pre button', { hasText: t.copyCode }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const edited = copied.replace('def reverse_list(items):', 'def reverse_list(items: list) -> list:').replace('return items[::-1]', 'return list(reversed(items))');
    expect(edited).not.toBe(copied);
    await page.evaluate((text) => navigator.clipboard.writeText(text), edited);
    await page.locator('#prompt-textarea').click();
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await waitForAnswer(page);

    // Edit the first prompt and re-send it: a new branch; the old one stays in the tree.
    await page.locator('[data-testid="conversation-turn-1"]').hover();
    await page.locator('[data-testid="conversation-turn-1"]').getByRole('button', { name: t.editMessage }).click();
    await page.locator('[data-testid="conversation-turn-1"] textarea').fill('Write a Python function that reverses a list in place');
    await page.locator('[data-testid="conversation-turn-1"] button[data-edit="send"]').click();
    await page.getByText(readout(t, 2, 2)).waitFor();
    await waitForAnswer(page);

    // Ask for a long answer and stop it halfway.
    await sendPrompt(page, 'Give me a long answer about streams');
    await page.locator('[data-testid="stop-button"]').waitFor();
    await page.waitForTimeout(300);
    await page.locator('[data-testid="stop-button"]').click();
    await page.locator('[data-testid="send-button"]').waitFor();

    const events = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response' && e.complete === 'stopped'), 'the stopped answer');
    const [copy] = of(events, 'copy');
    const [paste] = of(events, 'paste');
    expect(paste!.text).toBe(edited);
    expect(paste!.matches[0]).toMatchObject({ via: 'copy', copyEventId: copy!.id, messageId: copy!.messageId });
    expect(paste!.matches[0]!.diff.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: 'def reverse_list(items):\n' },
      { op: 'insert', text: 'def reverse_list(items: list) -> list:\n' },
      { op: 'delete', text: '    return items[::-1]' },
      { op: 'insert', text: '    return list(reversed(items))' },
    ]);
    // The pasted prompt follows the first answer.
    const prompts = of(events, 'prompt');
    const firstAnswer = of(events, 'response')[0]!;
    const followups = of(events, 'followup');
    expect(followups.find((f) => f.afterMessageId === firstAnswer.messageId)).toBeDefined();
    expect(prompts.find((p) => p.text.includes('list(reversed(items))'))).toBeDefined();

    const [edit] = of(events, 'edit_prompt');
    expect(edit).toMatchObject({
      oldMessageId: prompts[0]!.messageId,
      oldText: 'Write a Python function that reverses a list',
      newText: 'Write a Python function that reverses a list in place',
    });
    expect(edit!.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', text: ' in place' }]);
    const newPrompt = prompts.find((p) => p.messageId === edit!.newMessageId)!;
    expect(newPrompt.text).toBe(edit!.newText);

    const [stop] = of(events, 'stop');
    const stopped = of(events, 'response').find((r) => r.complete === 'stopped')!;
    expect(stop!.messageId).toBe(stopped.messageId);
    expect(stopped.text.length).toBeGreaterThan(0);
    expect(stopped.text.length).toBeLessThan(15_000);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
});
