// What the country-data address finder (address-countries.ts) looks up in text, built once from Google's i18n
// address metadata (address-countries-data.ts) and the runtime's own CLDR country names (Intl.DisplayNames, in every
// browser and in Node): for every country, its postcode pattern, the order it writes its fields in, the names of its
// first-level divisions (local script and Latin) and its own name in its languages and the major ones. No country
// is written by hand here: a country gains what the data holds for it.
import { ADDRESS_COUNTRIES } from './address-countries-data';
import { digitValue } from './fold-text';

export interface Country {
  code: string;
  /** The whole postcode, with the prefix some write before it (`LT-`); case-insensitive, ASCII digits. */
  postcode: RegExp | null;
  /** The region (or the postcode) comes before the street: China, Japan, Korea, Taiwan, Hong Kong, Iran. */
  majorFirst: boolean;
  /** The country's address has no locality or region field: its name stands for the town (Singapore, Macao). */
  cityState: boolean;
}

export interface CountryNames {
  countries: Map<string, Country>;
  /** Normalised name → codes of the countries it names. */
  countryNames: Map<string, string[]>;
  /** Normalised name → codes of the countries that have a first-level division of that name. */
  regionNames: Map<string, string[]>;
  /** First and last words of every name, to skip a lookup that cannot succeed. */
  firstWords: Set<string>;
  lastWords: Set<string>;
}

const WIDELY_WRITTEN = ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl', 'ru', 'uk', 'pl', 'tr', 'ar', 'fa', 'he', 'hi', 'zh', 'zh-Hant', 'ja', 'ko', 'vi', 'th', 'id'];

/** What `normaliseName` does more to than lower-case: any character beyond ASCII, white space, a dot or an apostrophe. */
const NOT_PLAIN = /[^\0-\x7F]|[\s.']/;

/** Names compare without case, dots, apostrophes or doubled spaces (`Co Kildare` = `Co. Kildare`). */
export function normaliseName(name: string): string {
  // round 22 (speed): ASCII with no space, dot or apostrophe is already NFC and has nothing to replace or trim
  // (most words the phone hints and address rules look up), so lower-casing it is the whole work
  if (!NOT_PLAIN.test(name)) return name.toLowerCase();
  return name.normalize('NFC').toLowerCase().replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();
}

/** Division type words that text often leaves out of a division's name (`استان تهران` → `تهران`, `Tehran Province`). */
const DIVISION_WORDS = /^(?:استان|provincia de|province of|región de|region)\s+|\s+(?:province|county|sheng|shi|region|prefecture|state)$/iu;

let built: CountryNames | null = null;

function add(map: Map<string, string[]>, name: string, code: string, names: CountryNames): void {
  const key = normaliseName(name);
  if (key.length < 2 || /^\d+$/.test(key)) return;
  const codes = map.get(key);
  if (!codes) map.set(key, [code]);
  else if (!codes.includes(code)) codes.push(code);
  const words = key.split(' ');
  names.firstWords.add(words[0]!);
  names.lastWords.add(words[words.length - 1]!);
}

export function countryNames(): CountryNames {
  if (built) return built;
  const names: CountryNames = {
    countries: new Map(),
    countryNames: new Map(),
    regionNames: new Map(),
    firstWords: new Set(),
    lastWords: new Set(),
  };
  const displays = new Map<string, Intl.DisplayNames | null>();
  const display = (lang: string) => {
    if (!displays.has(lang)) {
      try {
        displays.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
      } catch {
        displays.set(lang, null);
      }
    }
    return displays.get(lang) ?? null;
  };
  for (const [code, [zip, prefix, order, regions, languages]] of Object.entries(ADDRESS_COUNTRIES)) {
    const street = order.indexOf('A');
    const first = Math.min(...['S', 'Z'].map((f) => (order.includes(f) ? order.indexOf(f) : Infinity)));
    names.countries.set(code, {
      code,
      postcode: zip ? new RegExp(`^(?:${prefix.replace(/[-]/g, '\\-')}|${code}-?)?(?:${zip})$`, 'i') : null,
      majorFirst: first < street,
      cityState: !order.includes('C') && !order.includes('S'),
    });
    for (const lang of new Set([...WIDELY_WRITTEN, ...languages.split('~').filter((l) => l !== '')])) {
      const name = display(lang)?.of(code);
      if (name) add(names.countryNames, name, code, names);
    }
    for (const region of regions.split('~').filter((r) => r !== '')) {
      add(names.regionNames, region, code, names);
      const bare = region.replace(DIVISION_WORDS, '');
      if (bare !== region) add(names.regionNames, bare, code, names);
    }
  }
  built = names;
  return names;
}

/** The digits of any script as ASCII (`۱۱۹۳۶` → `11936`), so a country's postcode pattern can test them. */
export function asciiDigits(value: string): string {
  if (!/[^ -~\s]/.test(value)) return value;
  return value.replace(/\p{Nd}/gu, (d) => {
    const cp = d.codePointAt(0)!;
    return cp < 0x80 ? d : String(digitValue(cp));
  });
}
