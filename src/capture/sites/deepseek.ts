// DeepSeek (chat.deepseek.com). Facts and their sources: docs/sites/deepseek.md.
// Keys only on design-system class names (`ds-message`, `ds-assistant-message-main-content`, `ds-markdown`,
// `ds-button--*`, `md-code-block`) and structure, never on the hashed ones (`_9663006`, `fbb737a4`), which change
// with every build. A turn is the list item holding a `.ds-message` (the row): it also holds the action row, a
// sibling of the message, and it is the element that stays when the row shows another variant.
//
// Buttons are icon-only `div[role=button]`s without labels or test ids. They are told apart by structure: in the
// action row, the group holding the "n / m" switcher text is variant navigation (before the text: previous); the
// other group's buttons by position — assistant: copy, regenerate, thumbs up, thumbs down (, share); user: copy
// (, edit). The stop button is the composer's primary button while it shows the rounded-square icon.
//
// Message ids: the DOM shows none (they live in React state and the XHR stream, out of a content script's reach).
// A turn's id is derived from the path of variant choices that leads to it, which names one message of the
// conversation tree: `t<k>` for the k-th row (from `data-virtual-list-item-key` when numeric, so virtualised rows
// keep their place), plus `_<j>v<v>` for every row j ≤ k whose switcher shows variant v > 1. So the first answer is
// `t2` before and after it gets siblings, a regenerated one `t2_2v2`, an answer under an edited prompt `t2_1v2`,
// and going back to a variant gives back its id. While an answer streams its action row (and switcher) is absent:
// after a regenerate click on row k the adapter remembers that row k now shows variant count+1 until the switcher
// appears again (that memory is the adapter's per-conversation state, owned by the engine). Known limit: rows the
// virtual list has unmounted cannot show their switcher, so ids of turns
// under an unmounted edited prompt are computed as if variant 1 were shown there.
import { siteMeta } from '../../core/sites';
import { codeBlock, isLastMatch, parseReadout, type Readout } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const MESSAGE = '.ds-message';
const ROW = `:has(> ${MESSAGE})`;
const ANSWER_MAIN = '.ds-assistant-message-main-content';
const ANSWER_MARK = `${ANSWER_MAIN}, .ds-think-content`;
const CODE_BLOCK = '.md-code-block';
const ICON_BUTTON = '[role="button"].ds-button--icon, .ds-icon-button';
const STOP_ICON = '.ds-button--primary path[d^="M2 4.88"]';

/** Per conversation: rows (by position) whose regenerated answer streams without a switcher -> the variant it will be. */
export interface DeepseekState {
  regenerating: Map<number, number>;
}

export const deepseek: SiteAdapter<DeepseekState> = {
  ...siteMeta('deepseek'),

  createState: () => ({ regenerating: new Map() }),

  conversationId(url) {
    const m = /^\/a\/chat\/s\/([0-9a-zA-Z-]{8,64})(?:\/|$)/.exec(url.pathname);
    return m ? m[1]! : null;
  },

  turnSelector: ROW,

  readTurn(row, state): TurnInfo | null {
    const message = row.querySelector(`:scope > ${MESSAGE}`);
    if (!message) return null;
    const rows = rowsUpTo(row);
    const k = rowPosition(row, rows.length);
    const role = message.querySelector(ANSWER_MARK) ? 'assistant' : k % 2 === 0 ? 'assistant' : 'user';
    let messageId = `t${k}`;
    let own: Readout | null = null;
    rows.forEach((r, i) => {
      const last = i === rows.length - 1;
      let v = switcherOf(r)?.index ?? 1;
      if (last) {
        own = switcherOf(r);
        v = variantShown(r, own, state);
      }
      if (v > 1) messageId += `_${last ? k : rowPosition(r, i + 1)}v${v}`;
    });
    const content =
      role === 'assistant'
        ? (message.querySelector(`${ANSWER_MAIN} .ds-markdown`) ?? message.querySelector(ANSWER_MAIN) ?? message)
        : message;
    const info: TurnInfo = { role, messageId, content };
    const shown = own as Readout | null;
    if (shown) {
      info.variantIndex = shown.index;
      info.variantCount = shown.count;
    }
    return info;
  },

  isStreaming(row, doc) {
    return !!row.querySelector(`:scope > ${MESSAGE} :is(${ANSWER_MARK})`) && !!doc.querySelector(STOP_ICON) && isLastMatch(row, ROW);
  },

  /** DeepThink's chain, rendered apart from the reply column [RAW]. */
  reasoningSelector: '.ds-think-content',

  codeBlockSelector: CODE_BLOCK,

  readCodeBlock(block) {
    const pre = block.querySelector('pre');
    const lang = block.querySelector('.md-code-block-banner > :first-child')?.textContent?.trim();
    return codeBlock((pre ?? block).textContent ?? '', lang !== 'text' ? lang : undefined);
  },

  classifyClick(target, state): ClickAction | null {
    const button = target.closest('[role="button"], button');
    if (!button) return null;
    if (button.matches('.ds-button--primary') && button.querySelector('path[d^="M2 4.88"]')) return { action: 'stop' };
    const row = button.closest(ROW);
    const message = row?.querySelector(`:scope > ${MESSAGE}`);
    if (!row || !message) return null;
    const turn = row;
    const block = button.closest(CODE_BLOCK);
    if (block) {
      // The banner's first button copies; the next one downloads.
      const first = block.querySelector('.md-code-block-banner [role="button"], .md-code-block-banner button');
      return first === button || /copy|复制/i.test(button.textContent ?? '') ? { action: 'copy-code', turn, block } : null;
    }
    if (!button.matches(ICON_BUTTON) || button.matches('.ds-button--disabled') || message.contains(button)) return null;
    const group = button.parentElement;
    if (!group) return null;
    const counter = [...group.children].find((c) => parseReadout(c.textContent) && !c.matches(ICON_BUTTON));
    if (counter) {
      const before = button.compareDocumentPosition(counter) & Node.DOCUMENT_POSITION_FOLLOWING;
      return { action: 'variant-nav', turn, direction: before ? 'prev' : 'next' };
    }
    const index = [...group.children].filter((c) => c.matches(ICON_BUTTON)).indexOf(button);
    if (index === 0) return { action: 'copy-message', turn };
    if (!message.querySelector(ANSWER_MARK)) return null; // the user's other button edits
    if (index === 1) {
      const switcher = switcherOf(row);
      state.regenerating.set(rowPosition(row, rowsUpTo(row).length), (switcher?.count ?? 1) + 1);
      return { action: 'regenerate', turn };
    }
    if (index === 2) return { action: 'feedback', turn, rating: 'up' };
    if (index === 3) return { action: 'feedback', turn, rating: 'down' };
    return null;
  },

  landmarks: [
    { name: 'composer', selector: 'textarea#chat-input, textarea[placeholder]', when: 'always' },
    { name: 'messages', selector: MESSAGE, when: 'in-conversation' },
    { name: 'answer content', selector: `${MESSAGE} .ds-assistant-message-main-content`, when: 'in-conversation' },
  ],
};

/** The list rows (items holding a message) from the first up to `row`, in order. */
function rowsUpTo(row: Element): Element[] {
  const rows: Element[] = [row];
  for (let s = row.previousElementSibling; s; s = s.previousElementSibling) if (s.matches(ROW)) rows.unshift(s);
  return rows;
}

/** 1-based position in the conversation: the virtual list's numeric key when it has one, else the count. */
function rowPosition(row: Element, counted: number): number {
  const key = row.getAttribute('data-virtual-list-item-key');
  return key && /^\d+$/.test(key) ? Number(key) : counted;
}

/** The "n / m" switcher in the row's action row, outside the message itself. */
function switcherOf(row: Element): Readout | null {
  for (const child of row.children) {
    if (child.matches(MESSAGE)) continue;
    for (const el of child.querySelectorAll('div, span')) {
      const seen = el.children.length ? null : parseReadout(el.textContent);
      if (seen) return seen;
    }
  }
  return null;
}

/** The variant a row shows: its switcher's, or while a regenerated answer streams without one, the remembered. */
function variantShown(row: Element, switcher: Readout | null, state: DeepseekState): number {
  const key = rowPosition(row, rowsUpTo(row).length);
  const pending = state.regenerating.get(key);
  const hasActions = [...row.children].some((c) => !c.matches(MESSAGE) && c.querySelector(ICON_BUTTON));
  if (hasActions) {
    if (pending !== undefined && switcher && switcher.count >= pending) state.regenerating.delete(key);
    return switcher?.index ?? 1;
  }
  return pending ?? switcher?.index ?? 1;
}
