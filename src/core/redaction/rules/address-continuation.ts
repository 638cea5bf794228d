// The rest of an address after its street line: a street-line finder is sure of `רחוב הרצל 15` but stops there, and
// `, דירה 4, תל אביב-יפו 6578901` — a flat, then a town with a postcode — is left in the clear. The segments that
// follow a street line (after a comma of any script or a line break, or a space in a caseless script such as Thai)
// are taken while each is part of an address: a unit (a short word and a number: `דירה 4`, `Apt 5`, `III. em. 4.`),
// a postcode that a country's pattern accepts (Google's address data, address-country-names.ts) with a town beside
// it (`101 Reykjavík`, `AD500 Andorra la Vella`, `กรุงเทพมหานคร 10330`), or a region that the data names (not a
// country: other rules decide whether a closing country name belongs to the address); a run of caseless-script
// words is taken only when a postcode or a unit follows it. At most four segments of at most 60 characters are
// read after each street line, so the cost stays linear in the text. Countries that write the postcode and town
// first (Hungary: `1052 Budapest, Váci utca 12.`) put that segment before the street line: it is taken too when it
// starts with a postcode that a country's pattern accepts, the sentence before it left out.
import type { Range } from '../types';
import { countryNames, normaliseName, asciiDigits } from './address-country-names';
import { UNIT_WORDS } from './address-words';
import { isUnitSegment } from './address-segments';
import { buildingLead } from './address-building-lead';

const SEPARATOR = /^(?:[,،、，;]\s{0,2}|\s{0,2}\n\s{0,4})/u;
/** A street line in a caseless script (Thai, Lao, Khmer, Arabic…) may run on to its district and postcode after spaces. */
const CASELESS_LINE = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Inherited}\s]/u;
// round 20: a closing quote or markup tag ends the last part too (`…, Melbourne"}`, `…, Wellington</td>`)
const SEGMENT_END = /[,،、，;\n"”»<|]/;
const MAX_SEGMENT = 60;
const CASELESS_WORD = /^[^\p{Script=Latin}\p{Script=Common}\p{Script=Cyrillic}\p{Script=Greek}\s][^\s,،、，;]*$/u;
const TOWN_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[^\p{Script=Latin}\p{Script=Common}\s][^\s,،、，;]*|la|le|de|del|di|do|da|am|an|upon|sur|-)$/u;
const UNIT = new RegExp(`^(?:(?:${UNIT_WORDS})\\.? ?#?\\d{1,4}[A-Za-z]?|[IVX]{1,4}\\.? ?(?:${UNIT_WORDS})\\.? ?\\d{1,4}\\.?|\\p{L}{2,12}\\.? \\d{1,4}[A-Za-z]?)$`, 'iu');

let postcodes: RegExp | null = null;
/** Every country's whole postcode pattern, with its prefix (`AD500`, `LT-01100`), as one alternation. */
export function isPostcode(token: string): boolean {
  const ascii = asciiDigits(token);
  if (!/\d{3}/.test(ascii)) return false;
  postcodes ??= new RegExp(
    [...countryNames().countries.values()].flatMap((c) => (c.postcode ? [c.postcode.source] : [])).join('|'),
    'i',
  );
  return postcodes.test(ascii);
}

type Kind = 'unit' | 'postal' | 'place' | 'caseless' | 'district' | 'town' | null;

/**
 * Round 20: a city's numbered district as geocoders print it between the postcode and the town (`20e Arrondissement`,
 * `3. Bezirk`, `District 7`, `Quận 1`). Written from memory of Nominatim's and geocoder-php's output, not a catalogue.
 */
const DISTRICT = new RegExp(
  '^(?:\\d{1,2}(?:e|er|re|ème|eme|\\.|st|nd|rd|th|º|ª|-й|-р)? (?:[Aa]rrondissement|Bezirk|kerület|District|Distrito|Municipio|Sector|Sektor|Zona|Zone|dzielnica|район|хороо)' +
    '|(?:Arrondissement|Bezirk|District|Distrito|Sector|Zona|Zone|Quận|Dzielnica) \\d{1,2})$',
  'u',
);
/** A town's name alone (`Paris`, `Île-de-France`, `Charkhi Dadri`): taken only between address parts, or closing them. */
const TOWN_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|de|la|le|del|am|an|sur|upon)){0,2}$/u;

function kindOf(segment: string): Kind {
  const value = segment.trim().replace(/[.!?]$/, '');
  if (value === '' || value.length > MAX_SEGMENT) return null;
  // round 21: a postcode glued to its town by a hyphen (`01012-GUATEMALA`, `1001-Tirane`) is read as two words
  const split = value.split(/\s+/);
  const words = /\d-\p{Lu}/u.test(value) ? split.flatMap((w) => /^\d{4,5}-\p{Lu}/u.test(w) ? [w.slice(0, w.indexOf('-')), w.slice(w.indexOf('-') + 1)] : [w]) : split;
  // a postcode with up to four town words on either side (`101 Reykjavík`, `Guangzhou, Guangdong 510620`)
  const code = words.findIndex((w, i) => isPostcode(w) || (i + 1 < words.length && isPostcode(`${w} ${words[i + 1]}`)));
  if (code !== -1 && words.length <= 6) {
    const joined = isPostcode(words[code]!) ? 1 : 2;
    const rest = [...words.slice(0, code), ...words.slice(code + joined)];
    if (rest.length <= 4 && rest.every((w) => TOWN_WORD.test(w))) return 'postal';
  }
  if (words.length <= 4 && UNIT.test(value) && !/^\p{Ll}{2,} \d{4}$/u.test(value)) return 'unit';
  // round 21: a floor and what is on it (`2nd floor conference room`, `3. Etage links`, `piso 4 fondo`)
  if (words.length >= 3 && words.length <= 5 && words.slice(2).every((w) => /^\p{Ll}{2,}$/u.test(w)) && isUnitSegment(words.slice(0, 2).join(' '))) return 'unit';
  const names = countryNames();
  const name = normaliseName(value);
  // a region; the country's own name closing an address is left to the rules that decide it (it names no one)
  if (words.length <= 4 && names.regionNames.has(name) && !names.countryNames.has(name)) return 'place';
  if (words.length <= 3 && words.every((w) => CASELESS_WORD.test(w))) return 'caseless';
  if (DISTRICT.test(value)) return 'district';
  // (in capitals only a code: `FRA`, `NSW`)
  if (TOWN_NAME.test(value) && /\p{Ll}/u.test(value) && !names.countryNames.has(name)) return 'town';
  return null;
}

/**
 * The segment's head when the sentence goes on after it on the same line: a question or exclamation mark, a full stop
 * before a capital, a dash or an opening bracket (`101 Reykjavík? Jeg`, `10115 Tallinn. Ring`, `Baku — thanks`,
 * `Quito (back door)`). Only a postcode with its town or a region is taken from it, and the address ends there.
 */
function sentenceGoesOn(segment: string): string | null {
  const cut = /[?!](?=\s|$)|\.(?=\s+\p{Lu})|\s[—–-]\s|\s\(/u.exec(segment);
  return cut && cut.index > 0 ? segment.slice(0, cut.index).replace(/\s+$/, '') : null;
}

/** `range` (a street line) stretched over the address segments that follow it. */
export function continueAddress(text: string, range: Range): Range {
  const aside = crossStreetEnd(text, range.end);
  let end = aside;
  let at = aside;
  const spaced = CASELESS_LINE.test(text.slice(range.start, range.end));
  let named = false;
  let towns = 0;
  for (let taken = 0; taken < 4; taken++) {
    const dash = DASH.exec(text.slice(at, at + 4));
    const sep = SEPARATOR.exec(text.slice(at, at + 8)) ?? (spaced && text[at] === ' ' && text[at + 1] !== ' ' ? [' '] : null) ?? dash;
    if (!sep) break;
    const from = at + sep[0].length;
    const window = text.slice(from, from + MAX_SEGMENT + 1);
    // in a caseless script a space may separate the parts; elsewhere a segment runs to the next comma or line
    const caseless = sep[0] === ' ';
    const stop = caseless ? window.search(/[\s,،、，;]/) : window.search(SEGMENT_END);
    const segment = stop === -1 ? window : window.slice(0, stop);
    let kind = caseless ? (isPostcode(segment) ? 'postal' : CASELESS_WORD.test(segment) ? 'caseless' : null) : kindOf(segment);
    if (kind === null && !caseless) {
      // the sentence goes on after the town (`… 101 Reykjavík? Jeg er hjemme`, `… Tallinn — come visit`)
      const head = sentenceGoesOn(segment);
      kind = head === null ? null : kindOf(head);
      if (kind !== 'postal' && kind !== 'place') break;
      at = from + head!.length;
      end = at;
      break;
    }
    if (kind === null) break;
    // round 21: after a dash only a postcode with its town (`Rua Gonçalves Maia 163 – Boa Vista 50070-060 Recife`)
    if (sep === dash && kind !== 'postal') break;
    // round 20: a town's name is kept pending too (`…, 75020, 20e Arrondissement, Paris, Île-de-France`): it joins
    // when a postcode, district or region follows, or the line ends after it; right after the street only two towns
    // that end the line (`18 Glasgow Street, Kelburn, Wellington`: suburb and city, no postcode)
    if (kind === 'town' && !named && ++towns > 2) break;
    at = from + segment.replace(/[\s.!?]+$/, '').length;
    named ||= kind === 'postal' || kind === 'district';
    // caseless words are kept pending: they join the address only when a postcode or a unit follows them
    if (kind !== 'caseless' && kind !== 'town') end = at;
    else if (kind === 'town' && closesLine(text, at)) end = at;
  }
  end = inTownEnd(text, end);
  return end === range.end ? range : { start: range.start, end };
}

/** A dash between spaces: the sentence's dash, or the separator some write before the neighbourhood and postcode. */
const DASH = /^ [–—-] /;

/**
 * Round 21: the cross streets an address names beside its own (libpostal's cross_streets dictionaries: `esquina`,
 * `esq.`, `entre`, `angolo`, `Ecke`, `corner of`, `hoek van`, `на углу`; the one- and two-letter words, `y`, `e`, `i`,
 * `&`, and English `between` are left out, they join any two phrases; the name after it is capitalised or a date's
 * number, `15 de Agosto`), and Paraguay's `c/` (con, casi: written from memory), or a bracket
 * holding another name of the street (`4 Sam Nujoma Avenue (Kaiser Wilhelm St)`). Where they end, or `end`.
 */
const CROSS_WORDS =
  'esquina(?: de| con)?|esq\\.?(?: de| con)?|en la esquina de|entre|e/|c/|casi|angolo(?: di| con)?|all\'angolo (?:tra|di|con)|à l\'angle de|' +
  'l\'angle de|ecke|an der ecke von|corner of|cnr\\.? of|at the corner of|hoek van|op de hoek van|tussen|na rogu|pomiędzy|' +
  'на углу|угол|между|на розі|між|na uglu|između|köşesi|köşesinde|arasında|cantonada(?: de)?|hjørnet af|hörnet av|mellan|mellom|zwischen';
const CROSS_STREET = new RegExp(
  `^(?: (?:${CROSS_WORDS}) ?(?:\\p{Lu}|\\d{1,4} (?:de |del )?\\p{Lu})[\\p{L}\\p{M}\\d'’.-]*(?: (?:\\p{Lu}|\\d)[\\p{L}\\p{M}\\d'’.-]*| (?:de|del|la|las|los|di|da|do|des|du|von|y|e|and|&)){0,6}` +
    `| \\((?:${CROSS_WORDS})? ?\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: [\\p{L}\\p{M}\\d'’.-]+){0,5}\\))(?=[ \\t]*(?:$|[\\n,;|"<]))`,
  'iu',
);
function crossStreetEnd(text: string, end: number): number {
  const m = CROSS_STREET.exec(text.slice(end, end + 90));
  if (m) return end + m[0].length;
  // and a unit or zone on the street's line with no comma before it (`AVENIDA PETAPA 37 Z. 12`, `Calle 8 piso 3`;
  // `Z.` is Guatemala City's zona, from memory)
  const unit = /^ (\p{L}{1,12}\.? ?\d{1,4}[A-Za-z]?)(?=[ \t]*(?:$|[\n,;|"<]))/u.exec(text.slice(end, end + 24));
  if (unit && (isUnitSegment(unit[1]!) || DISTRICT.test(unit[1]!) || /^(?:z|zona)\.? ?\d/i.test(unit[1]!))) return end + unit[0].length;
  return end;
}

/**
 * Whether the address's line ends at `at`: the text or line ends, a markup tag or closing quote follows, or the
 * last part left is a country's name or code (`…, Île-de-France, FRA`, `…, Paris, France`).
 */
function closesLine(text: string, at: number): boolean {
  const rest = text.slice(at, at + 40);
  if (/^[ \t]*(?:$|\r?\n|<\/|["'”»)\]}])/u.test(rest)) return true;
  const last = /^[,،][ \t]*([^,\n<"]{2,30}?)[ \t.]*(?:$|\r?\n|<\/|["'”»)\]}])/u.exec(rest);
  return last !== null && (/^\p{Lu}{2,3}$/u.test(last[1]!) || countryNames().countryNames.has(normaliseName(last[1]!)));
}

/**
 * Prose names the town after the street with a locative word, not a comma (round 12): `Lindenstraße 12 in 10969
 * Berlin`, `8 rue des Lilas à Lyon`, `via Garibaldi 23 a Torino`, `Długiej 7 w Gdańsku`, `Ленина 5 в Казани`. The
 * postcode and up to three capitalised town words after such a word join the address; a month or weekday of ~50
 * languages, a pronoun or a product name there (`… 12 in May`, `… 23 a Settembre`) is the sentence going on.
 */
const IN_TOWN = new RegExp(
  `^ (?:in|im|at|à|a|au|en|em|no|na|w|we|v|ve|в|во|i|u|di|ở|te|sa)[ \\u00a0]` +
    `(?:(?:[A-Z]{1,3}-)?\\d{4,6} )?(\\p{Lu}[\\p{L}\\p{M}'’-]{1,25}(?:(?: (?:de|del|do|da|am|an|sur|upon))? \\p{Lu}[\\p{L}\\p{M}'’-]{1,25}){0,2})(?=$|[\\s.,;:!?)])`,
  'u',
);
/** Words after a locative that start the sentence going on, not a town: pronouns, articles, product names. */
const NOT_TOWN = /^(?:The|This|That|My|Our|Your|His|Her|Their|It|I|We|You|English|Python|Java|JavaScript|Excel|Chrome|Windows|Linux|Google|GitHub)(?: |$)/;

/** Languages whose month and weekday names the runtime's CLDR data gives (Intl.DateTimeFormat, browsers and Node). */
const CALENDAR_LOCALES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'af', 'da', 'sv', 'nb', 'nn', 'is', 'fi', 'et', 'lv', 'lt', 'pl', 'cs', 'sk',
  'sl', 'hr', 'bs', 'sr', 'sr-Latn', 'mk', 'bg', 'ru', 'uk', 'be', 'ro', 'hu', 'sq', 'el', 'tr', 'az', 'kk', 'uz', 'ka',
  'hy', 'ca', 'gl', 'eu', 'ga', 'cy', 'mt', 'id', 'ms', 'tl', 'sw', 'vi', 'ha', 'yo', 'zu',
];
let calendarWords: { long: Set<string>; short: Set<string> } | null = null;
/**
 * Month and weekday names in the languages above (`in May`, `a Settembre`, `em Março`, `im Oktober`), built on first
 * use, not at load: background.js loads this module at every service-worker start (~30 ms in Node for 54 languages).
 * A short name (`Mar`, `La` — Finnish for Saturday) stops the address only standing alone: `in Mar del Plata` and
 * `in La Paz` are towns.
 */
function calendarWord(words: string[]): boolean {
  if (!calendarWords) {
    calendarWords = { long: new Set(), short: new Set() };
    for (const locale of CALENDAR_LOCALES) {
      for (const width of ['long', 'short'] as const) {
        const into = calendarWords[width];
        const month = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
        const weekday = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
        for (let i = 0; i < 12; i++) {
          for (const p of month.formatToParts(new Date(Date.UTC(2024, i, 15)))) if (p.type === 'month') into.add(calendarKey(p.value));
          if (i < 7) for (const p of weekday.formatToParts(new Date(Date.UTC(2024, 0, 1 + i)))) if (p.type === 'weekday') into.add(calendarKey(p.value));
        }
      }
    }
  }
  const first = calendarKey(words[0]!);
  return calendarWords.long.has(first) || (words.length === 1 && calendarWords.short.has(first));
}
const calendarKey = (word: string) => word.toLocaleLowerCase().replace(/\.$/, '');

function inTownEnd(text: string, end: number): number {
  const m = IN_TOWN.exec(text.slice(end, end + 80));
  if (!m || NOT_TOWN.test(m[1]!) || calendarWord(m[1]!.split(' '))) return end;
  return end + m[0].length;
}

/** `range` (a street line) stretched back over a postcode-and-town segment written before it (`1052 Budapest, …`), and
 *  (round 21) over the building and floor parts before that (`Town Hall House Level 2, 456 Kent Street`). */
export function precedeAddress(text: string, range: Range): Range {
  let result = precedeTown(text, range);
  for (let parts = 0; parts < 2; parts++) {
    const lead = buildingLead(text, result.start);
    if (lead === null) break;
    result = { start: lead, end: result.end };
  }
  return result;
}

function precedeTown(text: string, range: Range): Range {
  const before = /(?:[,،、，;][ \t]{0,2}|[ \t]{0,2}\n[ \t]{0,4})$/u.exec(text.slice(Math.max(0, range.start - 8), range.start));
  if (!before) return range;
  const segEnd = range.start - before[0].length;
  const window = text.slice(Math.max(0, segEnd - MAX_SEGMENT), segEnd);
  const segment = window.slice(Math.max(window.lastIndexOf('\n'), window.search(/[,،、，;][^,،、，;]*$/)) + 1);
  // the postcode opens the part taken: `1052 Budapest`, not `Lever het pakket op 1052 Budapest`
  const words = [...segment.matchAll(/\S+/g)];
  for (let i = Math.max(0, words.length - 4); i < words.length - 1; i++) {
    const tail = segment.slice(words[i]!.index);
    if (isPostcode(words[i]![0]) && kindOf(tail) === 'postal') return { start: segEnd - tail.length, end: range.end };
  }
  // round 20: a town named by its settlement word (`город Турку, Ratapihankatu, 32`, as geocoders localised into
  // Russian print a Finnish street), the region's capitalised name before it too when it fills its own segment
  const town = SETTLEMENT.exec(segment);
  if (!town) return range;
  const start = segEnd - town[0].length;
  const lead = text.slice(Math.max(0, start - 50), start);
  const region = /(?:^|[,،>"'\n])[ \t]{0,2}(\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+){0,2})[,،][ \t]{0,2}$/u.exec(lead);
  if (!region || (region.index === 0 && start > 50)) return { start, end: range.end };
  return { start: start - lead.length + region.index + region[0].indexOf(region[1]!), end: range.end };
}

/** A settlement word and a capitalised name filling their segment (`город Турку`, `г. Минск`, `місто Львів`); from memory. */
const SETTLEMENT = /(?<=^|[\s>"'(])(?:город|гор\.|г\.|місто|м\.|град|горад|қала|шаҳри|shahri|miasto|město|mesto|grad) ?\p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+)?$/u;
