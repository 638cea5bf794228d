// The segments of an address read from its postcode (address-postcode-blocks.ts walks back from the postcode,
// address-postcode-forward.ts forward from it) and what each holds: text is cut at line breaks, commas of any
// script and quotes into segments of at most 90 characters, and each segment is classified as a street, a house
// number or a run of place words, or as something no address holds (code, prose, dates, quantities). The country
// rules and the introduced addresses read segments with the same classification.
import { MONTH_DAY, NAME_PARTICLES } from './address-words';
import { ADMIN_WORDS, isStreetWord, NOT_ADDRESS_NUMBER_WORDS, QUANTITY } from './address-postcode-words';
import { tabCellBorder } from './table-cells';

/** Characters that never stand in an address segment: code, markup, key-value pairs, money. */
const CODE = /[=:{}<>[\]"`|\\@*_$%€£+~^;©]|\w\(|\(c\)/i;
const MAX_SEGMENT = 90;
/** Commas of other scripts split segments too: Arabic `،` (Arabic, Persian, Urdu), Ethiopic `፣` (round 12), Burmese `၊` (round 14). */
export const COMMAS = new Set([',', '，', '、', '،', '፣', '၊']);
const BREAKS = new Set(['\n', ...COMMAS, '"', '`', '“', '”', '«', '»', '「', '」']);

export interface Seg {
  start: number;
  end: number;
  /** A line break, quote or blank line before it stops the walk: `hard`; a line break: `line`. */
  before: 'comma' | 'line' | 'hard';
}

/**
 * Round 13: typographic quotes around a street's name after its type word (`ул. „Витоша“ 64`, `пр. «Мира» 5`,
 * `Str. „Mihai Eminescu” 3`) are inside the segment, not the quotes of a JSON string or a citation around it.
 */
const NAMED_QUOTE = /([\p{L}\p{M}-]+\.?) ([„«“][^„«“”»\n,"]{1,30}[“”»])(?= ?\p{Nd})/gu;
function namedQuote(text: string, i: number): boolean {
  const from = Math.max(0, i - 50);
  for (const m of text.slice(from, i + 34).matchAll(NAMED_QUOTE)) {
    const open = from + m.index + m[1]!.length + 1;
    if ((open === i || open + m[2]!.length - 1 === i) && isStreetWord(m[1]!)) return true;
  }
  return false;
}

export function isBreak(text: string, i: number): boolean {
  const ch = text[i]!;
  if (BREAKS.has(ch)) return !('“”«»'.includes(ch) && namedQuote(text, i));
  // round 14: a table's cell border (`| Front desk | বাড়ি ২৩, রোড ১১, … ১২০৯ |`) ends the cell's address as a quote does
  if (ch === '|') return /\s/.test(text[i - 1] ?? ' ') && /\s/.test(text[i + 1] ?? ' ');
  // round 18: a tab between a cell's text and the next is the border of a TSV cell (table-cells.ts)
  if (ch === '\t') return tabCellBorder(text, i);
  // an apostrophe between letters is part of a name (O'Kon, s'Hertogen-bósch); elsewhere it quotes
  return ch === "'" && !(/\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? ''));
}

export function kindOfBreak(text: string, i: number): Seg['before'] {
  const ch = text[i];
  if (ch === undefined) return 'hard';
  if (ch === '\n') return /\n[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? 'hard' : 'line';
  return COMMAS.has(ch) ? 'comma' : 'hard';
}

/** The segment ending at `end` (exclusive), looking back at most MAX_SEGMENT characters and never before `floor`. */
export function segmentBefore(text: string, end: number, floor: number): Seg | null {
  let i = end - 1;
  const stop = Math.max(floor, end - MAX_SEGMENT);
  while (i >= stop && !isBreak(text, i)) i--;
  if (i < stop && i >= floor && stop > floor) return null; // too long to be a segment
  const start = i + 1;
  return { start, end, before: i < floor ? 'hard' : kindOfBreak(text, i) };
}

export function segmentAfter(text: string, start: number, limit: number): Seg | null {
  let i = start;
  const stop = Math.min(limit, start + MAX_SEGMENT);
  while (i < stop && !isBreak(text, i)) i++;
  if (i >= stop && stop < limit) return null;
  return { start, end: i, before: 'comma' };
}

export function trimmed(text: string, seg: Seg): { value: string; start: number; end: number } {
  let { start, end } = seg;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.!?]/.test(text[end - 1]!)) end--;
  // `- Venue: Suite 1005`, `> Shipping address`: list and quote markers at the line start
  while (start < end && /[-*>•·]/.test(text[start]!) && /\s/.test(text[start + 1] ?? '')) start += 2;
  return { value: text.slice(start, end), start, end };
}

const NUMBER = /(?<![\p{L}\p{Nd}]|\p{Nd}\.)(?:[#№]|[Nn][°ºo]\.? ?)?\p{Nd}{1,5}(?:[\p{L}]{0,2}|[/-]\p{Nd}{1,5}[\p{L}]?){0,3}(?![\p{Nd}]|\.\p{Nd})/u;
/** Where a sentence or label ends inside a segment: `: `, `? `, or a full stop after a word (not `ул. `, `No. `). */
const SENTENCE_END = /[:：](?=\s)|(?<=\p{Ll}{3}|\p{Lu}\p{Ll}{3})[.?!](?=\s+\p{Lu})|[?!](?=\s)/gu;
const PARTICLES = new Set(NAME_PARTICLES.split('|'));
/** A lower-case word that is neither a street word nor a particle: the segment starts with prose. */
export const prose = (value: string) => value.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !isStreetWord(w) && !PARTICLES.has(w));
const YEAR = /(?<![\p{Nd}])(?:19|20)\d\d(?![\p{Nd}])/gu;
/** A word of two letters or more; round 14: the vowel signs of Indic and South-East Asian scripts (marks) may stand
 * between its letters (`বাড়ি`, `রোড`, `ផ្ទះ`: no two letters stood side by side, so `বাড়ি ২৩` read as a bare number). */
const WORDISH = /(?<![\p{Nd}\p{L}\p{M}])\p{L}\p{M}*\p{L}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A short run of place words, a street, or a house number: one segment of an address. */
export type Kind = 'street' | 'number' | 'place' | null;
/** Walks from neighbouring postcodes cross the same segments: each distinct segment is classified once per text. */
let memo = new Map<string, Kind>();
/** A new text: the segments of the last one are forgotten. */
export function forgetSegments(): void {
  memo = new Map();
}
export function classify(value: string): Kind {
  let kind = memo.get(value);
  if (kind === undefined) {
    if (memo.size > 5000) memo = new Map();
    kind = classifyOnce(value);
    memo.set(value, kind);
  }
  return kind;
}

function classifyOnce(value: string): Kind {
  if (value === '' || value.length > 70 || CODE.test(value)) return null;
  const words = value.replace(/[()]/g, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length > 7) return null;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !ADMIN_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && !isStreetWord(w));
  const typed = words.some((w) => isStreetWord(w));
  // a word like `sec`, `page` or `version` makes the number something else, unless a street type is there too
  // (`Sec. 3 Hsin-yi Rd.`, Taiwan's road sections)
  if ((MONTH_DAY.test(value) && !typed) || QUANTITY.test(value) || (!typed && words.some((w) => NOT_ADDRESS_NUMBER_WORDS.has(w.toLowerCase().replace(/[.,]$/, ''))))) return null;
  // a year alone (`Copyright 2014`, `2013 Edition`) is no house number
  const numbered = NUMBER.test(value.replace(YEAR, ''));
  if (numbered && /\d{1,2}[:.]\d{2}\b|\d{4}-\d{2}-\d{2}/.test(value)) return null; // times and dates
  if (lower.length > (numbered ? 1 : 2) || (lower.length > 0 && lower.length === words.length && words.length > 2)) return null;
  if (numbered && WORDISH.test(value)) return 'street';
  if (typed) return 'street';
  if (numbered) return words.length <= 3 ? 'number' : null;
  return /\p{L}/u.test(value) ? 'place' : null;
}

/** The address-looking end of a longer segment (`hey, can you check this? ул. Победы`): its street, or null. */
export function streetTail(text: string, seg: Seg): { at: number; kind: 'street' | 'number' | 'place' } | null {
  const { value, start } = trimmed(text, seg);
  let sentence = -1;
  for (const m of value.matchAll(SENTENCE_END)) sentence = m.index;
  const tokens = [...value.slice(sentence + 1).matchAll(/\S+/g)];
  let first = tokens.length;
  while (first > 0) {
    const t = tokens[first - 1]![0];
    if (CODE.test(t) || (/^\p{Ll}/u.test(t) && !isStreetWord(t) && !PARTICLES.has(t))) break;
    first--;
  }
  while (first < tokens.length && PARTICLES.has(tokens[first]![0])) first++; // `the`, `de` before the street
  if (first === tokens.length) return null;
  const at = start + sentence + 1 + tokens[first]!.index;
  const tail = text.slice(at, trimmed(text, seg).end);
  const kind = classify(tail);
  return kind === null ? null : { at, kind };
}
