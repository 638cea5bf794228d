// GitHub Copilot Chat, immersive page on github.com (/copilot, /copilot/c/<threadId>). Facts and sources:
// docs/sites/github-copilot.md. Runs on the Copilot chat pages only, not on the rest of github.com.
//
// The page uses CSS modules (`ChatMessage-module__ai--<hash>`): selectors below match the module and name prefix,
// never the hash. The DOM shows no message ids (they exist only in the API's tree), so ids are derived from what
// the page shows: a message's place in the tree, written as the 1-based variant position of every message from
// the first one down to it ("p1.2" = first prompt, its second answer). Siblings keep their creation order, so a
// retried answer gets a new id (its position differs), switching back to a variant yields that variant's id
// again, and reopening the thread later gives the same ids. Very long threads use a hash of the path instead.
//
// Awkward part: the "< 2 / 2 >" switcher sits in the action bar, which the page adds only after streaming. While
// a retried answer streams, its position is therefore not shown yet. The adapter remembers the variant count the
// user saw when clicking Retry and, while that turn streams without a switcher, gives the new answer position
// count + 1 (the page appends siblings), which is what the switcher shows once streaming ends. This is the one
// piece of adapter state: a WeakMap keyed by the turn element in the per-conversation state the engine owns,
// dropped once the answer is done.
//
// Controls: GitHub translates its labels, so they are told by the octicon drawn (copy, thumbsup, thumbsdown, sync;
// the composer's stop is the loading button with the square icon), by place (the arrows beside the "n / m" readout,
// a code block's copy) and by the retry button's own CSS module; English labels remain one alternative.
import { siteMeta } from '../../core/sites';
import { CONTROL, hasIcon, labelIs, switcherDirection, switcherReadout } from './controls';
import { codeBlock, hash64, isLastMatch, languageFromClass, type Readout } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const TURN = '.message-container, div[class*="ChatMessage-module__chatMessage"]';
const CODE_MODULE = '[class*="CodeBlock-module__container"]';
const CODE = `${CODE_MODULE}, div.highlight:has(> pre), pre:not(${CODE_MODULE} pre):not(div.highlight > pre)`;
/** The send button turned stop button (Primer IconButton, loading, square icon), or one labelled so. */
const STOP = 'button[aria-label*="Stop" i], button[data-component="IconButton"][data-loading]:has(.octicon-square-fill)';
const PREV = /^(previous|prev|older)( response| version| answer)?$/i;
const NEXT = /^(next|newer)( response| version| answer)?$/i;

function roleOf(turn: Element): 'user' | 'assistant' | null {
  const cls = turn.getAttribute('class') ?? '';
  if (/ChatMessage-module__ai\b|ChatMessage-module__ai--/.test(cls)) return 'assistant';
  if (/ChatMessage-module__user\b|ChatMessage-module__user--/.test(cls)) return 'user';
  const heading = turn.querySelector(':scope > h3.sr-only, :scope > .sr-only')?.textContent ?? '';
  if (/copilot/i.test(heading)) return 'assistant';
  if (/\byou\b/i.test(heading)) return 'user';
  return null;
}

const ANSWER_BODY = '[data-copilot-markdown], .markdown-body';

/** The switcher sits in the action bar beside the answer, never in its text (which grows with every streamed chunk,
 * and every turn's switcher is read for each message id): the answer's body is not searched. */
function variantOf(turn: Element): Readout | null {
  return switcherReadout(turn, undefined, turn.querySelector(ANSWER_BODY));
}

/** The derived id: variant positions along the shown branch, from the first message down to this turn. */
function treePathId(turn: Element, state: GithubCopilotState): string | null {
  const positions: number[] = [];
  for (const t of turn.ownerDocument.querySelectorAll(TURN)) {
    if (!roleOf(t)) continue;
    positions.push(positionOf(t, state));
    if (t === turn) {
      const path = positions.join('.');
      return path.length <= 120 ? `p${path}` : `h${positions.length}-${hash64(path)}`;
    }
  }
  return null;
}

/** Per conversation: turns whose Retry was clicked, the variant count shown then, and whether the new answer has started streaming. */
export interface GithubCopilotState {
  retries: WeakMap<Element, { count: number; streamed: boolean; at: number }>;
}
const RETRY_TTL_MS = 120_000;

function streamingNow(turn: Element): boolean {
  const doc = turn.ownerDocument;
  return !!doc.querySelector(STOP) && isLastMatch(turn, TURN) && !turn.querySelector('[class*="ChatMessage-module__actions"]');
}

/** The variant position this turn shows, or the one its streaming retry will get. */
function positionOf(turn: Element, { retries }: GithubCopilotState): number {
  const shown = variantOf(turn);
  const retry = retries.get(turn);
  if (retry && Date.now() - retry.at > RETRY_TTL_MS) retries.delete(turn);
  else if (retry && streamingNow(turn)) {
    retry.streamed = true;
    if (!shown) return retry.count + 1;
  } else if (retry?.streamed) retries.delete(turn);
  return shown?.index ?? 1;
}

export const githubCopilot: SiteAdapter<GithubCopilotState> = {
  ...siteMeta('github-copilot'),

  createState: () => ({ retries: new WeakMap() }),

  conversationId(url) {
    const m = /^\/copilot\/c\/([0-9a-zA-Z-]{8,64})/.exec(url.pathname);
    return m ? m[1]! : null;
  },

  turnSelector: TURN,

  readTurn(turn, state): TurnInfo | null {
    const role = roleOf(turn);
    if (!role) return null;
    const content =
      role === 'assistant'
        ? turn.querySelector(ANSWER_BODY)
        : turn.querySelector('[class*="UserMessage-module__container"], [class*="ChatMessage-module__userMessage"], h3.sr-only + div');
    if (!content) return null;
    const messageId = treePathId(turn, state);
    if (!messageId) return null;
    const info: TurnInfo = { role, messageId, content };
    if (role === 'assistant') {
      const model = turn.ownerDocument.querySelector('button[class*="ModelPicker-module__menuButton"]')?.textContent?.trim();
      if (model && isLastMatch(turn, TURN)) info.model = model;
      const variant = variantOf(turn);
      if (variant) {
        info.variantIndex = variant.index;
        info.variantCount = variant.count;
      }
    }
    return info;
  },

  isStreaming(turn) {
    // The send button turns into a stop button (Primer IconButton, data-loading, square icon) while the newest
    // answer streams; the message's action bar appears once it has finished.
    return streamingNow(turn);
  },

  codeBlockSelector: CODE,

  readCodeBlock(block) {
    const code = block.querySelector('pre code') ?? block.querySelector('pre') ?? block;
    const fromHeader = block.querySelector('[class*="CodeBlock-module__languageName"]')?.textContent?.trim();
    const fromHighlight = /highlight-source-([\w+#.-]+)/.exec(block.getAttribute('class') ?? '')?.[1];
    return codeBlock(code.textContent ?? '', languageFromClass(code) ?? (fromHeader || fromHighlight));
  },

  classifyClick(target, { retries }): ClickAction | null {
    const button = target.closest(`${CONTROL}, clipboard-copy`);
    if (!button) return null;
    const stopIcon = button.hasAttribute('data-loading') && hasIcon(button, ['octicon-square-fill']);
    if (stopIcon || labelIs(button, /^stop( generating| response)?$/i)) return { action: 'stop' };
    const turn = button.closest(TURN);
    if (!turn) return null;
    const copies =
      hasIcon(button, ['octicon-copy']) || button.matches('clipboard-copy') || labelIs(button, /^copy( code| message| response)?$/i);
    const block = button.closest('[class*="CodeBlock-module__container"], div.highlight, pre');
    if (block) return copies ? { action: 'copy-code', turn, block } : null;
    const direction = switcherDirection(button) ?? (labelIs(button, PREV) ? 'prev' : labelIs(button, NEXT) ? 'next' : null);
    if (direction) return { action: 'variant-nav', turn, direction };
    if (hasIcon(button, ['octicon-thumbsup']) || labelIs(button, /^(good response|thumbs up|like|helpful)$/i)) {
      return { action: 'feedback', turn, rating: 'up' };
    }
    if (hasIcon(button, ['octicon-thumbsdown']) || labelIs(button, /^(bad response|thumbs down|dislike|unhelpful)$/i)) {
      return { action: 'feedback', turn, rating: 'down' };
    }
    const retryGroup = button.closest('[class*="messageRetryButtonGroup"]');
    if (retryGroup || hasIcon(button, ['octicon-sync']) || labelIs(button, /^(retry|regenerate|try again)$/i)) {
      retries.set(turn, { count: variantOf(turn)?.count ?? 1, streamed: false, at: Date.now() });
      return { action: 'regenerate', turn };
    }
    return copies ? { action: 'copy-message', turn } : null;
  },

  landmarks: [
    { name: 'composer', selector: 'textarea#copilot-chat-textarea, form textarea[aria-label*="Copilot" i]', when: 'always' },
    { name: 'chat messages', selector: 'div[class*="ChatMessage-module__chatMessage"]', when: 'in-conversation' },
    {
      name: 'message roles',
      selector: 'div[class*="ChatMessage-module__ai"], div[class*="ChatMessage-module__user"]',
      when: 'in-conversation',
    },
  ],
};
