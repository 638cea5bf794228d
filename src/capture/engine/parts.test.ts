// @vitest-environment happy-dom
// The parts of a message that are not its text, through the whole engine: a prompt of only attachments, reasoning
// and artifacts kept apart from the answer, hidden labels left out, a code banner that is not a language.
import { describe, expect, it, vi } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';
import { CaptureEngine } from '.';
import { chatgpt } from '../sites/chatgpt';
import type { SiteAdapter } from '../sites/types';
import type { CaptureEvent } from '../../core/events';

let run: Running | undefined;

useEngineTimers();

/** ChatGPT's adapter with a folded "thinking" block, as several sites draw one inside the answer element. */
const withThinking: SiteAdapter = { ...chatgpt, reasoningSelector: '.thinking' };

describe('the parts of a message besides its text', () => {
  it('records a prompt of only an uploaded image, with the image, and the answer after it keeps it as parent', async () => {
    const page = new ChatPage();
    page.add('user', 'u1', '', { html: '<img alt="Imagen subida">' });
    page.add('assistant', 'a1', 'A bar chart of sales.');
    run = startEngine(page);
    await run.advance(2000);
    expect(run.of('prompt')).toEqual([expect.objectContaining({ messageId: 'u1', text: '', attachments: [{ kind: 'image' }] })]);
    expect(run.of('response')[0]).toMatchObject({ messageId: 'a1', parentId: 'u1' });
  });

  it('stores folded reasoning as the answer’s reasoning, never as the start of its text', async () => {
    const page = new ChatPage();
    page.add('user', 'u1', 'Is 91 prime?');
    page.add('assistant', 'a1', 'No: 91 = 7 × 13.', {
      html: '<div class="thinking"><button>Thought for 4s</button><div style="display:none"><p>Try 7: 7 × 13 = 91.</p></div></div>',
    });
    run = startEngine(page, { adapter: withThinking });
    await run.advance(2000);
    const [answer] = run.of('response');
    expect(answer).toMatchObject({ text: 'No: 91 = 7 × 13.', reasoning: 'Try 7: 7 × 13 = 91.' });
  });

  it('records a canvas document the answer made with the answer, apart from its text', async () => {
    const page = new ChatPage();
    page.add('user', 'u1', 'Write a README');
    const turn = page.add('assistant', 'a1', 'Your README is in the canvas.');
    turn.insertAdjacentHTML(
      'beforeend',
      '<div id="textdoc-message-1"><span class="truncate">Project Readme</span><button>Copy</button>' +
        '<div id="prosemirror-editor-container"><h1>Project</h1><p>Install with npm.</p></div></div>',
    );
    run = startEngine(page);
    await run.advance(2000);
    const [answer] = run.of('response');
    expect(answer?.text).toBe('Your README is in the canvas.');
    expect(answer?.artifacts).toEqual([{ kind: 'canvas', title: 'Project Readme', text: '# Project\n\nInstall with npm.' }]);
  });

  it('leaves screen-reader-only labels out of the prompt and the answer', async () => {
    const page = new ChatPage();
    page.add('user', 'u1', 'hello', { html: '<span class="visually-hidden">Vous avez dit :</span>' });
    page.add('assistant', 'a1', 'hi', { html: '<h6 class="sr-only">ChatGPT a dit :</h6>' });
    run = startEngine(page);
    await run.advance(2000);
    expect(run.of('prompt')[0]?.text).toBe('hello');
    expect(run.of('response')[0]?.text).toBe('hi');
  });

  it('keeps an answer whose code banner holds the buttons’ texts: the code is kept, the banner is not a language', async () => {
    const page = new ChatPage();
    page.add('user', 'u1', 'code please');
    const banner = 'Python Copy code Download Open in editor Run in terminal Share this snippet with the team';
    page.add('assistant', 'a1', 'Here:', {
      html: `<pre><div><span>${banner}</span></div><code>print(1)</code></pre><pre><div>rust</div><code>fn main() {}</code></pre>`,
    });
    run = startEngine(page);
    await run.advance(2000);
    const [answer] = run.of('response');
    expect(answer?.codeBlocks).toEqual([{ code: 'print(1)' }, { code: 'fn main() {}', language: 'rust' }]);
  });

  it('records what the page showed when capture started as history, however long the page took to load', async () => {
    const page = new ChatPage();
    page.add('user', 'u1', 'an old question');
    page.add('assistant', 'a1', 'an old answer');
    const events: CaptureEvent[] = [];
    const engine = new CaptureEngine({
      adapter: chatgpt,
      doc: page.doc,
      emit: (e) => events.push(e),
      isPaused: () => false,
      reportHealth: () => undefined,
      now: () => Date.now(),
    });
    await vi.advanceTimersByTimeAsync(5000); // a long page still parsing, the settings still loading
    engine.start();
    await vi.advanceTimersByTimeAsync(2000);
    engine.stop();
    expect(events.filter((e) => e.kind === 'prompt' || e.kind === 'response').map((e) => e.origin)).toEqual(['history', 'history']);
  });
});
