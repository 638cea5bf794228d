// Claude (claude.ai). Facts and their sources: docs/sites/claude.md.
//
// Message ids: claude.ai puts no message uuid in the DOM (they exist only in its API), so ids are derived from
// what the page shows. A row's `data-index` is its depth on the shown branch; the "n / m" readout of the version
// arrows says which sibling is shown there. The id of the message at depth d is its path from the root:
// `row<d>` plus `.<j>v<n>` for every depth j <= d whose shown version n is not the first (e.g. `row1.1v2` = the
// second retry of the first answer). Such a path names one node of the conversation tree, so it is stable across
// reloads and virtualised remounts. The readout is mounted only while the row is hovered, so the adapter keeps
// the last version it saw per depth (in its per-conversation state, `ClaudeState`, which the engine owns) and
// learns the rest from clicks: a retry shows version m+1 once the row starts streaming again, an edited prompt
// shows version m+1 once the editor closes. Depths whose readout was never seen count as version 1: after a reload
// into a branch other than the first, ids can be wrong until the user hovers the row (the conversation tree the
// page downloads, read by claude-tree.ts, sets them when the chat opens).
//
// Rows of the virtualised transcript are recycled for other messages on scroll; readTurn reads `data-index` each
// time, so a recycled row reports the message it shows now.
import { siteMeta } from '../../core/sites';
import { ANSWER_COLUMN, ATTACHMENT, depthOf, inEditor, isStreamingRow, readout, RESPONSE, roleOf, TURN, USER, answerText } from './claude-rows';
import { readClaudeTree } from './claude-tree';
import { type ClaudeState, editSent, nextVersion, pathId, retryBelow, show, startEdit } from './claude-versions';
import { CONTROL, controlsIn, groupOf, hasIcon, labelIs, switcherDirection } from './controls';
import { codeBlock, codeLanguage, isLastMatch } from './kit';
import { artifactFormat, codeBlockOf, panelNamed } from './kit-parts';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

export type { ClaudeState } from './claude-versions';

const meta = siteMeta('claude');

/** The frame around a `<pre>`'s own div: its language label div before it [SKX], and in 2025-26 markup the floating
 * copy bar too (real pages in test/real-pages/claude). The frame is the block, so the label never leaks into the
 * text and a click on its copy button is a code copy. */
const LABELLED_BLOCK = 'div:has(> div > pre:only-child):not(:has(> :is(p, ul, ol, h1, h2, h3, h4, table, blockquote)))';
/** The 2026-10 design-system block: a `role=group` frame named by its language holding the copy button, the label
 * div and the `<pre>`, inside `[data-not-prose]` (docs/sites/claude.md). The frame is the block, as above. */
const GROUP_BLOCK = '[data-not-prose] [role="group"]:has(pre)';
const CODE_BLOCK = `${GROUP_BLOCK}, ${LABELLED_BLOCK}, pre:not(${LABELLED_BLOCK} pre, ${GROUP_BLOCK} pre)`;
/** Starts of the icon paths of the real action bar (2025-12 saved pages; docs/sites/claude.md): the same in every language. */
const THUMBS_UP_ICON = ['d:M9.56055 2C11.1381 2.00009'];
const THUMBS_DOWN_ICON = ['d:M12.6699 3C14.2586 3'];
const RETRY_ICON = ['d:M10.3857 2.50977C14.3486'];
/** The prompt's edit pencil, which a 2026-02 capture shows with no test id (docs/sites/claude.md, Edit prompt). */
const EDIT_ICON = ['d:M9.72821 2.87934C10.0318'];
/** An artifact card in an answer; its content is in the side panel, outside every turn, while it is open [NCE]. */
const ARTIFACT_CARD = '[class~="group/artifact-block"], .artifact-block-cell';
const STOP = '[data-testid="chat-input-stop"]';
/** The 2026-10 answer's toolbar, inside the answer element (copy, thumbs, retry, its time) [CVB, OAE 2026-10-07]. */
const ANSWER_BAR = '[data-testid="message-actions"]';
const ARTIFACT_PANEL_BODY = '#wiggle-file-content, [data-skill-file-viewer], .cm-content, pre';
/**
 * Thinking and tool use shown before the answer: pills [SKX, BUB-EXT]; the 2026-02 grid's first row (folded, always
 * in the DOM) with its `group/thinking` box [OAE, LUE]; the 2026-10 status row `TurnStatus` [CVB].
 */
const REASONING =
  '[data-testid="tool-status-pill"], [class*="--msg-pill-py"], [class~="group/thinking"], ' +
  '[class~="row-start-1"]:has(+ [class~="row-start-2"]), [data-cds="TurnStatus"]';

export const claude: SiteAdapter<ClaudeState> = {
  ...meta,

  createState: () => ({ shown: new Map(), count: new Map(), pendingRetry: null, pendingEdit: null }),

  conversationId(url) {
    const m = /^\/chat\/([0-9a-fA-F-]{36})(?:\/|$)/.exec(url.pathname);
    return m ? m[1]!.toLowerCase() : null;
  },

  turnSelector: TURN,
  /** The row's streaming flag: its going off ends the answer while the engine polls the row (engine/observer.ts). */
  observedAttributes: ['data-perf-row-streaming'],

  pageWorld: {
    responses: meta.pageWorldResponses ?? [],
    read(_url, body) {
      const tree = readClaudeTree(body);
      if (!tree) return null;
      return {
        conversationId: tree.conversationId,
        messages: tree.messages,
        // Now the adapter knows which version each depth of the shown branch is, without waiting for a hover.
        learn(state) {
          for (const [depth, [shown, count]] of tree.shownVersions) {
            state.shown.set(depth, shown);
            state.count.set(depth, count);
          }
        },
      };
    },
  },

  readTurn(turn, v): TurnInfo | null {
    // Seen open once: how a save is told from the click that opened the editor, in any UI language.
    if (v.pendingEdit && inEditor(turn) && depthOf(turn) === v.pendingEdit.depth) v.pendingEdit.opened = true;
    const role = roleOf(turn);
    if (!role) return null;
    // A prompt of only files has no text bubble: its content is the thumbnails' row (read as attachments, no text).
    const response = role === 'assistant' ? turn.querySelector(RESPONSE) : null;
    const content =
      role === 'user' ? (turn.querySelector(USER) ?? turn.querySelector(ATTACHMENT)?.parentElement) : (response?.querySelector(ANSWER_COLUMN) ?? response);
    if (!content) return null;
    const depth = depthOf(turn);
    if (depth < 0) return null;
    const retry = v.pendingRetry;
    if (retry && retry.depth === depth && (isStreamingRow(turn) || answerText(turn) !== retry.before)) {
      show(v, depth, retry.version, retry.version);
      v.pendingRetry = null;
    }
    const edit = v.pendingEdit;
    if (edit && edit.depth === depth && editSent(turn, edit)) {
      show(v, depth, edit.version, edit.version);
      v.pendingEdit = null;
    }
    const seen = readout(turn);
    if (seen) show(v, depth, seen.index, seen.count);
    const info: TurnInfo = { role, messageId: pathId(v, depth), content };
    const count = v.count.get(depth);
    if (count && count > 1) {
      info.variantIndex = v.shown.get(depth) ?? 1;
      info.variantCount = count;
    }
    return info;
  },

  isStreaming(turn, doc) {
    if (isStreamingRow(turn)) return true;
    // A new answer's frame shows no streaming flag and no body at first; only the stop button tells [CVB].
    return roleOf(turn) === 'assistant' && !!doc.querySelector(STOP) && isLastMatch(turn, '[data-perf-row="assistant"], [data-test-render-count]');
  },

  composerSelector: '[data-testid="chat-input"], div.ProseMirror[contenteditable="true"]',

  codeBlockSelector: CODE_BLOCK,

  readCodeBlock(block) {
    const code = block.querySelector('pre code') ?? block.querySelector('code') ?? block;
    return codeBlock(code.textContent ?? '', codeLanguage(block, { code }));
  },

  reasoningSelector: REASONING,

  attachments: { selector: ATTACHMENT },

  artifacts: {
    selector: ARTIFACT_CARD,
    read(card, doc) {
      // Title, then a type label whose format token ("Code · JSX") is the part no locale changes.
      const [title, label] = [...card.querySelectorAll('.line-clamp-1')].map((el) => el.textContent ?? '');
      if (!title?.trim()) return null;
      const format = artifactFormat(label);
      const content = panelNamed(doc, title, ARTIFACT_PANEL_BODY, TURN);
      return { kind: format.kind, title, ...(format.language ? { language: format.language } : {}), content };
    },
  },

  classifyClick(target, v): ClickAction | null {
    const button = target.closest(CONTROL);
    if (!button) return null;
    const testid = button.getAttribute('data-testid') ?? '';
    if (button.matches(STOP) || labelIs(button, /^Stop response$/)) return { action: 'stop' };
    const turn = button.closest(TURN);
    if (!turn) return null;
    // A click in the open editor (its Save, before the page handles it) is a sighting as good as a look's.
    if (v.pendingEdit && inEditor(turn) && depthOf(turn) === v.pendingEdit.depth) v.pendingEdit.opened = true;
    // A code block's copy button: inside the <pre> in older builds, on a bar beside it since 2025 (no test id).
    const message = button.closest(`${USER}, ${RESPONSE}`);
    const block = !testid && message ? codeBlockOf(button, CODE_BLOCK, message) : null;
    if (block) return { action: 'copy-code', turn, block };
    const depth = depthOf(turn);
    switch (testid) {
      case 'action-bar-copy':
      case 'user-message-copy':
        return { action: 'copy-message', turn };
      case 'action-bar-thumbs-up':
        return { action: 'feedback', turn, rating: 'up' };
      case 'action-bar-thumbs-down':
        return { action: 'feedback', turn, rating: 'down' };
      case 'action-bar-retry':
        v.pendingRetry = { depth, version: nextVersion(turn, v, depth), before: answerText(turn) };
        return { action: 'regenerate', turn };
      case 'user-message-retry':
        return retryBelow(turn, depth, v);
      case 'action-bar-previous-version':
      case 'user-message-previous-version':
        v.pendingEdit = v.pendingRetry = null;
        return { action: 'variant-nav', turn, direction: 'prev' };
      case 'action-bar-next-version':
      case 'user-message-next-version':
        v.pendingEdit = v.pendingRetry = null;
        return { action: 'variant-nav', turn, direction: 'next' };
      case 'user-message-edit':
        return startEdit(turn, depth, v);
    }
    if (button.matches(ROW_COPY)) return { action: 'copy-message', turn };
    const direction =
      switcherDirection(button) ?? (labelIs(button, /^previous version$/i) ? 'prev' : labelIs(button, /^next version$/i) ? 'next' : null);
    if (direction) return { action: 'variant-nav', turn, direction };
    const rating = ratingOf(button, turn);
    if (rating) return { action: 'feedback', turn, rating };
    if (roleOf(turn) === 'assistant' && retries(button, turn)) {
      v.pendingRetry = { depth, version: nextVersion(turn, v, depth), before: answerText(turn) };
      return { action: 'regenerate', turn };
    }
    if (roleOf(turn) === 'user' && !button.closest(USER) && (hasIcon(button, RETRY_ICON) || labelIs(button, /^retry$/i))) {
      return retryBelow(turn, depth, v);
    }
    if (roleOf(turn) === 'user' && !button.closest(USER) && (hasIcon(button, EDIT_ICON) || labelIs(button, /^edit$/i))) {
      return startEdit(turn, depth, v);
    }
    return null;
  },

  landmarks: [
    { name: 'composer', selector: '[data-testid="chat-input"], div.ProseMirror[contenteditable="true"]', when: 'always' },
    { name: 'conversation turns', selector: TURN, when: 'in-conversation' },
    { name: 'user messages', selector: USER, when: 'in-conversation' },
    { name: 'answers', selector: RESPONSE, when: 'in-conversation' },
  ],
};

/**
 * The copy control of a row's action bar: by test id until 2026, in the 2026-10 toolbar (no test ids) its first
 * button, as the 2026-10-07 capture shows it [OAE].
 */
const ROW_COPY = `[data-testid="action-bar-copy"], ${ANSWER_BAR} > button:first-of-type`;

/** Inside the answer's own text (a control there is the message's, e.g. a citation), not in its toolbar. */
const inMessage = (button: Element) => !!button.closest(RESPONSE) && !button.closest(ANSWER_BAR);

/**
 * Thumbs on an answer: the icon, else the place (the two controls right after the action bar's copy button, as in
 * every build seen), else the English label.
 */
function ratingOf(button: Element, turn: Element): 'up' | 'down' | null {
  if (roleOf(turn) !== 'assistant' || inMessage(button)) return null;
  if (hasIcon(button, THUMBS_UP_ICON) || labelIs(button, /^(give positive feedback|good response)$/i)) return 'up';
  if (hasIcon(button, THUMBS_DOWN_ICON) || labelIs(button, /^(give negative feedback|bad response)$/i)) return 'down';
  // By place: among the bar's plain controls (no test id, no menu, not an arrow) after its copy button, the first
  // two are the thumbs.
  const bar = groupOf(button, turn);
  const copy = bar?.querySelector(ROW_COPY);
  if (!bar || !copy || hasIcon(button, RETRY_ICON)) return null;
  const plain = controlsIn(bar).filter(
    (c) =>
      !c.hasAttribute('data-testid') &&
      !c.hasAttribute('aria-haspopup') &&
      !switcherDirection(c) &&
      copy.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const at = plain.indexOf(button);
  return at === 0 ? 'up' : at === 1 ? 'down' : null;
}

/** Retry on an answer: the icon, or the action bar's menu button (retry opens a model menu), or the English label. */
function retries(button: Element, turn: Element): boolean {
  if (inMessage(button)) return false;
  if (hasIcon(button, RETRY_ICON) || labelIs(button, /^retry$/i)) return true;
  const bar = groupOf(button, turn);
  return button.getAttribute('aria-haspopup') === 'menu' && !!bar?.querySelector(ROW_COPY);
}

