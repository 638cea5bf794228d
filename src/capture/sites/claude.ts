// Claude (claude.ai). Facts and their sources: docs/sites/claude.md.
//
// Message ids: claude.ai puts no message uuid in the DOM (they exist only in its API), so ids are derived from
// what the page shows. A row's `data-index` is its depth on the shown branch; the "n / m" readout of the version
// arrows says which sibling is shown there. The id of the message at depth d is its path from the root:
// `row<d>` plus `.<j>v<n>` for every depth j <= d whose shown version n is not the first (e.g. `row1.1v2` = the
// second retry of the first answer). Such a path names one node of the conversation tree, so it is stable across
// reloads and virtualised remounts. The readout is mounted only while the row is hovered, so the adapter keeps
// the last version it saw per depth (per conversation) and learns the rest from clicks: a retry shows version
// m+1 once the row starts streaming again, an edited prompt shows version m+1 once the editor closes. Depths whose
// readout was never seen count as version 1: after a reload into a branch other than the first, ids can be wrong
// until the user hovers the row (the conversation tree the page downloads, read by claude-tree.ts, sets them when the chat opens).
//
// Rows of the virtualised transcript are recycled for other messages on scroll; readTurn reads `data-index` each
// time, so a recycled row reports the message it shows now.
import { readClaudeTree } from './claude-tree';
import type { ClickAction, CodeBlock, SiteAdapter, TurnInfo } from './types';

const TURN = '[data-testid="transcript-row"], [data-test-render-count]';
const USER = '[data-testid="user-message"]';
const RESPONSE = '.font-claude-response, .font-claude-message';
/** Label div before the <pre>'s parent [SKX]: the wrapper is the block, so the label never leaks into the text. */
const LABELLED_BLOCK = 'div:has(> div:first-child + div:last-child > pre:only-child)';
const CODE_BLOCK = `${LABELLED_BLOCK}, pre:not(${LABELLED_BLOCK} pre)`;
const READOUT = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

interface Versions {
  /** depth -> shown version (1-based) */
  shown: Map<number, number>;
  /** depth -> number of versions, when known */
  count: Map<number, number>;
}

const byConversation = new Map<string, Versions>();
let pendingRetry: { key: string; depth: number; version: number } | null = null;
let pendingEdit: { key: string; depth: number; version: number } | null = null;

function conversationKey(doc: Document): string {
  return claude.conversationId(new URL(doc.location.href)) ?? 'new';
}

/** The version memory of the conversation on screen; a new chat's memory follows it when the site names it. */
function versionsOf(doc: Document): { key: string; v: Versions } {
  const key = conversationKey(doc);
  let v = byConversation.get(key);
  if (!v) {
    v = (key !== 'new' && byConversation.get('new')) || { shown: new Map(), count: new Map() };
    byConversation.delete('new');
    byConversation.set(key, v);
    for (const p of [pendingRetry, pendingEdit]) if (p?.key === 'new') p.key = key;
  }
  return { key, v };
}

function show(v: Versions, depth: number, version: number, count?: number): void {
  if ((v.shown.get(depth) ?? 1) !== version) {
    // Another branch below this depth: what was known about deeper rows belonged to the old one.
    for (const d of [...v.shown.keys()]) if (d > depth) v.shown.delete(d);
    for (const d of [...v.count.keys()]) if (d > depth) v.count.delete(d);
  }
  v.shown.set(depth, version);
  if (count) v.count.set(depth, Math.max(count, version));
}

function depthOf(turn: Element): number {
  const attr = turn.getAttribute('data-index');
  if (attr !== null && /^\d+$/.test(attr)) return Number(attr);
  // Legacy markup without data-index: not virtualised, so position in the document is the depth.
  return [...turn.ownerDocument.querySelectorAll(TURN)].indexOf(turn);
}

function roleOf(turn: Element): 'user' | 'assistant' | null {
  const perf = turn.getAttribute('data-perf-row');
  if (perf === 'human') return 'user';
  if (perf === 'assistant') return 'assistant';
  if (turn.querySelector(USER)) return 'user';
  if (turn.querySelector(RESPONSE)) return 'assistant';
  return null;
}

/** The "n / m" next to this row's version arrows (mounted only while hovered). */
function readout(turn: Element): { n: number; m: number } | null {
  const arrow = turn.querySelector('[data-testid$="-previous-version"], [data-testid$="-next-version"]');
  const scope = arrow?.parentElement;
  if (!scope) return null;
  for (const el of scope.querySelectorAll('span, div')) {
    const m = READOUT.exec(el.textContent ?? '');
    if (m && !el.querySelector('button')) return { n: Number(m[1]), m: Number(m[2]) };
  }
  return null;
}

function inEditor(turn: Element): boolean {
  return !!turn.querySelector('textarea, [contenteditable="true"]');
}

function pathId(v: Versions, depth: number): string {
  const parts = [...v.shown.entries()].filter(([d, n]) => d <= depth && n !== 1).sort((a, b) => a[0] - b[0]);
  return claudePathId(depth, parts.map(([d, n]) => `.${d}v${n}`).join(''));
}

/** `row<depth><path>`; a long path (deep chats with many retries) is replaced by a stable hash of it. */
export function claudePathId(depth: number, path: string): string {
  if (path.length <= 64) return `row${depth}${path}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `row${depth}.h${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
}

function isStreamingRow(turn: Element): boolean {
  return turn.getAttribute('data-perf-row-streaming') === 'true' || !!turn.querySelector('[data-is-streaming="true"]');
}

/** The version a new sibling at this row will get: one past the number of versions shown or remembered. */
function nextVersion(turn: Element, v: Versions, depth: number): number {
  return (readout(turn)?.m ?? v.count.get(depth) ?? 1) + 1;
}

export const claude: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  matches: ['https://claude.ai/*'],

  conversationId(url) {
    const m = /^\/chat\/([0-9a-fA-F-]{36})(?:\/|$)/.exec(url.pathname);
    return m ? m[1]!.toLowerCase() : null;
  },

  turnSelector: TURN,

  pageWorld: {
    // The tree the page downloads when a chat opens: every branch, and the rows the virtualised list never mounts.
    responses: [/^\/api\/organizations\/[\w-]+\/chat_conversations\/[\w-]+\?(?:.*&)?tree=true(?:&|$)/i],
    read(_url, body) {
      const tree = readClaudeTree(body);
      if (!tree) return null;
      // Now the adapter knows which version each depth of the shown branch is, without waiting for a hover.
      let v = byConversation.get(tree.conversationId);
      if (!v) byConversation.set(tree.conversationId, (v = { shown: new Map(), count: new Map() }));
      for (const [depth, [shown, count]] of tree.shownVersions) {
        v.shown.set(depth, shown);
        v.count.set(depth, count);
      }
      return { conversationId: tree.conversationId, messages: tree.messages };
    },
  },

  readTurn(turn): TurnInfo | null {
    const role = roleOf(turn);
    if (!role) return null;
    const content = turn.querySelector(role === 'user' ? USER : RESPONSE);
    if (!content) return null;
    const depth = depthOf(turn);
    if (depth < 0) return null;
    const { key, v } = versionsOf(turn.ownerDocument);
    if (pendingRetry && pendingRetry.key === key && pendingRetry.depth === depth && isStreamingRow(turn)) {
      show(v, depth, pendingRetry.version, pendingRetry.version);
      pendingRetry = null;
    }
    if (pendingEdit && pendingEdit.key === key && pendingEdit.depth === depth && !inEditor(turn)) {
      show(v, depth, pendingEdit.version, pendingEdit.version);
      pendingEdit = null;
    }
    const seen = readout(turn);
    if (seen) show(v, depth, seen.n, seen.m);
    const info: TurnInfo = { role, messageId: pathId(v, depth), content };
    const count = v.count.get(depth);
    if (count && count > 1) {
      info.variantIndex = v.shown.get(depth) ?? 1;
      info.variantCount = count;
    }
    return info;
  },

  isStreaming(turn) {
    return isStreamingRow(turn);
  },

  composerSelector: '[data-testid="chat-input"], div.ProseMirror[contenteditable="true"]',

  codeBlockSelector: CODE_BLOCK,

  readCodeBlock(block): CodeBlock {
    const code = block.querySelector('pre code') ?? block.querySelector('code') ?? block;
    let language = /(?:^|\s)language-([\w+#.-]+)/.exec(code.className)?.[1];
    if (!language && block.matches(LABELLED_BLOCK)) language = block.firstElementChild?.textContent?.trim() || undefined;
    return { code: code.textContent ?? '', ...(language ? { language } : {}) };
  },

  classifyClick(target): ClickAction | null {
    const button = target.closest('button, [role="button"]');
    if (!button) return null;
    const testid = button.getAttribute('data-testid') ?? '';
    const label = button.getAttribute('aria-label') ?? '';
    if (testid === 'chat-input-stop' || label === 'Stop response') return { action: 'stop' };
    const turn = button.closest(TURN);
    if (!turn) return null;
    if (button.closest('pre')) {
      const block = button.closest(CODE_BLOCK) ?? button.closest('pre')!;
      return { action: 'copy-code', turn, block };
    }
    const doc = turn.ownerDocument;
    const depth = depthOf(turn);
    switch (testid) {
      case 'action-bar-copy':
      case 'user-message-copy':
        return { action: 'copy-message', turn };
      case 'action-bar-thumbs-up':
        return { action: 'feedback', turn, rating: 'up' };
      case 'action-bar-thumbs-down':
        return { action: 'feedback', turn, rating: 'down' };
      case 'action-bar-retry': {
        const { key, v } = versionsOf(doc);
        pendingRetry = { key, depth, version: nextVersion(turn, v, depth) };
        return { action: 'regenerate', turn };
      }
      case 'user-message-retry': {
        // Retries the answer below this prompt.
        const answer = doc.querySelector(`[data-testid="transcript-row"][data-index="${depth + 1}"]`);
        if (!answer) return null;
        const { key, v } = versionsOf(doc);
        pendingRetry = { key, depth: depth + 1, version: (v.count.get(depth + 1) ?? 1) + 1 };
        return { action: 'regenerate', turn: answer };
      }
      case 'action-bar-previous-version':
      case 'user-message-previous-version':
        return { action: 'variant-nav', turn, direction: 'prev' };
      case 'action-bar-next-version':
      case 'user-message-next-version':
        return { action: 'variant-nav', turn, direction: 'next' };
      case 'user-message-edit': {
        const { v } = versionsOf(doc);
        const seen = readout(turn);
        if (seen) show(v, depth, seen.n, seen.m);
        return { action: 'edit-prompt', turn };
      }
    }
    if (label === 'Give positive feedback' || label === 'Good response') return { action: 'feedback', turn, rating: 'up' };
    if (label === 'Give negative feedback' || label === 'Bad response') return { action: 'feedback', turn, rating: 'down' };
    if (inEditor(turn) && roleOf(turn) === 'user' && /^(save|send|submit)\b/i.test((button.textContent ?? label).trim())) {
      const { key, v } = versionsOf(doc);
      pendingEdit = { key, depth, version: (v.count.get(depth) ?? 1) + 1 };
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
