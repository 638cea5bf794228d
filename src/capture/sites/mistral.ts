// Mistral Le Chat (chat.mistral.ai). Facts and their sources: docs/sites/mistral.md.
// Turns carry the site's own ids (`data-message-id` + `data-message-author-role`); answer text is the
// `data-message-part-type="answer"` part only, so reasoning parts stay out. The action footer exists only while the
// pointer is over an answer, so nothing here needs it to be present except to classify a click on it. The code
// block's copy button has the same "Copy to clipboard" label as the answer's: the code block decides. The footer's
// controls are told by place, never by their translated labels alone: copy is its last button (published), the
// thumbs its two toggle buttons (aria-pressed), retry the control before them, the arrows sit beside the "n/m"
// readout; the composer's stop state by its icon. Retry, thumbs, switcher and icons are unverified (see docs).
import { siteMeta } from '../../core/sites';
import { CONTROL, controlsIn, hasIcon, labelIs, switcherDirection, switcherReadout } from './controls';
import { codeBlock, isLastMatch, languageFromClass } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const TURN = '[data-message-id][data-message-author-role]';
const ANSWER_PART = '[data-message-part-type="answer"]';
const CODE_BLOCK = '[data-testid="code-block"]';
/** The composer's one button shows one of these when no answer is being generated: the voice or send icon (or label). */
const IDLE_BUTTON =
  'form button:has(svg.lucide-audio-lines, svg.lucide-arrow-up, svg.lucide-mic), ' +
  'button[aria-label="Voice Mode"], button[aria-label="Send question"]';
const STOP_ICON = ['lucide-square', 'lucide-circle-stop'];

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
    // The switcher sits in the footer beside the message: the message's text is not searched (it grows with every
    // streamed chunk). A parent of several parts is searched whole, not knowing what else it holds.
    const text = content !== turn && (role === 'user' || content.matches(ANSWER_PART)) ? content : null;
    const counter = switcherReadout(turn, undefined, text);
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
    const button = target.closest(CONTROL);
    if (!button) return null;
    if (button.closest('form') && (hasIcon(button, STOP_ICON) || labelIs(button, /^stop/i))) return { action: 'stop' };
    const turn = button.closest(TURN);
    if (!turn) return null;
    // A code block's header holds one control: its copy button (labelled exactly like the answer's).
    const block = button.closest(CODE_BLOCK);
    if (block) return block.querySelector(CONTROL) === button || labelIs(button, /copy/i) ? { action: 'copy-code', turn, block } : null;
    const direction = switcherDirection(button) ?? (labelIs(button, /^previous/i) ? 'prev' : labelIs(button, /^next/i) ? 'next' : null);
    if (direction) return { action: 'variant-nav', turn, direction };
    return footerAction(button, turn) ?? englishAction(button, turn);
  },

  landmarks: [
    { name: 'composer', selector: 'div[contenteditable="true"], textarea[name="message.text"]', when: 'always' },
    { name: 'message ids', selector: TURN, when: 'in-conversation' },
    { name: 'answer parts', selector: `[data-message-author-role="assistant"] ${ANSWER_PART}`, when: 'in-conversation' },
  ],
};

/** What a footer control does, from its place: last copies, the two toggles are the thumbs, the one before them retries. */
function footerAction(button: Element, turn: Element): ClickAction | null {
  const footer = button.closest('footer');
  if (!footer || !turn.contains(footer)) return null;
  const controls = controlsIn(footer).filter((c) => !switcherDirection(c));
  const toggles = controls.filter((c) => c.hasAttribute('aria-pressed'));
  if (controls.at(-1) === button) return { action: 'copy-message', turn };
  if (toggles.length === 2 && toggles.includes(button)) return { action: 'feedback', turn, rating: button === toggles[0] ? 'up' : 'down' };
  const first = toggles[0] ? controls.indexOf(toggles[0]) : -1;
  if (first > 0 && controls.indexOf(button) === first - 1) return { action: 'regenerate', turn };
  return null;
}

function englishAction(button: Element, turn: Element): ClickAction | null {
  if (labelIs(button, /^(copy to clipboard|copy)$/i)) return { action: 'copy-message', turn };
  if (labelIs(button, /^(like|good|helpful|thumbs up)/i)) return { action: 'feedback', turn, rating: 'up' };
  if (labelIs(button, /^(dislike|bad|not helpful|thumbs down)/i)) return { action: 'feedback', turn, rating: 'down' };
  if (labelIs(button, /^(retry|regenerate|rewrite|try again)/i)) return { action: 'regenerate', turn };
  return null;
}
