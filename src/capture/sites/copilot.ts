// Microsoft Copilot (copilot.microsoft.com). Facts and sources: docs/sites/copilot.md.
// Turns are `[data-content="user-message"]` / `[data-content="ai-message"]`. No public source shows the action
// buttons, so they are told apart by structure, never by their (translated) labels alone: the toolbar is the row of
// controls the answer gets once finished; its two toggle buttons (`aria-pressed`) are the thumbs, up first; the
// control before them copies, the last one regenerates. English labels remain one alternative (docs/sites/copilot.md).
//
// Message ids: the DOM shows none (they travel only in the WebSocket frames), and a regenerated answer replaces
// the old one in place with no way back. So ids are derived from what the page shows once a message is complete:
// its position among the conversation's messages plus a hash of its text ("a4-<hash>"). A regenerated answer has
// other text, so another id; the same answer seen again (a reload, history) has the same id. An answer's text is
// only final once its toolbar appears, so an answer still streaming is not a turn yet (the turn selector requires
// the toolbar): ids never change under the engine's feet, at the price of no stream timing and no stop event for
// this site (see the engine note in the e2e test's header).
import { siteMeta } from '../../core/sites';
import { extractText } from '../text';
import { CONTROL, controlsIn, labelIs } from './controls';
import { codeBlock, hash64, languageFromClass } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const USER = '[data-content="user-message"]';
/** The finished answer's toolbar: a row of controls right under the message (a code block's copy button sits deeper). */
const TWO_CONTROLS = ':is(button, [role="button"]) ~ :is(button, [role="button"])';
const TOOLBAR = `:scope > :has(> ${TWO_CONTROLS})`;
const TOOLBAR_BY_LABEL =
  'button[aria-label="Like" i], button[aria-label="Dislike" i], button[aria-label*="thumbs" i], button[aria-label="Regenerate" i]';
const AI_DONE = `[data-content="ai-message"]:is(:has(> * > ${TWO_CONTROLS}), :has(${TOOLBAR_BY_LABEL}))`;
const TURN = `${USER}, ${AI_DONE}`;
const CODE = 'div:has(> pre)';

function contentOf(turn: Element, role: 'user' | 'assistant'): Element {
  if (role === 'user') return turn.querySelector('.whitespace-pre-wrap') ?? turn;
  return turn.querySelector('[class~="group/ai-message-item"]') ?? turn.querySelector('.break-words') ?? turn;
}

/** 1-based position among all messages in the conversation (streaming ones included). */
function positionOf(turn: Element): number {
  const all = turn.ownerDocument.querySelectorAll('[data-content="user-message"], [data-content="ai-message"]');
  return [...all].indexOf(turn) + 1;
}

export const copilot: SiteAdapter = {
  ...siteMeta('copilot'),

  conversationId(url) {
    const m = /^\/chats\/([0-9a-zA-Z_-]{6,64})/.exec(url.pathname);
    return m ? m[1]! : null;
  },

  turnSelector: TURN,

  readTurn(turn): TurnInfo | null {
    const role = turn.matches(USER) ? 'user' : turn.matches(AI_DONE) ? 'assistant' : null;
    if (!role) return null;
    const content = contentOf(turn, role);
    // The text as a user would copy it: button labels ("Copy" turning "Copied") must not change the id.
    const text = extractText(content, CODE, (b) => copilot.readCodeBlock(b)).text;
    const position = positionOf(turn);
    if (!text || position < 1) return null;
    return { role, messageId: `${role === 'user' ? 'u' : 'a'}${position}-${hash64(text)}`, content };
  },

  isStreaming() {
    // Answers become turns only once finished (see the header).
    return false;
  },

  codeBlockSelector: CODE,

  readCodeBlock(block) {
    const code = block.querySelector('pre code') ?? block.querySelector('pre') ?? block;
    const fromLabel = block.querySelector(':scope > div .capitalize, :scope > div span')?.textContent?.trim().toLowerCase();
    return codeBlock(code.textContent ?? '', languageFromClass(code) ?? fromLabel);
  },

  classifyClick(target): ClickAction | null {
    const button = target.closest(CONTROL);
    if (!button) return null;
    if (button.matches('[data-testid="stop-button"]') || labelIs(button, /^stop( responding| generating)?$/i)) return { action: 'stop' };
    const turn = button.closest(TURN);
    if (!turn) return null;
    // A code block's header holds one control: its copy button.
    const block = button.closest(CODE);
    if (block) return block.querySelector(CONTROL) === button || labelIs(button, /copy/i) ? { action: 'copy-code', turn, block } : null;
    if (turn.matches(USER)) return null;
    return toolbarAction(button, turn) ?? englishAction(button, turn);
  },

  landmarks: [
    {
      name: 'composer',
      selector: 'textarea#userInput, textarea[placeholder*="Copilot" i], textarea[aria-label*="Copilot" i]',
      when: 'always',
    },
    { name: 'conversation', selector: '[data-content="conversation"]', when: 'in-conversation' },
    { name: 'messages', selector: '[data-content="user-message"], [data-content="ai-message"]', when: 'in-conversation' },
  ],
};

/** What a toolbar control does, from its place: the toggles are the thumbs, the control before them copies, the last regenerates. */
function toolbarAction(button: Element, turn: Element): ClickAction | null {
  const toolbar = turn.querySelector(TOOLBAR);
  if (!toolbar?.contains(button)) return null;
  const controls = controlsIn(toolbar);
  const toggles = controls.filter((c) => c.hasAttribute('aria-pressed'));
  if (toggles.length === 2 && toggles.includes(button)) return { action: 'feedback', turn, rating: button === toggles[0] ? 'up' : 'down' };
  const first = toggles[0] ? controls.indexOf(toggles[0]) : -1;
  const at = controls.indexOf(button);
  if (first > 0 && at === first - 1) return { action: 'copy-message', turn };
  if (controls.length > 2 && at === controls.length - 1 && !button.hasAttribute('aria-pressed')) return { action: 'regenerate', turn };
  return null;
}

function englishAction(button: Element, turn: Element): ClickAction | null {
  if (labelIs(button, /^copy( message| response)?$/i)) return { action: 'copy-message', turn };
  if (labelIs(button, /^(dislike|thumbs down|bad response)$/i)) return { action: 'feedback', turn, rating: 'down' };
  if (labelIs(button, /^(like|thumbs up|good response)$/i)) return { action: 'feedback', turn, rating: 'up' };
  if (labelIs(button, /^(regenerate|retry|try again)$/i)) return { action: 'regenerate', turn };
  return null;
}
