// Grok (grok.com). Facts and their sources: docs/sites/grok.md.
// Message ids are the site's own: every message (user and assistant) sits in a wrapper `id="response-<responseId>"`,
// the same ids the REST tree uses. The turn is that wrapper's parent row, which stays when a regenerated variant
// replaces the message inside it; where the wrapper is the row itself (public saved pages), the wrapper. Grok
// styles with Tailwind only: no class below is a hash, and actions are told by aria-label (with text
// alternatives), since there are no test ids on them.
import { siteMeta } from '../../core/sites';
import { codeBlock, codeLanguage, isLastMatch, labelOf, readoutAfter } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const MESSAGE = '[id^="response-"]';
/** A row around one message wrapper (the fixture's and [SLM]'s shape)... */
const ROW_AROUND = `div:has(> ${MESSAGE}):not(:has(> ${MESSAGE} ~ ${MESSAGE}))`;
/** ...or, in public saved pages, the message wrapper is the row itself, its siblings the other turns. */
const TURN = `${ROW_AROUND}, ${MESSAGE}:not(${ROW_AROUND} > *)`;
const CODE_CONTAINER = '[class~="@container/code-block"]';
const STOP = 'button[aria-label*="Stop" i]';

function messageOf(turn: Element): Element | null {
  return turn.matches(MESSAGE) ? turn : turn.querySelector(`:scope > ${MESSAGE}`);
}

export const grok: SiteAdapter = {
  ...siteMeta('grok'),

  conversationId(url) {
    const m = /^\/(?:c|chat)\/([0-9a-zA-Z-]{8,64})/.exec(url.pathname);
    return m ? m[1]! : null;
  },

  turnSelector: TURN,

  readTurn(turn): TurnInfo | null {
    const message = messageOf(turn);
    const messageId = message?.id.slice('response-'.length);
    if (!message || !messageId) return null;
    const bubble = message.querySelector('.message-bubble');
    const markdown = message.querySelector('.response-content-markdown');
    const has = (selector: string) => message.querySelector(selector) !== null;
    const assistant = !!markdown || has('[data-testid="assistant-message"]') || turn.classList.contains('items-start');
    const userLook = bubble?.classList.contains('bg-surface-l2') || turn.classList.contains('items-end');
    const user = !markdown && (userLook || has('[data-testid="user-message"]'));
    if (!assistant && !user) return null;
    const role = markdown || !user ? 'assistant' : 'user';
    const content =
      role === 'assistant' ? (markdown ?? bubble ?? message) : (bubble?.querySelector('.whitespace-pre-wrap') ?? bubble ?? message);
    const info: TurnInfo = { role, messageId, content };
    if (role === 'assistant') {
      const model = turn.ownerDocument.querySelector('#model-select-trigger, button[data-slot="select-trigger"]')?.textContent?.trim();
      if (model) info.model = model;
      const previous = [...message.querySelectorAll('button')].find((b) => /^(previous|prev)( response| version)?$/i.test(labelOf(b)));
      const counter = readoutAfter(previous);
      if (counter) {
        info.variantIndex = counter.index;
        info.variantCount = counter.count;
      }
    }
    return info;
  },

  isStreaming(turn, doc) {
    // The query bar's submit button turns into a stop button while the newest answer streams; the action row is
    // added only once it has finished.
    return !!doc.querySelector(`.query-bar ${STOP}, form ${STOP}`) && isLastMatch(turn, TURN) && !turn.querySelector('.action-buttons');
  },

  codeBlockSelector: `${CODE_CONTAINER}, pre:not(${CODE_CONTAINER} pre)`,

  readCodeBlock(block) {
    const code = block.querySelector('pre code') ?? block.querySelector('code') ?? block;
    return codeBlock(code.textContent ?? '', codeLanguage(block, { code }));
  },

  classifyClick(target): ClickAction | null {
    const button = target.closest('button, [role="menuitem"]');
    if (!button) return null;
    const label = labelOf(button);
    if (/^stop/i.test(label) && button.closest('.query-bar, form')) return { action: 'stop' };
    const turn = button.closest(TURN);
    if (!turn) return null;
    const block = button.closest(CODE_CONTAINER) ?? button.closest('pre');
    if (block && /copy/i.test(label)) return { action: 'copy-code', turn, block };
    if (/^copy( (response|text|message))?$/i.test(label)) return { action: 'copy-message', turn };
    if (/^(dislike|thumbs down|bad response)$/i.test(label)) return { action: 'feedback', turn, rating: 'down' };
    if (/^(like|thumbs up|good response)$/i.test(label)) return { action: 'feedback', turn, rating: 'up' };
    if (/^(regenerate|retry|try again)/i.test(label)) return { action: 'regenerate', turn };
    if (/^(previous|prev|older)( response| version)?$/i.test(label)) return { action: 'variant-nav', turn, direction: 'prev' };
    if (/^(next|newer)( response| version)?$/i.test(label)) return { action: 'variant-nav', turn, direction: 'next' };
    return null;
  },

  landmarks: [
    {
      name: 'composer',
      selector: '.query-bar .tiptap.ProseMirror, .query-bar [contenteditable="true"], .query-bar textarea',
      when: 'always',
    },
    { name: 'conversation turns', selector: TURN, when: 'in-conversation' },
    { name: 'message ids', selector: MESSAGE, when: 'in-conversation' },
  ],
};
