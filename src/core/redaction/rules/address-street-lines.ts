// A street line on its own — no town, postcode or region after it (`Šarhova ulica 77`, `Skredderplassen 20`,
// `Calea Victoriei 54`, `Liepų g. 37`, `26 Pine Hill Rise`, `٢ شارع الاستقلال`). Nothing else in the text anchors such a
// line, so it is recognised by what every street line is made of: a street-type word of any language in its place
// (before the name, after it, or glued to its end) and a house number beside it. The types are libpostal's
// dictionaries of 60 languages (address-street-types-data.ts, generated from pelias-parser), not a hand-written list.
// Precision comes from the shape, not the words: the name is capitalised (or of a caseless script), the number is a
// house number (not a decimal, time, quantity or version), and English types — which end ordinary phrases (`3 Step
// Way`, `Jurassic Park 3`) — count only in the number-first order English writes, after an address's place in the
// sentence (a label, a quote, a line start, or a preposition of place). Caseless scripts and Korean roads are read by
// address-street-caseless.ts, the words beside a number by address-street-words.ts.
import type { Range, RedactionRule } from '../types';
import { continueAddress, precedeAddress } from './address-continuation';
import { NAME_PARTICLES } from './address-words';
import {
  ENGLISH_ONLY_STREET_TYPE_WORDS,
  ENGLISH_STREET_TYPE_WORDS,
  GLUED_STREET_TYPES,
  SHORT_STREET_TYPE_ABBREVIATIONS,
  STREET_TYPE_ABBREVIATIONS,
  STREET_TYPE_WORDS,
} from './address-street-types-data';
import { CASELESS, caselessNumberFirstEnd, caselessStart, findKoreanRoads } from './address-street-caseless';
import { lower, wordsAfter, wordsBefore, type Word } from './address-street-words';

const TYPES = new Set(STREET_TYPE_WORDS);
const ENGLISH_ONLY = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
const ENGLISH = new Set(ENGLISH_STREET_TYPE_WORDS);
const SHORT = new Set(SHORT_STREET_TYPE_ABBREVIATIONS);
const GLUED = new Set(GLUED_STREET_TYPES);
const ABBREVIATIONS = new Set(STREET_TYPE_ABBREVIATIONS);
const PARTICLES = new Set(NAME_PARTICLES.split('|'));

/**
 * Glued endings that also end the names of towns, countries and ordinary words (`Hamburg 3`, `Deutschland 2`,
 * `Stockholm 1`, `Mannheim`): a settlement name followed by a number is not a street.
 */
const SETTLEMENT_ENDINGS = new Set([
  'land', 'lang', 'lange', 'dorf', 'burg', 'berg', 'borg', 'borgen', 'holm', 'holmen', 'stad', 'nes', 'sel', 'byen', 'dal', 'dalen', 'sund',
  'vik', 'vika', 'havn', 'haven', 'have', 'plan', 'lie', 'lia', 'get', 'tun', 'fell', 'holt', 'grund', 'strand', 'stranda', 'stranden', 'lund',
  'lunden', 'hals', 'kanal', 'universität', 'universitat', 'universitaet', 'gebouw', 'quelle', 'kreuz', 'bad', 'bach', 'wiese', 'siedlung', 'mark',
  'marka', 'marken', 'park', 'parken', 'gard', 'garda', 'garden', 'gaard', 'gård', 'gården', 'plain', 'flat', 'hof', 'bahnhof', 'forsthaus',
  'huset', 'voll', 'vollen', 'dijk', 'daal', 'ufer', 'kamp', 'sloot', 'vliet', 'haugen', 'åsen', 'øya', 'sjø', 'sjøen', 'skog', 'skogen', 'sti',
  'lundur', 'vellir', 'hagi', 'hage', 'hagen', 'hager', 'teigur', 'melur', 'muli', 'múli', 'dammen', 'bakke', 'bakken', 'berget', 'tangen',
  'siden', 'liden', 'penger', 'landa', 'lande', 'landet', 'hoj', 'høj', 'kær', 'kaer', 'holmen', 'stad', 'grosse', 'große', 'obere', 'untere',
]);

/** Prepositions of place and address labels' tails after which an English-order line is an address (`moved to 26 …`). */
const PLACE_WORDS = new Set([
  'at', 'to', 'on', 'in', 'into', 'from', 'a', 'à', 'al', 'an', 'nach', 'zu', 'zur', 'zum', 'na', 'w', 'we', 'do', 'v', 've', 'u', 'в', 'на',
  'до', 'по', 'på', 'i', 'til', 'till', 'tot', 'naar', 'aan', 'op', 'em', 'no', 'para', 'en', 'au', 'chez', 'je', 'is', 'es', 'ist', 'est',
  'é', 'è', 'ke', 'di', 'ở', 'tại', 'at:', 'address', 'adres', 'adresse', 'adresa', 'addr',
]);

const NUMBER = /^(\p{Nd}{1,5})(?:[A-Za-z](?![\p{L}\p{Nd}])|(?:[-/]\p{Nd}{1,4}[A-Za-z]?|-[IVX]{1,3}|-[A-Z])(?![\p{L}\p{Nd}]))?/u;
/** A unit or box after the house number, joined to it (`23/bus 1`, `32 box 20`, `15 - boite 01`, `27 C`). */
const NUMBER_TAIL = /^(?:\/(?:bus|box|bte) ?\d{1,4}| (?:- )?(?:bus|box|boîte|boite|bte) \d{1,4}| [A-Z](?![\p{L}\p{Nd}.'’-]))/u;
/** What may follow a house number: the line ending, a comma or a word — not a decimal, time, unit, ratio or range. */
const AFTER_NUMBER = /^(?:$|[\s,;)\]}"'”’»]|\.(?![\p{L}\p{Nd}]))/u;
/** Units and counted nouns after a number, in the languages of the street types (`7 лет`, `5 Minuten`, `20 años`). */
const LETTER_OR_DOT = /[\p{L}\p{M}.]/u;
/** The last letter of the word before the number is of a caseless script: only the caseless finder can use it. */
const CASELESS_END = new RegExp(CASELESS.source.replace('^', ''), 'u');
const QUANTITY_WORD = new RegExp(
  '^\\s(?:%|px|em|rem|ms|s|sec|min|h|hrs?|kg|g|km|m|cm|mm|mb|gb|kb|tb|x|times|pcs|items?|tests?|steps?|years?|days?|hours?|minutes?|' +
    'people|persons?|euros?|dollars?|jahre?n?|tage?n?|stunden?|minuten?|leute|personen|ans|jours|heures|personnes|años|días|horas|personas|' +
    'anni|giorni|ore|persone|anos|dias|pessoas|jaar|dagen|uur|mensen|år|dager|dage|timer|lat|dni|godzin|osób|let|dní|hodin|lidí|' +
    'лет|год|года|дней|дня|часов|часа|минут|человек|раз|км|кг|шт|руб|рублей|рокі?в|днів|годин|осіб)(?![\\p{L}])',
  'iu',
);



/**
 * A street type written as its own word (`ulica`, `Calea`, `g.`, `Tv.`), and whether only English lists it. An
 * abbreviation counts when dotted or capitalised (`Bdul`, `Av.`): in lower case it is a word too (`and`, `art`).
 */
function typeOf(word: string): 'type' | 'english' | 'short' | null {
  const w = lower(word);
  const dotted = w.endsWith('.');
  const bare = dotted ? w.slice(0, -1) : w;
  if (TYPES.has(w) || (dotted && TYPES.has(bare))) {
    if (ABBREVIATIONS.has(bare) && !dotted && !/^\p{Lu}/u.test(word)) return null;
    return ENGLISH_ONLY.has(bare) ? 'english' : 'type';
  }
  if (dotted && SHORT.has(bare)) return 'short';
  return null;
}

/** A capitalised name word with a type glued to its end (`Skredderplassen`, `Bermbeekstraat`, `Aletta Jacobs-erf`). */
function isGlued(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const w = lower(word);
  for (let cut = 3; cut <= w.length - 3; cut++) {
    const ending = w.slice(cut);
    if (GLUED.has(ending)) return !SETTLEMENT_ENDINGS.has(ending) && /\p{L}/u.test(w[cut - 1] ?? '');
  }
  return false;
}

function isName(word: string): boolean {
  return /^(?:\p{Lu}|[OD]['’]\p{Lu})/u.test(word) && !/\.\p{L}/u.test(word) && word.length <= 30;
}



/** Name words then a type before the number (`Šarhova ulica`, `Liepų g.`), or a glued type (`Gamle Drammensvei`). */
function suffixStart(words: Word[], text: string, numberEnd: number): number | null {
  const [last, ...rest] = words;
  if (!last) return null;
  const kind = typeOf(last.text);
  let names = 0;
  let start = last.start;
  if (kind === 'type' || kind === 'short') {
    // `Kidričeva Cesta 27`, but `Jurassic Park 3`: an English word capitalised after a name is a title's
    if (/^\p{Lu}/u.test(last.text) && ENGLISH.has(lower(last.text).replace(/\.$/, ''))) return null;
    for (const w of rest) {
      if (!isName(w.text) || w.text.length < 2 || typeOf(w.text) === 'english' || names === 3) break;
      names++;
      start = w.start;
    }
    if (names === 0) return null;
    // `We have 3 offices`: one capitalised word opening a sentence is no name unless the line is the address
    if (names === 1 && /^\p{Ll}/u.test(last.text) && sentenceStart(text, start)) {
      if (text.slice(start, last.start).trim().length < 4 || !/^\s*(?:$|[\n,;"'”)])/.test(text.slice(numberEnd, numberEnd + 3))) return null;
    }
    return start;
  }
  if (!isGlued(last.text)) return null;
  for (const w of rest) {
    if (!isName(w.text) || typeOf(w.text) !== null || names === 2) break;
    names++;
    start = w.start;
  }
  return start;
}

/** A type then name words before the number (`Calea Victoriei`, `Rue de la Senne`, `C. Staneta Žagarja`). */
function prefixStart(words: Word[]): number | null {
  let names = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const kind = typeOf(w.text);
    if (kind !== null && names > 0 && k > 0) {
      if (kind === 'english' || (kind === 'short' && /^\p{Ll}/u.test(w.text))) return null;
      // `Per RFC 7230`, `para ECMAScript 5`: an acronym or a camel-cased name under a type written otherwise is no street
      const upper = (t: string) => /^\p{Lu}[\p{Lu}\d.'’-]+$/u.test(t);
      if (words.slice(0, k).some((n) => /\p{Lu}{2}\p{Ll}/u.test(n.text) || (upper(n.text) && !upper(w.text)))) return null;
      // a one-letter abbreviation is an initial more often (`J. Smith 5`): it needs two name words after it
      if (kind === 'short' && lower(w.text).length === 2 && names < 2) return null;
      return w.start;
    }
    if (isName(w.text) && kind === null) names++;
    else if (!(PARTICLES.has(lower(w.text)) && names > 0)) return null;
  }
  return null;
}

/** Number-first lines: `12 rue des Lilas`, `٢ شارع الاستقلال`, or English order after an address's place. */
function numberFirstEnd(text: string, numberStart: number, numberEnd: number): number | null {
  if (text[numberEnd] !== ' ' || !LETTER_OR_DOT.test(text[numberEnd + 1] ?? '')) return null;
  if (CASELESS.test(text[numberEnd + 1]!)) return caselessNumberFirstEnd(text, numberEnd);
  const place = placeBefore(text, numberStart);
  if (place === null) return null;
  const words = wordsAfter(text, numberEnd, 5);
  let names = 0;
  let end: number | null = null;
  for (const w of words) {
    const bare = w.text.replace(/[.]$/, '');
    const kind = typeOf(bare);
    if (kind !== null && names > 0 && isName(w.text)) {
      end = w.start + bare.length + (w.text.endsWith('.') && kind !== 'type' ? 1 : 0);
      continue;
    }
    if (!isName(w.text)) break;
    if (end !== null) return null; // the type is not the last word (`2 Broad Street Capital`)
    names++;
  }
  // at the start of a line, the line is the address or a sentence (`10 Easy Steps is …`): it must end there
  if (end !== null && place === 'start' && !/^\s*(?:$|[\n,;"'”)])/.test(text.slice(end, end + 3))) return null;
  return end;
}

function sentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?…]\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** The number stands where an address stands: after a label, a quote, a line start, or a preposition of place. */
function placeBefore(text: string, at: number): 'start' | 'label' | null {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === 0 || text[i - 1] === '\n') return 'start';
  if (/[:=("'“‘«>,]/.test(text[i - 1]!)) return 'label';
  const word = /[\p{L}]{1,8}$/u.exec(text.slice(Math.max(0, i - 10), i))?.[0];
  return word !== undefined && PLACE_WORDS.has(lower(word)) ? 'label' : null;
}

function* findStreetLines(text: string): Iterable<Range> {
  const numbers = /(?<![\p{L}\p{N}\p{M}_.,:/#$€£+@-])\p{Nd}{1,5}/gu;
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = numbers.exec(text)) !== null) {
    const at = m.index;
    const number = NUMBER.exec(text.slice(at, at + 16));
    if (!number || /^0/.test(number[1]!) && number[1]!.length > 1 && !/[-/]/.test(number[0])) continue;
    let end = at + number[0].length;
    const tail = NUMBER_TAIL.exec(text.slice(end, end + 12));
    if (tail) end += tail[0].length;
    const rest = text.slice(end, end + 12);
    if (!AFTER_NUMBER.test(rest) || QUANTITY_WORD.test(rest)) continue;
    if (/^(?:19|20)\d\d$/.test(number[0]) || /^\d{1,2}[:.]\d/.test(text.slice(at, at + 5))) continue;
    // the name forms need a word right before the number: most numbers (lists, code, tables) have none
    const leftWord = (text[at - 1] === ' ' || text[at - 1] === '\t') && LETTER_OR_DOT.test(text[at - 2] ?? '');
    let start: number | null = null;
    if (leftWord && CASELESS_END.test(text[at - 2]!)) start = caselessStart(wordsBefore(text, at, 4));
    else if (leftWord) {
      const before = wordsBefore(text, at, 6);
      start = suffixStart(before, text, end) ?? prefixStart(before);
    }
    if (start !== null && start >= last && !/[\\/_@#$.]/.test(text[start - 1] ?? '')) {
      yield { start, end };
      last = end;
      continue;
    }
    const after = numberFirstEnd(text, at, at + number[0].length);
    if (after !== null && at >= last) {
      yield { start: at, end: after };
      last = after;
      numbers.lastIndex = after;
    }
  }
}


function* findAll(text: string): Iterable<Range> {
  for (const line of findStreetLines(text)) yield precedeAddress(text, continueAddress(text, line));
  yield* findKoreanRoads(text);
}

export const streetLineRule: RedactionRule = {
  id: 'street-line',
  kind: 'postal_address',
  level: 'strict',
  priority: 41,
  description:
    "A street line with no town or postcode: a street type of any of libpostal's 60 languages before the name, after it or glued to it (`Šarhova ulica 77`, `Calea Victoriei 54`, `Skredderplassen 20`, `٢ شارع الاستقلال`) and a house number; English-order lines (`26 Pine Hill Rise`) after an address's place",
  find: findAll,
};
