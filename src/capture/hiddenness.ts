// Whether an element of a message is seen by a reader, for text extraction (text.ts). Two families, kept apart
// because a folded "thinking" block is not displayed yet is still the model's reasoning, while a screen-reader-only
// label is never content at all:
// - screen-reader-only: `aria-hidden`, the visually-hidden utility classes of the common CSS frameworks, and the
//   technique they all compile to, whatever the class is called (absolutely positioned, clipped to nothing or 1px
//   wide, or moved off screen);
// - not displayed: the `hidden` attribute, `display: none`, `visibility: hidden`.
// Sizes and offsets are read only for absolutely positioned elements (the one case that needs them).

/** Utility classes that hide visually but keep text for screen readers (Tailwind, Bootstrap, WordPress, Angular CDK, ...). */
const SCREEN_READER_CLASSES = [
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'cdk-visually-hidden',
  'a11y-hidden',
  'assistive-text',
  'u-visually-hidden',
  'hidden-accessible',
];

function styleOf(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView;
  try {
    return view ? view.getComputedStyle(el) : null;
  } catch {
    return null;
  }
}

const px = (v: string) => Number.parseFloat(v);

/** How an element is hidden from a reader, if it is; the computed style is read once per element. */
export function hiddenness(el: Element): 'screen-reader-only' | 'not-displayed' | null {
  if (el.getAttribute('aria-hidden') === 'true') return 'screen-reader-only';
  for (const c of SCREEN_READER_CLASSES) if (el.classList.contains(c)) return 'screen-reader-only';
  if (el.hasAttribute('hidden')) return 'not-displayed';
  const s = styleOf(el);
  if (!s) return null;
  if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse') return 'not-displayed';
  return visuallyHidden(s) ? 'screen-reader-only' : null;
}

/** The visually-hidden technique, whatever its class is called: absolutely positioned and clipped, or off screen. */
function visuallyHidden(s: CSSStyleDeclaration): boolean {
  if (s.position !== 'absolute' && s.position !== 'fixed') return false;
  if (/^rect\(\s*(0|1)(px)?[\s,]+(0|1)(px)?[\s,]+(0|1)(px)?[\s,]+(0|1)(px)?\s*\)$/.test(s.clip)) return true;
  if (/^inset\(\s*(50|100)%/.test(s.clipPath)) return true;
  if (px(s.width) <= 1 && px(s.height) <= 1 && /hidden|clip/.test(s.overflow)) return true;
  return px(s.left) <= -999 || px(s.top) <= -999;
}
