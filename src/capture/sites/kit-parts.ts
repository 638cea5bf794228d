// The adapters' shared readers for the parts of a message that are not its text: attachment chips and thumbnails
// on a prompt, artifact cards on an answer. Language-independent: file names, images and structure, never the
// chips' localised labels ("PASTED", "Imagen", "Uploaded image").
import type { Attachment } from './types';

/** A file name as chips show it: a name with an extension, spaces allowed. */
const FILE_NAME = /^[^\n/\\]{1,240}\.[A-Za-z0-9]{1,10}$/;
/** Shorter than this, a chip's text is a label, not a preview of pasted text. */
const MIN_PREVIEW = 20;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The matches of `selector` under `root` that are not inside another match. */
export function outermost(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => {
    const outer = el.parentElement?.closest(selector);
    return !outer || !root.contains(outer);
  });
}

/** Texts a chip shows, each from one element, in document order (buttons' accessible names included). */
function chipTexts(chip: Element): string[] {
  const texts: string[] = [];
  for (const el of [chip, ...chip.querySelectorAll('*')]) {
    for (const attr of ['data-testid', 'alt', 'title', 'aria-label']) {
      const v = clean(el.getAttribute(attr));
      if (v) texts.push(v);
    }
    const own = clean([...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(''));
    if (own) texts.push(own);
  }
  return texts;
}

/**
 * One chip or thumbnail: an image (named when it shows a file name), a file (its name), or pasted text (a chip with
 * no file name whose body is a preview of the text; the preview is what the page shows, maybe cut short).
 */
export function readAttachmentChip(chip: Element): Attachment | null {
  const texts = chipTexts(chip);
  const name = texts.find((t) => FILE_NAME.test(t));
  if (chip.querySelector('img') || chip.matches('img')) return { kind: 'image', ...(name ? { name } : {}) };
  if (name) return { kind: 'file', name };
  const preview = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (preview.length >= MIN_PREVIEW) return { kind: 'pasted-text', text: preview };
  const heading = clean(chip.querySelector('h1, h2, h3, h4, h5, h6')?.textContent);
  return heading ? { kind: 'file', name: heading.slice(0, 512) } : texts.length ? { kind: 'other' } : null;
}

/** Formats an artifact label names after its separator ("Code · JSX", "Document · MD"): the part no locale changes. */
const DOCUMENT_FORMATS = new Set(['md', 'markdown', 'txt', 'text', 'doc', 'docx', 'pdf', 'rtf', 'odt']);

/** Kind and language from a type label's format token; `other` when the label names none. */
export function artifactFormat(label: string | null | undefined): { kind: 'code' | 'document' | 'other'; language?: string } {
  const token = clean(label).split(/\s[·•|-]\s/).slice(1).pop()?.trim().toLowerCase();
  if (!token || !/^[a-z0-9+#.-]{1,16}$/.test(token)) return { kind: 'other' };
  return DOCUMENT_FORMATS.has(token) ? { kind: 'document', language: token } : { kind: 'code', language: token };
}
