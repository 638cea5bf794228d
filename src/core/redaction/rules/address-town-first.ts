// Round 18: the town written before the street, as Hungary's post orders an address (Google's address data gives
// Hungary `C|A|Z`: town, street line, postcode) and as Czech, Slovak and Polish writers often do in a chat or a form
// (`Praha, V Šáreckém údolí 53/27`, `Kraków, Floriańska 15/3`): the town (a postcode may open it: `1075 Budapest`),
// a comma or a line break, the street and its house number, the floor and door Hungarian writes after the number
// (`47. III. em. 2.`), then a bare postcode (`, 1061`, a line `4781`). The block scanner reads streets that come before
// their town; here the town opens the address, so the street must say it is one by itself: a street type word of a
// language other than English (libpostal's dictionaries, address-street-types-data.ts), a Hungarian type glued to the
// name (`határút`, `körút`), or a Czech, Slovak or Polish house number with its orientation or flat number (`53/27`)
// in a line holding a letter of those alphabets (`Page 3/10` is no street). One bounded pattern per line: linear.
import { ENGLISH_ONLY_STREET_TYPE_WORDS, SHORT_STREET_TYPE_ABBREVIATIONS, STREET_TYPE_WORDS } from './address-street-types-data';
import type { RedactionRule } from '../types';
import { isAddressField } from './address-frames';
import { regexRule } from './regex-rule';

const ENGLISH_ONLY = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
// the one- and two-letter types count when a letter or dot English never writes marks them (`út`, `ul.`), not `u`, `st`
const TYPES = new Set([
  ...STREET_TYPE_WORDS.filter((w) => !ENGLISH_ONLY.has(w)),
  ...SHORT_STREET_TYPE_ABBREVIATIONS.filter((w) => /[^a-z]/.test(w)),
]);
/** Hungarian types libpostal lists only as words of their own, glued to the name here (`határút`, `Jókai tere`'s
 *  `tere` stays a word); and `lakótelep` (housing estate), which addresses of the estates name like a street and
 *  libpostal's Hungarian dictionary lacks. */
const HU_GLUED = /\p{L}{3}(?:út|utca|útja|tér|körút|sétány|rakpart|dűlő|lejtő|lépcső)$/u;
const HU_EXTRA = new Set(['lakótelep', 'ltp.', 'ltp']);
/** Letters of the Czech, Slovak, Polish and Hungarian alphabets that English never writes. */
const CE_LETTER = /[áäčďéěíĺľňóôőöŕřšťúůűüýžąćęłńśźż]/iu;

const TOWN_WORD = '\\p{Lu}[\\p{Ll}\\p{M}\'’-]{1,24}';
/** A town of up to three words, linked by the particles of Central European town names (`Ronov nad Doubravou`,
 *  `Nové Město na Moravě`, `Frankfurt am Main`), with a district number after it (`Praha 1`, `Budapest XIII.`). */
const TOWN = `${TOWN_WORD}(?:(?: (?:nad|pod|na|pri|při|u|am|an der|ob der))? ${TOWN_WORD}){0,2}(?: (?:[1-9]\\d?|[IVXL]{1,5}\\.))?`;
const POSTCODE = '\\d{4}|\\d{3} \\d{2}';
const STREET_WORD = '[\\p{L}\\p{M}][\\p{L}\\p{M}.\'’-]{0,29}';
const HOUSE = '\\d{1,4}[a-zA-Z]?(?:/\\d{1,4}[a-zA-Z]?)?\\.?';
/** Hungarian floor and door after the number (`III. em. 2.`, `fszt. 3`, `2. emelet 5. ajtó`): libpostal's Hungarian
 *  level and unit words (`emelet`/`em`, `földszint`/`fszt`), the door (`ajtó`) and the staircase (`lph.`). */
const HU_UNIT = '(?:[IVX]{1,4}\\.|\\d{1,2}\\.)? ?(?:em|emelet|fszt|földszint|ajtó|lph|lépcsőház)\\.?(?: ?\\d{1,3}\\.?)?';
const LINE_BREAK = '[ \\t]*\\r?\\n[ \\t]*';

const townFirstPattern = regexRule({
  id: 'town-first-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 41,
  description:
    'Round 18: town first, then the street and house number (Hungary, and Czech, Slovak and Polish writers): `1075 Budapest kazinczy utca, 14`, `Praha, V Šáreckém údolí 53/27`, `Szendehely\\nIrsa határút 432\\n4781`; the street named by a non-English type word or a Hungarian glued type, or numbered `53/27` beside a letter of those alphabets',
  pattern: new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}'’-])(?:(${POSTCODE}) )?(${TOWN})(, |${LINE_BREAK}| )((?:${STREET_WORD} ){0,3}${STREET_WORD})(,? )(${HOUSE})` +
      `((?:,? ${HU_UNIT}){0,3})(?:(?:, |${LINE_BREAK})(${POSTCODE})(?![\\p{N}]))?(?![\\p{L}\\p{N}/-])`,
    'gu',
  ),
  accept: (value, match) => {
    const [, before, , sep, street, , house, , after] = match;
    // a space alone parts the town from the street only after a postcode (`1075 Budapest kazinczy utca, 14`)
    if (sep === ' ' && before === undefined) return false;
    if (/^(?:19|20)\d\d$/.test(before ?? '') || /^(?:19|20)\d\d$/.test(after ?? '')) return false; // years, not postcodes
    const words = street!.split(' ');
    const typed = words.some((w) => TYPES.has(w.toLowerCase()) || HU_EXTRA.has(w.toLowerCase()) || HU_GLUED.test(w));
    const numbered = house!.includes('/') && CE_LETTER.test(value);
    if (!typed && !numbered) return false;
    // lower-case words are the street's own (`kazinczy utca`, `V Šáreckém údolí`), not a sentence: at most one that is
    // neither a type nor a one-letter preposition, unless the whole street is typed in lower case
    const loose = words.filter((w) => /^\p{Ll}{2}/u.test(w) && !TYPES.has(w.toLowerCase()) && !HU_EXTRA.has(w) && !HU_GLUED.test(w));
    return loose.length <= 1 || words.every((w) => /^\p{Ll}/u.test(w));
  },
});

/** A label glued before the town by a writer who left out its colon (`Postiosoite Nagykanizsa, …`) is no town word. */
export const townFirstAddress: RedactionRule = {
  ...townFirstPattern,
  *find(text) {
    for (const range of townFirstPattern.find(text)) {
      const label = /^(\p{L}+) (?=\p{Lu})/u.exec(text.slice(range.start, range.end));
      yield label && isAddressField(label[1]!) ? { start: range.start + label[0].length, end: range.end } : range;
    }
  },
};
