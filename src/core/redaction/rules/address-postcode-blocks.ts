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
import { CANDIDATE, POSTCODE_FIRST, POSTCODE_LAST } from './address-postcode-shapes';
import { NOT_ADDRESS_NUMBER_WORDS } from './address-postcode-words';
import { walkForward } from './address-postcode-forward';
import { isHeaderCellWord, isOtherColumnNumber } from './address-table-cells';
import { classify, forgetSegments, prose, segmentAfter, segmentBefore, streetTail, trimmed, type Seg } from './address-postcode-segments';
import { scanning } from './regex-scan';

function findPostcodeBlocks(text: string): Iterable<Range> {
  return scanning(CANDIDATE, (re) => postcodeBlocksWith(text, re));
}

function* postcodeBlocksWith(text: string, re: RegExp): Iterable<Range> {
  forgetSegments();
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
    // round 16: a number alone in a table cell under an `id` or `amount` header is that column's value
    if (bare && isOtherColumnNumber(text, match.index, match.index + match[0].length)) continue;
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
      // round 15: places only before a postcode that opens its line (`Kyrgyzstan\nAstana\n720033 Бишкек\nFrunze
      // Mikhail Street, 473`): the street may follow it, as where the postcode comes first
      const forward = !back.street && lineStart === match.index ? walkForward(text, postal) : null;
      floor = forward ?? postal.end;
      yield { start: back.start, end: floor };
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
function walkBack(text: string, postal: Seg, floor: number, needStreet: boolean): { start: number; street: boolean } | null {
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
    // round 16: a table's header row names the columns; it is no place of the first row's address
    if (isHeaderCellWord(text, start, start + value.length)) break;
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
  if (street !== null) return { start: street, street: true };
  if (needStreet) return null;
  // No street: a locality or two before a postcode (`uppuguda, Charminar, Hyderabad - 500064`)
  const distinctive = /\p{L}.*\p{Nd}|\p{Nd}.*\p{L}/su.test(text.slice(postal.start, postal.end)) && /\p{Nd}[- ]\p{Nd}|[A-Z]\p{Nd}|\p{Nd}[A-Z]/u.test(text.slice(postal.start, postal.end));
  return places >= 2 || (places === 1 && distinctive) ? { start: earliestPlace, street: false } : null;
}

export const postcodeBlockRule: RedactionRule = {
  id: 'address-postcode-block',
  kind: 'postal_address',
  level: 'strict',
  priority: 41,
  description: 'Any script: a postcode segment (world postcode shapes, any digits) with a run of short place-like segments before or after it holding a numbered or typed street',
  find: findPostcodeBlocks,
};
