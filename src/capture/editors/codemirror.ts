// CodeMirror 6 (Val Town, Replit, JupyterLab 4, and any page using @codemirror/view), read from what it renders;
// facts and sources in docs/sites/valtown.md. The editable `.cm-content` holds one `.cm-line` per rendered line (lines
// outside the viewport are not rendered); `data-language` on it names the language; the caret is the DOM selection
// inside it (CodeMirror keeps the native selection in step even when it draws its own caret). Ghost text comes in two
// kinds: inserted into the document as real text under a mark (Val Town's @val-town/codemirror-codeium:
// `.cm-ghostText`, spanning lines for a multi-line suggestion), or drawn as a widget (`.cm-inline-suggestion` in
// codemirror-copilot, `.jp-GhostText` in JupyterLab's inline completer). Either way its text is not document text.
// Control characters are drawn as `.cm-specialChar` placeholders.
import { editorPart, joinLines, type LineRead, type LineRules, linesToWalk, readLine, siblingLine, windowAround } from './lines';
import type { EditorReader, Snapshot } from './types';

const GHOST_MARKS = ['cm-ghostText', 'cm-inline-suggestion', 'jp-GhostText'];
export const CM_GHOST = GHOST_MARKS.map((c) => `.${c}`).join(', ');

const rules: LineRules = {
  ghost: CM_GHOST,
  skip: '.cm-widgetBuffer, .cm-specialChar, .cm-placeholder',
  special: '.cm-specialChar',
  normalize: (text) => text,
};

export const codemirrorReader: EditorReader = {
  kind: 'codemirror',
  ghostMarks: GHOST_MARKS,

  // Static queries, not live collections (a reachable live collection costs the page on each of its DOM changes:
  // monaco.ts; the idle watch's lists are the exception).
  hasGhost(root) {
    return root.querySelector(CM_GHOST) !== null;
  },

  ghostIn(el) {
    if (el.matches(CM_GHOST)) return true;
    return !!el.firstElementChild && el.querySelector(CM_GHOST) !== null;
  },

  watched(root) {
    const content = editorPart(root, '.cm-content');
    return [content ?? root];
  },

  read(root, span, ghostShown = true): Snapshot | null {
    const content = editorPart(root, '.cm-content');
    if (!content) return null;
    const ghostEl = ghostShown ? content.querySelector(CM_GHOST) : null;
    const selection = root.ownerDocument.getSelection();
    const focus = selection?.focusNode && content.contains(selection.focusNode) ? selection.focusNode : null;
    const focusLine = focus ? (focus.nodeType === 1 ? (focus as Element) : focus.parentElement)?.closest('.cm-line') : null;
    const center = ghostEl?.closest('.cm-line') ?? focusLine ?? null;
    if (!center || center.parentElement !== content) return null;
    // Lines are the content's `.cm-line` children in document order (block widgets and gaps between them skipped).
    // A full window (a new suggestion's context) asks the content once which lines need the node-by-node read.
    const walked = span === undefined ? linesToWalk(content, rules) : null;
    const readOne = (el: Element) => readLine(el, rules, walked?.has(el));
    const reads = windowAround<Element>(center, (line, dir) => siblingLine(line, dir, isLine), readOne, span);
    const joined = joinLines(reads);
    let cursor: number | null = null;
    let caretLine: Snapshot['caretLine'] = null;
    if (focus && focusLine) {
      const i = reads.findIndex((r) => r.el === focusLine);
      if (i >= 0) {
        cursor = joined.lineStarts[i]! + offsetInLine(reads[i]!, focus, selection!.focusOffset);
        caretLine = { start: joined.lineStarts[i]!, end: joined.lineStarts[i]! + reads[i]!.text.length };
      }
    }
    const firstEl = reads[0]!.el;
    const lastEl = reads[reads.length - 1]!.el;
    // The line number is found only when asked for: following a suggestion that is still shown, or a region whose
    // anchors are found once, needs none (a look then costs no layout read at all).
    let firstLine: number | undefined;
    const lineNumber = () => (firstLine ??= gutterNumberOf(root, firstEl) ?? renderedBefore(firstEl) + 1);
    return {
      text: joined.text,
      get firstLine() {
        return lineNumber();
      },
      cursor,
      caretLine,
      ghost: joined.ghost,
      get cutBefore() {
        return firstEl.previousElementSibling !== null || lineNumber() > 1;
      },
      cutAfter: lastEl.nextElementSibling !== null,
      unreadable: joined.unreadable,
    };
  },
};

const isLine = (el: Element) => el.classList.contains('cm-line');

/** Rendered lines above this one: the line number's estimate when the editor shows no line numbers. */
function renderedBefore(line: Element): number {
  let n = 0;
  for (let s = siblingLine(line, -1, isLine); s; s = siblingLine(s, -1, isLine)) n++;
  return n;
}

/** Document characters of the line before the DOM point (node, offset), ghost and placeholders left out. */
function offsetInLine(line: LineRead, node: Node, offset: number): number {
  const doc = line.el.ownerDocument;
  const range = doc.createRange();
  range.setStart(line.el, 0);
  try {
    range.setEnd(node, offset);
  } catch {
    return line.text.length;
  }
  const before = range.cloneContents();
  for (const el of before.querySelectorAll(`${CM_GHOST}, ${rules.skip}`)) el.remove();
  return Math.min(before.textContent?.length ?? 0, line.text.length);
}

/**
 * The line number the gutter shows beside this line, when there is a line-number gutter. The gutter has one row per
 * rendered line, in the lines' order (after a hidden spacer), so the row in the line's place is tried first: one
 * position check (its top and the line's) instead of a search. When the order does not hold there (a gap or a block
 * widget above, an extra rendered part around the selection), the first row at or below the line's top is found by
 * halving the live child list: a few rows measured whatever the editor renders, none copied.
 */
function gutterNumberOf(root: Element, line: Element): number | null {
  const rows = editorPart(root, '.cm-lineNumbers')?.children;
  if (!rows?.length) return null;
  const top = line.getBoundingClientRect().top;
  const beside = (row: Element | undefined) => !!row && Math.abs(row.getBoundingClientRect().top - top) < 2;
  const guess = rowInPlace(rows, line);
  if (beside(guess)) return numberOf(guess!);
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.getBoundingClientRect().top < top - 2) lo = mid + 1;
    else hi = mid;
  }
  let row = rows[lo];
  while (row && isSpacer(row)) row = row.nextElementSibling ?? undefined;
  return beside(row) ? numberOf(row!) : null;
}

const isSpacer = (row: Element) => (row as HTMLElement).style.visibility === 'hidden';

/**
 * The gutter row in the line's place by order alone. The gutter covers the main viewport, whose lines follow the
 * `.cm-gap` standing for the document above it: the line's index among the lines between the gap (or the start)
 * and itself. Any other block above (a widget) leaves the order unknown.
 */
function rowInPlace(rows: HTMLCollection, line: Element): Element | undefined {
  let spacers = 0;
  while (spacers < rows.length && isSpacer(rows[spacers]!)) spacers++;
  let index = 0;
  for (let s = line.previousElementSibling; s && !s.classList.contains('cm-gap'); s = s.previousElementSibling) {
    if (!isLine(s)) return undefined;
    index++;
  }
  return rows[spacers + index];
}

function numberOf(row: Element): number | null {
  const n = parseInt(row.textContent ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}
