// How adapters recognise a site's controls without reading their labels. Sites are used in dozens of UI languages
// and every label, tooltip and readout word is translated; what stays the same across languages is the test id,
// the role, the icon drawn (a sprite fragment, an icon-font name, an icon-set class, a path) and where the control
// sits (its place in an action bar, next to a "n / m" readout, inside a code block's header). An English label may
// still be one alternative among these, never the only one (docs/sites/<id>.md names what each site keys on).
import { parseReadout, type Readout } from './kit';

/** Controls as sites build them: real buttons, ARIA buttons, menu items. */
export const CONTROL = 'button, [role="button"], [role="menuitem"]';

const PATH_PREFIX = 'd:';

/**
 * Every identity of the icons a control draws: `#<fragment>` of an SVG sprite (`<use href="…#ce3544">`),
 * icon-font names (`<mat-icon fonticon="content_copy">`), icon-set classes (`lucide-copy`, `octicon-copy`,
 * `tabler-icon-copy`), `data-icon` values, and `d:<path>` for the start of each SVG's first path.
 */
export function iconKeys(control: Element): string[] {
  const keys: string[] = [];
  for (const use of control.querySelectorAll('use')) {
    const href = use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? '';
    const at = href.indexOf('#');
    if (at >= 0) keys.push(href.slice(at));
  }
  for (const el of control.querySelectorAll('svg, i, mat-icon, gem-icon, [data-icon], [fonticon], [data-mat-icon-name]')) {
    for (const name of ['fonticon', 'fonticonname', 'data-mat-icon-name', 'data-icon']) {
      const value = el.getAttribute(name);
      if (value) keys.push(value);
    }
    if (/^(mat-icon|i)$/i.test(el.tagName) && !el.children.length && el.textContent?.trim()) keys.push(el.textContent.trim());
    for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) if (token) keys.push(token);
  }
  for (const svg of control.querySelectorAll('svg')) {
    const d = svg.querySelector('path')?.getAttribute('d')?.trim();
    if (d) keys.push(PATH_PREFIX + d);
  }
  return keys;
}

/**
 * True when the control draws one of these icons. A key `#…` is a sprite fragment, `d:…` the beginning of a path
 * (a few dozen characters tell an icon set's glyphs apart), anything else an icon name or class.
 */
export function hasIcon(control: Element, keys: readonly string[]): boolean {
  const drawn = iconKeys(control);
  return keys.some((key) =>
    key.startsWith(PATH_PREFIX) ? drawn.some((d) => d.startsWith(PATH_PREFIX) && d.startsWith(key)) : drawn.includes(key),
  );
}

/** True when the accessible label (or title) matches: the English alternative beside structural rules. */
export function labelIs(control: Element, pattern: RegExp): boolean {
  const label = control.getAttribute('aria-label') ?? control.getAttribute('title') ?? '';
  return pattern.test(label.trim());
}

/** A leaf-ish element reading "n / m" (in any of the ways languages write it) that holds no control itself. */
function readoutOf(el: Element | null): Readout | null {
  if (!el || el.matches(CONTROL) || el.querySelector(CONTROL)) return null;
  return parseReadout(el.textContent);
}

/**
 * Which way a switcher control goes, from where it sits: the control just before the "n / m" readout goes back, the
 * one just after it goes forward. Wrappers around the control alone (tooltip triggers) are looked through.
 */
export function switcherDirection(control: Element): 'prev' | 'next' | null {
  let at: Element = control;
  for (let depth = 0; depth < 3; depth++) {
    if (readoutOf(at.nextElementSibling)) return 'prev';
    if (readoutOf(at.previousElementSibling)) return 'next';
    const parent = at.parentElement;
    if (!parent || parent.querySelectorAll(CONTROL).length !== 1) return null;
    at = parent;
  }
  return null;
}

/**
 * The first "n / m" readout in `scope` that sits between switcher controls (so not one inside message text).
 * `outside`: the message's own element, never searched (a switcher is never inside the text it switches), so the
 * search costs the same however long the answer grows; without it every leaf of the answer is read.
 */
export function switcherReadout(scope: Element, readoutSelector = 'div, span', outside?: Element | null): Readout | null {
  for (const el of candidates(scope, readoutSelector, outside)) {
    if (el.children.length && el.querySelector(readoutSelector)) continue;
    const readout = readoutOf(el);
    if (!readout) continue;
    const beside = (s: Element | null) => !!s && (s.matches(CONTROL) || !!s.querySelector(CONTROL));
    let at: Element = el;
    for (let depth = 0; depth < 2 && at.parentElement; depth++) {
      if (beside(at.previousElementSibling) || beside(at.nextElementSibling)) return readout;
      if (at.parentElement.children.length !== 1) break;
      at = at.parentElement;
    }
  }
  return null;
}

/**
 * The elements of `scope` matching `selector`, in document order, leaving out `outside` and what it holds: the
 * siblings along its path up to `scope` (those before it, then those after it), each with what it holds.
 */
function candidates(scope: Element, selector: string, outside?: Element | null): Element[] {
  if (!outside || outside === scope || !scope.contains(outside)) return [...scope.querySelectorAll(selector)];
  const before: Element[][] = [];
  const after: Element[][] = [];
  for (let at = outside; at !== scope && at.parentElement; at = at.parentElement) {
    const level = { before: [] as Element[], after: [] as Element[] };
    let seen = false;
    for (const sibling of at.parentElement.children) {
      if (sibling === at) {
        seen = true;
        continue;
      }
      const found = [...(sibling.matches(selector) ? [sibling] : []), ...sibling.querySelectorAll(selector)];
      (seen ? level.after : level.before).push(...found);
    }
    before.unshift(level.before);
    after.push(level.after);
  }
  // The path's own elements (its ancestors) hold the message: never a readout.
  return [...before.flat(), ...after.flat()];
}

/** The controls of a group (an action bar), in document order: a control's position is what it means there. */
export function controlsIn(group: Element): Element[] {
  return [...group.querySelectorAll(CONTROL)].filter((c) => {
    const outer = c.parentElement?.closest(CONTROL);
    return !outer || !group.contains(outer);
  });
}

/** The nearest ancestor of `control` (up to `stop`) that holds more than one control: its action bar. */
export function groupOf(control: Element, stop?: Element | null): Element | null {
  for (let at = control.parentElement; at && at !== stop; at = at.parentElement) {
    if (at.querySelectorAll(CONTROL).length > 1) return at;
  }
  return null;
}
