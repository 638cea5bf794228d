// Claude as a user lives it: ask, watch the answer stream (with a mid-reply pause), retry, hover to find the
// version arrows and go back to the first answer, copy its code block (the copy button on the bar beside the
// <pre>, as claude.ai draws it), thumbs it up, export from the popup; edit a prompt (Save, Enter, then all within one task) and get the
// edited prompt linked to the original and the new branch's answer; ask it to think, and keep the thoughts it folds
// above the answer as the answer's reasoning. Prompt, answer, code and answer copies, thumbs and an edit on the
// 2026-10 design-system layout (`?layout=2026-10`).
// Then the same on a drifted build of the page: the popup must say capture is degraded and nothing is stored.
// In English and in Japanese: the person clicks what their language labels, the adapter keys on none of it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaudeBackend } from '../sites/claude/backend';
import { exportFromPopup, launch, type Launched, openPopup, storedEvents, tabIdOf, waitFor, eventsOfKind } from './harness';
import labels from '../sites/claude/labels.json';
import { readout, uiLanguages } from './languages';

const of = eventsOfKind;
const KINDS = ['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'copy', 'feedback'];

async function sendPrompt(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="chat-input"]').click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** The answer row is mounted at once with data-perf-row-streaming="true"; it flips to "false" when done. */
async function waitForAnswer(page: Page, rowSelector = '[data-perf-row="assistant"]'): Promise<void> {
  await page.waitForSelector(`${rowSelector}[data-perf-row-streaming="false"]`, { timeout: 30_000 });
  await page.waitForSelector('[data-testid="chat-input-stop"]', { state: 'detached' });
}

describe.each(uiLanguages('claude', labels))('Claude, UI in $lang', ({ lang, locale, t }) => {
  let l: Launched;
  beforeAll(async () => {
    l = await launch({ sites: ['claude'], locale });
  });
  afterAll(async () => {
    await l?.close();
  });

  it('captures prompt, the streamed answer and its retry, the switch back, a code copy and thumbs up, each once', async () => {
    const page = await l.context.newPage();
    await page.goto('https://claude.ai/new');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    await waitForAnswer(page);

    const answerRow = page.locator('[data-testid="transcript-row"][data-perf-row="assistant"]');
    await answerRow.hover();
    await answerRow.getByRole('button', { name: t.retry }).click();
    await waitForAnswer(page);

    // A human reads the new answer before switching away; the engine needs ~120 ms of quiet after streaming to
    // count an answer as finished, and one switched away from sooner is never recorded (see the site doc).
    await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'response').length === 2, 'the second answer to be stored');
    await answerRow.hover();
    await answerRow.getByText(readout(t, 2, 2)).waitFor();
    await answerRow.getByRole('button', { name: t.previousVersion }).click();
    await answerRow.getByText(readout(t, 1, 2)).waitFor();

    // The code block's copy button sits on a floating bar beside the <pre>, with no test id (claude.ai 2025-12).
    await answerRow.locator('.code-wrapper .code-bar button').click();
    await answerRow.getByRole('button', { name: t.thumbsUp }).click();

    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'feedback'), 'feedback to be stored');
    expect(stored.map((e) => e.kind)).toEqual(KINDS);

    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const popup = await openPopup(l, await tabIdOf(l, `https://claude.ai/chat/${conversationId}`));
    await expect.poll(() => popup.getByTestId('site-status').textContent(), { timeout: 10_000 }).toBe('Claude: capturing');
    const bundle = await exportFromPopup(popup);
    const events = bundle.events;
    expect(events.map((e) => e.kind)).toEqual(KINDS);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

    // The site's own tree: one human message with two assistant children, the first one shown again.
    const backend = l.backends.claude as ClaudeBackend;
    const truth = backend.conversations.get(conversationId)!;
    const human = truth.chat_messages.find((m) => m.sender === 'human')!;
    const [a1, a2] = truth.chat_messages.filter((m) => m.parent_message_uuid === human.uuid);
    expect(truth.current_leaf_message_uuid).toBe(a1!.uuid);

    const [prompt] = of(events, 'prompt');
    const [v1, v2] = of(events, 'response');
    const [regen] = of(events, 'regenerate');
    const [back] = of(events, 'branch_switch');
    const [copy] = of(events, 'copy');
    const [thumb] = of(events, 'feedback');
    for (const e of events) expect(e.conversationId).toBe(conversationId);
    // Exactly the backend's texts: the sr-only "You said:" / "Claude responded:" echo is not part of them.
    expect(prompt!.text).toBe(human.text);
    expect(prompt!.text).toBe('Write a Python function that reverses a list');
    expect(v1!.text).toBe(a1!.text);
    expect(v2!.text).toBe(a2!.text);
    expect(v1!.text).not.toBe(v2!.text);
    for (const e of events) expect(JSON.stringify(e)).not.toContain(t.youSaid);
    for (const e of events) expect(JSON.stringify(e)).not.toContain(t.claudeResponded);
    // Derived ids are tree paths: depth 0, depth 1 version 1, depth 1 version 2.
    expect([prompt!.messageId, v1!.messageId, v2!.messageId]).toEqual(['row0', 'row1', 'row1.1v2']);
    for (const v of [v1!, v2!]) {
      expect(v.parentId).toBe(prompt!.messageId);
      expect(v.complete).toBe('finished');
      expect(v.codeBlocks[0]!.language).toBe('python');
    }
    expect(v2).toMatchObject({ variantIndex: 2, variantCount: 2 });
    expect(regen).toMatchObject({ oldResponseId: v1!.messageId, newResponseId: v2!.messageId, promptMessageId: prompt!.messageId });
    expect(back).toMatchObject({
      role: 'assistant',
      fromMessageId: v2!.messageId,
      toMessageId: v1!.messageId,
      variantIndex: 1,
      variantCount: 2,
    });
    expect(copy).toMatchObject({ messageId: v1!.messageId, via: 'code-button', codeBlockIndex: 0, text: v1!.codeBlocks[0]!.code });
    expect(v1!.text.slice(copy!.start, copy!.end)).toBe(copy!.text);
    expect(thumb).toMatchObject({ messageId: v1!.messageId, rating: 'up' });

    expect(l.extensionRequests).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('keeps the folded thoughts of an answer that thought first as its reasoning, never in its text', async () => {
    const page = await l.context.newPage();
    await page.goto('https://claude.ai/new');
    await sendPrompt(page, 'Think first: is 91 a prime number?');
    await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    await waitForAnswer(page);
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const mine = () => storedEvents(l).then((es) => es.filter((e) => e.conversationId === conversationId));
    const stored = await waitFor(mine, (es) => es.some((e) => e.kind === 'response'), 'the answer to be stored');
    const [answer] = of(stored, 'response');
    expect(answer!.reasoning).toContain('I will reason, then answer.');
    expect(answer!.text).toContain('This is the fixture model');
    expect(answer!.text).not.toContain('I will reason');
    expect(answer!.text).not.toContain(t.thoughtProcess);
    await page.close();
  });

  it('captures an edited prompt, linked to the original, and the answer on the new branch, sent by Save, by Enter, or between two looks of the engine', async () => {
    const page = await l.context.newPage();
    await page.goto('https://claude.ai/new');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    await waitForAnswer(page);
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const mine = () => storedEvents(l).then((es) => es.filter((e) => e.conversationId === conversationId));
    await waitFor(mine, (es) => es.some((e) => e.kind === 'response'), 'the first answer to be stored');

    const promptRow = page.locator('[data-testid="transcript-row"][data-perf-row="human"]');
    const edit = async (text: string, how: 'save' | 'enter' | 'between-looks') => {
      if (how === 'between-looks') {
        // Opened, changed and sent within one task: no look of the engine (every 50 ms at most) sees the editor, as
        // when a busy page delays the looks or the hand is quick, and the pointer is elsewhere (no version readout
        // on hover to read the new version from). The new words alone must tell the edit.
        await page.mouse.move(0, 0);
        await page.evaluate((words) => {
          const row = document.querySelector('[data-testid="transcript-row"][data-perf-row="human"]')!.closest('[data-index]')!;
          row.dispatchEvent(new MouseEvent('mouseenter'));
          const pencil = row.querySelector('[data-testid="user-message-edit"]')!;
          pencil.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
          pencil.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          const box = row.querySelector('textarea')!;
          box.value = words;
          box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          row.dispatchEvent(new MouseEvent('mouseleave'));
        }, text);
        await waitForAnswer(page);
        return;
      }
      await promptRow.hover();
      await promptRow.getByTestId('user-message-edit').click();
      const box = promptRow.locator('textarea');
      await box.fill(text);
      // Save is the editor's primary button (no form, no submit button since 2026-08; docs/sites/claude.md).
      if (how === 'save') await promptRow.locator('button:has(> span.bg-fill-primary)').click();
      else await box.press('Enter');
      await page.locator('[data-testid="transcript-row"] textarea').waitFor({ state: 'detached' });
      await waitForAnswer(page);
    };
    await edit('Write a Python function that reverses a list in place', 'save');
    await waitFor(mine, (es) => es.filter((e) => e.kind === 'response').length === 2, 'the answer to the edited prompt');
    await edit('Write a Python function that reverses a list without slicing', 'enter');
    await waitFor(mine, (es) => es.filter((e) => e.kind === 'response').length === 3, 'the answer to the second edit');
    await edit('Write a Python function that reverses a list with a loop', 'between-looks');
    const stored = await waitFor(mine, (es) => es.filter((e) => e.kind === 'response').length === 4, 'the answer to the third edit');

    const prompts = of(stored, 'prompt');
    const answers = of(stored, 'response');
    const edits = of(stored, 'edit_prompt');
    expect(prompts.map((p) => [p.messageId, p.text])).toEqual([
      ['row0', 'Write a Python function that reverses a list'],
      ['row0.0v2', 'Write a Python function that reverses a list in place'],
      ['row0.0v3', 'Write a Python function that reverses a list without slicing'],
      ['row0.0v4', 'Write a Python function that reverses a list with a loop'],
    ]);
    expect(edits).toEqual([
      expect.objectContaining({ oldMessageId: 'row0', newMessageId: 'row0.0v2', newText: prompts[1]!.text }),
      expect.objectContaining({ oldMessageId: 'row0.0v2', newMessageId: 'row0.0v3', newText: prompts[2]!.text }),
      expect.objectContaining({ oldMessageId: 'row0.0v3', newMessageId: 'row0.0v4', newText: prompts[3]!.text }),
    ]);
    expect(edits[0]!.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', text: ' in place' }]);
    // Each answer hangs under the prompt it answered, on its own branch, with the site's text.
    expect(answers.map((a) => [a.messageId, a.parentId])).toEqual([
      ['row1', 'row0'],
      ['row1.0v2', 'row0.0v2'],
      ['row1.0v3', 'row0.0v3'],
      ['row1.0v4', 'row0.0v4'],
    ]);
    const truth = (l.backends.claude as ClaudeBackend).conversations.get(conversationId)!;
    const humans = truth.chat_messages.filter((m) => m.sender === 'human');
    expect(humans.map((h) => h.text)).toEqual(prompts.map((p) => p.text));
    expect(new Set(humans.map((h) => h.parent_message_uuid)).size).toBe(1); // four siblings: a fork, not a follow-up
    for (const [i, a] of answers.entries()) {
      expect(a.text).toBe(truth.chat_messages.find((m) => m.parent_message_uuid === humans[i]!.uuid)!.text);
    }
    expect(l.extensionRequests).toEqual([]);
    await page.close();
  });

  it('captures the 2026-10 design-system layout: prompt, answer (no echo, no time), code and answer copies, thumbs, an edited prompt and its answer', async () => {
    const page = await l.context.newPage();
    await page.goto('https://claude.ai/new?layout=2026-10');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    await waitForAnswer(page);
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    const mine = () => storedEvents(l).then((es) => es.filter((e) => e.conversationId === conversationId));
    await waitFor(mine, (es) => es.some((e) => e.kind === 'response'), 'the first answer to be stored');

    // The code block's copy button: in the block's role=group frame, beside the <pre>, no test id.
    const answerRow = page.locator('[data-testid="transcript-row"][data-perf-row="assistant"]');
    await answerRow.hover();
    await answerRow.locator('[data-not-prose] [role="group"] > button').click();
    await waitFor(mine, (es) => es.some((e) => e.kind === 'copy'), 'the code copy');
    // The answer's toolbar (inside the answer element, no test ids on its buttons): copy, then thumbs up.
    await answerRow.locator('[data-testid="message-actions"] > button').first().click();
    await answerRow.getByRole('button', { name: t.thumbsUp }).click();
    await waitFor(mine, (es) => es.some((e) => e.kind === 'feedback'), 'the thumbs up');

    // Edit by the pencil in the prompt's MessageActions (no test id in this build), then Save.
    const promptRow = page.locator('[data-testid="transcript-row"][data-perf-row="human"]');
    await promptRow.hover();
    await promptRow.getByRole('button', { name: t.edit, exact: true }).click();
    await promptRow.locator('textarea').fill('Write a Python function that reverses a list in place');
    await promptRow.locator('button:has(> span.bg-fill-primary)').click();
    await page.locator('[data-testid="transcript-row"] textarea').waitFor({ state: 'detached' });
    await waitForAnswer(page);
    const stored = await waitFor(mine, (es) => es.filter((e) => e.kind === 'response').length === 2, 'the answer to the edited prompt');

    const truth = (l.backends.claude as ClaudeBackend).conversations.get(conversationId)!;
    const humans = truth.chat_messages.filter((m) => m.sender === 'human');
    const answerOf = (h: (typeof humans)[number]) => truth.chat_messages.find((m) => m.parent_message_uuid === h.uuid)!;
    const prompts = of(stored, 'prompt');
    const answers = of(stored, 'response');
    expect(prompts.map((p) => [p.messageId, p.text])).toEqual([
      ['row0', humans[0]!.text],
      ['row0.0v2', humans[1]!.text],
    ]);
    expect(answers.map((a) => [a.messageId, a.parentId, a.text])).toEqual([
      ['row1', 'row0', answerOf(humans[0]!).text],
      ['row1.0v2', 'row0.0v2', answerOf(humans[1]!).text],
    ]);
    expect(answers[0]!.codeBlocks[0]!.language).toBe('python');
    for (const e of stored) expect(JSON.stringify(e)).not.toContain(t.justNow);
    for (const e of stored) expect(JSON.stringify(e)).not.toContain(t.claudeResponded);
    const [copy, answerCopy] = of(stored, 'copy');
    expect(copy).toMatchObject({ messageId: 'row1', via: 'code-button', codeBlockIndex: 0, text: answers[0]!.codeBlocks[0]!.code });
    expect(answerCopy).toMatchObject({ messageId: 'row1', via: 'button', text: answers[0]!.text });
    expect(of(stored, 'feedback')).toEqual([expect.objectContaining({ messageId: 'row1', rating: 'up' })]);
    expect(of(stored, 'edit_prompt')).toEqual([expect.objectContaining({ oldMessageId: 'row0', newMessageId: 'row0.0v2', newText: humans[1]!.text })]);
    expect(l.extensionRequests).toEqual([]);
    await page.close();
  });

  // A redesign renames attributes, not labels: checked once, in English.
  if (lang === 'en') it('reports degraded capture on drifted markup and stores no event from it', async () => {
    const before = (await storedEvents(l)).length;
    const page = await l.context.newPage();
    await page.goto('https://claude.ai/new?drift=1');
    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    await waitForAnswer(page, '[data-row-kind="assistant"]');
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;

    const popup = await openPopup(l, await tabIdOf(l, `https://claude.ai/chat/${conversationId}`));
    await expect
      .poll(() => popup.getByTestId('site-status').textContent(), { timeout: 10_000 })
      .toBe('Claude: capture degraded (missing conversation turns, user messages, answers)');
    const after = await storedEvents(l);
    expect(after.filter((e) => e.conversationId === conversationId)).toEqual([]);
    expect(after.length).toBe(before);
    expect(l.extensionRequests).toEqual([]);
    await popup.close();
    await page.close();
  });
});
