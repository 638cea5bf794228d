// Round 16: the romanised addresses of countries whose own script is not Latin, written as named parts (Uzbek
// `Toshkent sh., Yunusobod tumani, Amir Temur ko‘chasi, 107B-uy`, Russian `g. Tver, ul. Sovetskaya, d. 12`, Qatar
// `Building 18, Street 820, Zone 45, Al Sadd, Doha`, Korean `Gangnam-gu, Teheran-ro 152`, Indian `H.No. 4-1-12,
// Ramkoti, Hyderabad - 500001`). The part words are transliterations the Latin-script rules do not list
// (address-romanised-words.ts) and the names are often lower case, so neither capitals nor street types find them.
// As in address-script-parts.ts, a run of short comma-separated parts on one line is an address when its part words
// name two different things and one part carries a number; South Asia's `Town - PIN` (a dash before a 6-digit PIN,
// Bangladesh's 4-digit code) closes a run of places on its own. Each line is split once: linear.
import type { Range, RedactionRule } from '../types';
import type { PartClass } from './address-script-words';
import { HYPHENATED_PART_WORDS, NUMBERED_ONLY_WORDS, ROMANISED_PART_WORDS } from './address-romanised-words';
import { allMatches } from './regex-scan';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLASS_OF = new Map<string, PartClass>();
for (const [cls, words] of Object.entries(ROMANISED_PART_WORDS) as [PartClass, readonly string[]][]) {
  for (const w of words) if (!CLASS_OF.has(w)) CLASS_OF.set(w, cls);
}
const HYPHENATED = new Map<string, PartClass>(
  HYPHENATED_PART_WORDS.map((w) => [w, ['ro', 'gil', 'daero'].includes(w) ? 'street' : w === 'uy' || w === 'chome' ? 'house' : 'area']),
);
const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length).map(escape).join('|');
const LETTER = "[\\p{L}\\p{M}'‘’`]";
/** Words ending in a full stop need no letter test after them; hyphenated ones follow a letter or digit and `-`. */
const PART_WORD = new RegExp(
  `(?<!${LETTER})(${byLength([...CLASS_OF.keys()])})(?!${LETTER})|(?<=[\\p{L}\\p{N}]-)(${byLength([...HYPHENATED.keys()])})(?!${LETTER})`,
  'giu',
);

/** A line holding a part word at all: most lines hold none and are skipped after one test. */
const ANY_WORD = new RegExp(PART_WORD.source, 'iu');
/** `Hyderabad - 500064`, `Dhaka-1207`, `Kathmandu – 44600`: a town, a dash, a postcode (not a year). */
const DASHED_PIN = /^[\p{L}][\p{L}\p{M} .'’-]{1,30}?\s?[-–]\s?(?:[1-9]\d{5}|\d{4,5})$/u;
const YEAR = /(?:^|\D)(?:19|20)\d\d$/;
const NUMBER_ALONE = /^\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)*$/;
/** A town and its postcode either way round (`Doha 23`, `Tashkent 100084`, `0002 YEREVAN`), or a 6-digit code alone (`050008`). */
const TOWN_POSTCODE = /^\d{6}$|^(?:[\p{L}\p{M}'’.-]+ ){1,3}\d{4,7}$|^\d{4,7}(?: [\p{L}\p{M}'’.-]+){1,3}$/u;
const PLACE = /^(?:[\p{L}\p{M}'‘’.-]{2,24}(?: |$)){1,3}$/u;
/** Characters that end a run: quotes, brackets, labels, code. */
const HARD = /[":“”|()[\]{}<>=@*_$%€£+~^\\;]/;

type Kind = 'named' | 'number' | 'postcode' | 'pin' | 'place';
interface Read {
  kind: Kind;
  classes: Set<PartClass>;
  numbered: boolean;
}

function readPart(value: string): Read | null {
  if (value === '' || value.length > 60 || HARD.test(value)) return null;
  const classes = new Set<PartClass>();
  let numbered = false;
  // round 22 (speed): the pooled copy of the pattern, not matchAll's fresh copy per part (~5 µs each, regex-scan.ts)
  for (const m of allMatches(value, PART_WORD)) {
    const word = (m[1] ?? m[2]!).toLowerCase();
    const cls = m[1] !== undefined ? CLASS_OF.get(word) : HYPHENATED.get(word);
    if (cls === undefined) continue;
    // English and Gulf words count only as `Zone 45`; short words (`Qu`, `Soi`) only capitalised or with a number
    if (m[1] !== undefined && NUMBERED_ONLY_WORDS.has(word) && !/^\p{L}+\.? \d{1,5}[A-Za-z]?$/u.test(value)) continue;
    if (m[1] !== undefined && word.replace(/\W/g, '').length <= 3 && !/\./.test(word) && !/\d/.test(value) && !/^\p{Lu}/u.test(m[0])) continue;
    classes.add(cls);
    if (cls !== 'postcode' && /\d/.test(value)) numbered = true;
  }
  if (classes.size > 0) return { kind: 'named', classes, numbered };
  if (DASHED_PIN.test(value) && !YEAR.test(value)) return { kind: 'pin', classes: new Set(['postcode']), numbered: false };
  if (NUMBER_ALONE.test(value)) return { kind: 'number', classes, numbered: true };
  if (TOWN_POSTCODE.test(value) && !YEAR.test(value)) return { kind: 'postcode', classes: new Set(['postcode']), numbered: false };
  if (PLACE.test(value) && value.split(' ').length <= 3) return { kind: 'place', classes, numbered: false };
  return null;
}

interface Found {
  start: number;
  end: number;
  read: Read;
}

function accepted(parts: Found[]): boolean {
  const classes = new Set<PartClass>();
  let numbered = false;
  parts.forEach((p, i) => {
    // a word and a number opening the run (`Room 1204, Building 7`) is no town and postcode: those close it
    if (p.read.kind !== 'postcode' || i === parts.length - 1) for (const c of p.read.classes) classes.add(c);
    if (p.read.numbered && p.read.kind === 'named') numbered = true;
    const beside = [parts[i - 1], parts[i + 1]].some((q) => q?.read.classes.has('street') || q?.read.classes.has('house'));
    if (p.read.kind === 'number' && beside) numbered = true;
  });
  const named = parts.filter((p) => p.read.kind === 'named').length;
  if (classes.size >= 2 && named >= 1 && (numbered || (named >= 3 && classes.has('street')))) return true;
  // `uppuguda, Charminar, Hyderabad - 500064`: places closed by a dashed PIN
  const last = parts[parts.length - 1];
  return last?.read.kind === 'pin' && parts.length >= 3;
}

/** The words of a part, split at white space. */
const TOKEN = /\S+/g;

/** A word that may stand in an address part at its edge: a name (capital), a number, a part word, a dash. */
const PART_TOKEN = (token: string) => /^[\p{Lu}\p{N}–-]/u.test(token) || ANY_WORD.test(token);

/**
 * The part's text without the spaces and full stops around it. A part at a run's edge is cut at a label or quote,
 * and loses the words of the sentence around the address (`Deliver to Building 2115`, `Manama please`): lower-case
 * words that are no part word, unless the part holds nothing else (`uppuguda`).
 */
function trimPart(line: string, start: number, end: number, edge: 'left' | 'right' | null): Found | null {
  let s = start;
  let e = end;
  if (edge === 'left') {
    for (let i = e - 1; i >= s; i--) if (HARD.test(line[i]!)) { s = i + 1; break; }
  } else if (edge === 'right') {
    for (let i = s; i < e; i++) if (HARD.test(line[i]!)) { e = i; break; }
  }
  const tokens = allMatches(line.slice(s, e), TOKEN);
  if (edge === 'left' && tokens.length > 1) {
    let first = tokens.length;
    while (first > 0 && PART_TOKEN(tokens[first - 1]![0])) first--;
    if (first === tokens.length) return null;
    s += tokens[first]!.index;
  } else if (edge === 'right' && tokens.length > 1) {
    let last = 0;
    while (last < tokens.length && PART_TOKEN(tokens[last]![0])) last++;
    if (last === 0) return null;
    e = s + tokens[last - 1]!.index + tokens[last - 1]![0].length;
  }
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /[\s,]/.test(line[e - 1]!)) e--;
  if (e > s && line[e - 1] === '.' && !/(?:^|[\s-])\p{L}{1,4}\.$/u.test(line.slice(s, e))) e--;
  const read = readPart(line.slice(s, e));
  return read === null ? null : { start: s, end: e, read };
}

/** Town names at a run's ends: at most two; the rest of a list of places is no address. */
function trimPlaces(parts: Found[]): Found[] {
  let first = 0;
  while (first < parts.length && parts[first]!.read.kind === 'place') first++;
  let last = parts.length;
  while (last > first && parts[last - 1]!.read.kind === 'place') last--;
  if (first === parts.length) return parts.length >= 3 ? parts : [];
  return parts.slice(Math.max(0, first - 2), Math.min(parts.length, last + 2));
}

function* runsOfLine(line: string, offset: number): Iterable<Range> {
  const bounds: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === ',' || line[i] === '،') {
      bounds.push([from, i]);
      from = i + 1;
    }
  }
  let i = 0;
  while (i < bounds.length) {
    const run: Found[] = [];
    let j = i;
    for (; j < bounds.length; j++) {
      const part = trimPart(line, bounds[j]![0], bounds[j]![1], run.length === 0 ? 'left' : null);
      if (part === null) {
        // the part closing the run may end in a quote or a sentence: its words up to it
        const tail = run.length > 0 ? trimPart(line, bounds[j]![0], bounds[j]![1], 'right') : null;
        if (tail !== null) run.push(tail);
        break;
      }
      run.push(part);
    }
    // the last part read whole may still carry the sentence after the address (`Manama please`)
    const lastBounds = bounds[Math.min(j, bounds.length - 1)]!;
    if (run.length > 1 && j === bounds.length) {
      const cut = trimPart(line, lastBounds[0], lastBounds[1], 'right');
      if (cut === null) run.pop();
      else run[run.length - 1] = cut;
    }
    const parts = trimPlaces(run);
    if (parts.length >= 2 && accepted(parts)) yield { start: offset + parts[0]!.start, end: offset + parts[parts.length - 1]!.end };
    i = Math.max(j, i + 1);
  }
}

function* findRomanisedParts(text: string): Iterable<Range> {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (ANY_WORD.test(line) || /[-–]\s?\d{4,6}\b/.test(line)) yield* runsOfLine(line, offset);
    offset += line.length + 1;
  }
}

export const romanisedPartsAddressRule: RedactionRule = {
  id: 'romanised-parts-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description:
    'Round 16: the romanised address of a country of another script written as named parts (Uzbek tumani/ko‘chasi/uy, Russian ul./d./kv., Korean -gu/-ro, Hebrew sderot/rehov, Gulf Building/Street/Zone numbers, Indian H.No./nagar and Town - PIN): two kinds of part, one numbered, in a run of comma-separated parts',
  find: findRomanisedParts,
};
