// Reading rendered lines the way both editor kinds need: the text of one line element with ghost text set apart,
// a window of lines taken outward from one line by walking its siblings (never more than MAX_WINDOW_LINES or
// COMPLETION_WINDOW characters a side, and never a pass over every rendered line), and a caret's x position turned
// into a column by measuring text ranges; and the editors' fixed parts, found once (`editorPart`).
import { COMPLETION_WINDOW, looksBinary, MAX_WINDOW_LINES } from './window';

/** One rendered line: its document text and the ghost text pieces in it (offset in `text` where each sits). */
export interface LineRead {
  el: Element;
  text: string;
  ghosts: { at: number; text: string }[];
  /** The line ends inside ghost text / starts inside it (a multi-line ghost inserted as document text). */
  endsInGhost: boolean;
  startsInGhost: boolean;
  /** The editor rendered the line truncated. */
  overflow: boolean;
  /** Characters the editor drew as control-character placeholders. */
  specials: number;
}

export interface LineRules {
  /** Elements whose text is ghost text. */
  ghost: string;
  /** Elements whose text is neither document nor ghost (previews, overflow buttons, placeholders). */
  skip: string;
  /** Elements marking a truncated line. */
  overflow?: string;
  /** Elements standing for a control character. */
  special?: string;
  /** Turns an element's rendered text back into document text (whitespace rendering). */
  normalize(text: string, parent: Element | null): string;
  /**
   * Elements whose text `normalize` treats by the element it sits in (Monaco's visible-whitespace spans): a line
   * holding one is read node by node; a line holding none of these, ghost, skip, special or overflow elements is read
   * whole (`normalize(text, null)`).
   */
  styled?: string;
}

/** Per rules: every element that makes a line need the node-by-node read (one selector, one native query a line). */
const marked = new WeakMap<LineRules, string>();
const markedOf = (rules: LineRules) => {
  let sel = marked.get(rules);
  if (sel === undefined) {
    sel = [rules.ghost, rules.skip, rules.overflow, rules.special, rules.styled].filter(Boolean).join(', ');
    marked.set(rules, sel);
  }
  return sel;
};

/**
 * The lines (children of `container`) holding an element that makes a line need the node-by-node read: one query
 * over the rendered lines for a look that reads the full window, where asking each line costs a query a line (round
 * 20: ~95 queries for each new suggestion's context in a 5,000-line CodeMirror 6 file). A narrowed look reads a few
 * lines and asks each (`readLine` without `walk`).
 */
export function linesToWalk(container: Element, rules: LineRules): ReadonlySet<Element> {
  const lines = new Set<Element>();
  for (const el of container.querySelectorAll(markedOf(rules))) {
    let line: Element | null = el;
    while (line && line.parentElement !== container) line = line.parentElement;
    if (line) lines.add(line);
  }
  return lines;
}

/**
 * Text nodes of `el` in order, with the ghost/skip element each sits in (bounded by the line's own size). `walk`:
 * whether the line holds such an element, when the caller already knows (`linesToWalk`); asked of the line otherwise.
 */
export function readLine(el: Element, rules: LineRules, walk?: boolean): LineRead {
  const out: LineRead = { el, text: '', ghosts: [], endsInGhost: false, startsInGhost: false, overflow: false, specials: 0 };
  // Most lines are plain document text (no ghost, placeholder or special span): their text is read whole, one native
  // query and one `textContent` instead of a walk matching selectors up from every text node (a full window is
  // every rendered line: this was most of a look's cost).
  if (!(walk ?? el.querySelector(markedOf(rules)) !== null)) {
    const text = rules.normalize(el.textContent ?? '', null);
    out.text = text.length > COMPLETION_WINDOW * 2 ? text.slice(0, COMPLETION_WINDOW * 2 + 1) : text;
    out.overflow = text.length > COMPLETION_WINDOW * 2;
    return out;
  }
  if (rules.overflow && el.querySelector(rules.overflow)) out.overflow = true;
  if (rules.special) out.specials = el.querySelectorAll(rules.special).length;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let first = true;
  let lastWasGhost = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (inside(parent, el, rules.skip)) continue;
    const raw = node.nodeValue ?? '';
    if (!raw) continue;
    const isGhost = inside(parent, el, rules.ghost);
    const text = rules.normalize(raw, parent);
    if (first) out.startsInGhost = isGhost;
    first = false;
    if (isGhost) {
      const last = out.ghosts[out.ghosts.length - 1];
      if (last && lastWasGhost && last.at === out.text.length) last.text += text;
      else out.ghosts.push({ at: out.text.length, text });
    } else out.text += text;
    lastWasGhost = isGhost;
    if (out.text.length > COMPLETION_WINDOW * 2) {
      out.overflow = true;
      break;
    }
  }
  out.endsInGhost = lastWasGhost;
  return out;
}

/**
 * Whether `from` or an ancestor up to `line` (included) matches `selector`: a walk of the few elements inside one
 * line, where `closest` would match every ancestor up to the document for each text node.
 */
export function inside(from: Element | null, line: Element, selector: string): boolean {
  for (let e = from; e; e = e === line ? null : e.parentElement) if (e.matches(selector)) return true;
  return false;
}

/**
 * Lines around `center`, outward until `chars` characters (COMPLETION_WINDOW unless a smaller look is enough) or
 * MAX_WINDOW_LINES lines on each side: `next` steps to the line above (-1) or below (1), or null at the end of what
 * is rendered; `read` is called only for the lines taken, so a look costs the window, not every rendered line.
 */
export function windowAround<T>(
  center: T,
  next: (line: T, dir: -1 | 1) => T | null,
  read: (line: T) => LineRead,
  span = COMPLETION_WINDOW,
): LineRead[] {
  const budget = Math.min(span, COMPLETION_WINDOW);
  const mid = read(center);
  const above: LineRead[] = [];
  const below: LineRead[] = [];
  let chars = 0;
  for (let line = next(center, -1); line !== null && above.length < MAX_WINDOW_LINES && chars < budget; line = next(line, -1)) {
    const r = read(line);
    above.push(r);
    chars += r.text.length + 1;
  }
  chars = 0;
  for (let line = next(center, 1); line !== null && below.length < MAX_WINDOW_LINES && chars < budget; line = next(line, 1)) {
    const r = read(line);
    below.push(r);
    chars += r.text.length + 1;
  }
  return [...above.reverse(), mid, ...below];
}

/** The nearest element sibling in `dir` that `isLine` accepts (the editors' line containers hold a few other nodes). */
export function siblingLine(el: Element, dir: -1 | 1, isLine: (el: Element) => boolean): Element | null {
  let s = dir < 0 ? el.previousElementSibling : el.nextElementSibling;
  while (s && !isLine(s)) s = dir < 0 ? s.previousElementSibling : s.nextElementSibling;
  return s;
}

/**
 * Joins lines into window text and the ghost text: the first ghost piece, continued across line breaks when the
 * ghost is document text spanning lines (a break between a line ending in ghost and one starting in it is ghost).
 * Other pieces further on are not part of one insertion and are left out.
 */
export function joinLines(reads: readonly LineRead[]): {
  text: string;
  lineStarts: number[];
  ghost: { text: string; at: number } | null;
  unreadable: 'binary' | 'long-line' | null;
} {
  let text = '';
  const lineStarts: number[] = [];
  let ghostText = '';
  let ghostAt = -1;
  let ghostDone = false;
  let specials = 0;
  let overflow = false;
  reads.forEach((r, i) => {
    const continues = ghostAt >= 0 && !ghostDone && i > 0 && reads[i - 1]!.endsInGhost && r.startsInGhost;
    if (i > 0) {
      if (continues) ghostText += '\n';
      else {
        text += '\n';
        if (ghostAt >= 0) ghostDone = true;
      }
    }
    lineStarts.push(text.length);
    r.ghosts.forEach((g, k) => {
      if (ghostAt < 0) {
        ghostAt = text.length + g.at;
        ghostText = g.text;
      } else if (continues && k === 0 && g.at === 0) ghostText += g.text;
      else ghostDone = true;
    });
    text += r.text;
    specials += r.specials;
    overflow ||= r.overflow;
  });
  const unreadable = overflow ? 'long-line' : looksBinary(text) || (specials > 0 && specials * 100 > text.length) ? 'binary' : null;
  return { text, lineStarts, ghost: ghostAt >= 0 && ghostText ? { text: ghostText, at: ghostAt } : null, unreadable };
}

/** Offset in a line's document text of the caret at client x `x` (measures at most log2(n) ranges per text node). */
export function columnAtX(line: LineRead, x: number, rules: LineRules): number {
  const doc = line.el.ownerDocument;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(line.el, 4);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (inside(parent, line.el, rules.ghost) || inside(parent, line.el, rules.skip)) continue;
    const raw = node.nodeValue ?? '';
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.right <= x + 0.5) {
      offset += rules.normalize(raw, parent).length;
      continue;
    }
    let lo = 0;
    let hi = raw.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      range.setStart(node, mid);
      range.setEnd(node, mid + 1);
      const r = range.getBoundingClientRect();
      if ((r.left + r.right) / 2 <= x) lo = mid + 1;
      else hi = mid;
    }
    return offset + rules.normalize(raw.slice(0, lo), parent).length;
  }
  return offset;
}

const parts = new WeakMap<Element, Map<string, Element | null>>();

/**
 * The element of an editor's fixed structure matching `selector` (its lines container, content, caret layer,
 * gutter): searched once, then kept, since a search on every look walks past the rendered lines' spans first. Checked
 * still inside the editor before each use (a rebuilt part is searched again).
 */
export function editorPart(root: Element, selector: string): Element | null {
  let known = parts.get(root);
  if (!known) parts.set(root, (known = new Map<string, Element | null>()));
  const el = known.get(selector);
  if (el && el.isConnected && root.contains(el)) return el;
  const found = root.querySelector(selector);
  known.set(selector, found);
  return found;
}
