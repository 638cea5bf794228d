// Addresses the text introduces as addresses ("Lieferadresse:", "моя адреса", "ship to", "we moved to", a
// `"street":` field) and writes as an address formatter does: a street line and a locality line next to it, but no
// postcode the country rules know, or no house number, or no street type (`Szewska 6, Kraków`, `Prachatice, Dlouhá
// 93`, `Rue Mahatma Gandhi, Beirut`, `شارع الحربي, Sanʿaʾ`). Nothing in such a line is specific enough on its own
// (`Windows 10, Linux` has the same shape), so the model is the line structure after an address's introduction:
// segments (lines, or parts between commas) each of which is a street (numbered or typed), a place (capitalised or
// caseless-script words) or a number, holding a street and a place beside it. A recipient or venue line before the
// street is left out, a town written before the street (Czech `Praha, Nad Panenskou 164/4`) is kept when nothing
// follows the street, and a country's name closing the block is left out like the sentence after it.
import type { Range, RedactionRule } from '../types';
import { countryNames, normaliseName } from './address-country-names';
import { isPostcode } from './address-continuation';
import { blocksBeforeCountryLines } from './address-country-lines';
import { frameIntros, type Intro, isSignOff, quotePrefixEnd, VCARD_ADR } from './address-frames';
import { classify } from './address-postcode-segments';
import { isStreetWord } from './address-postcode-words';
import { NAME_PARTICLES } from './address-words';
import { isHeaderCellWord } from './address-table-cells';
import { allMatches } from './regex-scan';

/**
 * What introduces an address: the word for address in the languages of the street-type dictionaries, a delivery or
 * dwelling phrase (`ship to`, `Lieferung an`, `live at`, `moved to`, `va fatta a`), or a street field's name before
 * its `:` or `=` (a street type alone opens lists of street names too).
 */
export const INTRO = new RegExp(
  [
    'address(?:e|es)?\\d?', 'addr\\d?', 'adres(?:a|i|e|ă)?', 'adresse', 'anschrift', 'direcci[oó]n', 'endere[cç]o', 'indirizzo', 'osoite',
    'adressi', 'aadress', 'heimilisfang', 'cím', 'naslov', 'adresas', 'адрес[ау]?', 'адреса', 'адресу', 'العنوان', 'عنوان', 'כתובת', 'địa chỉ', 'alamat', '住所', '地址',
    '주소', '배송지', '送り先',
    // round 12: the word for address in more languages of Asia and Africa (not Thai, Lao, Khmer or Burmese: written
    // without commas, their polite words after an address read as more of it; address-thai.ts reads Thai and Lao)
    'آدرس', 'نشانی', 'پتہ', 'पता', 'ठेगाना', 'ঠিকানা', 'முகவரி', 'చిరునామా', 'ವಿಳಾಸ', 'સરનામું', 'ਪਤਾ', 'ලිපිනය', 'მისამართი',
    'Հասցե', 'አድራሻ', 'διεύθυνση', 'adresi', 'ünvan', 'manzil', 'мекенжай', 'хаяг', 'anwani', 'tirahan',
    // round 20: the word for address that Firefox's translators chose, `autofill-category-address` in each locale's
    // toolkit/toolkit/formautofill/formAutofill.ftl (github.com/mozilla-l10n/firefox-l10n): sv-SE, ca and oc, gl, eu,
    // cy, br, sq, be, sk, ml, eo, rm — the languages the list above lacked
    'adress', 'adreça', 'enderezo', 'helbidea', 'cyfeiriad', 'chomlec\'h', 'adresë', 'адрас', 'adresu', 'വിലാസം', 'adreso', 'adressa',
    '(?:street|straße|strasse|calle|rua|ulica)(?=["\']?[ \t]*[:=])',
    'ship(?:ping)?(?: it)? to', 'deliver(?:y|ed)?(?: it)? to', 'send (?:it |this |the \\p{L}+ )?to', 'mail (?:it )?to',
    'lieferung an', 'bitte an', 'schicken an', 'va fatta a', 'spedire a', 'enviar a', 'envío a', '(?:mande|envie|enviar|entregar) (?:para|em)', 'entrega(?: en| a)?',
    'live at', 'living at', 'moved to', 'located at', 'office is at', 'visit us at', 'find us at', 'wohne in', 'j\'habite',
  ].join('|').replace(/^/, '(?<![\\p{L}\\p{Nd}.])(?:') + ')(?![\\p{L}\\p{Nd}(])',
  'giu',
);

/**
 * The address word closing a compound label (`Lieferadresse:`, `Rechnungsanschrift:`, `Leveringsadres:`,
 * `Postadress:`): German, Dutch and Nordic glue the kind of address before it. Only lower case after lower case and
 * before a colon, so an identifier (`emailAddress = …`) is no introduction; round 13: up to four lower-case words
 * may stand before the colon (`Rechnungsanschrift bitte ändern auf:`), and the Finnish, Estonian and Icelandic
 * words, glued the same way (`Toimitusosoite:`, `Kohaletoimetamisaadress:`, `Afhendingarheimilisfang:`); not an
 * e-mail's, IP's or web address's (`sähköpostiosoite:`, `E-Mail-Adresse:`, `IP-osoite:`).
 */
const COMPOUND_WORD =
  '(?<=\\p{Ll}{3})(?<!(?:mail|e-?posti?|sähköposti|ip|web|nett?|netz|verkko|internet|url|mac|server|wallet)-?)(?:adresse|adress|adres|anschrift|address|osoite|aadress|heimilisfang)';
const COMPOUND_INTRO = new RegExp(`${COMPOUND_WORD}(?=(?:[ \\t]+\\p{Ll}{1,12}){0,4}[ \\t]*:)`, 'gu');
/** Round 15: the compound label with no colon, alone on its line or before the address (`Bezorgadres\n`, `Postiosoite Hämeenkatu 5`). */
const COMPOUND_BARE = new RegExp(`${COMPOUND_WORD}(?=[ \\t]*\\r?\\n|[ \\t]+[\\p{Lu}\\p{Nd}])`, 'gu');

/** Introductions that name no place (`send it to`, `mail to`): what follows may be a person, so places alone are not enough. */
const WEAK_INTRO = /^(?:send|mail)\b/i;

/** After the introduction: the rest of its label (`de entrega:`, ` mea:`, `_line1=`, `=`, `": "`), up to the first address word. */
// round 15: a YAML block scalar's `|` or `>` and a code fence's opening line (`shipping_address: |`, "```")
const LABEL_TAIL = /^(?:[ \t]*(?:\p{Ll}[\p{Ll}\p{M}]{0,11}(?![\p{L}\p{M}]|\.[ \t]?\p{Nd})|[_.][\p{L}\p{Nd}]{1,12}|[:=：\-–—"'“«>(|]+))*[ \t]*(?:\r?\n[ \t]*){0,3}(?:```[\w-]{0,12}[ \t]*\r?\n[ \t]*)?/u;

// round 15: a table cell's `|` ends its segments as a quote does
const SEGMENT_BREAK = /[\n,，、،፣;"“”«»|]/;
const PARTICLES = new Set(NAME_PARTICLES.split('|'));
const CASELESS_WORD = new RegExp(
  `^[${['Arabic', 'Hebrew', 'Thai', 'Lao', 'Myanmar', 'Georgian', 'Sinhala', 'Malayalam', 'Devanagari', 'Bengali', 'Ethiopic', 'Han', 'Hangul',
    'Tamil', 'Telugu', 'Kannada', 'Gujarati', 'Gurmukhi']
    .map((script) => `\\p{Script=${script}}`)
    .join('')}]`,
  'u',
);
const LOWER_AFTER_SPACE = / (?:\p{Ll}|[—–-])/u;
/** Where prose starts after the address in its segment (`… 676 schicken`, `… Baghdad bitte`, `… 93 in May`), or -1. */
function proseAt(value: string): number {
  // round 13: a bracketed note in lower case after the address (`Paramaribo (achterom)`, `185013 (ring twice)`)
  const note = value.search(/ \(\p{Ll}/u);
  if (note > 0) return note;
  if (!LOWER_AFTER_SPACE.test(value)) return -1;
  let at = 0;
  let numbered = false;
  let numberFirst = false;
  const words = value.split(' ');
  const lowerWord = (word: string) => /^(?:\p{Ll}[^.]*$|[—–-]$)/u.test(word);
  // words from `lowerTail` on are all lower-case
  let lowerTail = words.length;
  while (lowerTail > 0 && lowerWord(words[lowerTail - 1]!)) lowerTail--;
  for (const [i, word] of words.entries()) {
    // prose after the house number (`Palackého 311 in May`; a particle there is no name's), or lower-case words
    // to the end, particles too (`Baghdad bitte`, `New York and the parcel never came`); not a lower-case street
    // type the lists lack (`Niels Finsens gøta 9`), nor an abbreviation labelling the number after it (`n.º 87`)
    const prose = (numbered || i >= lowerTail || (numberFirst && !NAME_LINKS.test(word))) && !isStreetWord(word);
    if (at > 0 && lowerWord(word) && prose) return at - 1;
    // round 13: a house number opening the segment comes before the street's name and the linking words inside
    // it (`7 Estr. de Dom Maria II`, `45 Avenida de la Reforma`); any other lower-case word there is prose
    const nameNext = i === 0 && words.length > 1 && (/^\p{Lu}/u.test(words[1]!) || isStreetWord(words[1]!));
    if (nameNext && /\p{Nd}/u.test(word)) numberFirst = true;
    else numbered ||= /\p{Nd}/u.test(word);
    at += word.length + 1;
  }
  return -1;
}

/** The linking words inside Romance street names (`Estrada de Dom Maria II`, `Rua das Flores`). */
const NAME_LINKS = /^(?:de|del|della|delle|dei|degli|di|da|dal|do|dos|das|du|des|la|le|les|los|las|[ld]['’].*|y|e)$/;

type Part = 'street' | 'place' | 'number' | 'country';

/**
 * How much the introduction says: `label` — an address word or a dwelling or delivery phrase with at most one
 * word of its label before the value (`address1=`, `adresa mea:`, `my address is`, `I live at`), so a numbered
 * street alone is the address; `place` — the same with more words between (`addresses a performance issue in …`)
 * or a country line closing the block; `weak` — `send it to`, which a person's name may follow; `frame` (round 15) —
 * a recipient label, a quote, a table column (address-frames.ts): as `weak`, and the street must hold a street word
 * or be numbered with a place after it; `signature` — after a sign-off, a street word (under a name, `m. 0812-345-678`
 * is a mobile number and `Windows 10, Linux` a skills line).
 */
type Strength = 'label' | 'place' | 'weak' | 'frame' | 'signature';

/** A house number as a word of its own (`39A`, `213-1`, `53/27`, `5a`), not an ordinal (`10th`) or a part of a code. */
const HOUSE_NUMBER = /(?<![\p{L}\p{Nd}./])\p{Nd}{1,5}\p{L}?(?:[-/]\p{Nd}{1,4}\p{L}?)?(?![\p{L}\p{Nd}/])/u;

interface Segment {
  from: number;
  to: number;
  part: Part;
  numbered: boolean;
  /** a street word, typed or fused (`Queens Road`, `Rue 415`, `Nábřežní`… not `Windows 10`) */
  written: boolean;
}

function isPlaceWord(word: string): boolean {
  if (PARTICLES.has(word) || /^\p{Lu}/u.test(word) || CASELESS_WORD.test(word)) return true;
  return /^[\p{Lu}\p{Lt}]/u.test(word.replace(/^[ldLD]['’]/, ''));
}

/**
 * A segment typed in lower case throughout, holding a digit and a street word or a postcode, with each word's first
 * letter capitalised (one UTF-16 unit for one, so offsets hold); anything else unchanged, so lower-case prose stays prose.
 */
function typedLower(value: string): string {
  if (/\p{Lu}/u.test(value) || !/\p{Nd}/u.test(value) || !/\p{Ll}/u.test(value)) return value;
  // only with a street word, or a postcode among at most four words: `2506 between 9 and 5` is a sentence
  const words = value.split(/\s+/);
  const postcode = words.length <= 4 && words.some((w, i) => isPostcode(w) || (i + 1 < words.length && isPostcode(`${w} ${words[i + 1]}`)));
  if (!postcode && !words.some(isStreetWord)) return value;
  return value.replace(/(?<![\p{L}\p{M}'’])[a-zà-ÿ]/gu, (ch) => (ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch));
}

/** Each distinct segment is read once per text, however many introductions walk over it. */
let memo = new Map<string, Part | null>();
function partOf(value: string): Part | null {
  let part = memo.get(value);
  if (part === undefined) {
    if (memo.size > 5000) memo = new Map();
    part = readPart(value);
    memo.set(value, part);
  }
  return part;
}

function readPart(value: string): Part | null {
  if (value === '' || value.length > 60) return null;
  const words = value.split(/\s+/);
  if (words.length > 6) return null;
  // a route number standing for the street (`N2`, `RN2`, `A86`): national roads where houses have no numbers
  if (/^\p{Lu}{1,3}\d{1,3}$/u.test(value)) return 'street';
  // a country's name, before the street words it may hold (`Cape Verde`, `Costa Rica`)
  if (!/\p{Nd}/u.test(value) && countryNames().countryNames.has(normaliseName(value))) return 'country';
  // round 15: a sign-off (`Regards`, `Cordialement`) closes a message; the lines after it are no town of its
  if (isSignOff(value)) return null;
  const kind = classify(value);
  // a street with no number has a name beside its type (`Rue Mahatma Gandhi`; `Straße, Hausnummer` is a form's labels)
  if (kind === 'street') return /\p{Nd}/u.test(value) || (words.length > 1 && words.some(isStreetWord)) ? 'street' : null;
  if (kind === 'number') return /\p{L}/u.test(value) ? 'street' : 'number';
  // round 20: a postcode of its own between the street and the town (`Jerónimo Leiton, 170521, Quito`)
  if (/^\p{Nd}{4,6}$/u.test(value) && !/^(?:19|20)\d\d$/.test(value) && isPostcode(value)) return 'number';
  if (/\p{Nd}/u.test(value) || !words.every(isPlaceWord) || !words.some((w) => !PARTICLES.has(w))) return null;
  if (words.some(isStreetWord) && (words.length > 1 || CASELESS_WORD.test(value))) return 'street';
  return 'place';
}

/** The segments after `from`: at most 7, on at most 6 lines (or one), a blank line or prose ending them. */
function segmentsAfter(text: string, from: number, oneLine = false): Segment[] & { prose?: boolean } {
  const out: Segment[] & { prose?: boolean } = [];
  let start = from;
  let lines = 0;
  while (out.length < 7 && start < text.length) {
    const window = text.slice(start, start + 81);
    const rel = window.search(SEGMENT_BREAK);
    const end = start + (rel === -1 ? window.length : rel);
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from]!)) from++;
    from = quotePrefixEnd(text, from, to); // round 15: a reply's `> ` quote marks
    while (to > from && /[\s.!?'’]/.test(text[to - 1]!)) to--; // a closing quote of code (`'55 Queenway …'`) too
    // typed all in lower case with a number (`22 acacia avenue`, `leeds ls6 2ab`): read as if capitalised
    const value = typedLower(text.slice(from, to));
    const prose = proseAt(value);
    const cut = prose > 0;
    if (cut) to = from + prose;
    const part = partOf(value.slice(0, to - from));
    // a number that prose follows counts things (`Laugavegur 28b, 3 items in the box`)
    if (cut && part === 'number') break;
    if (part === null) {
      // the sentence goes on after a comma (`Nieuwe Binnenweg 17-19, Oude Westen, which is nice`)
      // one closing word (`…, Nablus, please`) ends the address rather than going on with it
      out.prose = out.length > 0 && /^\p{Ll}/u.test(text.slice(from, to)) && /\S\s+\S/.test(text.slice(from, end));
      break;
    }
    const numbered = HOUSE_NUMBER.test(text.slice(from, to));
    const written = part === 'street' && value.split(/\s+/).some(isStreetWord);
    out.push({ from, to, part, numbered, written });
    if (cut || end >= text.length || !SEGMENT_BREAK.test(text[end]!) || /["“”«»|]/.test(text[end]!)) break;
    if (text[end] === '\n' && (oneLine || ++lines > 5 || /^[ \t]*\r?\n/.test(text.slice(end + 1, end + 40)))) break;
    start = end + 1;
    // a comma closing its line (`ул. Ленина, д. 12,\n630099 Новосибирск`) and the line break are one break
    const lineEnd = /^[,，،፣][ \t]*\n/.test(text.slice(end, end + 12)) ? /^[ \t]*\n/.exec(text.slice(start, start + 11)) : null;
    if (lineEnd) {
      if (++lines > 5 || /^[ \t]*\r?\n/.test(text.slice(start + lineEnd[0].length, start + lineEnd[0].length + 40))) break;
      start += lineEnd[0].length;
    }
  }
  return out;
}

/**
 * Places only, no street the rules know (`Shara Muhammad Soukny, Tripoli`; `Capital Hotel\nArasafi\nTripoli\nLibya`):
 * after an introduction that names a place, two or more place segments before the country or the end are the
 * address; of three or more the first is the recipient or venue and is left out.
 */
function placesIn(segs: Segment[] & { prose?: boolean }): Range | null {
  let last = 0;
  while (last < segs.length && (segs[last]!.part === 'place' || segs[last]!.part === 'number')) last++;
  if (last < 2 || segs.prose || (last < segs.length && segs[last]!.part !== 'country')) return null;
  if (segs.slice(0, last).every((s) => s.part === 'number')) return null;
  // round 20: not when a postcode follows it (`Jerónimo Leiton, 170521, Quito`: a street with no number, Ecuador's way)
  const first = last >= 3 && !(segs[1]!.part === 'number' && segs[0]!.part === 'place') ? 1 : 0;
  return { start: segs[first]!.from, end: segs[last - 1]!.to };
}

/** The address among the segments: from its street to its last place or number, or null. */
function addressIn(segs: Segment[] & { prose?: boolean }, strong: Strength): Range | null {
  // seven street- and place-like segments in a row are a list (`Ulica A,Ulica B,Úprkova,…`), not an address
  if (segs.length >= 7) return null;
  const street = segs.findIndex((s) => s.part === 'street');
  if (street === -1) return strong === 'label' || strong === 'place' ? placesIn(segs) : null;
  // a numbered street with no type only with a place after it (`Szewska 6, Kraków`; `Teléfono 555 1234` under a name
  // is not one), and in a signature only a typed street (`Windows 10, Linux` there is a skills line)
  if (strong === 'signature' && !segs[street]!.written) return null;
  if (strong === 'frame' && !segs[street]!.written && !(segs[street]!.numbered && segs[street + 1]?.part === 'place')) return null;
  let last = street;
  // places before a sentence that goes on are its words, not the address's (`…, Oude Westen, which is nice`)
  if (!segs.prose) while (last + 1 < segs.length && segs[last + 1]!.part !== 'country') last++;
  let first = street;
  // the town written before the street, with nothing after it (`Praha, Nad Panenskou 164/4`)
  if (last === street && street >= 1 && segs[street - 1]!.part === 'place' && (street === 1 || segs[street - 2]!.part !== 'place')) first--;
  const parts = segs.slice(first, last + 1);
  // a street and a place or number beside it, or two streets (`Rua Rainha Ginga n.º 87, 3.º Dto`); a numbered
  // street alone right after its label (`address1=Epleskogen 39A`, `adresa mea: Singel 213-1`) when nothing follows
  const alone = strong === 'label' && parts.length === 1 && segs.length === 1 && !segs.prose && parts[0]!.numbered;
  if (parts.length < 2 && !alone && !(parts.length === 1 && segs[last + 1]?.part === 'country')) return null;
  return { start: segs[first]!.from, end: segs[last]!.to };
}

function* findIntroducedAddresses(text: string): Iterable<Range> {
  memo = new Map();
  // a block closed by a country line is introduced by its own shape: it starts where the intro would end
  // round 16: the address word naming a table's column introduces the column's cells (frameIntros), not the next row
  const words = [...allMatches(text, INTRO), ...allMatches(text, COMPOUND_INTRO)].filter(
    (m) => !isHeaderCellWord(text, m.index, m.index + m[0].length),
  );
  const intros: Intro[] = [
    ...words.map((m) => ({ index: m.index, intro: m[0] })),
    ...blocksBeforeCountryLines(text).map((index) => ({ index, intro: '' })),
    ...allMatches(text, VCARD_ADR).map((m) => ({ index: m.index, intro: m[0] })),
    // round 15: frames with no word for address (address-frames.ts); a street must be among what follows them
    ...allMatches(text, COMPOUND_BARE).map((m) => ({ index: m.index, intro: m[0], frame: true })),
    ...frameIntros(text, words),
  ];
  intros.sort((a, b) => a.index - b.index);
  let floor = 0;
  for (const m of intros) {
    const afterIntro = m.index + m.intro.length;
    if (afterIntro < floor) continue;
    const tail = m.starts ? null : LABEL_TAIL.exec(text.slice(afterIntro, afterIntro + 60));
    const start = afterIntro + (tail ? tail[0].length : 0);
    // `send the documents to:` names a place when a label's colon or a line break ends it
    const label = tail?.[0] ?? '';
    const strength: Strength = m.signature ? 'signature' : m.frame ? 'frame'
      : m.intro === '' || WEAK_INTRO.test(m.intro) ? (m.intro === '' || /[:：\n]/.test(label) ? 'place' : 'weak')
      : (label.match(/\p{L}+/gu) ?? []).length <= 1 && /^\p{L}|^\p{Nd}/u.test(text.slice(start, start + 1)) ? 'label' : 'place';
    for (const from of m.starts ?? [start]) {
      // a table cell not in quotes ends at its line
      const found = addressIn(segmentsAfter(text, from, m.cell === true && !/["']/.test(text[from - 1] ?? '')), strength);
      if (found) {
        yield found;
        floor = found.end;
        break;
      }
    }
  }
}

export const introducedAddressRule: RedactionRule = {
  id: 'introduced-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 41,
  description:
    'An address the text introduces (address words of many languages, `ship to`, `Lieferung an`, `moved to`, a street field) written as street and locality segments with no known postcode, house number or type (`Szewska 6, Kraków`, `Praha, Nad Panenskou 164/4`, `Rue Mahatma Gandhi, Beirut`)',
  find: findIntroducedAddresses,
};
