// Round 16: street lines typed by hand in lower case, with the street type abbreviated, inside a value that bounds
// them — a JSON string (`"line": "12 main st, boston ma"`), a quoted CSV cell (`"14 rue pelisson villeurbanne"`), an
// element's text (`<p class="adr">3 av camille guerin, 44000 Nantes</p>`), a line of its own, or the rest of a line
// after a label (`Indirizzo: rua godinho de faria 1200 porto — citofono "Studio"`). Round 12's lower-case rule reads
// only lines with no capital after an address word and needs two numbers; here the town may keep its capital and the
// value's bounds stand in for the introduction. The value is read as a person would capitalise it (each word's first
// letter, short letter-digit tokens and a closing region code in capitals) by the capital-reading address rules, and
// a span counts when it holds two numbers (house and postcode) or is the whole value: a bounded value that is a
// street line and its town from end to end is an address in any country (`5 via dante, milano`, `ul. długa 12
// gdańsk`, `calle mayor 3, madrid`). A lower-case street type word (libpostal's, or its short abbreviation) must be in
// the value, with a name word beside it; each value is read once and is at most 120 characters (the value pattern's bound), so the cost is
// linear.
//
// Round 19 (geocoder queries, as pelias/acceptance-tests sends them): the street may come first with its number after
// it (`rigaer strasse 11, berlin`, `kinkerstraat 175F, amsterdam`, `via dante 5 milano`), the type word glued to the
// name in the languages that glue it (`grolmanstraße`, `storgatan`, `jægervej`, `mannerheimintie` — FUSED below), a
// numbered street names it by its number (`358 41st street, ny`, `85-23 168th Place queens ny`), the type word may
// keep its capital when the rest is typed, a country name closing the value is left out (`553 s main st red lion pa
// usa`), and in a line of prose the street line is read from its house number to the end of the comma segment holding
// its last number (`the pin says 455 43rd st new york ny 11232, but …`: two numbers, as for any part of a value).
import type { Range, RedactionRule } from '../types';
import { countryNames, normaliseName } from './address-country-names';
import { SHORT_STREET_TYPE_ABBREVIATIONS, STREET_TYPE_WORDS } from './address-street-types-data';
import { ENDS_IN_HOUSE_NUMBER, isTownTail, nameThenAbbreviatedType, numberTypeLineLength, opensWithPreposition, separatorsAsCommas } from './address-typed-forms';
import { ENGLISH_STREET_TYPES, FUSED_STREET_ENDINGS, NAME_PARTICLES } from './address-words';

const TYPE_WORDS = new Set([...STREET_TYPE_WORDS, ...SHORT_STREET_TYPE_ABBREVIATIONS.filter((w) => w.length >= 2)]);
/**
 * Type endings glued to the name (address-words.ts), those of four letters or more that are no English word's ending
 * (`ring`, `park`, `wall`, `burg`, `anger` end `offspring`, `hamburg`, `stranger`), and the three-letter ones of the
 * Nordic and Dutch languages: `grolmanstrasse`, `kinkerstraat`, `storgatan`, `jægervej`, `mannerheimintie` is `-tie`.
 */
const NOT_GLUED = new Set(['ring', 'park', 'wall', 'burg', 'anger', 'berg', 'markt', 'kamp', 'tori', 'torv', 'rinne', 'backen', 'bach', 'hof', 'tor']);
const FUSED = new RegExp(
  `^\\p{L}{3,}(?:${FUSED_STREET_ENDINGS.filter((e) => !ENGLISH_STREET_TYPES.includes(e) && !NOT_GLUED.has(e) && (e.length >= 4 || ['vej', 'weg', 'tie'].includes(e))).join('|')})$`,
  'u',
);
const PARTICLES = new Set(NAME_PARTICLES.split('|'));
/** A street named by its number (`41st`, `168th`, `5e`), or a bare number after the house number (`1359 54 street`). */
const NUMBER_NAME = /^\p{Nd}+(?:st|nd|rd|th|e|er|ème|a|o|º|ª)?$/u;
/** Single-letter abbreviations only the French and Portuguese write before a name (`r general buat`, `r. augusta`). */
const ONE_LETTER_TYPES = new Set(['r']);
/**
 * The rules that read capitals in Latin-script lines (as in address-lower-case.ts), cheapest first on a short line.
 * Round 21 (speed): every span that counts starts at the value's start and the longest wins, so the order changes no
 * result, and once a span covers the whole value no rule can find a longer one: the rest are not run (each costs
 * 5-70 µs a value; a text of typed lines has one every 80 characters).
 */
const READS_CAPITALS = ['us-street-address', 'address-line', 'street-line', 'address-postcode-block', 'introduced-address', 'address-block'];
const capitalReaders = (rules: readonly RedactionRule[]) =>
  READS_CAPITALS.flatMap((id) => rules.filter((rule) => rule.id === id));

/**
 * Values: a quoted string, an element's text, a line, or the rest of a line after a label's colon, each cut at a
 * spaced dash or a bracket (what follows is a note). Only characters an address line holds.
 */
// Round 23: a middle dot or bullet between parts, and a spaced dash beside a number, are separators inside the value.
const VALUE = /(?:(?<=["“>])|(?<=[\p{L}\p{M}][:：][ \t]{1,3})|^[ \t]*)([\p{Ll}\p{Nd}][\p{Ll}\p{Lu}\p{M}\p{Nd} \t,.#/'’°º•·—–-]{4,119}?)(?=[ \t]*(?:["”<]|(?<!\p{Nd})[ \t][—–-][ \t](?!\p{Nd})|\(|[.!?]?[ \t]*$))/gmu;

const WORD = /[\p{L}\p{M}]+\.?/gu;

const isType = (word: string) => TYPE_WORDS.has(word.replace(/\.$/, '').toLowerCase());
const isFused = (word: string) => /^\p{Ll}/u.test(word) && FUSED.test(word);

/**
 * Whether the value holds a street type word with a name word on one side of it (the name may be the street's number
 * after a house number: `358 41st street`), or a lower-case name with its type glued on (`grolmanstrasse`).
 */
function hasTypedStreet(value: string): boolean {
  const words = value.split(/[\s,]+/).filter((w) => w !== '');
  return words.some((w, i) => {
    const bare = w.replace(/\.$/, '');
    if (isFused(bare) && /^\p{Nd}/u.test(words[i + 1] ?? '')) return true;
    const typed = TYPE_WORDS.has(bare.toLowerCase()) && (/^\p{Ll}/u.test(bare) || bare.length > 2);
    if (!typed && !(ONE_LETTER_TYPES.has(bare) && /^\p{L}{3}/u.test(words[i + 1] ?? ''))) return false;
    const name = (v: string | undefined) => v !== undefined && /^\p{L}{3}/u.test(v) && !TYPE_WORDS.has(v.toLowerCase());
    const numbered = NUMBER_NAME.test(words[i - 1] ?? '') && /^\p{Nd}/u.test(words[i - 2] ?? '');
    // round 23: or a particle and then the name (`avenue du maréchal foch`)
    const afterParticle = PARTICLES.has((words[i + 1] ?? '').toLowerCase()) && name(words[i + 2]);
    return name(words[i - 1]) || name(words[i + 1]) || afterParticle || numbered;
  });
}

/** Country abbreviations written after an address that the runtime's country names lack (two-letter codes are regions). */
const COUNTRY_ABBREVIATIONS = new Set(['usa', 'uk', 'uae', 'rsa', 'prc', 'rok', 'brd']);

/** The value without a country name closing it (`… red lion pa usa`, `… minsk belarus`): no part of the span. */
function withoutCountry(value: string): string {
  const names = countryNames();
  const words = [...value.matchAll(/[^\s,]+/g)];
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const first = words[words.length - n]!;
    const name = normaliseName(value.slice(first.index));
    if ((names.countryNames.has(name) || COUNTRY_ABBREVIATIONS.has(name)) && /[\s,]$/.test(value.slice(0, first.index))) return value.slice(0, first.index).replace(/[\s,]+$/, '');
  }
  return value;
}

/** A street and its number (either order, up to three name words), a comma, and a town of up to three words. */
const STREET_AND_TOWN = /^(?:\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,2} \p{Nd}{1,4}\p{L}?(?:\/\p{Nd}{1,4})?|\p{Nd}{1,4}\p{L}? \p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,2}), ?\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2}$/u;

/**
 * Round 20: a whole typed value of a street with its number and a town, closed by a country's name (`woronicza 17,
 * warszawa, polska`, `17 rue de la paix, paris, france`): with no type word the country is what says it is an
 * address, and it is left out of the span. The value without the country, or null.
 */
function countryClosedStreet(value: string): string | null {
  const street = withoutCountry(value);
  if (street === value || !/^[ \t]*,/.test(value.slice(street.length))) return null;
  return STREET_AND_TOWN.test(street) ? street : null;
}

/**
 * Where a house number opens a typed street inside a line of prose: the number, then within four words a type word (a
 * numbered street's own number may stand before it: `455 43rd st`), no other number between; -1 for none.
 */
function streetFrom(value: string): number {
  for (const m of value.matchAll(/(?<=\s)\p{Nd}[\p{Nd}-]*\p{L}{0,2}(?=\s)/gu)) {
    const raw = value.slice(m.index).split(/\s+/, 6);
    const head = raw.map((w) => w.replace(/,$/, ''));
    const typeAt = head.findIndex((w, i) => i > 0 && i <= 4 && (isType(w) || isFused(w)));
    // the street's name between them: no comma, no other number, no particle (`build 42 of the main branch`)
    const between = (w: string, i: number) => w.endsWith(',') || (i > 0 && ((/\p{Nd}/u.test(w) && !NUMBER_NAME.test(w)) || PARTICLES.has(w)));
    if (typeAt < 1 || raw.slice(0, typeAt).some(between)) continue;
    if (hasTypedStreet(head.slice(0, typeAt + 2).join(' '))) return m.index;
  }
  return -1;
}

/**
 * Whether the value opens with its street: its house number, a type word before a name (`av paulista 1578`), or the
 * street's name before its number — a name glued to its type (`grolmanstrasse 51`) or up to three name words and a
 * type word of four letters or more other than English's (`rigaer strasse 11`, `nørre allé 7`: an English type after
 * the name ends phrases, and the short abbreviations are words of prose, `my address is 12 …`).
 */
function opensWithStreet(words: readonly string[]): boolean {
  const first = (words[0] ?? '').replace(/\.$/, '');
  if (/^\p{Nd}/u.test(first)) return true;
  if ((isType(first) || ONE_LETTER_TYPES.has(first)) && /^\p{L}/u.test(words[1] ?? '')) return true;
  if (isFused(first) && /^\p{Nd}/u.test(words[1] ?? '')) return true;
  // round 23: a name before an abbreviated type (`dorstener str. 415`), a German preposition's street (`am markt 3`)
  if (nameThenAbbreviatedType(words, isType) || opensWithPreposition(words.join(' '))) return true;
  for (let i = 1; i <= 3 && i + 1 < words.length; i++) {
    if (!/^\p{L}/u.test(words[i - 1]!)) return false;
    const word = words[i]!.replace(/\.$/, '').toLowerCase();
    if (word.length >= 4 && isType(word) && !ENGLISH_STREET_TYPES.includes(word) && /^\p{Nd}/u.test(words[i + 1]!)) return true;
    // round 23: a first name before a name glued to its type (`albert cuypstraat 182`, `plantage middenlaan 2`)
    if (i === 1 && isFused(words[1]!) && /^\p{Nd}/u.test(words[2]!)) return true;
  }
  return false;
}

/** The value as a person would write it: each word's first letter in capitals, a closing region code (`bc`, `ma`) too. */
export function titleCased(value: string): string {
  const last = [...value.matchAll(WORD)].pop();
  return value.replace(/[\p{L}\p{M}\p{Nd}]+/gu, (token, at: number) => {
    if (/\p{Nd}/u.test(token) && /\p{L}/u.test(token) && token.length <= 4) return token.toUpperCase();
    const up = token.charAt(0).toUpperCase() + token.slice(1);
    if (at === last?.index && /^\p{Ll}{2}$/u.test(token) && /\p{L}{3}[ \t,]+$/u.test(value.slice(0, at))) return token.toUpperCase();
    return up.length === token.length ? up : token;
  });
}

export function typedStreetLineRule(rules: () => readonly RedactionRule[]): RedactionRule {
  return {
    id: 'typed-street-line',
    kind: 'postal_address',
    level: 'strict',
    priority: 40,
    description:
      'Round 16: a street line typed in lower case with its type word (`12 main st, boston ma`, `3 av camille guerin, 44000 Nantes`, `14 rue pelisson villeurbanne`) as a whole JSON string, quoted cell, element text, line or labelled value, read by the other address rules from a capitalised copy',
    *find(text: string): Iterable<Range> {
      const readers = capitalReaders(rules());
      const re = new RegExp(VALUE.source, VALUE.flags);
      let match: RegExpExecArray | null;
      while ((match = re.exec(text)) !== null) {
        let value = match[1]!.replace(/[\s,.]+$/, '');
        let start = match.index + match[0].indexOf(match[1]!);
        if (!/\p{Nd}/u.test(value) || !/(?:^|\s)\p{Ll}{2}/u.test(value)) continue;
        if (!hasTypedStreet(value) && !opensWithPreposition(value)) {
          // round 20: no type word, but the country's name closing a whole typed value (`woronicza 17, warszawa, polska`)
          const street = countryClosedStreet(value);
          if (street) yield { start, end: start + street.length };
          continue;
        }
        value = withoutCountry(value);
        // a whole value opens with its street (`14 rue …`, `av paulista 1578 …`, `rigaer strasse 11, …`), in at most
        // eight words: prose with a type word in it (`string is valid for a block scalar, 1`) opens otherwise; a type
        // word opens a street when a name follows it (`av paulista 1578`), not a number (`la 5 rue est …`)
        let opensStreet = opensWithStreet(value.split(/[\s,]+/)) && value.split(/\s+/).length <= 8;
        if (!opensWithStreet(value.split(/[\s,]+/))) {
          // round 19: a sentence before the street line (`the pin says 455 43rd st new york ny 11232, but …`): the
          // part from a house number that a typed street follows, to the end of the comma segment of its last number
          const from = streetFrom(value);
          if (from === -1) continue;
          const lastDigit = value.search(/\p{Nd}(?!.*\p{Nd})/su);
          const comma = value.indexOf(',', lastDigit);
          start += from;
          value = value.slice(from, comma === -1 ? value.length : comma);
          opensStreet = false;
        }
        const copy = titleCased(separatorsAsCommas(value));
        const numbers = value.match(/\p{Nd}+/gu)?.length ?? 0;
        let best: Range | null = null;
        for (const rule of readers) {
          if (best && best.end - best.start >= copy.length) break;
          for (const found of rule.find(copy)) {
            let range = found;
            let span = copy.slice(range.start, range.end);
            // round 23: a street line ending in its house number, then the town and nothing else (`via torino 44
            // piossasco`): the whole value
            if (opensStreet && range.start === 0 && span.split(/\s+/).length >= 2 && ENDS_IN_HOUSE_NUMBER.test(span) && isTownTail(value.slice(range.end))) {
              range = { start: 0, end: value.length };
              span = copy;
            }
            const whole = opensStreet && range.start === 0 && range.end >= value.length - 1 && span.split(/\s+/).length >= 3;
            // lower case gives no name to hold on to: two numbers (house and postcode), or the whole bounded value
            if (!whole && (range.start !== 0 || numbers < 2 || (span.match(/\p{Nd}+/gu)?.length ?? 0) < 2)) continue;
            if (!best || range.end - range.start > best.end - best.start) best = range;
          }
        }
        // round 23: a whole value of a house number, a leading type word, the name and the town (`2 rue du 10e niort`)
        if (!best && opensStreet && numbers === 1 && numberTypeLineLength(value) === value.length) best = { start: 0, end: value.length };
        if (best) yield { start: start + best.start, end: start + best.end };
      }
    },
  };
}
