// Small helpers the adapters share, so each adapter file holds only its site's facts (selectors, URL shapes) and
// a fix to one of these reaches every site. Pure DOM reading; no state, no site knowledge.
import type { CodeBlock } from './types';

/** What a control says: its accessible label, else its title, else its text. */
export function labelOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '').trim();
}

/**
 * True when no element matching `selector` follows `el` in document order (its own descendants aside): the newest
 * turn, answer or row. Walks forward from `el` only, so it costs the few nodes after the newest turn, not the
 * conversation's length.
 */
export function isLastMatch(el: Element, selector: string): boolean {
  for (let at: Element | null = el; at && at !== at.ownerDocument.documentElement; at = at.parentElement) {
    for (let s = at.nextElementSibling; s; s = s.nextElementSibling) {
      if (s.matches(selector) || s.querySelector(selector)) return false;
    }
  }
  return true;
}

/** A stable 64-bit hash (two 32-bit FNV-1a style rounds) as 16 hex digits: ids derived from long paths or texts. */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

const LANGUAGE_CLASS = /(?:^|\s)language-([\w+#.-]+)/;

/** The language a highlighter wrote into a `language-*` class (read as an attribute: SVG has no string className). */
export function languageFromClass(el: Element | null | undefined): string | undefined {
  return LANGUAGE_CLASS.exec(el?.getAttribute('class') ?? '')?.[1];
}

/** Attributes editor components (CodeMirror's `data-language`, Monaco's `data-mode-id`) and renderers put a language in. */
const LANGUAGE_ATTRIBUTES = ['data-language', 'data-lang', 'data-code-language', 'data-mode-id'];
const LANGUAGE_WORD = /^[\p{L}\p{N}+#._-]{1,24}(?: [\p{L}\p{N}+#._-]{1,24}){0,2}$/u;

/** A language name as a site shows it: one to three short words. Anything else (a banner with its buttons' texts,
 * a sentence) is not a language, and is left out rather than recorded. */
export function cleanLanguage(raw: string | null | undefined): string | undefined {
  const text = raw?.replace(/\s+/g, ' ').trim();
  return text && LANGUAGE_WORD.test(text) ? text : undefined;
}

const NOT_A_LABEL = 'button, [role="button"], svg, .sr-only';

/** An element's own visible words, without the buttons, icons and hidden labels inside it. */
export function ownLabel(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !(node as Element).matches(NOT_A_LABEL)) node.childNodes.forEach(walk);
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** The first words a code block shows before its code (the header most sites draw): an element's own text, never
 * a button's, an icon's or the code's. */
function labelBeforeCode(block: Element, code: Element | null): string | undefined {
  const body = code ?? block.querySelector('pre');
  if (!body) return undefined;
  for (const el of block.querySelectorAll('*')) {
    if (el === body || body.contains(el)) break;
    if (el.contains(body) || el.closest(NOT_A_LABEL)) continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue ?? '').join('').trim();
    if (own) return cleanLanguage(own);
  }
  return undefined;
}

/**
 * The language a code block shows, wherever the site puts it: a `language-*` class on the code or the block, an
 * editor component's data attribute, else the label in its header (`header`, or the first label before the code).
 * Always short: what does not read as a language name is left out.
 */
export function codeLanguage(block: Element, parts: { code?: Element | null; header?: Element | null } = {}): string | undefined {
  const code = parts.code === undefined ? block.querySelector('code') : parts.code;
  for (const el of [code, code?.parentElement, block]) {
    const fromClass = cleanLanguage(languageFromClass(el));
    if (fromClass) return fromClass;
  }
  const editor = block.querySelector(LANGUAGE_ATTRIBUTES.map((a) => `[${a}]`).join(', '));
  for (const el of [code, block, editor]) {
    for (const a of LANGUAGE_ATTRIBUTES) {
      const fromAttribute = cleanLanguage(el?.getAttribute(a));
      if (fromAttribute) return fromAttribute;
    }
  }
  return parts.header !== undefined ? cleanLanguage(ownLabel(parts.header)) : labelBeforeCode(block, code ?? null);
}

/** A code block record; a language that does not read as one (empty, a banner, a sentence) is left out. */
export function codeBlock(code: string, language?: string | null): CodeBlock {
  const lang = cleanLanguage(language);
  return { code, ...(lang ? { language: lang } : {}) };
}

export interface Readout {
  index: number;
  count: number;
}

/** The event schema's bound on variant positions. */
const MAX_VARIANTS = 10_000;
/** "2 / 3", "2/3", "2 of 3", and the same in other languages ("2 von 3", "2 из 3", "2 sur 3", "2 de 3", "2／3"). */
const READOUT = /^\s*(\d{1,5})\s*(?:[/／]|\p{L}{1,6})\s*(\d{1,5})\s*$/u;

/** A variant switcher's "n / m" (or "n of m", in any language); null unless it reads as a position within a count. */
export function parseReadout(text: string | null | undefined): Readout | null {
  const m = READOUT.exec(text ?? '');
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count && count <= MAX_VARIANTS ? { index, count } : null;
}

/** The readout right after a switcher's "previous" control, the usual "‹ n / m ›" layout. */
export function readoutAfter(previous: Element | null | undefined): Readout | null {
  return parseReadout(previous?.nextElementSibling?.textContent);
}

/** Fenced code blocks of a markdown text (the trees the pages download carry markdown, not DOM). */
export function fencedBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const re = /^```([\w+#.-]*)[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) blocks.push(codeBlock(m[2]!.replace(/\n$/, ''), m[1]));
  return blocks;
}

/** Earliest and latest times a site's own timestamp may name (anything else is a unit or format drift). */
const PLAUSIBLE_FROM = Date.UTC(2000, 0, 1);
const PLAUSIBLE_TO = Date.UTC(2200, 0, 1);

/** An ISO time from a site's timestamp (ISO text, or epoch seconds); undefined when it does not read as one. */
export function isoTime(value: unknown, unit: 'iso' | 'epoch-seconds'): string | undefined {
  let ms = NaN;
  if (unit === 'epoch-seconds' && typeof value === 'number') ms = value * 1000;
  if (unit === 'iso' && typeof value === 'string') ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= PLAUSIBLE_FROM && ms < PLAUSIBLE_TO ? new Date(ms).toISOString() : undefined;
}
