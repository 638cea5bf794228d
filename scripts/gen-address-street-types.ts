// Writes src/core/redaction/rules/address-street-types-data.ts from libpostal's address dictionaries (the street and
// thoroughfare words of 60 languages that libpostal's parser and normaliser use; MIT), as npm carries them in
// `pelias-parser` (MIT; its resources/libpostal/dictionaries are libpostal's files, and resources/pelias adds the
// Pelias project's own entries in the same format). A devDependency: only the word lists below land in the bundles.
// Each dictionary line is `canonical|synonym|…`; every form is a word the street finder may meet.
// Run `npm run gen:address-street-types` after `npm update pelias-parser`; address-street-lines.test.ts fails while the
// committed file differs from what the installed package gives.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const STREET_TYPES_FILE = resolve(import.meta.dirname, '../src/core/redaction/rules/address-street-types-data.ts');

function resourcesDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pelias-parser/package.json')), 'resources');
}

/** Languages whose street types are glued to the name (`Storgata`, `Hauptstraße`, `Kerkstraat`, `Mattilantie`). */
const GLUING = new Set(['af', 'da', 'de', 'fi', 'gsw', 'is', 'lb', 'nb', 'nl', 'sv']);

function readLines(file: string): string[][] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) =>
      line
        .split('|')
        .map((form) => form.trim().normalize('NFC').toLowerCase())
        .filter((form) => form !== ''),
    )
    .filter((forms) => forms.length > 0);
}

/** The forms of one dictionary in one language, from libpostal's file and Pelias' additions. */
function lines(lang: string, name: string): string[][] {
  const root = resourcesDir();
  return [
    ...readLines(join(root, 'libpostal/dictionaries', lang, name)),
    ...readLines(join(root, 'pelias/dictionaries/libpostal', lang, name)),
  ];
}

function forms(lang: string, name: string): string[] {
  return lines(lang, name).flat();
}

function languages(): string[] {
  return readdirSync(join(resourcesDir(), 'libpostal/dictionaries'))
    .filter((entry) => !entry.includes('.') && entry !== 'all')
    .sort();
}

const LATIN = /^[\p{Script=Latin}\p{M}.'’ -]+$/u;

/**
 * A separate-word type worth looking for: one word (dots and hyphens allowed), not a bare letter or two without a dot
 * in Latin script (`g`, `no`, `lo` are initials and words; `g.` and `st.` stay), not a romanised CJK syllable.
 */
function usableWord(form: string, lang: string): boolean {
  if (form.includes(' ') || form.length > 30) return false;
  // `!word` lines remove an entry in Pelias' files, `(一)` are Japanese road-class marks
  if (!/^\p{L}[\p{L}\p{M}.'’·/-]*$/u.test(form)) return false;
  if ([...form].length === 1 && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(form)) return false;
  if (['ja', 'ko', 'zh'].includes(lang) && LATIN.test(form)) return false;
  if (LATIN.test(form) && form.replace(/\./g, '').length <= 2 && !form.endsWith('.')) return false;
  return true;
}

/** `g`, `tv`, `c`: abbreviations the finder takes only when written with their dot (`Liepų g. 27`, `Tv. da Horta`). */
function isShortLatin(form: string, lang: string): boolean {
  return !['ja', 'ko', 'zh'].includes(lang) && /^\p{Script=Latin}{1,2}\.?$/u.test(form);
}

/** A unit or floor word worth reading: one word of a cased script, three letters or more or dotted (`int.`; not `p`, `et`). */
function unitWord(form: string): boolean {
  if (!/^\p{L}[\p{L}\p{M}.'’º°-]{0,24}$/u.test(form)) return false;
  if (!/^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}.'’º°-]+$/u.test(form)) return false;
  return form.replace(/[.º°]/g, '').length >= 3 || /[.º°]$/.test(form);
}

export function renderStreetTypes(): string {
  const words = new Set<string>();
  const english = new Set<string>();
  const other = new Set<string>();
  const short = new Set<string>();
  const abbreviations = new Set<string>();
  const canonicals = new Set<string>();
  const numberWords = new Set<string>(['no', 'nr', 'n', 'nº', 'num']);
  const glued = new Set<string>();
  for (const lang of languages()) {
    for (const form of forms(lang, 'house_numbers.txt')) numberWords.add(form.replace(/\.$/, ''));
    for (const line of lines(lang, 'street_types.txt')) {
      // a shorter synonym of the line's first (canonical) form is an abbreviation (`bdul`, `and` for `androna`)
      canonicals.add(line[0]!);
      for (const form of line.slice(1)) if (form.length < line[0]!.length && usableWord(form, lang)) abbreviations.add(form);
    }
    for (const form of forms(lang, 'street_types.txt')) {
      if (isShortLatin(form, lang)) short.add(form.replace(/\.$/, ''));
      if (!usableWord(form, lang)) continue;
      words.add(form);
      if (lang === 'en') english.add(form);
      else other.add(form);
      // a glued type is long enough not to be the tail of any word (`-vej`, not `-g`)
      if (GLUING.has(lang) && !form.includes('.') && form.length >= 3) glued.add(form);
    }
    for (const name of ['concatenated_suffixes_separable.txt', 'concatenated_suffixes_inseparable.txt']) {
      for (const form of forms(lang, name)) if (/^\p{L}{3,}$/u.test(form)) glued.add(form);
    }
  }
  // round 18: the floor, flat, staircase and entrance words written before their number (`5.º andar`'s `andar`,
  // `bureau 2200`, `scala A`, `boîte 01`), and the words that name a house number (`n.º 29`, `núm. 5`)
  const levels = new Set<string>();
  const units = new Set<string>();
  const houseNumberWords = new Set<string>();
  // round 21: building words (`building`, `tower`, `edificio`, `bâtiment`, `torre`, `gedung`) and the ways to write that a
  // house has no number (`s/n`, `s.n.`, `б/н`, `sin número`, `bez broja`)
  const buildings = new Set<string>();
  const noNumber = new Set<string>();
  for (const lang of languages()) {
    for (const form of forms(lang, 'building_types.txt')) if (unitWord(form)) buildings.add(form);
    for (const form of forms(lang, 'no_number.txt')) if (/[./ ]/.test(form.trim())) noNumber.add(form.replace(/ \/ /g, '/'));
  }
  for (const lang of languages()) {
    for (const form of forms(lang, 'level_types_numbered.txt')) if (unitWord(form)) levels.add(form);
    for (const name of ['unit_types_numbered.txt', 'staircases.txt', 'entrances.txt'])
      for (const form of forms(lang, name)) if (unitWord(form)) units.add(form);
    for (const form of forms(lang, 'number.txt')) if (/^\p{Script=Latin}[\p{L}.º°]{0,7}$/u.test(form) && /[.º°]|^\p{L}{3,}$/u.test(form)) houseNumberWords.add(form);
  }
  const pkg = JSON.parse(readFileSync(join(resourcesDir(), '../package.json'), 'utf8')) as { version: string };
  for (const word of numberWords) short.delete(word);
  for (const word of canonicals) abbreviations.delete(word);
  const englishOnly = new Set([...english].filter((form) => !other.has(form)));
  const list = (set: Set<string>) => [...set].sort().map((w) => JSON.stringify(w)).join(',');
  return [
    `// Generated by scripts/gen-address-street-types.ts from pelias-parser ${pkg.version} (MIT), which carries libpostal's`,
    '// address dictionaries (street_types, concatenated_suffixes_*, and from round 18 level_types_numbered,',
    '// unit_types_numbered, staircases, entrances, number, from round 21 building_types, no_number; MIT, Copyright (c)',
    '// 2015 libpostal contributors) and the Pelias project\'s additions to them. Do not edit: run',
    '// `npm run gen:address-street-types`.',
    '/** Street and thoroughfare types written as a word of their own, every language, lower case. */',
    `export const STREET_TYPE_WORDS: readonly string[] = [${list(words)}];`,
    '/** Every English one: capitalised after a name (`Jurassic Park 3`) they are titles more often than streets. */',
    `export const ENGLISH_STREET_TYPE_WORDS: readonly string[] = [${list(english)}];`,
    '/** The English ones no other language lists: they also end ordinary phrases (`3 Step Way`, `Jurassic Park 3`). */',
    `export const ENGLISH_ONLY_STREET_TYPE_WORDS: readonly string[] = [${list(englishOnly)}];`,
    '/** Shorter synonyms of a type (`bdul`, `and` for `androna`): types when capitalised or dotted, not as a lower-case word. */',
    `export const STREET_TYPE_ABBREVIATIONS: readonly string[] = [${list(abbreviations)}];`,
    '/** Abbreviations of one or two letters (`g`, `tv`, `ul`): street types only when written with a dot. */',
    `export const SHORT_STREET_TYPE_ABBREVIATIONS: readonly string[] = [${list(short)}];`,
    '/** Types glued to the end of the name in Germanic and Finnic languages (`Storgata`, `Bermbeekstraat`). */',
    `export const GLUED_STREET_TYPES: readonly string[] = [${list(glued)}];`,
    '/** Round 18: floor words written before their number (level_types_numbered: `andar`, `piano`, `étage`, `emelet`). */',
    `export const LEVEL_TYPE_WORDS: readonly string[] = [${list(levels)}];`,
    '/** Round 18: flat, office, staircase and entrance words before their number or letter (unit_types_numbered, staircases, entrances). */',
    `export const UNIT_TYPE_WORDS: readonly string[] = [${list(units)}];`,
    '/** Round 18: words naming the house number (number.txt: `n.º`, `núm.`, `numéro`), dotted or three letters and more. */',
    `export const HOUSE_NUMBER_WORDS: readonly string[] = [${list(houseNumberWords)}];`,
    '/** Round 21: building words (building_types: `building`, `tower`, `edificio`, `bâtiment`), before or after a building\'s name. */',
    `export const BUILDING_TYPE_WORDS: readonly string[] = [${list(buildings)}];`,
    '/** Round 21: a house with no number (no_number: `s/n`, `s.n.`, `б/н`, `f.n.`, `sin número`, `bez broja`), with a slash, dot or space. */',
    `export const NO_NUMBER_FORMS: readonly string[] = [${list(noNumber)}];`,
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(STREET_TYPES_FILE, renderStreetTypes());
  console.log(`wrote ${STREET_TYPES_FILE}`);
}
