// A page's structure with every word of it removed, for a bug report a person can attach without showing what
// they wrote or read: which of the adapter's landmarks the page has, and the element skeleton around the chat
// (tags, test ids, roles, classes, attribute names). Text nodes, labels, titles, placeholders, links, values and
// ids' variable parts never appear. Used by `npm run check:live` (scripts/check-live.ts) and by the popup's
// "Save page structure report" when a site shows degraded (src/capture/structure-report-handler.ts answers it).
import type { Landmark } from './sites/types';

export interface LandmarkSeen {
  name: string;
  selector: string;
  when: Landmark['when'];
  found: number;
}

export interface StructureReport {
  site: string;
  /** The page's path with every segment but route words replaced, never its query. */
  path: string;
  landmarks: LandmarkSeen[];
  /** One line per element, indented by depth: `tag#id-shape[data-testid=x][role=y].class.class {attr names}`. */
  skeleton: string[];
  /** Elements left out because the skeleton reached its size limit. */
  truncated: number;
}

/** Attributes whose values are structure (kept); every other attribute is listed by name only. */
const KEPT_VALUES = new Set([
  'data-testid',
  'data-test-id',
  'role',
  'type',
  'data-message-author-role',
  'data-message-part-type',
  'data-content',
]);
/** Attributes never listed at all: they hold text or addresses. */
const DROPPED = new Set(['class', 'id', 'style', 'href', 'src', 'srcset', 'alt', 'value', 'd', 'points', 'viewBox']);
const MAX_LINES = 4000;
const MAX_VALUE = 60;
/** Past this depth a line says its depth instead of being indented by it; every line stays under MAX_LINE_CHARS. */
const MAX_INDENT = 200;
export const MAX_LINE_CHARS = 2000;

/** Digits, hex runs and uuids in an id or path segment become `#`: their shape stays, the value does not. */
export function shapeOf(value: string): string {
  return value
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/[0-9a-f]{12,}/gi, '<hex>')
    .replace(/\d+/g, '#')
    .slice(0, MAX_VALUE);
}

/** Only what a selector could name: letters, digits, `-`, `_`, `/`, `:`, `@`, `[`, `]`, `.` (Tailwind classes). */
function safeToken(token: string): string | null {
  // A code block's language class tells what the person was writing: its kind stays, the language does not.
  const content = /^(language|lang|highlight-source|hljs-lang)-/.exec(token);
  if (content) return `${content[1]}-*`;
  return /^[\w\-/:@[\].!&>()+%=~*]{1,80}$/.test(token) ? shapeOf(token) : null;
}

function describe(el: Element): string {
  let line = el.tagName.toLowerCase();
  if (el.id) line += `#${shapeOf(el.id)}`;
  const names: string[] = [];
  for (const attr of el.attributes) {
    if (DROPPED.has(attr.name)) continue;
    if (KEPT_VALUES.has(attr.name)) line += `[${attr.name}=${shapeOf(attr.value)}]`;
    else names.push(attr.name);
  }
  for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
    const safe = token && safeToken(token);
    if (safe) line += `.${safe}`;
  }
  if (names.length) line += ` {${names.join(' ')}}`;
  return line;
}

/** The skeleton of `root`: every element, depth-first, indented; no text at all. */
export function skeletonOf(root: Element, maxLines = MAX_LINES): { lines: string[]; truncated: number } {
  const lines: string[] = [];
  let truncated = 0;
  const walk = (el: Element, depth: number) => {
    if (/^(script|style|noscript|template)$/i.test(el.tagName)) return;
    if (lines.length >= maxLines) {
      truncated++;
      return;
    }
    const indent = depth > MAX_INDENT ? `${'  '.repeat(MAX_INDENT)}[depth ${depth}] ` : '  '.repeat(depth);
    lines.push(`${indent}${describe(el)}`.slice(0, MAX_LINE_CHARS));
    for (const child of el.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return { lines, truncated };
}

/** The landmarks found on the page and the skeleton of the chat around them (or of the body). */
export function structureReport(doc: Document, site: string, landmarks: readonly Landmark[], maxLines = MAX_LINES): StructureReport {
  const seen = landmarks.map((l) => {
    let found: number;
    try {
      found = doc.querySelectorAll(l.selector).length;
    } catch {
      found = -1; // a selector this browser cannot parse
    }
    return { name: l.name, selector: l.selector, when: l.when, found };
  });
  const main = doc.querySelector('main') ?? doc.body;
  const { lines, truncated } = skeletonOf(main, maxLines);
  // Route words stay ("c", "chat", "search"); any other segment may be an id or a title slug made of the prompt.
  const path = doc.location ? doc.location.pathname.split('/').map((p) => (/^[a-z]{0,12}$/.test(p) ? p : '<id>')).join('/') : '';
  return { site, path, landmarks: seen, skeleton: lines, truncated };
}
