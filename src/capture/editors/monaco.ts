// Monaco (VS Code for the Web and any page embedding monaco-editor), read from what it renders; facts and sources in
// docs/sites/vscode.md. Lines are `.view-lines > .view-line`, positioned by their `top`; line numbers sit in
// `.margin-view-overlays` at the same `top`; the primary caret is the first `.cursors-layer .cursor`. Inline ghost text
// is an injected decoration `.ghost-text-decoration` in the caret's line (the suggest widget's own preview,
// `.ghost-text-decoration-preview`, is not an AI suggestion and is skipped); further ghost lines are a view zone
// `.suggest-preview-text` whose `.view-line`s hold `.ghost-text` spans; `.ghost-text-hidden` is real text hidden
// while a multi-line ghost shows. Monaco renders spaces as U+00A0 and tabs as runs of them (tabs come back as
// spaces); with visible whitespace, `.mtkw` spans draw spaces as middle dots and tabs as arrows.
import { columnAtX, editorPart, joinLines, type LineRead, type LineRules, linesToWalk, readLine, siblingLine, windowAround } from './lines';
import type { EditorReader, Snapshot } from './types';

const GHOST_INLINE = '.ghost-text-decoration';
/** The editor's own lines and view zones (a diff's deleted lines are `.view-lines` too, inside a zone). */
const LINES = '.lines-content > .view-lines';
const ZONES = '.lines-content > .view-zones';
const GHOST_ZONE_LINES = '.suggest-preview-text .view-line';

/** Characters Monaco draws for visible whitespace (only looked up in `.mtkw` spans when a text node has one). */
const RENDERED_WHITESPACE = /[\u00b7\u2e31\u2192\uffeb]/;
const whitespaceBack = (text: string) => text.replace(/[\u00b7\u2e31]\u200c/g, ' ').replace(/[\u2192\uffeb]\u00a0*/g, '\t');

const rules: LineRules = {
  ghost: GHOST_INLINE,
  skip: '.ghost-text-decoration-preview, .mtkoverflow, .inline-completion-text-to-replace + .ghost-text-decoration-preview',
  overflow: '.mtkoverflow',
  special: '.mtkcontrol',
  normalize(text, parent) {
    const shown = RENDERED_WHITESPACE.test(text) && parent?.closest('.mtkw, .mtkz') ? whitespaceBack(text) : text;
    return shown.includes('\u00a0') ? shown.replace(/\u00a0/g, ' ') : shown;
  },
  styled: '.mtkw, .mtkz',
};

const zoneRules: LineRules = { ...rules, ghost: '.ghost-text' };

// Queries here are static (`querySelector`), never live `getElementsByClassName` collections: a live collection that
// stays reachable makes the browser invalidate collection caches up the tree on each of the page's own DOM changes
// (every line Monaco re-renders), a cost the page pays outside the content script. The one exception is the idle
// watch's lists of `ghostMarks` (editor-watch.ts): its look runs on every key, where a static query cost more.

const topOf = (el: Element) => parseFloat((el as HTMLElement).style?.top ?? '') || 0;

/** Monaco's fixed parts of one editor, built once (taken from `editorPart`'s cache on every look). */
const PARTS = { lines: LINES, zones: ZONES, content: '.lines-content', cursors: '.cursors-layer', margin: '.margin-view-overlays' };
const part = (root: Element, name: keyof typeof PARTS) => editorPart(root, PARTS[name]);

export const monacoReader: EditorReader = {
  kind: 'monaco',
  // The inline decoration in the lines, the spans of a multi-line suggestion's view zone (watched: lines and zones).
  ghostMarks: ['ghost-text-decoration', 'ghost-text'],
  // The decoration is drawn in the lines, a multi-line suggestion's spans in its view zone (a `.ghost-text` in the
  // lines is not ghost text: `read` takes it only in a zone): one list a part, so a look walks each part once.
  ghostMarksIn(part) {
    const classes = part.classList;
    return classes.contains('view-lines') ? ['ghost-text-decoration'] : classes.contains('view-zones') ? ['ghost-text'] : this.ghostMarks;
  },

  hasGhost(root) {
    return root.querySelector(`${GHOST_INLINE}, .suggest-preview-text .ghost-text`) !== null;
  },

  ghostIn(el) {
    // A re-rendered line (its spans), a view zone, or the decoration itself; the suggest widget's own preview is
    // not an AI suggestion. Zones are added empty and filled after, so a zone's line counts as it arrives too. A
    // line (what nearly every key adds: Monaco replaces the lines it re-renders) can hold the decoration only.
    const classes = el.classList;
    if (classes.contains('view-line')) return el.querySelector(GHOST_INLINE) !== null;
    if (classes.contains('ghost-text-decoration') || classes.contains('suggest-preview-text')) return true;
    if (classes.contains('ghost-text') && el.closest('.suggest-preview-text')) return true;
    if (!el.firstElementChild) return false;
    return el.querySelector(`${GHOST_INLINE}, .suggest-preview-text`) !== null;
  },

  watched(root) {
    const parts = [part(root, 'lines'), part(root, 'zones')].filter((el): el is Element => el !== null);
    return parts.length ? parts : [root];
  },

  read(root, span, ghostShown = true): Snapshot | null {
    const host = part(root, 'lines');
    if (!host) return null;
    const caret = part(root, 'cursors')?.querySelector('.cursor') ?? null;
    const ghostEl = ghostShown ? host.querySelector(GHOST_INLINE) : null;
    const ghostLine = ghostEl?.closest('.view-line') ?? null;
    // Each line's `top` is read once a look (a style read; the halving, the walk and a sort all ask again).
    const tops = new Map<Element, number>();
    const top = (el: Element) => {
      let t = tops.get(el);
      if (t === undefined) tops.set(el, (t = topOf(el)));
      return t;
    };
    const caretTop = caret ? topOf(caret) : null;
    const caretLine = caretTop === null ? null : lineAtTop(host, caretTop, top);
    const center = ghostLine ?? caretLine;
    if (!center) return null;
    // The window is taken by walking the center line's siblings when Monaco's line elements are in document order.
    // They often are not (lines inserted by a key are put where an element was free): then the rendered lines are
    // sorted by `top` and walked in that order. Whether they were at the last look decides which is tried first, so
    // a look seldom reads lines twice.
    let disordered = false;
    const byDom = (line: Element, dir: -1 | 1): Element | null => {
      const s = siblingLine(line, dir, isViewLine);
      if (s && (top(s) - top(line)) * dir <= 0) disordered = true;
      return disordered ? null : s;
    };
    // A full window (a new suggestion's context) asks the lines' container once which lines need the node-by-node read.
    const walked = span === undefined ? linesToWalk(host, rules) : null;
    const readOne = (el: Element) => readLine(el, rules, walked?.has(el));
    const bySorted = () => {
      const sorted = [...host.children].filter(isViewLine).sort((a, b) => top(a) - top(b));
      const at = new Map(sorted.map((el, i) => [el, i]));
      return windowAround<Element>(center, (line, dir) => sorted[at.get(line)! + dir] ?? null, readOne, span);
    };
    let reads: LineRead[];
    if (outOfOrder.has(host)) {
      reads = bySorted();
      // Back in order where it was read (the lines by `top` follow each other in the DOM): walk siblings next time.
      if (reads.every((r, i) => i === 0 || siblingLine(r.el, -1, isViewLine) === reads[i - 1]!.el)) outOfOrder.delete(host);
    } else {
      reads = windowAround<Element>(center, byDom, readOne, span);
      if (disordered) {
        outOfOrder.add(host);
        reads = bySorted();
      }
    }
    const joined = joinLines(reads);
    // Further lines of a multi-line suggestion, from the view zone under the insertion line.
    const zones = part(root, 'zones');
    const zone = zones && ghostShown ? [...zones.querySelectorAll(GHOST_ZONE_LINES)].sort((a, b) => top(a) - top(b)) : [];
    const more = zone.map((el) => readLine(el, zoneRules).ghosts.map((g) => g.text).join(''));
    const firstEl = reads[0]!.el;
    const firstLine = lineNumberAt(root, top(firstEl)) ?? Math.round(top(firstEl) / lineHeight(firstEl)) + 1;
    const last = reads[reads.length - 1]!;
    const caretAt = caretLine ? reads.findIndex((r) => r.el === caretLine) : -1;
    const caretStart = caretAt < 0 ? 0 : joined.lineStarts[caretAt]!;
    const caretRange = caretAt < 0 ? null : { start: caretStart, end: caretStart + reads[caretAt]!.text.length };
    // The caret's column is measured (a layout read) only when asked for: following a suggestion on screen needs
    // the ghost text alone, a region mostly the caret's line (`caretLine`), a suggestion starting with a line break
    // the caret itself.
    let measured: number | null | undefined;
    const caretOffset = (): number | null => {
      if (measured !== undefined) return measured;
      measured = null;
      if (!caret || caretAt < 0) return measured;
      const read = reads[caretAt] as LineRead;
      const x = caret.getBoundingClientRect().left;
      const ghostStart = read.ghosts[0];
      const caretAtGhost = ghostStart && ghostEl && Math.abs(ghostEl.getBoundingClientRect().left - x) < 2;
      const col = caretAtGhost ? ghostStart.at : columnAtX(read, x, rules);
      return (measured = joined.lineStarts[caretAt]! + col);
    };
    let ghost = joined.ghost;
    if (more.some(Boolean)) {
      // A suggestion starting with a line break shows no inline part: it is inserted at the caret.
      const cursor = ghost ? null : caretOffset();
      if (ghost) ghost = { ...ghost, text: [ghost.text, ...more].join('\n') };
      else if (cursor !== null) ghost = { text: ['', ...more].join('\n'), at: cursor };
    }
    const content = part(root, 'content');
    const contentHeight = content ? parseFloat((content as HTMLElement).style.height) || 0 : 0;
    return {
      text: joined.text,
      firstLine,
      get cursor() {
        return caretOffset();
      },
      caretLine: caretRange,
      ghost,
      cutBefore: firstLine > 1,
      cutAfter: !content || top(last.el) + 2 * lineHeight(last.el) < contentHeight,
      unreadable: joined.unreadable,
    };
  },
};

const isViewLine = (el: Element) => el.classList.contains('view-line');

/** Lines containers whose line elements were out of document order at the last look. */
const outOfOrder = new WeakSet<Element>();

/**
 * The rendered line at this `top`: found by halving when the lines are in order, a linear look if not (`topOf`:
 * the look's cached reads).
 */
function lineAtTop(host: Element, at: number, topOf: (el: Element) => number): Element | null {
  const rows = host.children;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (topOf(rows[mid]!) < at - 0.5) lo = mid + 1;
    else hi = mid;
  }
  const row = rows[lo];
  if (row && isViewLine(row) && Math.abs(topOf(row) - at) < 1) return row;
  for (const r of rows) if (isViewLine(r) && Math.abs(topOf(r) - at) < 1) return r;
  return null;
}

function lineHeight(el: Element): number {
  return parseFloat((el as HTMLElement).style?.height ?? '') || 19;
}

/**
 * The number Monaco shows in the gutter at this `top`, when it shows line numbers. Gutter rows are in line order
 * (as the lines are): found by halving, a few rows read whatever the viewport holds; a linear look if not in order.
 */
function lineNumberAt(root: Element, top: number): number | null {
  const rows = part(root, 'margin')?.children;
  if (!rows?.length) return null;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (topOf(rows[mid]!) < top - 0.5) lo = mid + 1;
    else hi = mid;
  }
  let row: Element | undefined = rows[lo];
  if (!row || Math.abs(topOf(row) - top) >= 1) row = [...rows].find((r) => Math.abs(topOf(r) - top) < 1);
  if (!row) return null;
  const n = parseInt(row.querySelector('.line-numbers')?.textContent ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}
