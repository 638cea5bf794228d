// ChatGPT (chatgpt.com, chat.openai.com). Facts and their sources: docs/sites/chatgpt.md.
// Keys only on attributes that carry meaning (data-testid, data-message-*, aria-label), never hashed classes:
// the turn container's tag changed in 2026 (article -> section/div) while its data-testid stayed.
import { siteMeta } from '../../core/sites';
import { readChatgptMapping } from './chatgpt-tree';
import { codeBlock, codeLanguage, isLastMatch, readoutAfter } from './kit';
import type { ClickAction, CodeBlock, SiteAdapter, TurnInfo } from './types';

const meta = siteMeta('chatgpt');

const TURN = '[data-testid^="conversation-turn-"]';
const MESSAGE = '[data-message-author-role][data-message-id]';
/** A canvas document the answer wrote, shown as a card beside its message, the document's editor inside it. */
const TEXTDOC = '[id^="textdoc-message-"]';
const TEXTDOC_BODY = '#prosemirror-editor-container, .ProseMirror, .cm-content, pre';

function closestTurn(el: Element): Element | null {
  return el.closest(TURN);
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
    const counter = readoutAfter(turn.querySelector('button[aria-label="Previous response"], button[aria-label="Previous message"]'));
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
    const button = target.closest('button, [role="menuitem"]');
    if (!button) return null;
    const testid = button.getAttribute('data-testid') ?? '';
    const label = button.getAttribute('aria-label') ?? '';
    if (testid === 'stop-button') return { action: 'stop' };
    const turn = closestTurn(button);
    if (!turn) return null;
    const block = button.closest('pre');
    if (block && /copy/i.test(label + button.textContent)) return { action: 'copy-code', turn, block };
    if (testid === 'copy-turn-action-button') return { action: 'copy-message', turn };
    if (/^(good-response|thumbs-up)-turn-action-button$/.test(testid)) return { action: 'feedback', turn, rating: 'up' };
    if (/^(bad-response|thumbs-down)-turn-action-button$/.test(testid)) return { action: 'feedback', turn, rating: 'down' };
    if (testid.includes('regenerate') || label === 'Try again' || label === 'Regenerate') return { action: 'regenerate', turn };
    if (label === 'Previous response' || label === 'Previous message') return { action: 'variant-nav', turn, direction: 'prev' };
    if (label === 'Next response' || label === 'Next message') return { action: 'variant-nav', turn, direction: 'next' };
    if (label === 'Edit message') return { action: 'edit-prompt', turn };
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
