// Round 23: the forms a typed street line takes when people type it into a search box or a chat, which round 16's
// typed-street-line and round 12's lower-case rule did not read (geocoder-tester's queries, round 22's split):
// - the street and its house number, then the town, with no postcode (`via torino 44 piossasco`, `rembrandtplein 24
//   amsterdam`, `colditzer weg 18, holzwickede`): one number, so the two-number guard refused it; the town after the
//   number is what says address, so the span must end in the house number and the rest be one to three words of a
//   town (no number, no word of a count or time: `via email 2 days` is prose);
// - a name before an abbreviated type and its number (`dorstener str. 415`, `kirchheimer str. 13`), the German
//   street names that open with a preposition (`am opferstrauch 32`, `im wiesental 19b`, `an der alster 4`);
// - separators typed between the parts: a middle dot or bullet (`str. 128 • 76275 ettlingen`) and spaced dashes
//   around a postcode (`6 rue brulee - 57100 - thionville`), read as commas;
// - the house number first, then a type word of a language other than English and the name, then the town, with no
//   postcode (`2 rue du 10e niort`, `7 place du petit rochefort à claix isère`): four words or more, the value whole
//   or the rest of an introduced line;
// - with an introduction only (an address word, a route search, or a "send it to" phrase), a street written with no
//   type word at all (`dam 16 amsterdam`, `nes 67 amsterdam`, `łąkowa 2 koszalin`).

import { ENGLISH_ONLY_STREET_TYPE_WORDS, STREET_TYPE_WORDS } from './address-street-types-data';

/**
 * Words that follow a number in prose rather than a town: counts, times, units and money, in the languages of the
 * street-type dictionaries' largest users. Checked lower case.
 */
const NOT_TOWN = new Set([
  'days', 'day', 'times', 'hours', 'hour', 'minutes', 'mins', 'min', 'weeks', 'months', 'years', 'items', 'people', 'pm', 'am', 'km', 'kg',
  'tage', 'tagen', 'stunden', 'minuten', 'wochen', 'jahre', 'mal', 'uhr', 'stück', 'personen',
  'jours', 'heures', 'fois', 'semaines', 'ans', 'mois', 'personnes',
  'días', 'dias', 'horas', 'veces', 'semanas', 'años', 'anos', 'meses', 'personas', 'pessoas', 'vezes',
  'giorni', 'ore', 'volte', 'settimane', 'anni', 'mesi', 'persone',
  'dagen', 'uur', 'keer', 'weken', 'jaar', 'maanden', 'personen',
  'dni', 'godzin', 'razy', 'tygodni', 'lat', 'osób', 'dnů', 'hodin', 'krát',
  'euro', 'eur', 'usd', 'dollars', 'euros', 'percent', 'prozent',
  'today', 'tomorrow', 'tonight', 'later', 'upstairs', 'heute', 'morgen', 'demain', 'mañana', 'hoy', 'domani', 'oggi', 'jutro', 'dzisiaj',
  'zítra', 'huomenna', 'imorgon', 'vandaag',
]);

/** Words of an English sentence that no street or town name holds (`via` and `place` start English phrases too). */
const PROSE = new Set(['the', 'to', 'and', 'or', 'for', 'with', 'from', 'is', 'are', 'was', 'will', 'today', 'now', 'then', 'than', 'if', 'this', 'that', 'it', 'we', 'you', 'they', 'please']);

/** After the house number: one to three words of a town, optionally after a comma, and nothing else. */
const TOWN_TAIL = /^,?[ \t]+(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,2})$/u;

/** Whether `rest` (what follows a street line's house number in its value) is a town and nothing more. */
export function isTownTail(rest: string): boolean {
  const m = TOWN_TAIL.exec(rest);
  if (!m) return false;
  const words = m[1]!.split(/[ \t]+/);
  return words[0]!.length >= 3 && !words.some((w) => NOT_TOWN.has(w.toLowerCase()));
}

/** A span that ends in its house number (`… 44`, `… 29d`, `… 12/3`). */
export const ENDS_IN_HOUSE_NUMBER = /(?:^|[ \t])\p{Nd}{1,5}\p{L}?(?:\/\p{Nd}{1,4})?$/u;

/**
 * German street names opening with a preposition and article (`Am Markt`, `Im Wiesental`, `An der Alster`, `Auf dem
 * Berg`, `Zum Lindenhof`, `In der Au`, `Unter den Linden`, `Hinter der Kirche`), lower case: the opening's word count,
 * when a name word and then a number follow, or 0.
 */
const PREPOSITION_OPENING = /^(?:am|im|zum|zur|beim|(?:an|auf|in|unter|hinter|vor|über) (?:der|dem|den))[ \t]+\p{L}{3,}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}{3,}[\p{L}\p{M}'’-]*)?[ \t]+\p{Nd}/u;
export function opensWithPreposition(value: string): boolean {
  return PREPOSITION_OPENING.test(value.toLowerCase());
}

/** A name then an abbreviated type with its dot then the number (`dorstener str. 415`, `lange str. 3`). */
export function nameThenAbbreviatedType(words: readonly string[], isType: (w: string) => boolean): boolean {
  for (let i = 1; i <= 3 && i + 1 < words.length; i++) {
    if (!/^\p{L}{3}/u.test(words[i - 1]!)) return false;
    if (/^\p{L}{2,4}\.$/u.test(words[i]!) && isType(words[i]!) && /^\p{Nd}/u.test(words[i + 1]!)) return true;
  }
  return false;
}

const SEPARATOR = /[•·—–-]/u;
/**
 * Separators typed between an address's parts, written as commas in the copy the capital-reading rules see (the same
 * length, so spans map back): a middle dot or bullet, and a spaced dash beside a number (`brulee - 57100 - thionville`).
 */
export function separatorsAsCommas(value: string): string {
  // most lines hold none: one scan for the characters instead of two replacements
  if (!SEPARATOR.test(value)) return value;
  return value.replace(/[ \t][•·](?=[ \t])/gu, ', ').replace(/(?<=\p{Nd})[ \t][—–-](?=[ \t])|[ \t][—–-](?=[ \t]\p{Nd})/gu, ', ');
}

/**
 * With an introduction, a street with no type word: one to three lower-case name words, the house number, then the town
 * (`dam 16 amsterdam`, `olympisch stadion 44 amsterdam`, `łąkowa 2 koszalin`), the whole line or up to a comma, a
 * spaced dash or a closing punctuation mark. The length of that address, or 0.
 */
const UNTYPED_STREET = /^\p{Ll}[\p{Ll}\p{M}'’-]{1,}(?:[ \t]\p{Ll}[\p{Ll}\p{M}'’-]+){0,2}[ \t]\p{Nd}{1,4}\p{Ll}?,?(?:[ \t]\p{Ll}[\p{Ll}\p{M}'’-]+){1,3}(?=[ \t]*(?:$|[,.!?;]|[ \t][—–-][ \t]))/u;
export function untypedStreetLength(line: string): number {
  const m = UNTYPED_STREET.exec(line);
  if (!m) return 0;
  const number = /\p{Nd}+\p{Ll}?,?/u.exec(m[0])!;
  // a year is no house number (`hamburg 2024 expo hall`), and an English sentence's words are no street's (`the 2026 …`)
  if (/^(?:19|20)\d\d/.test(number[0]) || m[0].split(/[ \t,]+/).some((w) => PROSE.has(w))) return 0;
  return isTownTail(m[0].slice(number.index + number[0].replace(/,$/, '').length)) ? m[0].length : 0;
}

/** A town after a street line's house number, up to a closing mark (`, dzięki`, ` a.u.b.`, ` — thanks!`): its length. */
const TOWN_BEFORE_END = /^,?[ \t]+\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,2}(?=[ \t]*(?:$|[,.!?;]|[ \t][—–-][ \t]))/u;
export function townTailLength(rest: string): number {
  const m = TOWN_BEFORE_END.exec(rest);
  return m && isTownTail(m[0]) ? m[0].length : 0;
}

/** Types of other languages than English; those that are English words too only before a particle (`place du …`). */
const ENGLISH_ONLY = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
const LEADING_TYPES = new Set(STREET_TYPE_WORDS.filter((w) => !ENGLISH_ONLY.has(w) && w.length >= 2));
const PROSE_TYPES = new Set(['place', 'via', 'park', 'way', 'line', 'view', 'run', 'walk', 'row', 'close', 'green', 'point', 'square', 'court', 'cross', 'side', 'end', 'top', 'mall', 'loop', 'link', 'track', 'trail', 'path', 'rise', 'vale']);
/** The particles a French, Italian, Spanish, Portuguese, Dutch or German street name opens with (not English `of`, `the`). */
const PARTICLES = new Set(['du', 'de', 'des', 'del', 'della', 'delle', 'dei', 'degli', 'di', 'da', 'dal', 'do', 'dos', 'das', 'la', 'le', 'les', 'los', 'las', "l'", "d'", 'van', 'von', 'der', 'den', 'het', 'sur', 'aux']);
/** The house number, a leading type word, then three to seven words (ordinals only as numbers: `du 10e`, `1er mai`). */
const NUMBER_TYPE_LINE = /^\p{Nd}{1,4}\p{L}?,?[ \t]+(\p{L}{2,}\.?)((?:,?[ \t]+(?:\p{L}[\p{L}\p{M}'’-]*|\p{Nd}{1,2}(?:e|er|re|ème|º|ª|o|a)))(?:,?[ \t]+(?:\p{L}[\p{L}\p{M}'’-]*|\p{Nd}{1,2}(?:e|er|re|ème|º|ª|o|a))){2,6})(?=[ \t]*(?:$|[,.!?;]|[ \t][—–-][ \t]))/u;
export function numberTypeLineLength(line: string): number {
  const m = NUMBER_TYPE_LINE.exec(line);
  const type = m?.[1]!.toLowerCase().replace(/\.$/, '') ?? '';
  if (!m || !LEADING_TYPES.has(type)) return 0;
  const words = m[2]!.split(/[ \t,]+/).filter(Boolean);
  if (PROSE_TYPES.has(type) && !PARTICLES.has(words[0]!.toLowerCase())) return 0;
  // a name and a town after the type, three words at least (`2 via email today` is two); no prose word among them
  if (words.length < 3 || words.some((w) => NOT_TOWN.has(w.toLowerCase()) || PROSE.has(w.toLowerCase()))) return 0;
  return m[0].length;
}
