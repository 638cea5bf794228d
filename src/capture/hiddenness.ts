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

export function isScreenReaderOnly(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  for (const c of SCREEN_READER_CLASSES) if (el.classList.contains(c)) return true;
  const s = styleOf(el);
  if (!s || (s.position !== 'absolute' && s.position !== 'fixed')) return false;
  if (/^rect\(\s*(0|1)(px)?[\s,]+(0|1)(px)?[\s,]+(0|1)(px)?[\s,]+(0|1)(px)?\s*\)$/.test(s.clip)) return true;
  if (/^inset\(\s*(50|100)%/.test(s.clipPath)) return true;
  if (px(s.width) <= 1 && px(s.height) <= 1 && /hidden|clip/.test(s.overflow)) return true;
  return px(s.left) <= -999 || px(s.top) <= -999;
}

export function isNotDisplayed(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const s = styleOf(el);
  return !!s && (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse');
}
