// Addresses found from their postcode, in any script. Most of the world writes an address as a few short segments
// (lines, or comma-separated parts) with the postcode in the last one (`…\nKolkata\nWest Bengal\n700017`,
// `Гороховая улица 23, Сенной округ, Санкт-Петербург, 190000`, `…, Gangnam-gu Seoul 06164`, `Cerrito 1250, Retiro,
// C1010AAZ Buenos Aires`) or the first one (`〒108-8282\n東京都港区港南2-16-1`, `190000, Санкт-Петербург, …`). The
// street blocks of address-blocks.ts need a street line they recognise by its words; this finder needs only the
// layout: a postcode segment, and next to it a run of short place-like segments (no code punctuation, capitalised
// or caseless-script words, admin words like `district`, `область`, `gu`) holding a numbered or typed street.
// Postcode digits may be any script's digits (`७०००१७`). Each postcode looks at most ~8 segments of ≤ 90
// characters either side and never before the previous address, so the scan is linear.
import type { Range, RedactionRule } from '../types';
import { MONTH_DAY, NAME_PARTICLES } from './address-words';
import { ADMIN_WORDS, isStreetWord, NOT_ADDRESS_NUMBER_WORDS, QUANTITY } from './address-postcode-words';
import { CANDIDATE, POSTCODE_FIRST, POSTCODE_LAST } from './address-postcode-shapes';

/** Characters that never stand in an address segment: code, markup, key-value pairs, money. */
const CODE = /[=:{}<>[\]"`|\\@*_$%€£+~^;©]|\w\(|\(c\)/i;
const MAX_SEGMENT = 90;
/** Commas of other scripts split segments too: Arabic `،` (Arabic, Persian, Urdu), Ethiopic `፣` (round 12), Burmese `၊` (round 14). */
const COMMAS = new Set([',', '，', '、', '،', '፣', '၊']);
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

function isBreak(text: string, i: number): boolean {
  const ch = text[i]!;
  if (BREAKS.has(ch)) return !('“”«»'.includes(ch) && namedQuote(text, i));
  // round 14: a table's cell border (`| Front desk | বাড়ি ২৩, রোড ১১, … ১২০৯ |`) ends the cell's address as a quote does
  if (ch === '|') return /\s/.test(text[i - 1] ?? ' ') && /\s/.test(text[i + 1] ?? ' ');
  // an apostrophe between letters is part of a name (O'Kon, s'Hertogen-bósch); elsewhere it quotes
  return ch === "'" && !(/\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? ''));
}

function kindOfBreak(text: string, i: number): Seg['before'] {
  const ch = text[i];
  if (ch === undefined) return 'hard';
  if (ch === '\n') return /\n[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? 'hard' : 'line';
  return COMMAS.has(ch) ? 'comma' : 'hard';
}

/** The segment ending at `end` (exclusive), looking back at most MAX_SEGMENT characters and never before `floor`. */
function segmentBefore(text: string, end: number, floor: number): Seg | null {
  let i = end - 1;
  const stop = Math.max(floor, end - MAX_SEGMENT);
  while (i >= stop && !isBreak(text, i)) i--;
  if (i < stop && i >= floor && stop > floor) return null; // too long to be a segment
  const start = i + 1;
  return { start, end, before: i < floor ? 'hard' : kindOfBreak(text, i) };
}

function segmentAfter(text: string, start: number, limit: number): Seg | null {
  let i = start;
  const stop = Math.min(limit, start + MAX_SEGMENT);
  while (i < stop && !isBreak(text, i)) i++;
  if (i >= stop && stop < limit) return null;
  return { start, end: i, before: 'comma' };
}

function trimmed(text: string, seg: Seg): { value: string; start: number; end: number } {
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

function* findPostcodeBlocks(text: string): Iterable<Range> {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  memo = new Map();
  let floor = 0;
  // the next pair of letters at or after a point, found by a forward-only scan: a postcode with no word within
  // 400 characters before or 200 after (`123456\n123456\n…`) is skipped without walking
  const letters = /\p{L}\p{M}*\p{L}/gu;
  let nextLetters = -1;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match.index < floor) continue;
    const from = Math.max(0, match.index - 400);
    if (nextLetters < from && nextLetters !== Infinity) {
      letters.lastIndex = from;
      nextLetters = letters.exec(text)?.index ?? Infinity;
    }
    if (nextLetters > match.index + 200) continue;
    const own = segmentBefore(text, match.index, floor);
    if (!own) continue;
    let lineStart = trimmed(text, { ...own, end: match.index + match[0].length }).start;
    const label = /[:：]\s*$/.exec(text.slice(lineStart, match.index)); // `Адрес: 190000, Москва, …`
    if (label) lineStart = match.index;
    const rest = segmentAfter(text, match.index, text.length);
    if (!rest) continue;
    const segText = text.slice(lineStart, rest.end);
    const m = (lineStart === match.index ? POSTCODE_FIRST : POSTCODE_LAST).exec(segText);
    if (!m || m[0].split(/\s+/).some((w) => NOT_ADDRESS_NUMBER_WORDS.has(w.toLowerCase()))) continue;
    const bare = /^\s*\S+\s*$/.test(m[0]);
    // a bare 4-digit number after a comma (`1KB, 1234`) is a list, not a postcode; on its own line it may be one
    if (bare && own.before !== 'line' && /^\p{Nd}{4}$/u.test(match[0])) continue;
    // a country code glued to digits (`KN0107`) is a postcode only beside its town: alone it is a model or a part number
    if (bare && /^[A-Z]{2,3}\p{Nd}+(?:-\p{Nd}+)?$/u.test(match[0])) continue;
    // a bare number after another bare number (`…, 12345, 67890`) is a list, never the end of an address
    if (bare && own.before !== 'hard' && own.start > 0) {
      const prev = segmentBefore(text, own.start - 1, floor);
      if (prev && /^[\p{Nd}\s.-]+$/u.test(trimmed(text, prev).value)) continue;
    }
    const postal: Seg = { start: own.start, end: lineStart + m[0].replace(/[\s.]+$/, '').length, before: own.before };
    // a year-like postcode (`2025 Simon Lydell`) needs a street before it, not just places
    const back = walkBack(text, postal, floor, /^(?:19|20)\d\d$/.test(match[0]));
    if (back !== null) {
      floor = postal.end;
      yield { start: back, end: postal.end };
      continue;
    }
    if (/^(?:19|20)\d\d$/.test(match[0])) continue;
    // round 14: the town and its postcode opening the address, the street after them (Armenia's `Երևան 0010,
    // Աբովյան փողոց 8, բն. 12`): only at the start of its line or cell, and the street after it written as a street
    const townFirst = lineStart !== match.index;
    if (townFirst && (own.before !== 'hard' || /\p{Ll}/u.test(text.slice(lineStart, match.index).replace(/(?<=\p{L})\p{Ll}+/gu, '')))) continue;
    const forward = walkForward(text, postal, townFirst);
    if (forward !== null) {
      floor = forward;
      yield { start: townFirst ? trimmed(text, own).start : lineStart, end: forward };
    }
  }
}

/** The start of the address whose postcode segment is `postal`, walking back over its segments; or null. */
function walkBack(text: string, postal: Seg, floor: number, needStreet: boolean): number | null {
  let street: number | null = null;
  let places = 0;
  let earliestPlace = postal.start;
  let at = postal;
  let segStartAfter = -1;
  for (let n = 0; n < 8 && at.before !== 'hard'; n++) {
    // a comma closing the line before (`ул. Ленина, д. 12,\n630099 Новосибирск`) is one break with the line's
    const comma = at.before === 'line' ? /[,，،፣][ \t]*$/.exec(text.slice(Math.max(floor, at.start - 10), at.start - 1)) : null;
    const prev = segmentBefore(text, at.start - 1 - (comma ? comma[0].length : 0), floor);
    if (!prev) break;
    const { value, start } = trimmed(text, prev);
    const kind = classify(value);
    if (kind === null) {
      const tail = streetTail(text, prev);
      if (tail !== null && (tail.kind === 'street' || (tail.kind === 'number' && street !== null))) street = tail.at;
      else if (tail?.kind === 'place' && street === null) {
        places++;
        earliestPlace = tail.at;
      }
      break;
    }
    // a street after prose in its segment (`J'habite au 12 rue des Lilas`) starts at the street
    if (kind === 'street') street = prose(value) ? (streetTail(text, prev)?.at ?? start) : start;
    // the house number standing before its street (`१२५/१, गांधी मार्ग`, `14/2, Lake View Apartments`)
    else if (kind === 'number' && street !== null && street === segStartAfter) street = start;
    // round 13: the street's name before its house number standing alone (`Абай даңғылы, 52, 14-пәтер, 050008`,
    // `Via Roma, 12, …`): a type word the dictionaries lack leaves the name a place, but a bare number after it is
    // that street's number; round 14: also with the word for house glued after a hyphen (Kazakh and Kyrgyz `52-үй`)
    else if (kind === 'place' && street !== null && street === segStartAfter && /^\p{Nd}{1,4}(?:\p{L}|-\p{L}{1,5})?$/u.test(text.slice(street, at.end).split(/[,，、،፣\n]/)[0]!.trim())) {
      street = start;
    }
    else if (kind === 'place' && street === null) {
      places++;
      earliestPlace = start;
    }
    segStartAfter = start;
    at = prev;
  }
  if (street !== null) return street;
  if (needStreet) return null;
  // No street: a locality or two before a postcode (`uppuguda, Charminar, Hyderabad - 500064`)
  const distinctive = /\p{L}.*\p{Nd}|\p{Nd}.*\p{L}/su.test(text.slice(postal.start, postal.end)) && /\p{Nd}[- ]\p{Nd}|[A-Z]\p{Nd}|\p{Nd}[A-Z]/u.test(text.slice(postal.start, postal.end));
  return places >= 2 || (places === 1 && distinctive) ? earliestPlace : null;
}

/**
 * After a town and its postcode, a street as an address writes it: a name and its type before the number — a type
 * the dictionaries know (`ул. Мясницкая, д. 26`), or in a cased script they lack, the one lower-case word after a
 * capitalised name (`Աբովյան փողոց 8`). One word and a number (`Chrome 12345, Update 5`, `Seattle 98101, Seahawks 24`,
 * `Flight 1234, Gate 12`) is a list of labelled numbers.
 */
function writtenStreet(value: string): boolean {
  const name = /^(.*?)\s*\p{Nd}/u.exec(value)?.[1] ?? value;
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w));
  return words.some((w) => isStreetWord(w)) ? !prose(value) : /^\p{Lu}/u.test(value) && lower.length === 1;
}

/** Postcode first (`〒108-8282\n東京都港区港南2-16-1`, `190000, Москва, ул. …`): the end of the segments after it. */
function walkForward(text: string, postal: Seg, streetWritten = false): number | null {
  let end: number | null = null;
  let sawStreet = false;
  let at = postal.end;
  while (at < text.length && /[ \t]/.test(text[at]!)) at++;
  for (let n = 0; n < 6 && at < text.length; n++) {
    if (!isBreak(text, at) || kindOfBreak(text, at) === 'hard') break;
    // round 13: a comma closing its line (`Россия, 630099, Новосибирск,\nул. Ленина, д. 12`) breaks once, not twice
    const lineEnd = COMMAS.has(text[at]!) ? /^[ \t]*\n(?![ \t]*\n)/.exec(text.slice(at + 1, at + 12)) : null;
    const next = segmentAfter(text, at + 1 + (lineEnd ? lineEnd[0].length : 0), text.length);
    if (!next) break;
    const { value, start: segStart, end: segEnd } = trimmed(text, next);
    const kind = classify(value);
    if (kind === null) break;
    // round 14: a segment ending in a postcode of its own ends the address there (`3843 Peartree Road, Bamblee, SD
    // 20241 440-600-5124` read from a 4-digit house number taken for a postcode: the phone after is no part of it)
    const own = POSTCODE_LAST.exec(value);
    if (kind === 'street') sawStreet ||= !streetWritten || writtenStreet(value);
    if (own && kind !== 'place') {
      end = segStart + own[0].replace(/[\s.]+$/, '').length;
      break;
    }
    if (kind !== 'place') end = segEnd;
    at = next.end;
  }
  return sawStreet ? end : null;
}

export const postcodeBlockRule: RedactionRule = {
  id: 'address-postcode-block',
  kind: 'postal_address',
  level: 'strict',
  priority: 41,
  description: 'Any script: a postcode segment (world postcode shapes, any digits) with a run of short place-like segments before or after it holding a numbered or typed street',
  find: findPostcodeBlocks,
};
