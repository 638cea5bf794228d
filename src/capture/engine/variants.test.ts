// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';

let page: ChatPage;
let run: Running;

useEngineTimers();
beforeEach(() => {
  page = new ChatPage();
});

const click = (turn: Element, selector: string) => turn.querySelector<HTMLElement>(selector)!.click();

describe('regenerate, variant switches and edited prompts', () => {
  it('records a regenerate linking the old and new answer, then the new answer', async () => {
    page.add('user', 'u1', 'question');
    const turn = page.add('assistant', 'a1', 'first answer');
    run = startEngine(page);
    await run.advance(2000);
    click(turn, '[data-testid="regenerate-turn-action-button"]');
    page.show(turn, 'assistant', 'a2', 'second', { streaming: true, variant: [2, 2] });
    await run.advance(300);
    page.show(turn, 'assistant', 'a2', 'second answer', { variant: [2, 2] }); // ended: the action bar is back
    await run.advance(300);
    expect(run.kinds()).toEqual(['prompt', 'response', 'regenerate', 'response']);
    expect(run.of('regenerate')[0]).toMatchObject({ oldResponseId: 'a1', newResponseId: 'a2', promptMessageId: 'u1' });
    expect(run.of('response')[1]).toMatchObject({ messageId: 'a2', text: 'second answer', variantIndex: 2, variantCount: 2 });
    expect(run.of('response')[1]!.origin).toBe('live');
  });

  it('reports a switch between variants shown in place in the same turn', async () => {
    page.add('user', 'u1', 'question');
    const turn = page.add('assistant', 'a2', 'second answer', { variant: [2, 2] });
    run = startEngine(page);
    await run.advance(2000);
    click(turn, 'button[aria-label="Previous response"]');
    page.show(turn, 'assistant', 'a1', 'first answer', { variant: [1, 2] });
    await run.advance(300);
    expect(run.of('branch_switch')).toEqual([
      expect.objectContaining({ fromMessageId: 'a2', toMessageId: 'a1', variantIndex: 1, variantCount: 2, role: 'assistant' }),
    ]);
  });

  it('keeps two fast switches (less than a tick apart) as two switches', async () => {
    page.add('user', 'u1', 'question');
    const turn = page.add('assistant', 'a2', 'second answer', { variant: [2, 2] });
    run = startEngine(page);
    await run.advance(2000);
    click(turn, 'button[aria-label="Previous response"]');
    page.show(turn, 'assistant', 'a1', 'first answer', { variant: [1, 2] });
    await run.advance(20);
    click(turn, 'button[aria-label="Next response"]');
    page.show(turn, 'assistant', 'a2', 'second answer', { variant: [2, 2] });
    await run.advance(300);
    expect(run.of('branch_switch').map((e) => [e.fromMessageId, e.toMessageId])).toEqual([
      ['a2', 'a1'],
      ['a1', 'a2'],
    ]);
  });

  it('records an edited prompt with the old and new text and their diff', async () => {
    const prompt = page.add('user', 'u1', 'reverse a list');
    page.add('assistant', 'a1', 'here it is');
    run = startEngine(page);
    await run.advance(2000);
    click(prompt, 'button[aria-label="Edit message"]');
    page.show(prompt, 'user', 'u1b', 'reverse a list in place');
    await run.advance(300);
    expect(run.of('edit_prompt')).toEqual([
      expect.objectContaining({ oldMessageId: 'u1', newMessageId: 'u1b', oldText: 'reverse a list', newText: 'reverse a list in place' }),
    ]);
    expect(run.of('edit_prompt')[0]!.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', text: ' in place' }]);
  });

  it('does not call a re-render of a turn without a click a switch, unless it shows a known variant', async () => {
    page.add('user', 'u1', 'question');
    const turn = page.add('assistant', 'a1', 'first answer');
    run = startEngine(page);
    await run.advance(2000);
    // The site replaces the message without any click the engine saw (a new message, no variant counter).
    page.show(turn, 'assistant', 'a9', 'another answer');
    await run.advance(300);
    expect(run.of('branch_switch')).toEqual([]);
    // Back to a known message that has variants (keyboard navigation, say): a switch.
    page.show(turn, 'assistant', 'a1', 'first answer', { variant: [1, 2] });
    await run.advance(300);
    expect(run.of('branch_switch').map((e) => e.toMessageId)).toEqual(['a1']);
  });
});
