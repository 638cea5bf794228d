// One segment of a postal address block and what it is: text is cut into segments at line breaks and commas, and
// each segment is classified (street line with the number before or after the name, street name whose number is
// the next segment, house number, PO box, postcode + town, town + postcode, bare postcode, town). address-blocks.ts
// assembles the classified segments into addresses. Every regex runs on one segment of at most a few hundred
// characters, so the scan is linear in the text.
import { ENGLISH_STREET_TYPES, FUSED_STREET_ENDINGS, MONTH_DAY, NAME_PARTICLES, PO_BOX, STREET_TYPES, UNIT_WORDS } from './address-words';
import {
  ENGLISH_ONLY_STREET_TYPE_WORDS,
  HOUSE_NUMBER_WORDS,
  LEVEL_TYPE_WORDS,
  NO_NUMBER_FORMS,
  STREET_TYPE_ABBREVIATIONS,
  UNIT_TYPE_WORDS,
} from './address-street-types-data';

const WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}'’‘.\\-]{0,30}|\\p{Lu}\\.";
const PARTICLE = `(?:${NAME_PARTICLES})`;
const NAME = `(?:[lLdD]['’‘])?(?:${WORD})(?:(?: ${PARTICLE})* (?:${WORD})|(?: ${PARTICLE})*-(?:${WORD})|(?: ${PARTICLE})* ?(?:[lLdD]['’‘])(?:${WORD})){0,6}`;
/**
 * Case-insensitive letters without the `i` flag: under `iu`, `\\p{Lu}` matches lower-case letters too, and the
 * capitalised-name patterns would swallow the sentence before a street.
 */
function anyCase(source: string): string {
  return source.replace(/(?<!\\)(\p{Ll})/gu, (c) => (c.toUpperCase() !== c ? `[${c}${c.toUpperCase()}]` : c));
}

/**
 * A lower-case word before or after the name (rue, via, calle, ul., пл., dambis). The patterns take any such word,
 * which is cheap; `streetStart` keeps it only when it is a street type. (An alternation of the 400 type words
 * inside the patterns cost ~50 µs per segment.)
 */
const LOWER = "(?:\\p{Ll}[\\p{Ll}\\p{M}]{0,13}\\.?|c/)";
const TYPE_SET = new Set(
  STREET_TYPES.flatMap((t) => {
    const plain = t.replace(/\\\./g, '.');
    return plain.endsWith('.?') ? [plain.slice(0, -2), plain.slice(0, -1)] : [plain];
  }),
);
/** Round 21: libpostal's abbreviations of three letters or more, only as written with their dot (`boul.`, `küç.`,
 *  `bdul.`, `prosp.`): the dot marks an abbreviation, where the bare word may be one of prose (`and`, `ext`). */
const DOTTED_TYPES = new Set(STREET_TYPE_ABBREVIATIONS.filter((a) => /^\p{L}{3,}$/u.test(a)).map((a) => `${a}.`));
const UNITS = anyCase(UNIT_WORDS);
/**
 * Round 21: "no number" in the ways libpostal's no_number dictionaries write it (`s/n`, `S/N`, `s.n.`, `s/nº`, `f.n.`,
 * `б/н`, `sin número`, `sans numéro`, `bez broja`, `senza numero`), any case; only forms with a slash or a dot, or of
 * whole words (never `sn` or `s n`, which are initials), and not the English `no fixed address` (no street at all).
 */
const noNumber = (keep: (form: string) => boolean) => {
  const forms = NO_NUMBER_FORMS.filter((f) => keep(f) && (/[./]/.test(f) ? /\p{L}/u.test(f) && !/^n\/f|f\/a$/.test(f) : /\p{L}{4}/u.test(f) && !/fixed/.test(f)));
  // the first letters as a lookahead, so the alternation is tried only where one of them stands (it runs inside the
  // street patterns, at every position of a segment)
  const firsts = [...new Set(forms.flatMap((f) => [f[0]!.toLowerCase(), f[0]!.toUpperCase()]))].join('');
  const alternation = forms
    .sort((a, b) => b.length - a.length)
    .map((f) => anyCase(f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).replace(/\\\.$/, '\\.?'))
    .join('|');
  return `(?=[${firsts}])(?:${alternation})(?![\\p{L}\\d])`;
};
const NO_NUMBER = noNumber(() => true);
/** As a segment of its own only the slashed and worded forms: `Lyon, s.n., 1999` cites a book (sine nomine). */
const NO_NUMBER_ALONE = noNumber((f) => !/^[^/ ]*\.[^/ ]*$/.test(f));
// a phone number's groups (`519-555-1234`, `03-1234-5678`) are never a house number (round 12: `Ring mig på 519-555-1234`;
// round 21: nor a local number's three and four digits, `Ring mig på 622-8520`, as Belize, the US and Scandinavia write them)
// round 20: `bb` (bez broja, "no number", as Bosnia, Serbia, Croatia and Montenegro write it) stands for the number as `s/n` does
const HOUSE = `(?!\\d{2,4}-\\d{3,4}-\\d{4}(?!\\d)|\\d{3}-\\d{4}(?![\\d/-]))\\d{1,5}(?: ?[A-Za-z](?![\\p{L}])(?: \\d{1,4}(?![\\d.]))?)?(?:[/-]\\d{1,5}[A-Za-z]?){0,2}(?: (?:bis|ter|${NO_NUMBER}))?|${NO_NUMBER}|bb\\.?(?![\\p{L}])`;
const UNIT = `(?:,? (?:${UNITS})\\.? ?[#№]?\\d{1,5}[A-Za-z]?(?:\\.? ?(?:${UNITS})?\\.? ?\\d{0,5})?){0,2}(?: \\d{1,3}\\.? ?(?:${UNITS}|[a-zæøå]{1,3}))?`;

/** Street at the end of a segment: number after the name, or before it. */
// an opening quote may stand before it, an elision (d', l') not; round 21: or a prefix of another script glued to the
// number, with or without its hyphen (Hebrew `ל-35 Rue du …`, `ב־12`, Arabic `بـ12`, Chinese `寄到35 Rue …`): those
// scripts attach prepositions to the word after them
const EDGE = "(?:(?<![\\p{L}\\p{M}\\d.-])(?<![\\p{L}\\p{M}\\d.-]['’])|(?<=[\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}][-־ـ]?)(?=\\d))";
const STREET_LAST = new RegExp(`${EDGE}(?:${LOWER} )?(?:${PARTICLE} ){0,2}(?:${NAME})(?: ${LOWER}){0,2},? (?:${HOUSE})${UNIT}\\.?$`, 'u');
const STREET_FIRST = new RegExp(`${EDGE}(?:${HOUSE}),? (?:${LOWER} )?(?:${PARTICLE} ){0,2}(?:${NAME})${UNIT}\\.?$`, 'u');
/** A street name with no number, whose number is the next segment (Calle Mayor, 5; пл. Советская, 310). */
const STREET_NAME = new RegExp(`${EDGE}(?:${LOWER} (?:${PARTICLE} ){0,2}(?:${NAME})|(?:${NAME}) ${LOWER})\\.?$`, 'u');
const HOUSE_ONLY = new RegExp(`^(?:${HOUSE.replace(`|${NO_NUMBER}|`, `|${NO_NUMBER_ALONE}|`)})${UNIT}(?: [\\p{L}.]{1,12} ?\\d{1,4}){0,2}(?: - \\p{Lu}[\\p{L}\\p{M} ]{1,30})?$`, 'u');
/** A capitalised name alone (Extramuros Gonzalo Casarez Carrillo), a street name only when a number follows. */
const NAME_ONLY = new RegExp(`${EDGE}(?:${NAME})$`, 'u');
const PO_BOX_LINE = new RegExp(`(?<![\\p{L}\\d])(?:${PO_BOX})\\.? ?(?:no\\.? ?)?\\d{1,6}(?: \\d{2,3}){0,2}$`, 'iu');

const POSTCODE =
  '\\d{5}(?:-\\d{3,4})?|\\d{4}(?: ?[A-Z]{2}(?![\\p{L}]))?|\\d{3} \\d{2}|\\d{2} \\d{3}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{6}|\\d{3}-\\d{4}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}|[A-Z]{2}-?\\d{4}';
const TOWN = `(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]{1,30}|\\p{Lu}{2,30})(?:(?: ${PARTICLE})* (?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,30}|\\p{Ll}[\\p{L}\\p{M}\\-]{1,20}(?= \\())|-\\p{L}[\\p{L}\\p{M}]{0,30}){0,5}`;
const STATE = '(?:\\(?\\p{Lu}{2,3}\\)?|\\(\\p{Lu}[\\p{L}\\p{M}. -]{1,30}\\)|\\p{Lu}\\p{L}{1,20}(?: \\p{Lu}\\p{L}{1,20})?)';
/** Postcode then town at the start of a segment: 75001 Paris, CH-8001 Zürich, 1012 AB Amsterdam, 00-950 Warszawa. */
// round 15: the postcode glued to its town by a hyphen (`1001-TIRANE`, `01012-GUATEMALA`, as iLib's and the UPU's
// formats for Albania and Guatemala write them; not after a year, `2024-FINAL`) and a district number after the town
// (`1000 MONROVIA 10`)
// round 20: a three-digit postcode (Iceland, the Faroes, Madagascar, Lesotho) only before a town filling the segment
// (one capitalised word of four letters or more, not a unit: `iPhone 15 Pro Max, 256 GB`, `Legion 7, 240 Hz`, and not
// a phrase read capitalised: `0 means ignore, 255 means match`);
// Argentina's CPA, a province letter and four digits, whole (`C1043AAZ`) or short before a town of two words or more
// (`C1064 Buenos Aires`; `X7980 Series` is a model)
const THREE_DIGITS = "\\d{3}(?= \\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]{2,}$)";
const CPA = '[A-Z]\\d{4}[A-Z]{3}(?![\\p{L}\\d])|[A-Z]\\d{4}(?= \\p{Lu}\\p{Ll}+ \\p{Lu})';
const POSTCODE_TOWN = new RegExp(
  `^(?:[A-Z]{1,2}-)?(?:${POSTCODE}|${THREE_DIGITS}|${CPA})(?:(?: [-–])? |(?<!^(?:19|20)\\d\\d)-(?=\\p{Lu}))(?:${TOWN})(?: \\((?:${TOWN}|\\p{Lu}{2})\\)| (?:CEDEX|[Cc]edex)(?: \\d{1,2})?| \\d{1,2}(?=$))?`,
  'u',
);
/** Town then postcode at the end of a segment: Springfield, IL 62701; Toronto ON M5V 2T6; Sydney NSW 2000. */
// round 20: or the sentence ending right after the postcode (`Charkhi Dadri 117110? Jeg er hjemme`)
const SENTENCE_END = '[?!](?=\\s|$)|\\.(?=\\s+\\p{Lu}\\p{Ll})';
const TOWN_POSTCODE = new RegExp(`(?:${TOWN})(?: (?:${STATE}))?,? (?:${POSTCODE})(?=$|\\s+[\\p{Ll}—–-]|${SENTENCE_END})`, 'u');
/** `IL 62701` (prose may follow), or a bare postcode filling its segment (RU/UA/HU last lines). */
const STATE_POSTCODE = new RegExp(`^(?:(?:${STATE}) (?:${POSTCODE})(?=$|\\s+[\\p{Ll}—–-])|(?:${POSTCODE})(?=$|\\s+[—–]))`, 'u');
/** A bare postcode before lower-case prose (`Stellenbosch, 2506 between 9 and 5`): only after a town segment. */
const BARE_POSTCODE_PROSE = new RegExp(`^(?:${POSTCODE})(?=\\s+\\p{Ll})`, 'u');
const ENGLISH_TYPE = new RegExp(`^(?:${ENGLISH_STREET_TYPES.join('|')})\\.?$`, 'i');
const TOWN_ONLY = new RegExp(`^(?:${TOWN})(?: - \\p{Lu}{2}| \\((?:${TOWN}|\\p{Lu}{2,3})\\))?$`, 'u');

const FUSED = new RegExp(`\\p{L}{2}-?(?:${FUSED_STREET_ENDINGS.join('|')})$`, 'iu');
/** Type words written as a word of their own after the name that never end ordinary phrases: `Berliner Straße 111`,
 *  `Eduard Sueß Gasse 9`, `Sars gate 2A` (lower-case Nordic `gate`/`vei`; capitalised `Gate` is English). */
const SEPARATE_TYPE = /^(?:stra(?:ße|sse)|str\.|gasse|allee|platz|chaussee|ufer|damm|gata|gatan|vägen|vej|gade|veien|vegen|katu|utca|iela|sokak|sokağı|caddesi|straat|laan|steeg|gracht|kade|plein|dreef)$|^(?:gate|gaten|vei|väg)$/;
const isTypeWord = (w: string) => {
  const lower = w.toLowerCase();
  return TYPE_SET.has(lower) || (lower.endsWith('.') && DOTTED_TYPES.has(lower));
};
const PARTICLE_SET = new Set(NAME_PARTICLES.split('|'));
const UNIT_SET = new RegExp(`^(?:${UNIT_WORDS})$`, 'i');

export interface Segment {
  start: number;
  end: number;
  /** Line break (not just a comma) before this segment. */
  newline: boolean;
  /** A blank line or the start of the text before it: no block spans it. */
  cut: boolean;
  /** Street line: where it starts in the segment (a street sits at the end of a longer sentence), and how sure. */
  street?: { from: number; strong: boolean };
  /** Street name with no number (its number is the next segment), or a capitalised name that may be one. */
  /** `typed`: an English or other weak street type ends it (`Riara Ridge Road`), enough after a house number word. */
  streetName?: { from: number; strong: boolean; typed?: boolean };
  house?: boolean;
  /** A house number ending a longer segment (`… au 7`, then `, avenue Jean Jaurès`): where it starts. */
  houseTail?: number;
  /** The house number is named by a number word (`House No. 14`): the street after it needs no type word of its own. */
  houseWord?: boolean;
  poBox?: number;
  /** Postcode line: the range of the postcode and its town. */
  postal?: { from: number; to: number; afterTownOnly?: boolean };
  town?: boolean;
}

const MAX_SEGMENT = 200;
/** Round 18: an ordinal before a floor word, as each language writes it (`5.º`, `3º`, `2.`, `3e`, `1er`, `4th`, `III.`). */
const ORDINAL = '(?:\\d{1,3}(?:\\.?[ºª°]|st|nd|rd|th|e|er|re|ème|eme|\\.)?|[IVX]{1,4}\\.)';
const PART_WORD = "\\p{L}[\\p{L}\\p{M}'’º°-]{0,24}(?:\\.[\\p{L}º°]{1,3})?\\.?";
/** Round 18: one floor, flat, office, staircase or entrance part: an ordinal and a floor word (`5.º andar`, `3e étage`),
 *  or a word and its number or letter (`bureau 2200`, `scala A`, `int. 5`, `Bât. B`, `piso 9`); the words are looked
 *  up in libpostal's lists (address-street-types-data.ts), not matched as one alternation of 400 words per segment. */
const UNIT_PART = new RegExp(
  `^(?:${ORDINAL} ?(${PART_WORD})|(${PART_WORD}) ?(?:n\\.?[º°]\\.? ?)?#?(?:\\d{1,5}[\\p{L}-]{0,2}|\\p{Lu}{1,2}\\d{0,3}|[IVX]{1,4})\\.?)(?:,? |$)`,
  'u',
);
const LEVEL_SET = new Set(LEVEL_TYPE_WORDS);
const UNIT_SET_R18 = new Set([...LEVEL_TYPE_WORDS, ...UNIT_TYPE_WORDS, 'bât', 'bat']);
const bareWord = (w: string) => w.toLowerCase();
const knownWord = (set: Set<string>, w: string) => set.has(bareWord(w)) || set.has(bareWord(w).replace(/\.$/, ''));
/** A segment that is only a floor, suite or flat: `6th Floor`, `Suite 500`, `Apt 3A`, `1 trappa upp`, `Bajo`. */
const UNIT_SEGMENT = /^(?:\d{1,3}(?:st|nd|rd|th|º|ª|\.)? ?(?:floor|fl\.?|etage|étage|stock|piso|piano|trappa upp|tv\.?|th\.?|mf\.?)|(?:floor|fl|suite|ste|apt|apartment|unit|flat|room|rm|bldg|building|piso|planta|bajo|étage|etage|stock|lgh\.?|whg\.?)\.? ?#?[\w-]{0,6})$/i;

/** Whether a segment is only a floor, suite or flat part; round 18: or up to two parts of libpostal's level and unit
 *  words (`scala A int. 5`, `5.º andar`, `bureau 2200`). */
export function isUnitSegment(segment: string): boolean {
  const value = segment.trim();
  if (UNIT_SEGMENT.test(value)) return true;
  if (value.length > 40) return false;
  let rest = value;
  for (let parts = 0; parts < 2 && rest !== ''; parts++) {
    const m = UNIT_PART.exec(rest);
    if (!m) return false;
    if (m[1] !== undefined ? !knownWord(LEVEL_SET, m[1]) : !knownWord(UNIT_SET_R18, m[2]!)) return false;
    rest = rest.slice(m[0].length);
  }
  return rest === '';
}
/** Round 18: a house number named by its number word (libpostal's number words: `n.º 29`, `núm. 5`, `numéro 12`). */
const HOUSE_NUMBER_SET = new Set(HOUSE_NUMBER_WORDS);
const NUMBER_WORD_HOUSE = /^(\p{L}[\p{L}.º°]{0,7}?)\.? ?\d{1,5}[A-Za-z]?$/u;
const numberWordHouse = (value: string) => {
  const m = NUMBER_WORD_HOUSE.exec(value);
  return m !== null && knownWord(HOUSE_NUMBER_SET, m[1]!);
};
const HOUSE_TAIL = /(?<=\s)\d{1,5}(?: ?(?:bis|ter|[a-zA-Z]))?$/;
const HOUSE_WORD = /(?<![\p{L}\p{Nd}])(?:house|building|bldg\.?|plot|h\.) ?(?:no\.?|number|#|№) ?\d{1,5}[A-Za-z]?$/iu;
/**
 * Round 18: a plot, lot or block standing for the house number where land is numbered, not the houses: Nigerian and
 * Fijian `Plot 1120`, `Lot 12`, Indian `Plot No. 12`, Philippine `Blk 5 Lot 3`, Latin American `Manzana 4 Lote 12`,
 * `Mz. B Lt. 7` (libpostal's unit words `lote`/`lt`, `lot`, `blk`; `manzana`/`mz`, the block of the Spanish-speaking
 * Americas, it lacks). The whole segment (or what follows a quote or a label's colon), so a street typed after it is
 * the address's street.
 */
const PLOT =
  /(?<=^\s{0,3}|["'“:(]\s{0,2})(?:plot|lot|lote|lt\.?|blk\.?|block|bloque|manzana|mz\.?|mza\.?|mzna\.?)(?: ?(?:no\.?|n[º°]|#))? ?(?:\d{1,5}[A-Za-z]?|[A-Z]{1,2}\d{0,2})(?: (?:lot|lote|lt\.?|casa|solar) ?\d{1,4}[A-Za-z]?)?$/iu;
/**
 * The last ` 33000 Bordeaux` / ` 1012 AB Amsterdam` / ` 111 51 Stockholm` in a segment, after a word or a number
 * (round 19: Brazil's `04709-110 São Paulo`, as a geocoder query writes it after the house number).
 */
const POSTCODE_INSIDE = /(?<=[\p{L}\d.]) (?=(?:[A-Z]{1,2}-)?(?:\d{5}-\d{3}|\d{5}|\d{4}(?: [A-Z]{2})?|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}) \p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+){0,3}[.!?]?$)/u;
export const NUMBERED = new RegExp(`\\d|(?<![\\p{L}\\p{M}])${NO_NUMBER}|(?<!\\p{L})bb\\.?(?!\\p{L})`, 'u');
const CASED_UPPER = /\p{Lu}/u;
/** Cheap tests before the long patterns: a street has a number next to a capitalised word or a street type. */
const MAYBE_STREET = new RegExp(`\\p{Lu}[\\p{L}\\p{M}]|\\p{L}{2}[.,]? ?(?:\\d|${NO_NUMBER}|bb\\b)`, 'u');
const MAYBE_POSTCODE_FIRST = /^(?:[A-Z]{1,2}-)?\d{2}|^[A-Z]\d[A-Z]|^[A-Z]{1,2}\d/;
/** A postcode at the end of the segment or before lower-case prose (town + postcode lines). */
const MAYBE_POSTCODE_LAST = /(?:\d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d[A-Z]{2})(?:$|\s+[\p{Ll}—–-]|[?!](?:\s|$)|\.\s+\p{Lu}\p{Ll})/u;
const MAYBE_PO_BOX = /box|b\.? ?p|postf|case|c\.? ?p|postbus|casella|apartado|caixa|cx\.|skrytka|postboks|(?:^|\s)pl\s|locked|а\/я|абонент|pmb/i;
/** Copyright notices name years and holders (`Copyright 2015, 2016 Simon Lydell`), never addresses. */
const COPYRIGHT = /copyright|\(c\)|©/i;
const TRAILING = /[.!?]{1,2}$/;
/** The end of a JSON or code string holding the address (`"address": "…\nWisconsin"}`): not part of it. */
// round 20: or a closing markup tag and what follows it on the line (`…Pitkäkatu, 33</td><td>…`)
const CLOSING_QUOTE = /["'`][ \t]*[}\])]{0,2}[ \t]*[,;]?$|(?<=\S)<\/[a-zA-Z][\w-]{0,12}>.*$/;

/** Prefix street types (rue, via, calle, ul.) and fused endings (…straße, …gatan) name a street on their own; an
 *  English suffix type (… Way, … Place) ends ordinary phrases too, so it needs a postcode line. */
function isType(w: string): boolean {
  return isTypeWord(w) || isTypeWord(w.replace(/\.$/, '')) || TYPE_SET.has(`${w}.`.toLowerCase());
}

function strength(value: string): 'strong' | 'weak' | 'none' {
  const words = value.replace(/,/g, ' ').split(/\s+/).filter(notNumber);
  if (words.length === 0) return 'none';
  const nonType = words.filter((w) => !isType(w));
  const fused = words.some((w) => FUSED.test(w.replace(/\.$/, '.')));
  if (nonType.length === 0 && !fused) return 'none';
  if (fused || (isType(words[0]!) && !ENGLISH_TYPE.test(words[0]!))) return 'strong';
  const lastWord = words[words.length - 1]!;
  if (words.length >= 2 && (SEPARATE_TYPE.test(lastWord.toLowerCase()) && (/^\p{Lu}/u.test(lastWord) ? !/^(?:gate|gaten|vei|väg)$/i.test(lastWord) : true))) return 'strong';
  return isType(words[words.length - 1]!) ? 'weak' : 'none';
}

/**
 * Where a matched street really starts: a leading lower-case word stays only if it is a street type (rue, via,
 * ul.), otherwise it is prose (`lautet`) and is dropped. A lower-case word inside that is neither a name particle
 * nor a type (`Ahorn lautet 5`) means this is no street: null.
 */
const notNumber = (w: string) => w !== '' && !/^\d/.test(w);
const LOWER_WORD = /(?:^|[ ,])\p{Ll}/u;

function streetStart(match: string): number | null {
  if (!LOWER_WORD.test(match)) return 0; // no lower-case word at all: nothing to check
  const words = match.split(' ');
  let skip = 0;
  const first = words[0]!;
  if (/^\p{Ll}/u.test(first) && !/^\d/.test(first) && !isTypeWord(first) && !isTypeWord(first.replace(/\.$/, '')) && first !== 'c/') {
    skip = first.length + 1;
    words.shift();
  }
  // Latvian and Hungarian put a lower-case type last (Brīvības iela 1, Szabó útja 7): then inner words may be too
  const lastWord = words.filter((w) => !/^\d/.test(w)).pop() ?? '';
  if (isType(lastWord.replace(/,$/, ''))) return skip;
  for (const w of words.slice(1)) {
    const bare = w.replace(/[,.]$/, '').replace(/^[ldLD]['’‘]/, '');
    if (/^\p{Ll}/u.test(bare) && bare.length > 3 && !PARTICLE_SET.has(bare) && !isTypeWord(bare) && !isTypeWord(w) && !UNIT_SET.test(bare)) return null;
  }
  return skip;
}

export function classify(text: string, seg: Segment): void {
  const raw = text.slice(seg.start, seg.end);
  // sentence punctuation after the block, and a closing bracket that closes nothing inside the segment
  const unquoted = raw.replace(CLOSING_QUOTE, '');
  if (unquoted.length < raw.length) seg.end = seg.start + unquoted.trimEnd().length; // the quote is not the address's
  let value = unquoted.replace(TRAILING, '');
  if (/[)\]]$/.test(value) && (value.match(/[([]/g)?.length ?? 0) < (value.match(/[)\]]/g)?.length ?? 0)) value = value.slice(0, -1).replace(TRAILING, '');
  const end = seg.start + value.length;
  const tailStart = Math.max(seg.start, end - 120);
  const tail = text.slice(tailStart, end);
  const numbered = NUMBERED.test(value);
  if (numbered) {
    const postal = MAYBE_POSTCODE_FIRST.test(value) ? POSTCODE_TOWN.exec(value) : null;
    if (postal) seg.postal = { from: seg.start, to: seg.start + postal[0].length };
    const statePostcode = seg.postal ? null : STATE_POSTCODE.exec(value);
    if (statePostcode) seg.postal = { from: seg.start, to: seg.start + statePostcode[0].length };
    const bareProse = seg.postal ? null : BARE_POSTCODE_PROSE.exec(value);
    if (bareProse) seg.postal = { from: seg.start, to: seg.start + bareProse[0].length, afterTownOnly: true };
    if (!seg.postal && value.length <= 80 && MAYBE_POSTCODE_LAST.test(value)) {
      const reverse = TOWN_POSTCODE.exec(value);
      if (reverse && !/^\d/.test(reverse[0]) && (reverse.index === 0 || /\s$/.test(value.slice(0, reverse.index))))
        seg.postal = { from: seg.start + reverse.index, to: seg.start + reverse.index + reverse[0].length };
    }
    const box = MAYBE_PO_BOX.test(tail) ? PO_BOX_LINE.exec(tail) : null;
    if (box) seg.poBox = tailStart + box.index;
    // a block and flat standing for the house number (`Aleea Doctor Tanasescu Ion, Bloc 81`)
    if (value.length <= 24 && (HOUSE_ONLY.test(value) || /^(?:bloc|bl\.|blok|blk\.?)\s?\d{1,4}[A-Za-z]?$/i.test(value) || numberWordHouse(value.trim()))) seg.house = true;
    const houseTail = HOUSE_TAIL.exec(value);
    if (houseTail) seg.houseTail = seg.start + houseTail.index;
    // round 13: a house, building or plot named by its number word (`House No. 14`, `Building Number 44`, `Plot #7`)
    // is the house number of the street after it, not a street of its own
    const houseWord = HOUSE_WORD.exec(value) ?? PLOT.exec(value);
    if (houseWord) {
      seg.houseTail = seg.start + houseWord.index;
      seg.houseWord = true;
      return;
    }
    const street = MAYBE_STREET.test(tail) && !(MONTH_DAY.test(tail) && !tail.split(/[\s,]+/).some(isType)) && !COPYRIGHT.test(tail) ? (STREET_LAST.exec(tail) ?? STREET_FIRST.exec(tail)) : null;
    const kept = street && streetStart(street[0]);
    if (street && kept !== null && /\p{L}{2}/u.test(street[0].slice(kept)))
      seg.street = { from: tailStart + street.index + kept, strong: strength(street[0].slice(kept)) === 'strong' };
    return;
  }
  // a street name and a town are capitalised: a caseless segment (`台北市大安區`) skips the patterns, which are too
  // large for V8 to compile and run interpreted at every position
  if (!CASED_UPPER.test(value)) return;
  // round 18: a capitalised type word and a particle (`Rua das Flores`, `Calle de la Paz`) read from the type word,
  // not from the particle, which the lower-case pattern takes for a type (`das Flores`)
  const lowerName = STREET_NAME.exec(tail);
  const capitalName = lowerName && lowerName.index > 0 ? NAME_ONLY.exec(tail) : null;
  const typeFirst = capitalName !== null && capitalName.index < lowerName!.index && isType(capitalName[0].split(' ')[0]!);
  const name = typeFirst ? capitalName : (lowerName ?? NAME_ONLY.exec(tail));
  const kept = name && streetStart(name[0]);
  if (name && kept !== null) {
    const kind = strength(name[0].slice(kept));
    seg.streetName = { from: tailStart + name.index + kept, strong: kind === 'strong', typed: kind !== 'none' };
  }
  if (value.length <= 60 && (TOWN_ONLY.test(value) || TOWN_ONLY.test(raw))) seg.town = true;
}

/** Up to three capitalised town words and a four- or five-digit postcode ending a segment, after a space. */
const TOWN_POSTCODE_TAIL = / (?=\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){0,2} \d{4,5}$)/gu;
/**
 * Round 21: where a street line ends and its town and postcode begin in a segment with no comma between them, as
 * Australian and New Zealand forms and geocoder queries write them (`553 St. Kilda Road Melbourne 3004`): right after a
 * street-type word (any language's, capitalised or not), with a house number before it. Null when there is none.
 */
function townAfterStreet(piece: string): number | null {
  if (!/\d.*\p{L}{2}.* \p{Lu}/u.test(piece)) return null;
  for (const m of piece.matchAll(TOWN_POSTCODE_TAIL)) {
    const head = piece.slice(0, m.index);
    const last = head.slice(head.lastIndexOf(' ') + 1);
    const english = ENGLISH_ONLY.has(last.toLowerCase().replace(/\.$/, ''));
    if (/\d/.test(head) && isType(last) && (!english || ENGLISH_STRONG.test(last))) return m.index;
  }
  return null;
}
/** English types end ordinary phrases (`Main Branch Server 80443`, `3 Step Way Version 2024`): only the common street
 *  suffixes of US, British and Australian lines cut a town off. */
const ENGLISH_ONLY = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
const ENGLISH_STRONG = /^(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|terrace|tce|parade|pde|highway|hwy|crescent|cres|court|ct|close)\.?$/i;

/** Segments of one paragraph-ish region: split at line breaks, commas and full-width commas. */
export function* segments(text: string, from: number, to: number): Iterable<Segment> {
  let start = from;
  let newline = true;
  let cut = true;
  for (let i = from; i <= to; i++) {
    const ch = i < to ? text[i]! : '\n';
    if (ch !== '\n' && ch !== ',' && ch !== '，' && ch !== ';') continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s]!)) s++;
    // round 21: a quoted reply's or Markdown quote's markers at the line start (`> `, `>> `, `> > `) are no part of it
    if (newline) while (s < e && (text[s] === '>' || (text[s] === ' ' && s > start && text[s - 1] === '>'))) s++;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e - s > MAX_SEGMENT) s = e - MAX_SEGMENT;
    // `18 bis rue Victor Hugo 33000 Bordeaux`: a postcode and town after a street with no comma between
    const piece = e - s > 12 ? text.slice(s, e) : '';
    const inner = piece && /\d{2}[ -]?\d/.test(piece) ? POSTCODE_INSIDE.exec(piece) : null;
    // (also `23 28014 Madrid` after `C. de Ruiz de Alarcón,`: the house number, then the postcode line)
    // round 21: or a town and its postcode after a street's type word with no comma (`12 Collins Street Melbourne 3000`)
    const unquotedPiece = piece.replace(/["'”»`]+$/, '');
    const townAfter = inner ? null : /\d{4}$/.test(unquotedPiece) ? townAfterStreet(unquotedPiece) : null;
    if (inner && (/\p{L}/u.test(text.slice(s, s + inner.index)) || /^\d{1,5}[A-Za-z]?$/.test(text.slice(s, s + inner.index)))) {
      yield { start: s, end: s + inner.index, newline, cut };
      yield { start: s + inner.index + 1, end: e, newline: false, cut: false };
    } else if (townAfter !== null) {
      yield { start: s, end: s + townAfter, newline, cut };
      yield { start: s + townAfter + 1, end: e, newline: false, cut: false };
    } else if (e > s) yield { start: s, end: e, newline, cut };
    const blank = ch === '\n' && /^\s*\n/.test(text.slice(i + 1, i + 40)) && (text.slice(start, i).trim() !== '' || true);
    newline = ch === '\n';
    cut = blank;
    start = i + 1;
  }
}
