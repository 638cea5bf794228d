// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';

let page: ChatPage;
let run: Running;

useEngineTimers();
beforeEach(() => {
  page = new ChatPage();
});

const CODE = 'def reverse_list(items):\n    return items[::-1]';

function paste(target: Element, text: string): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
  target.dispatchEvent(event);
}

describe('copies and paste-backs', () => {
  it('records a code copy with its block and span, and aligns an edited paste-back with that copy', async () => {
    page.add('user', 'u1', 'reverse a list');
    const turn = page.add('assistant', 'a1', 'Here you go:', {
      html: `<pre><div>python</div><button aria-label="Copy">Copy code</button><code class="language-python">${CODE}</code></pre>`,
    });
    run = startEngine(page);
    await run.advance(2000);
    turn.querySelector<HTMLElement>('pre button')!.click();
    const [copy] = run.of('copy');
    expect(copy).toMatchObject({ messageId: 'a1', via: 'code-button', text: CODE, codeBlockIndex: 0 });
    const answer = run.of('response')[0]!;
    expect(answer.text.slice(copy!.start, copy!.end)).toBe(CODE);

    const edited = CODE.replace('return items[::-1]', 'return list(reversed(items))');
    paste(page.doc.getElementById('prompt-textarea')!, edited);
    const [pasted] = run.of('paste');
    expect(pasted!.text).toBe(edited);
    expect(pasted!.matches[0]).toMatchObject({ via: 'copy', copyEventId: copy!.id, messageId: 'a1' });
    expect(pasted!.matches[0]!.diff.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: '    return items[::-1]' },
      { op: 'insert', text: '    return list(reversed(items))' },
    ]);
  });

  it('records the answer\'s copy button as the whole answer, even before the answer settled', async () => {
    page.add('user', 'u1', 'question');
    run = startEngine(page);
    await run.advance(2000);
    const turn = page.add('assistant', 'a1', 'an answer', { streaming: true });
    await run.advance(200);
    page.show(turn, 'assistant', 'a1', 'the whole answer'); // streaming ended, the action bar appeared
    turn.querySelector<HTMLElement>('[data-testid="copy-turn-action-button"]')!.click();
    expect(run.kinds()).toEqual(['prompt', 'response', 'copy']);
    expect(run.of('copy')[0]).toMatchObject({ messageId: 'a1', via: 'button', text: 'the whole answer', share: 1 });
  });

  it('ignores pastes outside the composer', async () => {
    page.add('user', 'u1', 'question');
    page.add('assistant', 'a1', 'answer');
    run = startEngine(page);
    await run.advance(2000);
    paste(page.thread, 'answer');
    expect(run.of('paste')).toEqual([]);
  });

  it('records thumbs on the answer shown', async () => {
    page.add('user', 'u1', 'question');
    const turn = page.add('assistant', 'a1', 'answer');
    run = startEngine(page);
    await run.advance(2000);
    turn.querySelector<HTMLElement>('[data-testid="good-response-turn-action-button"]')!.click();
    expect(run.of('feedback')).toEqual([expect.objectContaining({ messageId: 'a1', rating: 'up' })]);
  });
});
