// Ghost text arriving in an editor, told without a mutation observer. A subtree observer on an editor's lines costs
// the page a record for every line it re-renders (Monaco replaces the line a key changed) and the content script a
// callback per key, even while nothing is in flight. Instead a stylesheet injected with the editor content scripts
// (the manifest's `css`, written by scripts/build.ts from `ghostSignalCss`) gives the readers' ghost-text elements
// a tiny animation of our own that changes nothing drawn, and the browser announces each such element it starts
// to render with an `animationstart` event: one listener, called only when ghost text is drawn. Sessions observe
// the editor only while a suggestion or region is in flight (docs/completions.md, Round 12).
//
// An animation may not run: the page may set `animation: none !important` on the ghost elements, a browser may not
// inject the sheet. Until one of our animations has been heard on the page, sessions keep today's observer (which
// sees ghost text as nodes), so a page where the signal never comes costs what it did and loses nothing.
import { codemirrorReader } from './codemirror';
import { monacoReader } from './monaco';

/** The animation's name: ours alone (the page never sees it on its own elements). */
export const GHOST_ANIMATION = 'echo-capture-ghost-drawn';

/**
 * The attribute an idle session puts on its editor root: only ghost text drawn inside it is animated. Ghost elements
 * drawn while a suggestion is followed (Monaco and CodeMirror re-create them on every key and re-render) would each
 * cost the page a style update for an animation nobody needs then.
 */
export const IDLE_ATTRIBUTE = 'data-echo-capture-idle';

/** The sheet's file in dist/, next to the content scripts (scripts/build.ts). */
export const GHOST_SIGNAL_CSS_FILE = 'editor-ghost-signal.css';

/**
 * The stylesheet: an empty keyframes rule (nothing is animated, so nothing drawn changes) played once, for no time,
 * on each element any editor reader names as ghost text, inside an idle session's editor. `!important` so a page
 * resetting animations for everything (`* { animation: none !important }`, often under `prefers-reduced-motion`)
 * still lets the more specific ghost selectors through; a page that switches them off on the ghost elements
 * themselves falls back to the observer.
 */
export function ghostSignalCss(): string {
  const marks = [monacoReader, codemirrorReader].map((r) => r.ghostMarks).join(', ');
  const rule = `[${IDLE_ATTRIBUTE}] :is(${marks}) {\n  animation: ${GHOST_ANIMATION} 0s 1 !important;\n}\n`;
  return `@keyframes ${GHOST_ANIMATION} {}\n${rule}`;
}

/**
 * Calls `drawn` with each element the browser starts our animation on (capture phase, before page listeners can
 * stop it; any other animation's events are passed over at the cost of a name compare).
 */
export function listenForGhost(drawn: (el: Element) => void): void {
  addEventListener(
    'animationstart',
    (e) => {
      if (e.animationName === GHOST_ANIMATION && e.target instanceof Element) drawn(e.target);
    },
    { capture: true, passive: true },
  );
}
