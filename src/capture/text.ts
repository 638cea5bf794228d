// Turns a rendered message into plain text with code blocks fenced, the way a user would paste it into an
// editor. Reads text nodes only (never HTML), so hostile markup in answers ends up as inert text. What a reader does
// not see is not text: screen-reader-only labels ("You said:", "Claude responded:") and anything not displayed are
// left out here, once, for every site (hiddenness.ts), and so are the parts an adapter reads apart (reasoning,
// attachment chips, artifact cards: `skip`).
import { hiddenness } from './hiddenness';
import type { CodeBlock } from './sites/types';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE',
  'THEAD', 'TBODY', 'TR', 'HR', 'BR', 'PRE', 'DETAILS', 'SUMMARY', 'FIGURE',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'BUTTON', 'SVG', 'TEMPLATE', 'NOSCRIPT']);

export interface ExtractedText {
  text: string;
  codeBlocks: CodeBlock[];
}

export interface ExtractOptions {
  /** Elements read apart from the text (reasoning, attachment chips, artifact cards): left out wherever they sit. */
  skip?: string;
  /** Keep content that is collapsed (not displayed) but still on the page, e.g. a folded "thinking" block. */
  keepCollapsed?: boolean;
}

export function extractText(
  content: Element,
  codeBlockSelector: string,
  readCodeBlock: (block: Element) => CodeBlock,
  options: ExtractOptions = {},
): ExtractedText {
  const parts: string[] = [];
  const codeBlocks: CodeBlock[] = [];
  const newline = () => {
    if (parts.length && !parts[parts.length - 1]!.endsWith('\n')) parts.push('\n');
  };

  const walk = (node: Node, listDepth: number): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (el !== content) {
      if (options.skip && el.matches(options.skip)) return;
      const hidden = hiddenness(el);
      if (hidden === 'screen-reader-only' || (hidden === 'not-displayed' && !options.keepCollapsed)) return;
    }
    if (el.matches(codeBlockSelector)) {
      const block = readCodeBlock(el);
      codeBlocks.push(block);
      newline();
      parts.push('\n```' + (block.language ?? '') + '\n' + block.code.replace(/\n$/, '') + '\n```\n\n');
      return;
    }
    if (tag === 'CODE') {
      // Inline code: keep the backticks a markdown copy would have.
      parts.push('`' + (el.textContent ?? '') + '`');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) newline();
    if (tag === 'LI') {
      const marker = el.parentElement?.tagName === 'OL' ? `${indexIn(el)}. ` : '- ';
      parts.push('  '.repeat(Math.max(0, listDepth - 1)) + marker);
    }
    if (/^H[1-6]$/.test(tag)) parts.push('#'.repeat(Number(tag[1])) + ' ');
    const depth = tag === 'UL' || tag === 'OL' ? listDepth + 1 : listDepth;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, depth);
    if (tag === 'TD' || tag === 'TH') parts.push(' | ');
    if (block) newline();
    if (tag === 'P' || /^H[1-6]$/.test(tag)) parts.push('\n');
  };
  walk(content, 0);
  const text = parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, codeBlocks };
}

function indexIn(li: Element): number {
  let i = 1;
  for (let s = li.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === 'LI') i++;
  return i;
}

/** Where `fragment` sits in `text`: exact match first, then ignoring whitespace differences. */
export function locate(text: string, fragment: string): { start: number; end: number } | null {
  const exact = text.indexOf(fragment);
  if (exact >= 0) return { start: exact, end: exact + fragment.length };
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const needle = squash(fragment);
  if (!needle) return null;
  // Map squashed offsets back to the original text.
  const map: number[] = [];
  let squashed = '';
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const space = /\s/.test(ch);
    if (space && prevSpace) continue;
    squashed += space ? ' ' : ch;
    map.push(i);
    prevSpace = space;
  }
  const at = squashed.indexOf(needle);
  if (at < 0) return null;
  return { start: map[at]!, end: map[at + needle.length - 1]! + 1 };
}
