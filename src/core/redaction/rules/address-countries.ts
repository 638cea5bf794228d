// Addresses of any country, found from Google's i18n address metadata instead of a layout written for that country.
// Text names the country an address is in more often than not: by its region (`Co. Antrim`, `Johor`, `Ilocos Norte`,
// `台北市`, `東京都`), by its own name on the last line (`Chile`, `ایران`, `Hong Kong`), or both. Once the
// country is known, its postcode pattern (`8420000`, `۱۱۹۳۶۵۴۴۷۱`, `AD500`, `LIMA 27`) and its field order tell
// which segments next to the name are the address: walking back from the region or country over short place-like
// segments to the street (street → locality/postcode → region → country), or, where the country writes its
// region first (China, Japan, Korea, Taiwan, Hong Kong, Iran), forward from the postcode and region to the street
// and its number. A named place alone is never an address: the run must hold a street (typed, or numbered), or the
// country's own postcode and two place segments. Segments are lines or comma-separated parts of at most 90
// characters; each name looks at most 8 segments either side, so the scan is linear.
import type { Range, RedactionRule } from '../types';
import { asciiDigits, countryNames, normaliseName, type CountryNames } from './address-country-names';
import { classify, prose, streetTail, type Kind, type Seg } from './address-postcode-segments';
import { isStreetWord } from './address-postcode-words';

interface Segment extends Seg {
  /** Trimmed bounds and text. */
  from: number;
  to: number;
  value: string;
  /** Caches: each segment is read once however many names walk over it. */
  words?: string[];
  kind?: { kind: Kind; at: number };
  postcode?: { codes: string; found: boolean };
  /** Whether the whole segment is a region's or a country's name (asked by every walk over it). */
  named?: boolean;
  /** The segment without a postcode before it, when it opens in a caseless script (`台北市大安區`), else null. */
  caseless?: string | null;
}

const BREAK = /[\n,，、،;；"“”«»「」`]/;
const MAX_SEGMENT = 90;
const CASELESS_START = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** A postcode-like token at the start or end of a segment: digits of any script, capitals, one space or dash. */
const HEAD_CODE = /^(?:〒 ?)?((?:[\p{Lu}]{1,6}[ -]?)?[\p{Nd}][\p{Nd}\p{Lu}-]{1,10}(?: [\p{Nd}\p{Lu}]{2,4})?)/u;
const TAIL_CODE = /(?:^|\s)((?:[\p{Lu}]{1,6}[ -]?)?[\p{Nd}][\p{Nd}\p{Lu}-]{1,10}(?: [\p{Nd}\p{Lu}]{2,4})?)$/u;

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const breaks = new RegExp(BREAK.source + "|'", 'g');
  let start = 0;
  let before: Seg['before'] = 'hard';
  for (;;) {
    const m = breaks.exec(text);
    // an apostrophe between letters is part of a name (O'Higgins, d'Andorra); elsewhere it quotes
    if (m && m[0] === "'" && /\p{L}/u.test(text[m.index - 1] ?? '') && /\p{L}/u.test(text[m.index + 1] ?? '')) continue;
    const i = m ? m.index : text.length;
    if (i - start <= MAX_SEGMENT) {
      let from = start;
      let to = i;
      while (from < to && /\s/.test(text[from]!)) from++;
      while (to > from && /[\s.!?]/.test(text[to - 1]!)) to--;
      while (from < to && /[-*>•·]/.test(text[from]!) && /\s/.test(text[from + 1] ?? '')) from += 2;
      out.push({ start, end: i, before, from, to, value: text.slice(from, to) });
    } else out.push({ start, end: i, before, from: start, to: i, value: '' });
    if (!m) break;
    const ch = m[0];
    before = ch === '\n' ? (/\n[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? 'hard' : 'line') : /[,，、،]/.test(ch) ? 'comma' : 'hard';
    start = i + 1;
  }
  return out;
}

/** Whether the segment holds a postcode (at its start or end, or as all of it) of one of the countries `codes`. */
function postcodeOf(seg: Segment, codes: readonly string[], names: CountryNames): boolean {
  const key = codes.join();
  if (seg.postcode?.codes === key) return seg.postcode.found;
  let found = false;
  if (/\p{Nd}/u.test(seg.value)) {
    const tokens = new Set<string>();
    for (const re of [HEAD_CODE, TAIL_CODE]) {
      const m = re.exec(seg.value);
      if (m) tokens.add(asciiDigits(m[1]!));
    }
    if (seg.value.length <= 14) tokens.add(asciiDigits(seg.value));
    for (const token of tokens) {
      // a year (`In 2019, Santiago`) is no postcode, even where postcodes have four digits
      if (/\d/.test(token) && !/^(?:19|20)\d\d$/.test(token) && codes.some((code) => names.countries.get(code)?.postcode?.test(token))) found = true;
    }
  }
  seg.postcode = { codes: key, found };
  return found;
}

/** The name a segment ends with (`Laoag City Ilocos Norte`, `Guangdong 510620`) or starts with (`Ireland — …`). */
function lookup(seg: Segment, map: Map<string, string[]>, names: CountryNames, at: 'end' | 'start' | 'whole'): string[] | null {
  if (!seg.words) {
    const words = normaliseName(seg.value).split(' ');
    // a postcode before or after the name on its line (`ISLAMABAD 44000`, `AD500 Parròquia d'Andorra la Vella`)
    if (words.length > 1 && /\d/.test(words[words.length - 1]!)) words.pop();
    else if (words.length > 1 && /\d/.test(words[0]!)) words.shift();
    seg.words = words;
  }
  const words = seg.words;
  if (at !== 'start') {
    if (!names.lastWords.has(words[words.length - 1]!)) return null;
    for (let n = Math.min(4, words.length); n >= 1; n--) {
      if (!names.firstWords.has(words[words.length - n]!) || (at === 'whole' && n !== words.length)) continue;
      const codes = map.get(words.slice(words.length - n).join(' '));
      if (codes) return codes;
    }
    return null;
  }
  if (!names.firstWords.has(words[0]!)) return null;
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const codes = map.get(words.slice(0, n).join(' '));
    if (codes) return codes;
  }
  return null;
}

/** A division name at the start of a caseless-script segment (`台北市大安區`, `東京都中央区`), its postcode cut off. */
function caselessRegion(rest: string, names: CountryNames): string[] | null {
  for (let n = Math.min(8, rest.length); n >= 2; n--) {
    const codes = names.regionNames.get(rest.slice(0, n));
    if (codes) return codes;
  }
  return null;
}

interface Walked {
  kinds: Kind[];
  starts: number[];
}

function kindOf(text: string, seg: Segment): { kind: Kind; at: number } {
  if (seg.kind) return seg.kind;
  let kind = classify(seg.value);
  let at = seg.from;
  // a street after prose in its segment (`We moved! 76398 Wintheiser Plains`) starts at the street
  if (kind === 'street' && prose(seg.value)) at = streetTail(text, seg)?.at ?? seg.from;
  else if (kind === null && seg.value !== '') {
    const tail = streetTail(text, seg);
    if (tail) ({ kind, at } = tail);
  }
  seg.kind = { kind, at };
  return seg.kind;
}

/** Where the address ending at segment `last` starts, walking back over its segments, or null. `named` is the
 * segment holding the region's name (it names a place, it is no street: `St. Andrew`, `กำแพงเพชร 1`), if any. */
function walkBack(
  text: string, segs: Segment[], last: number, codes: readonly string[], names: CountryNames, named: boolean,
): number | null {
  const walked: Walked = { kinds: [], starts: [] };
  let postcode = false;
  let typed = false;
  let stopped = false;
  for (let i = last; i >= 0 && i > last - 9; i--) {
    const seg = segs[i]!;
    // `…Estate,\n2 Watson Road`: the empty part between a comma and a line break
    if (seg.value === '' && seg.end - seg.start < 3 && seg.before !== 'hard') continue;
    const own = postcodeOf(seg, codes, names);
    if (own) postcode = true;
    // the country's own postcode alone on its line or between commas (`8420000`, `۱۱۹۳۶۵۴۴۷۱`) is part of it
    // a segment that is itself a region's or a country's name (`St. Ann`, `กำแพงเพชร 2`) is a place, never the street
    seg.named ??= lookup(seg, names.regionNames, names, 'whole') !== null || lookup(seg, names.countryNames, names, 'whole') !== null;
    const isName = (named && i === last) || seg.named;
    const { kind, at } = isName ? { kind: 'place' as const, at: seg.from } : own && classify(seg.value) === null ? { kind: 'number' as const, at: seg.from } : kindOf(text, seg);
    if (kind === null) {
      stopped = true;
      break;
    }
    walked.kinds.unshift(kind);
    walked.starts.unshift(at);
    if (kind === 'street' && seg.value.split(/\s+/).some(isStreetWord)) typed = true;
    if (at !== seg.from || seg.before === 'hard' || i === 0) {
      stopped = true;
      break;
    }
  }
  // nine place-like segments in a row are a list (`Dawson Creek,Delta,Dieppe,…`), not an address
  if (!stopped) return null;
  const street = walked.kinds.indexOf('street');
  const places = walked.kinds.filter((k) => k === 'place').length;
  const cityState = codes.some((c) => names.countries.get(c)?.cityState);
  const accepted = street !== -1 && (postcode || typed || (named && walked.kinds.length >= 3) || (cityState && walked.kinds.length >= 1));
  if (accepted) {
    let first = street;
    // a street written `Name, number` (`C. Prat de la Creu, 62-64`) or a number before its street
    if (first >= 1 && walked.kinds[first - 1] === 'number') first--;
    if (first >= 1 && walked.kinds[first] === 'number' && walked.kinds[first - 1] === 'place') first--;
    return walked.starts[first]!;
  }
  if (postcode && places >= 2) return walked.starts[walked.kinds.indexOf('place')]!;
  return null;
}

/** A name followed by more names or places (`Iran,Irak,Irska`, `Delta,Dieppe,Digby`) is an item of a list. */
function listGoesOn(segs: Segment[], i: number, names: CountryNames): boolean {
  let places = 0;
  for (let j = i + 1; j <= i + 2 && j < segs.length; j++) {
    const seg = segs[j]!;
    if (seg.before === 'hard' || seg.value === '') return false;
    if (lookup(seg, names.countryNames, names, 'whole')) return j === i + 1 && lookup(segs[i]!, names.countryNames, names, 'whole') !== null;
    if (classify(seg.value) === null) return false;
    places++;
  }
  return places === 2;
}

/** Region first (`106\n台北市大安區\nSec. 3 Hsin-yi Rd.`): the end of the street after it, or null. */
function walkForward(text: string, segs: Segment[], first: number): number | null {
  let end: number | null = null;
  let street = false;
  for (let i = first + 1; i < segs.length && i <= first + 6; i++) {
    const seg = segs[i]!;
    if (seg.before === 'hard') break;
    if (seg.value === '' && seg.end - seg.start < 3) continue;
    const kind = classify(seg.value);
    if (kind === null) break;
    if (kind === 'street') street = true;
    if (kind !== 'place') end = seg.to;
  }
  return street ? end : null;
}

function* findCountryAddresses(text: string): Iterable<Range> {
  if (!/\p{L}/u.test(text)) return;
  const names = countryNames();
  const segs = segments(text);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (seg.value === '' || seg.value.length > 60) continue;
    const country = lookup(seg, names.countryNames, names, 'start');
    const region = country ? null : lookup(seg, names.regionNames, names, 'end');
    if ((country || region) && listGoesOn(segs, i, names)) continue;
    if (country && i > 0 && segs[i - 1]!.value !== '' && seg.before !== 'hard') {
      // the country's name closes the address: the segments before it
      const start = walkBack(text, segs, i - 1, country, names, false);
      if (start !== null) yield { start, end: segs[i - 1]!.to };
    }
    if (region) {
      const start = walkBack(text, segs, i, region, names, true);
      if (start !== null) yield { start, end: seg.to };
    }
    if (seg.caseless === undefined) {
      const rest = seg.value.replace(/^(?:〒 ?)?[\p{Nd}-]{3,10}[ \u3000]?/u, '');
      seg.caseless = CASELESS_START.test(rest) ? rest : null;
    }
    const major = seg.caseless === null ? null : caselessRegion(seg.caseless, names);
    const firstRegion = major ?? region;
    if (firstRegion && firstRegion.some((c) => names.countries.get(c)?.majorFirst)) {
      const end = walkForward(text, segs, i);
      if (end === null) continue;
      const before = i > 0 && seg.before !== 'hard' ? segs[i - 1]! : null;
      const start = before && postcodeOf(before, firstRegion, names) ? before.from : seg.from;
      yield { start, end };
    }
  }
}

export const countryAddressRule: RedactionRule = {
  id: 'address-country-data',
  kind: 'postal_address',
  level: 'strict',
  priority: 41,
  description: "Any country (Google's i18n address metadata): segments ending at a region or the country's name, or starting at a postcode and region where the country writes its region first, holding a street or the country's own postcode",
  find: findCountryAddresses,
};
