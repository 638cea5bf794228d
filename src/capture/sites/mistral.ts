// Mistral Le Chat (chat.mistral.ai). Facts and their sources: docs/sites/mistral.md.
// Turns carry the site's own ids (`data-message-id` + `data-message-author-role`); answer text is the
// `data-message-part-type="answer"` part only, so reasoning parts stay out. The action footer exists only while the
// pointer is over an answer, so nothing here needs it to be present except to classify a click on it. The code
// block's copy button has the same "Copy to clipboard" label as the answer's: the code block decides. Retry, thumbs
// and the variant switcher have no published selectors: their labels are matched loosely (see docs).
import { siteMeta } from '../../core/sites';
import { codeBlock, isLastMatch, languageFromClass, readoutAfter } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const TURN = '[data-message-id][data-message-author-role]';
const ANSWER_PART = '[data-message-part-type="answer"]';
const CODE_BLOCK = '[data-testid="code-block"]';
/** The composer's one button shows one of these when no answer is being generated. */
const IDLE_BUTTON = 'button[aria-label="Voice Mode"], button[aria-label="Send question"]';

export const mistral: SiteAdapter = {
  ...siteMeta('mistral'),

  conversationId(url) {
    const m = /^\/(?:chat|work)\/([0-9a-zA-Z-]{8,64})(?:\/|$)/.exec(url.pathname);
    return m ? m[1]! : null;
  },

  turnSelector: TURN,

  readTurn(turn): TurnInfo | null {
    const role = turn.getAttribute('data-message-author-role');
    const messageId = turn.getAttribute('data-message-id');
    if ((role !== 'user' && role !== 'assistant') || !messageId) return null;
    let content: Element;
    if (role === 'assistant') {
      const parts = turn.querySelectorAll(ANSWER_PART);
      // Several answer parts (text around tool calls) share one parent; a lone part is the content itself.
      content = parts.length === 1 ? parts[0]! : parts.length > 1 ? parts[0]!.parentElement! : turn;
    } else {
      content = turn.querySelector('.select-text') ?? turn.querySelector('.whitespace-pre-wrap') ?? turn;
    }
    const info: TurnInfo = { role, messageId, content };
    const previous = [...turn.querySelectorAll('button[aria-label]')].find((b) => /^previous/i.test(b.getAttribute('aria-label') ?? ''));
    const counter = readoutAfter(previous);
    if (counter) {
      info.variantIndex = counter.index;
      info.variantCount = counter.count;
    }
    return info;
  },

  isStreaming(turn, doc) {
    if (turn.getAttribute('data-message-author-role') !== 'assistant') return false;
    // The composer leaves its idle state (voice / send) while an answer streams; the newest answer is the one.
    if (doc.querySelector(IDLE_BUTTON)) return false;
    return isLastMatch(turn, '[data-message-author-role="assistant"][data-message-id]');
  },

  reasoningSelector: '[data-message-part-type="reasoning"]',

  codeBlockSelector: CODE_BLOCK,

  readCodeBlock(block) {
    const code = block.querySelector('code');
    const lang = block.querySelector('span.text-xs')?.textContent?.trim() || languageFromClass(code);
    return codeBlock((code ?? block.querySelector('pre') ?? block).textContent ?? '', lang);
  },

  classifyClick(target): ClickAction | null {
    const button = target.closest('button');
    if (!button) return null;
    const label = (button.getAttribute('aria-label') ?? '').trim();
    if (/^stop/i.test(label) && button.closest('form')) return { action: 'stop' };
    const turn = button.closest(TURN);
    if (!turn) return null;
    const block = button.closest(CODE_BLOCK);
    if (block && /copy/i.test(label)) return { action: 'copy-code', turn, block };
    if (label === 'Copy to clipboard' || label === 'Copy') return { action: 'copy-message', turn };
    if (/^(like|good|helpful|thumbs up)/i.test(label)) return { action: 'feedback', turn, rating: 'up' };
    if (/^(dislike|bad|not helpful|thumbs down)/i.test(label)) return { action: 'feedback', turn, rating: 'down' };
    if (/^(retry|regenerate|rewrite|try again)/i.test(label)) return { action: 'regenerate', turn };
    if (/^previous/i.test(label)) return { action: 'variant-nav', turn, direction: 'prev' };
    if (/^next/i.test(label)) return { action: 'variant-nav', turn, direction: 'next' };
    return null;
  },

  landmarks: [
    { name: 'composer', selector: 'div[contenteditable="true"], textarea[name="message.text"]', when: 'always' },
    { name: 'message ids', selector: TURN, when: 'in-conversation' },
    { name: 'answer parts', selector: `[data-message-author-role="assistant"] ${ANSWER_PART}`, when: 'in-conversation' },
  ],
};
