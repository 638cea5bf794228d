// One-line (or two-line) addresses found from their end: a US state + ZIP (`Lebanon OH 45036`), a state after a
// comma at the end (`…, San Antonio, TX`), a UK postcode, or a Japanese 〒-less postcode after romanised place
// words (`HACHIOJI-SHI TOKYO 192-0993`). From that anchor the scan walks back over the words an address is made of
// (numbers, capitalised and upper-case words, street types, unit words) and starts the span at the house number
// or PO box — so a street whose type word is unknown (`36 Hathway Commons`, `7114 Sunny Day`) is still found, and
// the sentence or name before it is left out. Each anchor looks back at most one line of 200 characters and never
// before the previous anchor, so the scan is linear. Round 14: a ZIP with no state (`340 JAMES W GRAHAM RD MAXTON
// 28364`), a numbered road before the state (`1210a Highway 10 W IA`), and USPS route and box words (`RR 3 Box 273`).
import type { Range, RedactionRule } from '../types';
import { ENGLISH_STREET_TYPES, STREET_TYPES, UNIT_WORDS } from './address-words';
import { scanning } from './regex-scan';

export const US_STATE_CODES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI MP AA AE AP';
const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
/** Canadian provinces and territories: their codes, and their names in English and French. */
const CA_PROVINCES = 'AB BC MB NB NL NS NT NU ON PE QC SK YT';
const CA_PROVINCE_NAMES =
  'Alberta|British Columbia|Colombie-Britannique|Manitoba|New Brunswick|Nouveau-Brunswick|Newfoundland and Labrador|Terre-Neuve-et-Labrador|Nova Scotia|Nouvelle-Écosse|Northwest Territories|Territoires du Nord-Ouest|Nunavut|Ontario|Prince Edward Island|Île-du-Prince-Édouard|Quebec|Québec|Saskatchewan|Yukon';
/** The older abbreviations of US states (AP style, still on letters and signs): `Mich.`, `Calif.`, `MICH.49423`. */
const AP_STATES = 'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ill|Ind|Kan|Kans|Md|Mass|Mich|Minn|Miss|Mont|Neb|Nebr|Nev|Okla|Ore|Oreg|Penn|Penna|Tenn|Tex|Wash|Wis|Wisc|Wyo';
const AP_STATE = `(?:${AP_STATES}|${AP_STATES.toUpperCase()})\\.`;
const STATE = `(?:${US_STATE_CODES.replace(/ /g, '|')}|${CA_PROVINCES.replace(/ /g, '|')})`;
/** Canada Post's postcode: no D, F, I, O, Q, U; no W or Z first. */
const CA_POSTCODE = '[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ \\t]?\\d[ABCEGHJ-NPRSTV-Z]\\d';
const UK_AREA =
  'AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE';

/** Words that number a US road (`Highway 10`, `County Road 42`, `US 401`, `FM 1960`), before its number. */
const ROUTE_WORDS = 'Highway|HIGHWAY|Hwy|HWY|Route|ROUTE|Rte|RTE|County Road|COUNTY ROAD|County Rd|Interstate|INTERSTATE|US|U\\.S\\.|SR|CR|FM|RM|SH|Pike|PIKE';

const ROUTE_WORD = new RegExp(`^(?:${ROUTE_WORDS})$`);

/** Ends of address lines. Group 1 set: a UK postcode (the line may hold no house number). */
const ANCHOR = new RegExp(
  [
    `(?<![\\w])${STATE}\\.?,?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
    `(?<![\\w])(?:${STATE_NAMES}),?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
    `(?<![\\w])${AP_STATE},?[ \\t]{0,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
    // Canada: `Montréal (Québec) H2L 2C4`, `Toronto ON M5V 3L9`, `Burlington L7M 1A7 Ontario`, `Verdun (Québec)`
    `(?<=[\\p{L}.)][ \\t,]{1,3})${CA_POSTCODE}(?:,?[ \\t](?:${CA_PROVINCE_NAMES}))?(?![\\w-])`,
    `(?<=\\p{Lu}[\\p{L}'’-]{1,30}[ \\t])\\((?:${CA_PROVINCE_NAMES})\\)(?![ \\t]*(?:[\\w-]))`,
    `(?<![\\w])(?:NSW|VIC|QLD|SA|TAS|ACT|NT|WA)[ \\t]{1,3}\\d{4}(?![\\w-])`,
    `,[ \\t]{0,2}${STATE}\\.?(?=[ \\t]*(?:$|[\\n.;!?)<"'\`]|,[ \\t]|[ \\t]\\p{Ll}))`,
    `,[ \\t]{0,2}(?:${STATE_NAMES}|${CA_PROVINCE_NAMES})(?=[ \\t]*(?:$|[\\n.;!?)<"—–]|,[ \\t]|[ \\t]\\p{Ll}))`,
    `(?<=\\p{Lu}\\p{L}{1,30}[ \\t])${STATE}(?=[ \\t]*(?:$|\\n|["'\`][ \\t]*[)}\\],;]?[ \\t]*(?:$|\\n)))`,
    `(?<![A-Za-z0-9])((?:${UK_AREA})\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])`,
    `(?<=(?:-(?:KU|SHI|CHO|ku|shi|cho|Ku|Shi|Cho|fu|ken|to)|TOKYO|Tokyo|OSAKA|Osaka|KYOTO|Kyoto)[ \\t,]{1,3})\\d{3}-\\d{4}(?![\\w-])`,
    // round 14: a numbered highway or road then the state alone (`1210a Highway 10 W IA`, `1389a IA 42 IA`)
    `(?<=(?:${ROUTE_WORDS}|${STATE})[ \\t-]\\d{1,4}[A-Z]?(?:[ \\t](?:[NSEW]|N[EW]|S[EW]))?[ \\t])(?<route>${STATE})(?=[ \\t]*(?:$|\\n|["'\`|][ \\t]*[)}\\],;|]?[ \\t]*(?:$|\\n)))`,
    // round 14: a town then its ZIP with no state, as USPS lists for one state (`340 JAMES W GRAHAM RD MAXTON 28364`)
    `(?<=\\p{Lu}[\\p{L}'’.-]{1,30}[ \\t])(?<zip>\\d{5}(?:-\\d{4})?)(?=[ \\t]*(?:$|[\\n|"'\`;)—–(]|,[ \\t]|\\.(?:\\s|$)))`,
  ].join('|'),
  'gu',
);

const TYPES = new Set([...STREET_TYPES, ...ENGLISH_STREET_TYPES].map((t) => t.replace(/\\/g, '').replace(/\.\?$/, '').toLowerCase()));
const UNITS = new RegExp(
  `^(?:${UNIT_WORDS}|no|nr|box|p\\.?o\\.?|of|de|del|la|le|les|du|des|d'|l'|di|da|dos|das|van|von|der|the|and|n°|c\\.p\\.?|` +
    `bureau|local|porte|étage|case|postale|casier|oficina|despacho|büro|ufficio|interno|lobby|room|rm)\\.?$`,
  'i',
);
/** A word an address line is made of. */
function addressy(token: string): boolean {
  const t = token.replace(/,$/, '');
  if (t === '') return true;
  // round 14: `&` between two route numbers, also as HTML writes it (`Highway 76 &amp; 86`, `&#38;`)
  if (/^&(?:amp;|#38;)?$/.test(t)) return true;
  if (/[:<>"'()[\]{}=;]/.test(t)) return false;
  if (/^[#№]?\d[\p{L}\d/.-]{0,12}$/u.test(t)) return true;
  if (/^\p{Lu}{1,2}-?\d{1,5}$/u.test(t)) return true; // unit numbers: Apt D304, Suite B2
  if (/^\p{Lu}[\p{L}\p{M}'’.-]{0,30}$/u.test(t)) return true;
  const bare = t.replace(/\.$/, '').toLowerCase();
  return TYPES.has(bare) || UNITS.test(t) || /^[nsew]{1,2}\.?$/i.test(t) || /^[a-z]$/.test(t); // `826 N Ave. b`
}
const houseNumber = (t: string) => /^\d[\p{L}\d/-]{0,12},?$/u.test(t);
/**
 * USPS box and route words (Publication 28, 2.3): a box (`Drawer`, `Lockbox`, `Caller`), a rural or highway
 * contract route (`RR 3 Box 273`, `HC 1 Box 5`) and the military's (`PSC 1234 Box 56`, `CMR 410`).
 */
export const US_BOX_WORDS = ['box', 'drawer', 'lockbox', 'caller', 'rr', 'rfd', 'hc', 'psc', 'cmr'];
const poBoxAt = (tokens: string[], i: number) =>
  (/^p\.?\s?o\.?$/i.test(tokens[i]!) && /^box$/i.test(tokens[i + 1] ?? '')) ||
  // a route or box word with its number: `RR # 1 Box 292`, `Drawer CS 198422`, `PSC 1234 Box 56`
  (/^(?:RR|R\.R\.|RFD|HC|PSC|CMR|Rr|Hc|Psc|Cmr|Drawer|Lockbox|DRAWER|LOCKBOX)$/.test(tokens[i]!) && /^(?:#|#?\d{1,6}|[A-Z]{1,3})$/.test(tokens[i + 1] ?? '') && /\d/.test(tokens.slice(i + 1, i + 3).join('')));

function findAddressLines(text: string): Iterable<Range> {
  return scanning(ANCHOR, (re) => addressLinesWith(text, re));
}

function* addressLinesWith(text: string, re: RegExp): Iterable<Range> {
  let floor = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const anchorStart = match.index + (match[0].startsWith(',') ? 1 : 0);
    // a state ending an upper-case line with no comma (`18312 SE Brooklyn CT Gresham OR`) needs a longer line
    const bareState = /^[A-Z]{2}$/.test(match[0]);
    const anchorEnd = match.index + match[0].length;
    // lastIndexOf on a bounded window: on the whole text it would scan back to the start when there is no line break
    const lineStart = lineStartWithin(text, Math.max(floor, anchorStart - 200), anchorStart);
    const floorBefore = floor;
    floor = anchorEnd;
    // a ZIP with no state says little on its own: a street type after the house number, with the town after it
    const typed = match.groups?.zip !== undefined;
    const route = match.groups?.route !== undefined;
    // both say little more than a number: the house number must open the run of address words (`Item 42 Hwy 7 S OK`,
    // `Deploy 12 Main Branch Server 80443` are something else's numbers)
    let start = startOf(text, lineStart, anchorStart, match[1] !== undefined, false, route ? 3 : bareState ? 4 : 2, typed, typed || route);
    // `452 Maxwell Ave, Apt 3A` on the line before `Rochester, NY 14619`, or a street, a town line, then the
    // postcode line: up to three lines back, each made only of address words, the first ending in a street.
    let lineAt = lineStart;
    for (let back = 0; start === null && back < 3 && lineAt > floorBefore && text[lineAt - 1] === '\n'; back++) {
      if (startOf(text, lineAt, back === 0 ? anchorStart : lineAt, false, true) === null && back === 0) break;
      const prevStart = lineStartWithin(text, Math.max(floorBefore, lineAt - 121), lineAt - 1);
      start = startOf(text, prevStart, lineAt - 1, false);
      if (start === null && startOf(text, prevStart, lineAt - 1, false, true) === null) break;
      lineAt = prevStart;
    }
    if (start !== null) yield { start, end: anchorEnd };
  }
}

/** The start of the line holding `at`, looking back no further than `from`. */
export function lineStartWithin(text: string, from: number, at: number): number {
  const cut = text.slice(from, at).lastIndexOf('\n');
  return cut === -1 ? from : from + cut + 1;
}

/** The end of the line holding `at` (its line break, or `to`), looking no further than `to`. */
export function lineEndWithin(text: string, at: number, to: number): number {
  const cut = text.slice(at, to).indexOf('\n');
  return cut === -1 ? to : at + cut;
}

/** Where the address ending at `anchorStart` begins on its line: its house number or PO box, or null. */
function startOf(
  text: string, lineStart: number, anchorStart: number, uk: boolean, wholeLine = false, minWords = 2, typed = false, opens = false,
): number | null {
  const line = text.slice(lineStart, anchorStart);
  const tokens: { t: string; at: number }[] = [];
  // markup, quotes and full-width punctuation end a token (`<address>300 BOYLSTON ST`, `送り先：3744, rue …`), and
  // the tag name or label then stops the walk back
  const tokenRe = /[^\s<>"'`(){}[\]：，、。；]+/g;
  let m: RegExpExecArray | null;
  while ((m = tokenRe.exec(line)) !== null) tokens.push({ t: m[0], at: lineStart + m.index });
  let first = tokens.length;
  while (first > 0 && addressy(tokens[first - 1]!.t)) first--;
  if (wholeLine) return first === 0 ? lineStart : null;
  const words = tokens.slice(first).map((x) => x.t);
  for (let i = 0; i < words.length; i++) {
    if (!(houseNumber(words[i]!) || poBoxAt(words, i)) || words.length - i < minWords || !words.slice(i + 1).some((w) => /\p{L}{2}/u.test(w))) continue;
    if (opens && i > 0) return null;
    if (typed && !poBoxAt(words, i) && !words.slice(i + 1, -1).some((w) => TYPES.has(w.replace(/[,.]+$/, '').toLowerCase()))) continue;
    // a road known by its number has no house number: the span opens at the road's words (`Junction Highway 76 & 86`)
    let at = i;
    if (at > 0 && ROUTE_WORD.test(words[at - 1]!)) {
      at--;
      while (at > 0 && i - at < 3 && /^\p{Lu}[\p{L}.]*$/u.test(words[at - 1]!)) at--;
    }
    return tokens[first + at]!.at;
  }
  // A UK street without a house number (`Cornwall Avenue, London, N3 1LF`): from the street's segment
  if (uk) {
    const typed = words.findIndex((w) => TYPES.has(w.replace(/[,.]$/g, '').toLowerCase()) && /^\p{Lu}/u.test(w));
    if (typed > 0) {
      let i = typed;
      while (i > 0 && !words[i - 1]!.endsWith(',')) i--;
      return tokens[first + i]!.at;
    }
  }
  return null;
}

export const addressLineRule: RedactionRule = {
  id: 'address-line',
  kind: 'postal_address',
  level: 'strict',
  priority: 41,
  description:
    'Address found from its end — US state (code, name or old abbreviation) + ZIP or `, ST`, Canadian postcode or `(Province)`, UK postcode, Japanese postcode after romanised place words; round 14: a town + ZIP with no state after a typed street, a numbered road before the state — back to its house number, PO box or route and box words',
  find: findAddressLines,
};
