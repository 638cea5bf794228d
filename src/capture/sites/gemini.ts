// Gemini (gemini.google.com). Facts and their sources: docs/sites/gemini.md.
// Keys on Angular custom element names and data-test-id, never the build-generated ng-tns-* classes.
//
// Message ids: an answer's id is the draft shown (`rc_…`, read from the `data-test-draft-id` around its
// message-content, not the first one in the turn: the "Show drafts" chips carry it too). All drafts of a response
// share the `message-content-id-r_…` element id, so the `r_…` id is only a fallback for builds without draft ids.
// User queries carry no id of their own: a prompt's id is `q_` + its turn's response id (the conversation
// container's id, or the r_ of the answer beside it), which Gemini assigns once the reply starts; until then the
// query reads as "not yet a message".
import { siteMeta } from '../../core/sites';
import { labelIs } from './controls';
import { codeBlock, isLastMatch } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const TURN = 'user-query, model-response';
const CONTENT_ID = /^message-content-id-(r_[0-9a-zA-Z]+)$/;
const DRAFT = '[data-test-draft-id]';
const DRAFT_CHIP = `${DRAFT}[role="radio"], ${DRAFT}[role="option"]`;
/** The composer's stop button, shown while the newest answer streams: its class and icon, or its English label. */
const STOP =
  'button.send-button.stop, .send-button-container button:has(mat-icon[fonticon="stop"]), ' +
  'button[aria-label="Stop response"], button[aria-label="Stop generation"]';

function responseIdOf(container: Element | null): string | null {
  if (!container) return null;
  const content = container.querySelector('model-response message-content[id^="message-content-id-r_"]');
  const fromContent = content ? CONTENT_ID.exec(content.id)?.[1] : undefined;
  if (fromContent) return fromContent;
  return /^[0-9a-f]{8,}$/i.test(container.id) ? `r_${container.id}` : null;
}

function readAnswer(turn: Element): TurnInfo | null {
  const message = turn.querySelector('message-content');
  if (!message) return null;
  const content = message.querySelector('.markdown') ?? message;
  const draft = message.closest(DRAFT)?.getAttribute('data-test-draft-id');
  const responseId = CONTENT_ID.exec(message.id)?.[1];
  const messageId = draft && draft.startsWith('rc_') ? draft : responseId;
  if (!messageId) return null;
  const info: TurnInfo = { role: 'assistant', messageId, content };
  const chips = [...turn.querySelectorAll(DRAFT_CHIP)].map((c) => c.getAttribute('data-test-draft-id'));
  const at = chips.indexOf(messageId);
  if (at >= 0) {
    info.variantIndex = at + 1;
    info.variantCount = chips.length;
  }
  return info;
}

function readQuery(turn: Element): TurnInfo | null {
  const responseId = responseIdOf(turn.closest('.conversation-container'));
  const content = turn.querySelector('.query-text') ?? turn.querySelector('user-query-content');
  if (!responseId || !content) return null;
  return { role: 'user', messageId: `q_${responseId.replace(/^r_/, '')}`, content };
}

export const gemini: SiteAdapter = {
  ...siteMeta('gemini'),

  conversationId(url) {
    const m = /^\/(?:u\/\d+\/)?(?:app|gem\/[^/]+)\/([0-9a-f]{12,32})(?:\/|$)/.exec(url.pathname);
    return m ? m[1]! : null;
  },

  turnSelector: TURN,
  /** The answer panel's busy flag: its going off ends the answer while the engine polls the turn (engine/observer.ts). */
  observedAttributes: ['aria-busy'],

  readTurn(turn): TurnInfo | null {
    const tag = turn.tagName.toLowerCase();
    if (tag === 'model-response') return readAnswer(turn);
    if (tag === 'user-query') return readQuery(turn);
    return null;
  },

  isStreaming(turn, doc) {
    if (turn.querySelector('.markdown-main-panel[aria-busy="true"]')) return true;
    const footer = turn.querySelector('.response-footer');
    if (footer && !footer.classList.contains('complete')) return true;
    // The composer's stop button shows while the newest answer streams.
    return !!doc.querySelector(STOP) && isLastMatch(turn, 'model-response');
  },

  /** "Show thinking": the `model-thoughts` element in its `.thoughts-container` (real page, NCE capture); the class
   * names alone where an exporter saw no custom element (docs/sites/gemini.md, Reasoning). */
  reasoningSelector: 'model-thoughts, .thoughts-container, .model-thoughts',

  codeBlockSelector: 'code-block',

  readCodeBlock(block) {
    const code = block.querySelector('[data-test-id="code-content"]') ?? block.querySelector('pre code, code') ?? block;
    // The header shows a display name ("Python", "C++"); the markdown fence uses the lower-case id.
    return codeBlock(code.textContent ?? '', block.querySelector('.code-block-decoration > span')?.textContent?.toLowerCase());
  },

  classifyClick(target): ClickAction | null {
    const chip = target.closest(DRAFT_CHIP);
    const turn = target.closest(TURN);
    if (chip && turn && !chip.querySelector('message-content')) {
      const current = readAnswer(turn);
      const chips = [...turn.querySelectorAll(DRAFT_CHIP)];
      const from = chips.findIndex((c) => c.getAttribute('data-test-draft-id') === current?.messageId);
      const to = chips.indexOf(chip);
      if (from < 0 || to === from) return null;
      return { action: 'variant-nav', turn, direction: to < from ? 'prev' : 'next' };
    }
    const button = target.closest('button');
    if (!button) return null;
    const matIcon = button.querySelector('mat-icon');
    const icon = matIcon?.getAttribute('fonticon') ?? matIcon?.getAttribute('data-mat-icon-name') ?? '';
    if (button.matches(STOP) || (icon === 'stop' && !turn)) return { action: 'stop' };
    if (!turn) return null;
    const block = button.closest('code-block');
    if (block) {
      const copies = icon === 'content_copy' || button.classList.contains('copy-button') || labelIs(button, /copy/i);
      return copies ? { action: 'copy-code', turn, block } : null;
    }
    const testId = button.closest('[data-test-id]')?.getAttribute('data-test-id') ?? button.getAttribute('data-test-id') ?? '';
    switch (testId) {
      case 'thumb-up-button':
      case 'like-button':
        return { action: 'feedback', turn, rating: 'up' };
      case 'thumb-down-button':
      case 'dislike-button':
        return { action: 'feedback', turn, rating: 'down' };
      case 'regenerate-button':
        return { action: 'regenerate', turn };
      case 'copy-button':
      case 'prompt-copy-button':
        return { action: 'copy-message', turn };
    }
    // Labels are localised; the icon names are not.
    if (icon === 'thumb_up') return { action: 'feedback', turn, rating: 'up' };
    if (icon === 'thumb_down') return { action: 'feedback', turn, rating: 'down' };
    if (icon === 'refresh' && turn.tagName.toLowerCase() === 'model-response') return { action: 'regenerate', turn };
    return null;
  },

  landmarks: [
    { name: 'composer', selector: 'rich-textarea [contenteditable="true"], .ql-editor[contenteditable="true"]', when: 'always' },
    { name: 'conversation turns', selector: TURN, when: 'in-conversation' },
    { name: 'response ids', selector: 'model-response message-content[id^="message-content-id-r_"]', when: 'in-conversation' },
  ],
};
