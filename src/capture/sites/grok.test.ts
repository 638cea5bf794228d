// @vitest-environment happy-dom
// Grok's two row shapes: the fixture's (a row around the `response-<id>` wrapper) and the public saved pages' (the
// wrapper is the row itself, its siblings the other turns). Both must give one turn per message, with its own id.
// And an answer that thought first: the thinking container in its bubble is its reasoning, never its text.
import { describe, expect, it } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';
import { grok } from './grok';

const user = (id: string, text: string, wrap: boolean) => {
  const message =
    `<div id="response-${id}"><div class="message-bubble bg-surface-l2">` +
    `<span class="whitespace-pre-wrap">${text}</span></div></div>`;
  return wrap ? `<div class="relative group items-end">${message}</div>` : message.replace('<div id', '<div class="items-end" id');
};
const answer = (id: string, text: string, wrap: boolean) => {
  const message =
    `<div id="response-${id}"><div class="message-bubble">` +
    `<div class="response-content-markdown"><p>${text}</p></div></div></div>`;
  return wrap ? `<div class="relative group items-start">${message}</div>` : message;
};

function turnsOf(markup: string) {
  document.body.innerHTML = `<main><div id="list">${markup}</div></main>`;
  return [...document.querySelectorAll(grok.turnSelector)].map((t) => grok.readTurn(t, undefined));
}

describe('Grok rows', () => {
  for (const wrap of [true, false]) {
    it(`reads one turn per message with the site's id when the id is ${wrap ? 'inside the row' : 'on the row itself'}`, () => {
      const turns = turnsOf(
        user('u-1', 'hi', wrap) + answer('a-1', 'hello', wrap) + user('u-2', 'and?', wrap) + answer('a-2', 'more', wrap),
      );
      expect(turns.map((t) => [t?.role, t?.messageId, t?.content.textContent])).toEqual([
        ['user', 'u-1', 'hi'],
        ['assistant', 'a-1', 'hello'],
        ['user', 'u-2', 'and?'],
        ['assistant', 'a-2', 'more'],
      ]);
    });
  }

  it('reads a conversation of a single message whose row carries the id', () => {
    expect(turnsOf(user('u-1', 'only me', false)).map((t) => t?.messageId)).toEqual(['u-1']);
  });
});

describe('a Grok answer that thought first', () => {
  let run: Running | undefined;
  useEngineTimers();

  it('keeps the thinking container as reasoning, also where the bubble holds no response-content-markdown', async () => {
    // Public exports show both bodies: `response-content-markdown`, and a `streamdown-chat-md` renderer (2026).
    const page = new ChatPage(document, '/c/0b9f0000-0000-4000-8000-00000000beef');
    page.thread.innerHTML =
      user('u-1', 'Is 91 prime?', false) +
      '<div id="response-a-1"><div data-testid="assistant-message" class="message-bubble relative rounded-3xl">' +
      '<div class="thinking-container"><button>Pensó durante 11 s</button><div><p>Try 7: 7 × 13 = 91.</p></div></div>' +
      '<div class="streamdown-chat-md"><p>No: 91 = 7 × 13.</p></div></div>' +
      '<div class="action-buttons"><button aria-label="Copiar">⧉</button></div></div>';
    run = startEngine(page, { adapter: grok });
    await run.advance(2000);
    expect(run.of('response')[0]).toMatchObject({ messageId: 'a-1', text: 'No: 91 = 7 × 13.', reasoning: 'Try 7: 7 × 13 = 91.' });
  });
});
