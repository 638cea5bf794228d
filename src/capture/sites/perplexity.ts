// Perplexity (www.perplexity.ai). Facts and their sources: docs/sites/perplexity.md.
// Containers are Tailwind utility classes. Until 2026-08 the stable handles were the query heading (`group/query`)
// and the answer's `id="markdown-content-<n>"` (n = the entry's position in the thread); a 2026-08/09 rollout removed
// both: the answer is a bare `.prose[data-renderer="lm"]` and the query sits in a `group/user-bubble` [OAE]. Both
// layouts are read. Labels are translated (the UI follows the browser's language), so controls are told by test id,
// by the icon they draw (tabler classes, or the `#pplx-icon-…` sprite of the 2026 pages), and by place (the
// answer's action bar holds two toggle buttons, the thumbs, up first); the English labels remain one alternative.
//
// Message ids: the DOM carries none of the thread's uuids, so ids are derived from what it shows. An entry's query
// is `q<n>` and its answer `a<n>`, n taken from `markdown-content-<n>` (so lazily loaded older entries do not shift
// it), or in the 2026-08 layout, which shows no such number, from the answer's position among the answers (the
// query's among the queries) — there, older entries loaded later do shift it. Rewrite replaces an entry's answer
// in place and the page offers no way back to the old one, so the k-th rewrite seen in this page is `a<n>.r<k>`:
// counted here when a Rewrite click is followed by the stop button (the new answer streaming). Known limit: after a
// reload the page shows only the latest rewrite, which is then `a<n>` again, the id of the original answer; since
// events are idempotent by id, that history capture is dropped rather than stored under a wrong text (the original,
// live-captured answer keeps its own record). The counts are the adapter's per-conversation state, which the engine
// owns.
import { siteMeta } from '../../core/sites';
import { CONTROL, controlsIn, groupOf, hasIcon, labelIs } from './controls';
import { codeBlock, codeLanguage, isLastMatch } from './kit';
import type { ClickAction, SiteAdapter, TurnInfo } from './types';

const OLD_QUERY = '[class*="group/query"]:not([class*="group/query"] *)';
/** The 2026-09 query bubble, unless it wraps or sits in an older query heading (a transitional page). */
const NEW_QUERY = '[class*="group/user-bubble"]:not([class*="group/user-bubble"] *, [class*="group/query"] *):not(:has([class*="group/query"]))';
const QUERY = `${OLD_QUERY}, ${NEW_QUERY}`;
const OLD_ANSWER = 'div[id^="markdown-content-"]';
/** The 2026-08 answer: outside the old answer block, the query bubble and a Deep Research report's wide prose. */
const NEW_ANSWER = `.prose[data-renderer="lm"]:not(${OLD_ANSWER} *, [class*="group/user-bubble"] *, .max-w-none *, [data-renderer="lm"] *)`;
const ANSWER = `${OLD_ANSWER}, ${NEW_ANSWER}`;
/**
 * A Deep Research report card (2026-02 saved page, [OAE] selectors to 2026-07): a rounded card in the thread column,
 * beside the answer's element in its entry, whose header holds the report's title and whose body is the report's
 * wide prose; told by that prose, which only reports draw (the card's own classes were renamed in 2026-08 [OAE]).
 * The innermost such card. A report opened in the side panel (2026-08) is outside the thread column: not claimed.
 */
const REPORT_BODY = '.prose.max-w-none';
const REPORT_CARD = `[class*="threadContentWidth"] div[class*="rounded-"]:has(${REPORT_BODY}):not(:has([class*="rounded-"] ${REPORT_BODY}))`;
const STOP_ICON = 'tabler-icon-player-stop-filled';
const STOP = `button:is([aria-label^="Stop response"], :has(svg.${STOP_ICON})):not([hidden])`;
/** Each control's icon: tabler class, or the sprite the 2026 saved pages draw (test/real-pages/perplexity). */
const ICON = {
  copy: ['tabler-icon-copy', '#pplx-icon-copy'],
  rewrite: ['tabler-icon-repeat', '#pplx-icon-repeat'],
  up: ['tabler-icon-thumb-up', '#pplx-icon-thumb-up'],
  down: ['tabler-icon-thumb-down', '#pplx-icon-thumb-down'],
};

/** Per conversation: rewrites seen per entry n, and entries whose Rewrite was clicked but is not yet streaming. */
export interface PerplexityState {
  rewrites: Map<number, number>;
  rewriteClicked: Set<number>;
}

export const perplexity: SiteAdapter<PerplexityState> = {
  ...siteMeta('perplexity'),

  createState: () => ({ rewrites: new Map(), rewriteClicked: new Set() }),

  conversationId(url) {
    const m = /^\/search\/([\w.-]{4,200})(?:\/|$)/.exec(url.pathname);
    return m ? m[1]! : null;
  },

  turnSelector: `${QUERY}, ${ANSWER}`,

  readTurn(turn, { rewrites, rewriteClicked }): TurnInfo | null {
    if (turn.matches(ANSWER)) {
      const n = answerIndex(turn);
      if (n === null) return null;
      if (rewriteClicked.has(n) && turn.ownerDocument.querySelector(STOP)) {
        rewriteClicked.delete(n);
        rewrites.set(n, (rewrites.get(n) ?? 0) + 1);
      }
      const k = rewrites.get(n) ?? 0;
      const content = turn.matches(NEW_ANSWER) ? turn : (turn.querySelector('.prose') ?? turn);
      return { role: 'assistant', messageId: `a${n}${k ? `.r${k}` : ''}`, content };
    }
    if (!turn.matches(QUERY)) return null;
    const n = queryIndex(turn);
    if (n === null) return null;
    return { role: 'user', messageId: `q${n}`, content: turn.querySelector('.select-text, [data-renderer="lm"]') ?? turn };
  },

  isStreaming(turn, doc, { rewrites, rewriteClicked }) {
    if (!turn.matches(ANSWER) || !doc.querySelector(STOP)) return false;
    if (isLastMatch(turn, ANSWER)) return true;
    const n = answerIndex(turn);
    return n !== null && (rewrites.has(n) || rewriteClicked.has(n)) && !(turn.matches('.prose') ? turn : turn.querySelector('.prose'))?.textContent;
  },

  codeBlockSelector: 'pre',

  readCodeBlock(block) {
    const code = block.querySelector('code');
    const lang = codeLanguage(block, { code });
    return codeBlock((code ?? block).textContent ?? '', lang !== 'text' ? lang : undefined);
  },

  artifacts: {
    beside: REPORT_CARD,
    read(card) {
      const body = card.querySelector(REPORT_BODY);
      // The header's title: its first truncated line of text (no label; the buttons beside it draw icons or words).
      const title = [...card.querySelectorAll('.truncate')].find((el) => !el.closest(`button, ${REPORT_BODY}`))?.textContent;
      return { kind: 'document', ...(title?.trim() ? { title } : {}), content: body };
    },
  },

  classifyClick(target, { rewriteClicked }): ClickAction | null {
    const button = target.closest(CONTROL);
    if (!button) return null;
    const testid = button.getAttribute('data-testid') ?? '';
    if (button.matches(STOP)) return { action: 'stop' };
    const block = button.closest('pre');
    if (block) {
      const turn = block.closest(ANSWER);
      const isCopy = testid === 'copy-code-button' || block.querySelector(CONTROL) === button || labelIs(button, /copy/i);
      return turn && isCopy ? { action: 'copy-code', turn, block } : null;
    }
    if (button.closest(ANSWER)) return null; // inline citation chips and other controls inside the answer
    // A report card's own controls (its copy copies the report, not the answer): no answer action. Not recorded yet.
    if (button.closest(REPORT_CARD)) return null;
    const query = entryOf(button, QUERY);
    const answer = entryOf(button, ANSWER);
    // A copy beside the query bubble (nearer to the query than to any answer) copies the query.
    const byQuery = !!query && (!answer || depthTo(button, query) < depthTo(button, answer));
    if (testid === 'copy-query-button' || labelIs(button, /^Copy Query$/) || (byQuery && hasIcon(button, ICON.copy))) {
      return query ? { action: 'copy-message', turn: query } : null;
    }
    const turn = byQuery ? null : answer;
    if (!turn) return null;
    const action = barAction(button, turn) ?? englishAction(button, turn);
    if (action?.action === 'regenerate') {
      const n = answerIndex(turn);
      if (n !== null) rewriteClicked.add(n);
    }
    return action;
  },

  landmarks: [
    { name: 'composer', selector: '#ask-input, [data-lexical-editor="true"], textarea', when: 'always' },
    { name: 'queries', selector: QUERY, when: 'in-conversation' },
    { name: 'answers', selector: ANSWER, when: 'in-conversation' },
  ],
};

/** An answer's action bar control, by icon, or by place: the bar's two toggle buttons are the thumbs, up first. */
function barAction(button: Element, turn: Element): ClickAction | null {
  if (hasIcon(button, ICON.copy)) return { action: 'copy-message', turn };
  if (hasIcon(button, ICON.rewrite)) return { action: 'regenerate', turn };
  if (hasIcon(button, ICON.up)) return { action: 'feedback', turn, rating: 'up' };
  if (hasIcon(button, ICON.down)) return { action: 'feedback', turn, rating: 'down' };
  if (!button.hasAttribute('aria-pressed')) return null;
  let bar = groupOf(button);
  while (bar && controlsIn(bar).filter((c) => c.hasAttribute('aria-pressed')).length < 2) bar = groupOf(bar);
  const toggles = bar ? controlsIn(bar).filter((c) => c.hasAttribute('aria-pressed')) : [];
  return toggles.length === 2 ? { action: 'feedback', turn, rating: button === toggles[0] ? 'up' : 'down' } : null;
}

function englishAction(button: Element, turn: Element): ClickAction | null {
  if (labelIs(button, /^Copy$/)) return { action: 'copy-message', turn };
  if (labelIs(button, /^Helpful$|thumbs.?up/i)) return { action: 'feedback', turn, rating: 'up' };
  if (labelIs(button, /^Not helpful$|thumbs.?down/i)) return { action: 'feedback', turn, rating: 'down' };
  if (labelIs(button, /^Rewrite$/) || button.textContent?.trim() === 'Rewrite') return { action: 'regenerate', turn };
  return null;
}

function answerIndex(answer: Element): number | null {
  if (answer.matches(NEW_ANSWER)) return positionOf(answer, NEW_ANSWER);
  const n = /^markdown-content-(\d+)$/.exec(answer.id)?.[1];
  return n === undefined ? null : Number(n);
}

function positionOf(el: Element, selector: string): number | null {
  const i = [...el.ownerDocument.querySelectorAll(selector)].indexOf(el);
  return i < 0 ? null : i;
}

/** How many parents up from `el` its ancestor-or-cousin `target` shares a parent with it (the nearer, the smaller). */
function depthTo(el: Element, target: Element): number {
  let depth = 0;
  for (let a = el.parentElement; a && !a.contains(target); a = a.parentElement) depth++;
  return depth;
}

/** The element matching `selector` in the same entry as `el`: the smallest ancestor holding exactly one. */
function entryOf(el: Element, selector: string): Element | null {
  for (let a = el.parentElement; a && a !== a.ownerDocument.body; a = a.parentElement) {
    const found = a.querySelectorAll(selector);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) return null;
  }
  return null;
}

/** A query's entry position: its own answer's, else one past the answer before it (the entry is still new). */
function queryIndex(query: Element): number | null {
  if (query.matches(NEW_QUERY)) return positionOf(query, NEW_QUERY);
  for (let a = query.parentElement; a && a !== a.ownerDocument.body; a = a.parentElement) {
    if (a.querySelectorAll(QUERY).length > 1) break;
    const answers = a.querySelectorAll(ANSWER);
    if (answers.length === 1) return answerIndex(answers[0]!);
  }
  let previous: number | null = null;
  for (const answer of query.ownerDocument.querySelectorAll(ANSWER)) {
    if (answer.compareDocumentPosition(query) & Node.DOCUMENT_POSITION_PRECEDING) break;
    previous = answerIndex(answer);
  }
  return previous === null ? 0 : previous + 1;
}
