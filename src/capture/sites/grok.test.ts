// @vitest-environment happy-dom
// Grok's two row shapes: the fixture's (a row around the `response-<id>` wrapper) and the public saved pages' (the
// wrapper is the row itself, its siblings the other turns). Both must give one turn per message, with its own id.
import { describe, expect, it } from 'vitest';
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
