// Grok (grok.com). Facts and their sources: docs/sites/grok.md.
// Message ids are the site's own: every message (user and assistant) sits in a wrapper `id="response-<responseId>"`,
// the same ids the REST tree uses. The turn is that wrapper's parent row, which stays when a regenerated variant
// replaces the message inside it; where the wrapper is the row itself (public saved pages), the wrapper. Grok
// styles with Tailwind only: no class below is a hash. Actions have no test ids and translated labels, so they are
// told by the lucide icon they draw (copy is published, the others are unverified), by place (the
// `.action-buttons` row's two toggles are the thumbs, up first; the arrows beside the "n/m" readout switch
// variants; a code block's one control copies it), English labels as one alternative.
import { siteMeta } from '../../core/sites';
import { CONTROL, controlsIn, hasIcon, labelIs, switcherDirection, switcherReadout } from './controls';
import { codeBlock, codeLanguage, isLastMatch } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const MESSAGE = '[id^="response-"]';
/** A row around one message wrapper (the fixture's and [SLM]'s shape)... */
const ROW_AROUND = `div:has(> ${MESSAGE}):not(:has(> ${MESSAGE} ~ ${MESSAGE}))`;
/** ...or, in public saved pages, the message wrapper is the row itself, its siblings the other turns. */
const TURN = `${ROW_AROUND}, ${MESSAGE}:not(${ROW_AROUND} > *)`;
const CODE_CONTAINER = '[class~="@container/code-block"]';
const STOP_ICONS = ['lucide-square', 'lucide-circle-stop'];
const STOP = 'button:is([aria-label*="Stop" i], :has(svg.lucide-square), :has(svg.lucide-circle-stop))';
const ICON = { copy: 'lucide-copy', regenerate: 'lucide-refresh-cw', up: 'lucide-thumbs-up', down: 'lucide-thumbs-down' };

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
      const counter = switcherReadout(message);
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

  /** "Thought for Ns" and the thoughts, inside the answer's bubble before its markdown (docs/sites/grok.md). */
  reasoningSelector: '.thinking-container',

  codeBlockSelector: `${CODE_CONTAINER}, pre:not(${CODE_CONTAINER} pre)`,

  readCodeBlock(block) {
    const code = block.querySelector('pre code') ?? block.querySelector('code') ?? block;
    return codeBlock(code.textContent ?? '', codeLanguage(block, { code }));
  },

  classifyClick(target): ClickAction | null {
    const button = target.closest(CONTROL);
    if (!button) return null;
    if (button.closest('.query-bar, form') && (hasIcon(button, STOP_ICONS) || labelIs(button, /^stop/i))) return { action: 'stop' };
    const turn = button.closest(TURN);
    if (!turn) return null;
    // A code block's copy button sits in its own sticky overlay, outside the <pre>: the block's one control.
    const block = button.closest(CODE_CONTAINER) ?? button.closest('pre');
    if (block) return block.querySelector(CONTROL) === button || labelIs(button, /copy/i) ? { action: 'copy-code', turn, block } : null;
    const direction = switcherDirection(button) ?? englishDirection(button);
    if (direction) return { action: 'variant-nav', turn, direction };
    return actionRowAction(button, turn) ?? englishAction(button, turn);
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

/** An answer's action row control: by its lucide icon, or by place (the row's two toggles are the thumbs, up first). */
function actionRowAction(button: Element, turn: Element): ClickAction | null {
  if (hasIcon(button, [ICON.copy])) return { action: 'copy-message', turn };
  if (hasIcon(button, [ICON.regenerate])) return { action: 'regenerate', turn };
  if (hasIcon(button, [ICON.up])) return { action: 'feedback', turn, rating: 'up' };
  if (hasIcon(button, [ICON.down])) return { action: 'feedback', turn, rating: 'down' };
  const row = button.closest('.action-buttons');
  const toggles = row ? controlsIn(row).filter((c) => c.hasAttribute('aria-pressed')) : [];
  if (toggles.length === 2 && toggles.includes(button)) return { action: 'feedback', turn, rating: button === toggles[0] ? 'up' : 'down' };
  return null;
}

function englishDirection(button: Element): 'prev' | 'next' | null {
  if (labelIs(button, /^(previous|prev|older)( response| version)?$/i)) return 'prev';
  return labelIs(button, /^(next|newer)( response| version)?$/i) ? 'next' : null;
}

function englishAction(button: Element, turn: Element): ClickAction | null {
  if (labelIs(button, /^copy( (response|text|message))?$/i)) return { action: 'copy-message', turn };
  if (labelIs(button, /^(dislike|thumbs down|bad response)$/i)) return { action: 'feedback', turn, rating: 'down' };
  if (labelIs(button, /^(like|thumbs up|good response)$/i)) return { action: 'feedback', turn, rating: 'up' };
  if (labelIs(button, /^(regenerate|retry|try again)/i)) return { action: 'regenerate', turn };
  return null;
}
