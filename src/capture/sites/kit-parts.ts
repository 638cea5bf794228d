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

/** Prose beside a code block: a sign that an ancestor is the message, not the block's own frame. */
const PROSE = 'p, li, h1, h2, h3, h4, h5, h6, table, blockquote';

/**
 * The code block a control (a copy button) belongs to, wherever the site draws it: inside the block, or in a
 * header or floating bar beside the `<pre>` (claude.ai, Grok, Gemini). The nearest `blockSelector` match around the
 * control, else the one block inside the smallest ancestor (below `within`, the message's content) that frames a
 * single block and no prose. A control of the message itself (outside `within`, or beside several blocks or
 * paragraphs) belongs to none.
 */
export function codeBlockOf(control: Element, blockSelector: string, within: Element): Element | null {
  if (!within.contains(control)) return null;
  const around = control.closest(blockSelector);
  if (around && within.contains(around)) return around;
  for (let at = control.parentElement; at && at !== within && within.contains(at); at = at.parentElement) {
    const blocks = outermost(at, blockSelector);
    if (blocks.length > 1) return null;
    if (blocks.length === 1) {
      const block = blocks[0]!;
      const prose = [...at.querySelectorAll(PROSE)].some((el) => !block.contains(el));
      return prose ? null : block;
    }
  }
  return null;
}

/**
 * The content of a panel the page shows outside every turn (claude.ai's artifact side panel, a canvas) whose
 * heading names `title`: the first element after that heading, inside the panel, matching `bodySelector`. Null when
 * no such panel is open (the card is then recorded without its content).
 */
export function panelNamed(doc: Document, title: string, bodySelector: string, outside: string): Element | null {
  const name = clean(title);
  if (!name) return null;
  for (const heading of doc.querySelectorAll('h1, h2, h3, [title]')) {
    if (heading.closest(outside)) continue;
    const says = clean(heading.getAttribute('title')) || clean(heading.firstChild?.textContent);
    if (says !== name) continue;
    for (let panel = heading.parentElement; panel && panel !== doc.body; panel = panel.parentElement) {
      const body = [...panel.querySelectorAll(bodySelector)].find((el) => !el.contains(heading) && !el.closest(outside));
      if (body) return body;
    }
  }
  return null;
}
