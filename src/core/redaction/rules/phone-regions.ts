// Which countries' numbering plans a national number (no `+`, no `00`) is tried against. libphonenumber can only
// validate a national number for a region it is told, so the region comes from the text: the common regions first,
// then what the text around the number says about where it is from — its script (Cyrillic → RU, UA, BY…), a
// country's name in any of its languages (CLDR names via the address data), the country code of a `+CC` number
// written nearby, the country-code TLD of a URL or e-mail address nearby. Hints are gathered once per block of text
// and reused by every number in the neighbouring blocks, so the cost stays linear in the text.
import { getCountries, type CountryCode } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/metadata.max.json';
import { countryNames, normaliseName } from './address-country-names';

/** Regions tried first for a number written without a country code: where most chat users' numbers come from. */
export const PREFERRED: CountryCode[] = [
  'US', 'GB', 'DE', 'FR', 'IN', 'ES', 'IT', 'NL', 'BR', 'MX', 'CA', 'AU', 'JP', 'CN', 'KR', 'PL', 'PT', 'BE', 'CH',
  'AT', 'SE', 'NO', 'DK', 'FI', 'IE', 'NZ', 'AR', 'CO', 'CL', 'RU', 'UA', 'TR', 'ZA', 'NG', 'EG', 'SA', 'AE', 'IL',
  'ID', 'PH', 'VN', 'TH', 'MY', 'SG', 'PK', 'BD', 'KE', 'GR', 'CZ', 'RO', 'HU',
];
export const ALL_REGIONS = getCountries();
const KNOWN = new Set<string>(ALL_REGIONS);

/**
 * One region per international call prefix of the metadata (`011` NANP, `010` Japan, `0011` Australia, `8~10`…): a
 * number dialled from abroad (`010 91 1860 345 1234`) is parsed by a region that dials out with its prefix.
 */
export const IDD_REGIONS: [RegExp, CountryCode][] = (() => {
  const seen = new Map<string, CountryCode>();
  for (const [region, plan] of Object.entries(metadata.countries)) {
    const idd = (plan as unknown[])[1];
    if (typeof idd === 'string' && idd !== '' && !seen.has(idd)) seen.set(idd, region as CountryCode);
  }
  return [...seen].map(([idd, region]) => [new RegExp(`^(?:${idd})`), region]);
})();

/** Countries whose numbers a text in this script most likely holds; round 15: read on the text as written, so digits of
 *  a script's own (`٠٧٩…`, `۰۹۱۲…`) name its regions after they are folded to ASCII for parsing. */
const SCRIPT_REGIONS: [RegExp, CountryCode[]][] = [
  [/\p{Script=Cyrillic}/u, ['RU', 'UA', 'BY', 'KZ', 'BG', 'RS', 'MK', 'KG', 'MN']],
  [/\p{Script=Arabic}/u, ['SA', 'AE', 'EG', 'MA', 'DZ', 'TN', 'IQ', 'JO', 'KW', 'QA', 'OM', 'BH', 'LB', 'IR', 'AF', 'PK', 'SY', 'YE', 'SD', 'PS', 'LY']],
  [/\p{Script=Hebrew}/u, ['IL']],
  [/\p{Script=Greek}/u, ['GR', 'CY']],
  [/\p{Script=Thai}/u, ['TH']],
  [/\p{Script=Hangul}/u, ['KR']],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['JP']],
  [/\p{Script=Han}/u, ['CN', 'TW', 'HK', 'MO', 'SG', 'JP']],
  [/[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}]/u, ['IN', 'NP', 'BD', 'LK']],
  [/\p{Script=Armenian}/u, ['AM']],
  [/\p{Script=Georgian}/u, ['GE']],
  // round 15: scripts whose own digits or phone words a number is written with (`০১৭১১-২৩৪৫৬৭`, `ဖုန်း ၀၉…`)
  [/\p{Script=Myanmar}/u, ['MM']],
  [/\p{Script=Khmer}/u, ['KH']],
  [/\p{Script=Lao}/u, ['LA']],
  [/\p{Script=Ethiopic}/u, ['ET', 'ER']],
  [/\p{Script=Sinhala}/u, ['LK']],
];

const CALLING_CODES = metadata.country_calling_codes as Record<string, CountryCode[]>;
/** `+254 …`, `(+49)`, `0044 …`: the country code of a number written in international form. */
const INTERNATIONAL = /(?<![\w+])(?:\+|00)[ (]?(\d)(\d)?(\d)?/g;
/** A country-code TLD inside a URL or an e-mail address (`@firma.pl`, `https://shop.ke/`, `www.x.co.za`). */
const CC_TLD = /(?:@|\/\/|www\.)[\p{L}\p{N}.-]{1,80}\.([a-z]{2})(?![\p{L}\p{N}-])/giu;
const WORD = /[\p{L}\p{M}'’.-]{2,40}/gu;

const BLOCK = 256;
const NON_ASCII = /[^\0-\x7F]/;

/** The regions a block names (a `+CC`, a ccTLD, a country's name), then those its scripts suggest. */
function hintsOf(text: string, written: string): [CountryCode[], CountryCode[]] {
  const found = new Set<CountryCode>();
  for (const m of text.matchAll(INTERNATIONAL)) {
    for (const code of [m[1]!, m[1]! + (m[2] ?? ''), m[1]! + (m[2] ?? '') + (m[3] ?? '')]) {
      const regions = CALLING_CODES[code];
      if (regions) {
        // `+1` is 25 regions and `+7` two: all of them, the plan decides which one holds the number
        for (const r of regions) found.add(r);
        break;
      }
    }
  }
  for (const m of text.matchAll(CC_TLD)) {
    const tld = m[1]!.toUpperCase();
    const region = tld === 'UK' ? 'GB' : tld;
    if (KNOWN.has(region)) found.add(region as CountryCode);
  }
  const names = countryNames();
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    // every run of one to four words that starts like a country's name (`Kenya`, `Costa Rica`, `Côte d’Ivoire`)
    if (!names.firstWords.has(normaliseName(words[i]!))) continue;
    for (let j = Math.min(words.length, i + 4); j > i; j--) {
      for (const code of names.countryNames.get(normaliseName(words.slice(i, j).join(' '))) ?? []) {
        if (KNOWN.has(code)) found.add(code as CountryCode);
      }
    }
  }
  // round 22 (speed): no script above has a character in ASCII, so a block of ASCII is not read once per script
  const byScript = NON_ASCII.test(written) ? SCRIPT_REGIONS.filter(([re]) => re.test(written)).flatMap(([, regions]) => regions) : [];
  return [[...found], byScript];
}

export interface RegionHints {
  /** Regions the text within a block or two of `index` names or writes in (script). */
  all(index: number): CountryCode[];
  /** Only the regions it names: a country, a `+CC` number, a ccTLD. */
  named(index: number): CountryCode[];
  /** Only the regions of the scripts it is written in. */
  script(index: number): CountryCode[];
  /** Equal for two indexes whose hints are equal: a validation cache key. */
  key(index: number): string;
}

/** One instance per text: it memoises its blocks. */
export function regionHints(text: string, written = text): RegionHints {
  const blocks = new Map<number, [CountryCode[], CountryCode[]]>();
  const block = (b: number) => {
    let hints = blocks.get(b);
    if (hints === undefined) {
      // a block reads a little past its end, so a name or a number cut by the boundary is still seen whole
      const [from, to] = [b * BLOCK, (b + 1) * BLOCK + 24];
      hints = b < 0 || from >= text.length ? [[], []] : hintsOf(text.slice(from, to), written.slice(from, to));
      blocks.set(b, hints);
    }
    return hints;
  };
  // the hints of a block and its two neighbours, built once per block: [named + script, named, script]
  const unions = new Map<number, [CountryCode[], CountryCode[], CountryCode[], string]>();
  const near = (index: number) => {
    const b = Math.floor(index / BLOCK);
    let union = unions.get(b);
    if (union === undefined) {
      const named = [...new Set([...block(b - 1)[0], ...block(b)[0], ...block(b + 1)[0]])];
      const script = [...new Set([...block(b - 1)[1], ...block(b)[1], ...block(b + 1)[1]])];
      union = [[...new Set([...named, ...script])], named, script, `${named.join('')}/${script.join('')}`];
      unions.set(b, union);
    }
    return union;
  };
  return {
    all: (index) => near(index)[0],
    named: (index) => near(index)[1],
    script: (index) => near(index)[2],
    key: (index) => near(index)[3],
  };
}
