// The postcode lines address-postcode-blocks.ts anchors on: the world's postcode shapes (UPU) in any script's digits,
// the letter-led postcodes of Google's address data and of small countries and territories (round 13), the words
// written before a postcode (`C.P.`, `PIN`, `индекс`, 〒), and a postcode segment with its town before or after it.
// Kept apart from the walk over the segments next to a postcode, which is the other file's idea.
import { ADDRESS_COUNTRIES } from './address-countries-data';

const D = '\\p{Nd}';
/** Postcode shapes of the world (UPU): ZIP, PLZ, CEP 5-3, PIN, 4-digit, PT 4-3, NL, SE/CZ, PL, JP/KR, CA, UK, Eircode, AR CPA. */
const SHAPES = [
  `${D}{5}(?:-${D}{3,4})?`,
  `${D}{6}`,
  `${D}{4}(?:-${D}{3}| ?[A-Z]{2}(?![\\p{L}]))?`,
  `${D}{3} ${D}{2}`,
  `${D}{2}-${D}{3}`,
  `${D}{3}-${D}{3,4}`,
  `[A-Z]${D}[A-Z] ?${D}[A-Z]${D}`,
  `[A-Z]{1,2}${D}[A-Z${D}]? ${D}[A-Z]{2}`,
  `(?:[AC-FHKNPRTV-Y]${D}{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}`,
  `[A-Z]${D}{4}[A-Z]{3}`,
  ...lettered(),
].join('|');

/**
 * Round 13: postcodes that open with letters, from Google's address data rather than typed: every pattern the data
 * gives that starts with capitals (`KY\d-\d{4}`, `FIQQ 1ZZ`, `(?:ASCN|STHL) 1ZZ`, `VG\d{4}`, `AD[1-7]0\d`), and the
 * way small countries and territories write theirs, the country's two-letter code (or a three-letter code starting
 * with it) glued or dashed to the digits (`KN0107`, `AZ1014`, `BB3910`, `MSR1350`, `AI-2640`) — a form newer than
 * some of the data's patterns.
 */
function lettered(): string[] {
  const codes = Object.keys(ADDRESS_COUNTRIES).join('|');
  const fromData = Object.values(ADDRESS_COUNTRIES)
    .map(([pattern]) => pattern)
    // letters first and not optional; no capturing group; not the UK's list of areas (the UK shape above has it)
    .filter((p) => /^(?:[A-Z]{2}|\(\?:[A-Z]{2}[^)]*\)(?!\?))/.test(p) && !/\((?!\?)/.test(p) && p.length <= 40);
  return [...fromData, `(?:${codes})[A-Z]?(?:${D}{4,5}|${D}-${D}{4})`];
}
const PREFIX = '(?:[A-Z]{1,3}-|〒 ?|(?:C\\.? ?P\\.?|CEP|PIN(?: ?[Cc]ode)?|Pin(?: ?[Cc]ode)?|[Ii]ndex|[Ии]ндекс|T\\.?K\\.?|Τ\\.?Κ\\.?|邮编|郵遞區號|우편번호)[:.]? ?)';
export const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{Nd}-])${PREFIX}?(?:${SHAPES})(?![\\p{Nd}A-Za-z]|-\\p{Nd})`, 'gu');

/** A word that is not lower case: capitalised, upper case, or of a caseless script (Han, Hangul, Devanagari…). */
const TOWN_WORD = "(?!\\p{Ll})\\p{L}[\\p{L}\\p{M}'’.\\-]{0,30}";
const LOWER_WORD = "\\p{Ll}[\\p{L}\\p{M}'’.\\-]{0,20}";
const TOWN = `${TOWN_WORD}(?: (?:${TOWN_WORD}|${LOWER_WORD}(?= ${TOWN_WORD}))){0,4}`;
/** What may follow a postcode segment on its line: nothing, sentence punctuation, or lower-case prose. */
const AFTER = '(?=[ \\t]*(?:[.!?)\\]]{0,2}[ \\t]*$|[\\s(—–-]|\\s+\\p{Ll}))';
export const POSTCODE_FIRST = new RegExp(`^${PREFIX}?(?:${SHAPES})(?:[ \\u3000]?(?=[^\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\s\\p{Nd}\\p{P}])[\\p{L}\\p{M}]{1,20}| (?:[-–] )?(?:${TOWN})(?: \\((?:${TOWN})\\)| (?:CEDEX|[Cc]edex)(?: ${D}{1,2})?)?)?${AFTER}`, 'u');
export const POSTCODE_LAST = new RegExp(`^(?:${TOWN}),?(?: [-–])? (?:\\(?[A-Z]{2,3}\\)? )?${PREFIX}?(?:${SHAPES})${AFTER}`, 'u');
