// Phone numbers, validated by libphonenumber's metadata (libphonenumber-js, `max` metadata: number patterns per
// type for every country), so "valid" means a real numbering plan says so, not a hand-written digit count.
// Candidates are found by our own linear pattern (libphonenumber-js's findNumbers is ~4 s/MB and knows one default
// region), then parsed: `+`/`00` numbers on their own, national numbers against the most common regions first and
// against every country's plan when the text is written like a phone number (separators in phone-like groups, a
// trunk 0, parentheses or a phone word nearby). Dates, times, versions, IPs and identifiers are turned away first.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Range, RedactionRule } from '../types';
import { foldWidthAndDigits } from './fold-text';
import { ALL_REGIONS, IDD_REGIONS, PREFERRED, regionHints } from './phone-regions';
import { identifierBefore } from './phone-identifiers';
import { phoneColumnCells } from './phone-columns';
import { withoutTrunk, withTrunkKept } from './phone-trunk-forms';
import { before } from './regex-rule';

// Phone-shaped: optional +, ++ (typed for the IDD prefix), `(+49)` or 00, then up to 7 digit groups joined by one or
// two separators, a trunk `(0)` also right after the country code (`+46(0)41412345`). Bounded and anchored by a
// lookbehind, so no start position scans more than ~80 characters. A comma before the number rules it out
// (`1,234,567`, lists) unless the number opens with +, a trunk 0 and an area code or a parenthesis (`contact_number,0993212345,verified`,
// `…,(22) 99956-7894,…` in CSV); a comma after it rules it out only before a thousands group or decimals, so a list
// of numbers (`021-68812753,021-68808888`) is read number by number. An extension glued on (`269-541-4584x068`) ends
// the number. Round 21: a Hebrew or Arabic preposition glued to the number by a hyphen or maqaf (`ל-050-234-5834`,
// `ב־03-1234567`) leaves it a number: those scripts write prepositions as prefixes.
const CANDIDATE =
  /(?:(?<![\w+.,/\\-])|(?<=[\u0590-\u05FF\u0600-\u06FF][-\u05BE])|(?<=(?<![\d.]),)(?=[+(0])|(?<=\d,)(?=[+(]|0\d{1,4}[ -]\d))(?:\(\+\d{1,4}\) ?|\+{1,2})?(?:\(0\) ?)?\(?\d{1,15}\)?(?:\(0\) ?\d{1,12})?(?:(?:[ \u00A0.\-/]{1,2}|\)[ ]?)(?:\(0\) ?)?\(?\d{1,12}\)?){0,7}(?!(?!x\d)\w|[./-]\d|,\d{1,3}(?![\d-]))/g;

function validFromAbroad(digits: string): boolean {
  for (const [idd, region] of IDD_REGIONS) {
    if (!idd.test(digits)) continue;
    const parsed = parsePhoneNumberFromString(digits, region);
    if (parsed?.isValid()) return true;
  }
  return false;
}

/** A counting run written compact (`0123456789`, `9876543210`: a digit alphabet in code); grouped, it is dialled. */
function placeholderNumber(digits: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const step = (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10;
    up &&= step === 1;
    down &&= step === 9;
  }
  return up || down;
}

// Short English words count only at a word's start: `string`, `context`, `hotel`, `recall` are no phone words.
const PHONE_WORDS =
  /(?:phone|(?<![a-z])(?:tel|cell|call|ring|text)|mobile|mobil|fax|sms|whatsapp|signal|contact|reach|number|appel|ruf|anruf|llam|chiam|ligue|ligar|bel |zadzwo|num(?:ber|ero|éro)|n[uú]mero|nummer|telefon|tél|handy|cellulare|celular|móvil|movil|portable|hotline|helpdesk|help desk|gsm|puhelin|tlf|telp|điện thoại|sđt|đt|τηλ|κινητ|телефон|тел\.|моб|звон|хотлайн|هاتف|جوال|موبايل|اتصل|تلفن|تماس|טלפון|נייד|फ़ोन|फोन|मोबाइल|दूरभाष|โทร|電話|携帯|手机|手機|电话|联系|전화|연락|휴대폰|핸드폰|☎|📞|📱|i\u0307?letişim|ulaş|contato|contacto|kontakt|msisdn|nomor|numer|номер|číslo|broj|नंबर|संपर्क|問い合わせ|連絡|ll[aá]m|me liga|(?<![a-z])(?:(?:ph|mob)[.:]|simu(?![a-z]))|tawag|hubungi|gọi|liên hệ|ফোন|தொலைபேசி|දුරකථන|ទូរស័ព្ទ|ໂທ|ဖုန်း|утас|ტელ|հեռ|ስልክ|فون|شماره)/i;
/** Words that label the number right before it as a phone (`Tel.: 22123`): enough for the short plans of small countries. */
// Round 14 (second pass): the mobile and phone labels of more languages (`Puh.`, `Móvil`, `Celular`, `SĐT`,
// `携帯`, `手機`, `휴대폰`, `נייד`, `تلفن`), which also let a compact `+CC` number be taken when only possible
// Round 15: the abbreviations and call verbs of more languages (`Ph:`, `Mob:`, Swahili `Simu:`, `Llámame al`,
// `Ligue para`, `me liga`, `Gọi`; not Turkish `Cep:`, Brazil's postcode word) and the phone words of more scripts
// (Bengali, Khmer, Burmese, Mongolian, Amharic)
const PHONE_LABEL =
  /(?:phone|tel|mobile|fax|call(?: us| me)?(?: at| on)?|hotline|helpdesk|whatsapp|telefon[eo]?|(?:telefon|ruf)nummer|teléfono|tél|handy|gsm|puh(?:elin)?|m[oó]vil|celular|cellulare|mobil|tlf|telp|điện thoại|sđt|κινητό|τηλ|телефон|тел|моб|هاتف|جوال|موبايل|تلفن|טלפון|נייד|携帯|手機|휴대폰|핸드폰|📱|फ़ोन|फोन|โทร|電話番号|電話|电话|手机|전화|☎|📞|(?<![a-z])(?:ph|mob|simu)|ll[aá]m[ae](?:me)?(?: al)?|ligue(?: para)?|appel(?:ez|le)(?:-moi)?(?: au| le)?|gọi(?: cho)?(?: số)?|ফোন|ទូរស័ព្ទ|ဖုန်း|утас|ტელ|ስልክ|فون|شماره)[.:：\s]{0,4}$/i;

const NOT_PHONE_WORDS =
  /(?:^|[^a-z])(?:order|invoice|ref|reference|ticket|tracking|case|account|acct|isbn|issn|serial|sku|part|id|po|nr\.|no\.|#|version|ver|v|build|release|iban|bic|swift|card|kunden|rechnung|bestell|factura|pedido|commande|facture|ssn|zip|postcode|plz|cp|cap|population|total|amount|price|count)(?:[\s:#.=-]{1,3}(?:number|no\.?|nr\.?|num|nummer|numéro|número|is|was|ist|es|est)){0,3}[\s:#.=-]{0,3}$/;

/** Years a date in chat text has: 1000–2999 (a leading 0 or 8 is a trunk prefix, `0810`, `8800`). */
const YEAR_LIKE = /^[12]\d{3}$/;

function looksLikeDateTimeOrVersion(written: string, nearWord: boolean): boolean {
  const value = written.replace(/^\((.*)\)$/, '$1');
  if (/^(?:19|20)\d\d[-–/](?:19|20)\d\d$/.test(value)) return true; // a range of years
  // a date begins with a year a date could have and a month (`2025-07-13`); `0810.12.34.56`, `0152-41-0670` are phones
  const ymd = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/.exec(value);
  if (ymd && YEAR_LIKE.test(ymd[1]!) && +ymd[2]! >= 1 && +ymd[2]! <= 12) return true;
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](?:\d{2}|\d{4})$/.exec(value);
  // a day and a month in either order (`24.12.25`, `12/24/2025`); `36.67.11` is no date
  if (dmy && ((+dmy[1]! <= 31 && +dmy[2]! <= 12) || (+dmy[1]! <= 12 && +dmy[2]! <= 31))) return true;
  const hms = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(value);
  if (hms && +hms[1]! <= 24 && +hms[2]! <= 59 && +(hms[3] ?? 0) <= 59) return true; // a time; `75.12.34` is none
  // 121.0.6167.85 is a version; `Contact: 0.700.12.345` (a trunk digit on its own, a phone word before) is not,
  // nor is `Mi número: 8.71234.5.04.45` (a trunk digit on its own, eight digits or more, a phone word before)
  if (/^\d+(?:\.\d+)+$/.test(value) && value.split('.').some((g) => g.length === 1) && !(nearWord && (/^0\./.test(value) || (/^\d\./.test(value) && digitCount(value) >= 8)))) return true;
  return false;
}

/**
 * Postcodes (12345-678, 1234-567, 123-4567, 12345-6789), card groupings (4-6-5, 4-4-4-4) and spans of clock times
 * (0930-1730) written like phone numbers; `8312-3456` (4-4, Costa Rica, Estonia, Hong Kong) is no postcode.
 */
function looksLikePostcodeOrCard(value: string): boolean {
  if (/^(?:\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{3,4})$/.test(value)) return true;
  if (/^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/.test(value)) return true;
  const groups = value.split(/[ -]/).map((g) => g.length).join('-');
  return /^(?:4-6-5|4-6-4|4-4-4-4(?:-\d)?)$/.test(groups);
}

/**
 * Separators that read like a phone: one kind (two if one is a parenthesis or a slash), no single-digit runs unless
 * a phone word says the number is dialled (`8.71234.5.04.45`).
 */
function phoneShaped(value: string, nearWord: boolean): boolean {
  const open = value.split('(').length - 1;
  if (open !== value.split(')').length - 1 || open > 1) return false;
  const seps = new Set(value.replace(/[\d()+]/g, '').replace(/\u00A0/g, ' ').split(''));
  seps.delete(' ');
  if (seps.size > 1 && !(seps.size === 2 && seps.has('/'))) return false;
  const groups = value.split(/[^\d]+/).filter((g) => g !== '');
  if (groups.length > 2 && groups.filter((g) => g.length === 1).length > 1 && !nearWord) return false;
  return true;
}

function digitCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The first of `regions` whose plan reads `value` as a valid number (a mobile one with `mobileOnly`), or null. */
function validIn(value: string, regions: readonly CountryCode[], mobileOnly = false): CountryCode | null {
  for (const region of regions) {
    const parsed = parsePhoneNumberFromString(value, region);
    if (parsed?.isValid() && (!mobileOnly || /MOBILE/.test(parsed.getType() ?? ''))) return region;
  }
  return null;
}

/** What the text says about one candidate, beside its digits. */
interface Shape {
  nearWord: boolean;
  /** A phone label stands right before the number (`Tel.:`, `Móvil`, `電話`). */
  labelled: boolean;
  separated: boolean;
  trunk: boolean;
  international: boolean;
  /** Regions the text around the number points to (script, country names, `+CC`, ccTLDs). */
  hinted: () => CountryCode[];
  /** The number is glued to, or a colon away from, letters of a script other than Latin (`会所：13604779660`). */
  inScript: () => CountryCode[];
}

/** Every-country lookups are ~8 ms each; past this many distinct candidates per text only PREFERRED is tried. */
const ALL_COUNTRY_BUDGET = 200;

/**
 * What the check of one candidate found: `false` for no phone, the region whose national plan read it (a table's phone
 * column tries that region first for its next cells), or `true` for a number read without one (`+`/`00`, from abroad).
 */
type Reading = boolean | CountryCode;

function validNumber(plain: string, shape: Shape, budget: { all: number }): Reading {
  const { nearWord, separated, trunk, international } = shape;
  const digits = digitCount(plain);
  const bare = plain.replace(/[^\d]/g, '');
  if (digits > 15) {
    // only a number dialled from abroad is this long: international call prefix + E.164 (at most 15)
    return /^[08]/.test(bare) && separated && validFromAbroad(bare);
  }
  if (international) {
    const normalised = plain.replace(/^\(\+(\d{1,4})\) ?/, '+$1 ').replace(/^(?:\+\+|00)/, '+');
    const parsed = parsePhoneNumberFromString(normalised);
    // round 14 (second pass): compact, a possible number is one when a phone label stands right before it
    // (`Tel. +2631313219`): libphonenumber's validity lags the plans countries open
    if (parsed !== undefined && (parsed.isValid() || ((separated || shape.labelled) && parsed.isPossible()))) return true;
    // `0011 81 3 1234 5678`: not `00` + code, but another country's longer call prefix
    return separated && bare.startsWith('00') && validFromAbroad(bare);
  }
  // a compact run with nothing that says phone is dialled only when it is a mobile number of the script it is
  // written in (`宝爵台球会所：13604779660`); in code and Latin text it is an id more often
  if (!separated && !trunk && !nearWord) return (digits >= 9 && validIn(plain, shape.inScript(), true)) || false;
  const national = validIn(plain, PREFERRED) ?? validIn(plain, shape.hinted());
  if (national !== null) return national;
  const strong = nearWord || (digits >= 8 && (trunk || plain.startsWith('(') || plain.split(/[^\d]+/).filter(Boolean).length >= 3));
  if (strong && budget.all < ALL_COUNTRY_BUDGET) {
    budget.all++;
    const anywhere = validIn(plain, ALL_REGIONS);
    if (anywhere !== null) return anywhere;
  }
  return /^[08]/.test(bare) && digits >= 10 && separated && validFromAbroad(bare);
}

/** `010-65980408-8001`: a last dashed group of up to 5 digits after a valid number is its extension. */
const EXTENSION = /^(.*\d)-(\d{1,5})$/;

/**
 * The pattern's candidates in text order, with a phone column's cells (sorted by start) merged in where no match
 * starts: one pass, nothing collected, and with no table the matches alone.
 */
function* candidatesOf(text: string, cells: readonly { start: number; value: string }[]): Generator<{ index: number; value: string }> {
  const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  let next = 0;
  for (let match: RegExpExecArray | null; (match = re.exec(text)) !== null; ) {
    for (; next < cells.length && cells[next]!.start <= match.index; next++) {
      if (cells[next]!.start < match.index) yield { index: cells[next]!.start, value: cells[next]!.value };
    }
    yield { index: match.index, value: match[0] };
  }
  for (; next < cells.length; next++) yield { index: cells[next]!.start, value: cells[next]!.value };
}

function findPhones(original: string): Range[] {
  // full-width digits, ideographic spaces and the digits of other scripts, read as ASCII at the same offsets
  const text = foldWidthAndDigits(original);
  const out: Range[] = [];
  const cache = new Map<string, boolean>();
  const budget = { all: 0 };
  const hints = regionHints(text, original);
  // round 18: the cells of a table's phone column are candidates too (a comma before them is the cell's edge), and
  // their header stands for the phone word
  const cells = phoneColumnCells(text);
  const inColumn = new Set(cells.map((c) => c.start));
  let columnRegion: CountryCode | null = null;
  for (const match of candidatesOf(text, cells)) {
    let value = match.value;
    let start = match.index;
    // A trailing or leading separator is not part of the number.
    value = value.replace(/[ \u00A0.\-/]+$/, '');
    const lead = /^[ \u00A0.\-/]+/.exec(value);
    if (lead) {
      start += lead[0].length;
      value = value.slice(lead[0].length);
    }
    if (value.startsWith('(') === false && value.endsWith(')')) value = value.slice(0, -1);
    // `SD 20241 440-600-5124`: a 5- or 6-digit number (no trunk 0), a space, then a whole dashed or dotted phone —
    // the number before it is a postcode or an id, not the phone's first group (`011 15-2345-6789` stays whole)
    const glued = /^([1-9]\d{4,5}) (\d+[-.]\d+(?:[-.]\d+)*)$/.exec(value);
    if (glued && digitCount(glued[2]!) >= 10) {
      start += glued[1]!.length + 1;
      value = glued[2]!;
    }
    const international = /^(?:\+|00|\(\+)/.test(value);
    // `(0)1 12 34 56 78`, `+44 (0)20 7946 0958`: the trunk 0 in parentheses is dialled at home, dropped from abroad
    const plain = international ? withoutTrunk(value) : value.replace(/^\(0\)\s?/, '0');
    const digits = digitCount(plain);
    // 5-digit plans (Pacific and Atlantic islands) only right after a phone label
    const labelled = digits >= 5 && digits < 7 && PHONE_LABEL.test(before(text, start, 24));
    if ((digits < 6 && !labelled) || (digits > 19 && !/^\d{9,15} \d{9,15}$/.test(plain))) continue;
    const context = before(text, start, 32);
    const nearWord = PHONE_WORDS.test(context) || inColumn.has(start);
    // Cheapest turn-aways first: runs of single digits (4 4 4 4, 0.0.0.255) unless a phone word says a long number
    // is dialled (`8.71234.5.04.45`), and one-dot decimals (179.8386, a coordinate; `0664.123456` opens with a trunk 0).
    const dialled = nearWord && digits >= 8;
    if (!international && !dialled && /(?:^|[^\d])\d[^\d]+\d(?:[^\d]|$)/.test(plain)) {
      const single = plain.split(/[^\d]+/).filter((g) => g.length === 1).length;
      if (single > 1) continue;
    }
    // A shape that is more often something else (a decimal, a postcode, a card) is a phone only with a phone word
    // before it or when it is valid in a country the text names (`Belize office: 622-1234`).
    const named = () => {
      const key = `${plain}|named|${hints.key(start)}`;
      let ok = cache.get(key);
      if (ok === undefined) cache.set(key, (ok = validIn(plain, hints.named(start)) !== null));
      return ok;
    };
    if (/^\d{1,4}\.\d{1,8}$/.test(plain) && !nearWord && !/^0\d/.test(plain) && !named()) continue;
    // Slashes: 089/1234567 is a phone (one slash after a trunk 0), so is `33/1234-5678` (area code / grouped
    // number); 2465/66/1723, 2606/6761, 172.16/12 are not.
    if (plain.includes('/') && (plain.split('/').length > 2 || plain.includes('.') || !/^\(?0|^\d{2,4}\/\d{2,4}[ -]\d{2,4}(?:[ -]\d{2,4})?$/.test(plain)) && !nearWord) continue;
    // (2025-07-13), 3 1995-03-24: dates (a year a date has, a month); a whole value shaped like an ISO date is one
    // even when it is invalid (`2000-13-01`, `20000-01-01` in a validator's tests)
    if (/(?<!\d)[12]\d{3}-(?:0?[1-9]|1[0-2])(?:[-/]\d{2})?(?!\d)/.test(plain) && !international) continue;
    if (/^\d{4,}([-/.])\d{1,2}\1\d{1,2}$/.test(plain)) continue;
    if (looksLikeDateTimeOrVersion(plain, nearWord) || !phoneShaped(plain, dialled)) continue;
    if (NOT_PHONE_WORDS.test(context) || identifierBefore(context)) continue;
    // an IPv4 address unless a phone word says otherwise; `040.123.45.67` (a trunk 0) is no address
    if (!nearWord && /^(?:[1-9]\d{0,2}|0)(?:\.\d{1,3}){3}$/.test(plain)) continue;
    if (digits < 7 && !nearWord) continue;
    if (!nearWord && looksLikePostcodeOrCard(plain) && !named()) continue;
    // The tail of a longer grouped digit sequence (an IBAN, a card: groups of up to six digits) is not a phone; one
    // grouped with another separator than the digits before it (`SD 20241 440-600-5124`: a ZIP, then a phone) is no tail
    const ownSeparators = plain.replace(/[\d()+]/g, '');
    const otherSeparator = ownSeparators !== '' && !ownSeparators.includes(context.slice(-1));
    if (!otherSeparator && /(?:(?:^|\D)\d{1,6}[ -]|(?:^|[\s:"'=])[a-z]{2}\d{2}(?: [a-z0-9]{4}){0,4} )$/.test(context)) continue;
    const bare = plain.replace(/[^\d]/g, '');
    if (bare === plain && placeholderNumber(bare)) continue;
    const separated = /[ \u00A0.\-/()]/.test(plain);
    const trunk = /^\(?0[1-9]/.test(plain);
    const besideScript = /[^\p{Script=Latin}\p{Script=Common}\s][\s:：]{0,2}$/u.test(before(text, start, 3));
    const inScript = () => (besideScript ? hints.script(start) : []);
    const afterLabel = international && PHONE_LABEL.test(before(text, start, 24));
    const hinted = () => (international ? [] : hints.all(start));
    const shape: Shape = { nearWord, labelled: afterLabel, separated, trunk, international, hinted, inScript };
    // the region whose plan read this candidate in the check itself (none when the answer came from the cache)
    let readIn: CountryCode | null = null;
    const check = (candidate: string) => {
      const key = `${candidate}|${separated}|${nearWord}|${afterLabel}|${besideScript}|${hints.key(start)}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const reading = validNumber(candidate, shape, budget);
      if (typeof reading === 'string') readIn = reading;
      cache.set(key, reading !== false);
      return reading !== false;
    };
    // a table's phone column holds one country's numbers, row after row: the region that read the last cell is tried
    // first (one parse, not the 51 preferred regions per distinct number)
    const column = inColumn.has(start) && !international;
    if (column && columnRegion !== null && parsePhoneNumberFromString(plain, columnRegion)?.isValid()) {
      out.push({ start, end: start + value.length });
      continue;
    }
    if (check(plain) || (international && withTrunkKept(value).some(check))) {
      // the region the check itself found valid (none when the answer came from the cache: the last one is kept)
      if (column && readIn !== null) columnRegion = readIn;
      out.push({ start, end: start + value.length });
      continue;
    }
    const ext = (trunk || international) && !looksLikePostcodeOrCard(plain) ? EXTENSION.exec(plain) : null;
    if (ext && digitCount(ext[1]!) >= 8 && check(ext[1]!)) {
      out.push({ start, end: start + value.length - ext[2]!.length - 1 });
      continue;
    }
    // `13604779660 13604770960`: two compact numbers a space apart, read as one candidate
    const pair = /^(\d{9,15}) (\d{9,15})$/.exec(value);
    if (pair && check(pair[1]!) && check(pair[2]!)) {
      out.push({ start, end: start + pair[1]!.length }, { start: start + pair[1]!.length + 1, end: start + value.length });
    }
  }
  return out;
}

/** A phone word in the 32 characters before `index` (the IP rule defers to it: `Tel. 87.12.34.56`). */
export function phoneWordBefore(text: string, index: number): boolean {
  return PHONE_WORDS.test(before(text, index, 32));
}

export const phoneRule: RedactionRule = {
  id: 'phone',
  kind: 'phone',
  level: 'standard',
  priority: 50,
  description:
    'Phone number valid in a country\'s numbering plan (libphonenumber metadata): international (+/00) or national, written with phone-like grouping, a trunk 0, parentheses or a phone word nearby',
  find: findPhones,
};
