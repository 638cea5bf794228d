// ChatGPT (chatgpt.com, chat.openai.com). Facts and their sources: docs/sites/chatgpt.md.
// Keys only on attributes that carry meaning (data-testid, data-message-*), icons and structure, never hashed classes
// nor labels alone: the turn container's tag changed in 2026 (article -> section/div) while its data-testid stayed,
// and every aria-label is translated ("Copy" is "Copiar" in a real Spanish page, "Kopieren" in German).
import { siteMeta } from '../../core/sites';
import { readChatgptMapping } from './chatgpt-tree';
import { CONTROL, groupOf, hasIcon, labelIs, switcherDirection, switcherReadout } from './controls';
import { codeBlock, codeLanguage, isLastMatch } from './kit';
import type { ClickAction, CodeBlock, SiteAdapter, TurnInfo } from './types';

const meta = siteMeta('chatgpt');

const TURN = '[data-testid^="conversation-turn-"]';
const MESSAGE = '[data-message-author-role][data-message-id]';
/** Glyphs of the page's SVG sprite (`<use href="/cdn/assets/sprites-core-….svg#…">`, 2026) and, before the sprite,
 * the start of the inline path (2025): the same in every language. */
const COPY_ICON = ['#ce3544', 'd:M12.668 10.667C12.668 9.95614'];
const EDIT_ICON = ['#6d87e1', 'd:M11.3312 3.56837C12.7488'];
/** A canvas document the answer wrote, shown as a card beside its message, the document's editor inside it. */
const TEXTDOC = '[id^="textdoc-message-"]';
const TEXTDOC_BODY = '#prosemirror-editor-container, .ProseMirror, .cm-content, pre';

function closestTurn(el: Element): Element | null {
  return el.closest(TURN);
}

function copiesCode(button: Element, block: Element): boolean {
  return hasIcon(button, COPY_ICON) || labelIs(button, /copy/i) || block.querySelector(CONTROL) === button;
}

function englishDirection(button: Element): 'prev' | 'next' | null {
  if (labelIs(button, /^previous (response|message)$/i)) return 'prev';
  if (labelIs(button, /^next (response|message)$/i)) return 'next';
  return null;
}

function isUserTurn(turn: Element): boolean {
  return turn.getAttribute('data-turn') === 'user' || !!turn.querySelector('[data-message-author-role="user"]');
}

/** The pencil under a prompt: its icon, else its place beside the prompt's copy button, else its English label. */
function editsPrompt(button: Element, turn: Element): boolean {
  if (button.closest(MESSAGE) || button.closest('[aria-haspopup]') === button) return false;
  if (hasIcon(button, EDIT_ICON) || labelIs(button, /^edit message$/i)) return true;
  const bar = groupOf(button, turn);
  return !!bar?.querySelector('[data-testid="copy-turn-action-button"]') && bar.querySelectorAll(CONTROL).length === 2;
}

export const chatgpt: SiteAdapter = {
  ...meta,

  conversationId(url) {
    const m = /^\/(?:g\/[^/]+\/)?c\/([0-9a-zA-Z-]{8,64})/.exec(url.pathname);
    return m ? m[1]! : null;
  },

  turnSelector: TURN,

  readTurn(turn): TurnInfo | null {
    const message = turn.querySelector(MESSAGE);
    if (!message) return null;
    const role = message.getAttribute('data-message-author-role');
    const messageId = message.getAttribute('data-message-id');
    if ((role !== 'user' && role !== 'assistant') || !messageId) return null;
    const content =
      role === 'assistant'
        ? (message.querySelector('.markdown') ?? message)
        : (message.querySelector('.whitespace-pre-wrap') ?? message);
    const info: TurnInfo = { role, messageId, content };
    const model = message.getAttribute('data-message-model-slug');
    if (model) info.model = model;
    // The "‹ 2/2 ›" switcher: a `tabular-nums` readout between two arrows (its arrows' labels are translated),
    // beside the message, never in it: the message's text is not searched (it grows with every streamed chunk).
    const counter = switcherReadout(turn, '.tabular-nums', message) ?? switcherReadout(turn, undefined, message);
    if (counter) {
      info.variantIndex = counter.index;
      info.variantCount = counter.count;
    }
    return info;
  },

  isStreaming(turn, doc) {
    if (turn.querySelector('.result-streaming')) return true;
    // The composer shows a stop button while the newest answer streams.
    return !!doc.querySelector('[data-testid="stop-button"]') && isLastMatch(turn, TURN);
  },

  composerSelector: '#prompt-textarea',

  codeBlockSelector: 'pre',

  readCodeBlock(block): CodeBlock {
    const code = block.querySelector('code');
    // The `language-*` class, else the header label the block shows (code drawn by an editor component has no class).
    return codeBlock((code ?? block).textContent ?? '', codeLanguage(block, { code }));
  },

  attachments: { selector: '[data-message-author-role="user"] img' },

  artifacts: {
    selector: TEXTDOC,
    read(card) {
      const content = card.querySelector(TEXTDOC_BODY);
      const title = card.querySelector('span.truncate')?.textContent ?? undefined;
      return { kind: content?.matches('.cm-content, pre') ? 'code' : 'canvas', ...(title ? { title } : {}), content };
    },
  },

  classifyClick(target): ClickAction | null {
    const button = target.closest(CONTROL);
    if (!button) return null;
    const testid = button.getAttribute('data-testid') ?? '';
    if (testid === 'stop-button' || testid === 'composer-stop-button') return { action: 'stop' };
    const turn = closestTurn(button);
    if (!turn) return null;
    const block = button.closest('pre');
    // A code block's header holds its copy button first (a "Run" button may follow it): the icon, else the place.
    if (block) return copiesCode(button, block) ? { action: 'copy-code', turn, block } : null;
    if (testid === 'copy-turn-action-button') return { action: 'copy-message', turn };
    if (/^(good-response|thumbs-up)-turn-action-button$/.test(testid)) return { action: 'feedback', turn, rating: 'up' };
    if (/^(bad-response|thumbs-down)-turn-action-button$/.test(testid)) return { action: 'feedback', turn, rating: 'down' };
    if (testid.includes('regenerate') || labelIs(button, /^(try again|regenerate)$/i)) return { action: 'regenerate', turn };
    const direction = switcherDirection(button) ?? englishDirection(button);
    if (direction) return { action: 'variant-nav', turn, direction };
    if (isUserTurn(turn) && editsPrompt(button, turn)) return { action: 'edit-prompt', turn };
    return null;
  },

  pageWorld: {
    responses: meta.pageWorldResponses ?? [],
    read: (_url, body) => readChatgptMapping(body),
  },

  landmarks: [
    { name: 'composer', selector: '#prompt-textarea, [data-testid="composer"] [contenteditable="true"]', when: 'always' },
    { name: 'conversation turns', selector: TURN, when: 'in-conversation' },
    { name: 'message ids', selector: `${TURN} ${MESSAGE}`, when: 'in-conversation' },
  ],
};
