// Addresses typed all in lower case (round 12): `flat 3, 22 acacia avenue, leeds ls6 2ab`, `4417 n kedzie ave apt 2r
// chicago il 60625`, `1203-55 bloor st w toronto on m4w 1a5`. Every address rule reads capitals (a town, a state code,
// a postcode's letters), and lower case is what separates an address from the sentence around it, so a lower-case
// address is read only where the text introduces one (the address words of address-introduced.ts): the rest of that
// line, when it holds no capital and a digit, is written as a person would capitalise it — each word's first letter,
// and a short token mixing letters and digits (`ls6`, `2ab`, `m4w`) or letters right before or after a number (`il
// 60625`, `nsw 2026`, `3000 bb`) in capitals — and the other address rules run on that copy; their spans map back
// one to one, since only the case changed. Each line is read once, so the cost stays linear. Round 14: a US line
// needs no introduction when a lower-case state code and ZIP end it (below).
import type { Range, RedactionRule } from '../types';
import { cyrillicTitleCase, lowerCyrillicLines } from './address-cyrillic-lower';
import { INTRO } from './address-introduced';
import { lineEndWithin, lineStartWithin, US_BOX_WORDS, US_STATE_CODES } from './address-lines';
import { QUERY_INTRO } from './address-query-intros';
import { ENDS_IN_HOUSE_NUMBER, numberTypeLineLength, separatorsAsCommas, townTailLength, untypedStreetLength } from './address-typed-forms';
import { ENGLISH_ONLY_STREET_TYPE_WORDS, ENGLISH_STREET_TYPE_WORDS, GLUED_STREET_TYPES, STREET_TYPE_WORDS } from './address-street-types-data';
import { ENGLISH_STREET_TYPES } from './address-words';

const MAX_LINE = 160;
/** The label's end: separators, and a copula or a lower-case label word before a colon (`is`, `de entrega:`). */
const LABEL_END = /^[ \t]*(?:[:=：\-–—"'“«>(]+[ \t]*)*(?:(?:is|es|ist|est|è|é|är|er|on|jest|je)[ \t]+|(?:\p{Ll}{1,12}[ \t]+){0,2}\p{Ll}{1,12}[ \t]*[:：][ \t]*)?/u;

/**
 * The line as a person would capitalise it, up to the end of the comma segment holding its last number (`…, leeds ls6
 * 2ab, please` keeps `please`, which would read as a town); the same length as `line` (a letter whose capital is
 * longer is kept).
 */
export function capitalised(line: string): string {
  const tokens = line.split(/(\s+)/);
  let last = -1;
  tokens.forEach((token, i) => {
    if (/\d/.test(token)) last = i;
  });
  let stop = last;
  while (stop !== -1 && stop + 2 < tokens.length && !/[,;，]$/.test(tokens[stop]!)) stop += 2;
  return tokens
    .map((token, i) => {
      if (/^\s*$/.test(token) || i > stop) return token;
      const prev = tokens[i - 2] ?? '';
      const next = tokens[i + 2] ?? '';
      const letters = token.replace(/[^\p{L}]/gu, '');
      const upper =
        (/\p{L}/u.test(token) && /\d/.test(token) && token.replace(/[.,;]$/, '').length <= 4) ||
        (/^\p{Ll}{2,3}[.,;]?$/u.test(token) && (/^\d/.test(next) || /^\d{4,5}[.,;]?$/.test(prev) || /^\p{L}{1,3}\d/u.test(next)));
      const changed = upper ? token.toUpperCase() : token.charAt(0).toUpperCase() + token.slice(1);
      return changed.length === token.length && letters !== '' ? changed : token;
    })
    .join('');
}

/**
 * Round 14: a US line typed in lower case with no introduction before it (`3245 latta rd # 16988
 * rochester ny 14616`, `rr # 3 box 273 sullivan il 61951` in a CSV cell or a JSON string, after a label in any
 * language). Its end is what marks it: a state code in lower case right before a ZIP (`ny 14616`,
 * `sc 29730-3316`). The run read is the lower-case text before that ZIP, back to the last word holding a capital,
 * a quote, a colon or markup (the label or the field's name), at most one line of MAX_LINE characters; the
 * capital-reading rules then decide on its capitalised copy, with the two numbers a lower-case address needs.
 */
const LOWER_STATE_ZIP = new RegExp(
  `(?<![\\p{L}\\p{Nd}])(?:${US_STATE_CODES.toLowerCase().replace(/ /g, '|')})\\.?,?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{Nd}-])`,
  'gu',
);
/** A character no lower-case address holds: it ends the run at the word it stands in. */
const NOT_LOWER_ADDRESS = /[^\p{Ll}\p{M}\p{Nd}\s#№°.,/&-]/u;

/** Street types in English (libpostal's, with the two-letter USPS ones: `st`, `rd`) and the USPS box and route words. */
const US_LINE_WORDS = new Set([...ENGLISH_STREET_TYPE_WORDS, ...ENGLISH_STREET_TYPES, ...US_BOX_WORDS]);
/** Words after which a number is a unit's, a box's or an account's (`# 502`, `apt 3`, `lockbox no 774193`, `client code 28502`). */
const UNIT_BEFORE = new Set(['#', 'no', 'apt', 'ste', 'suite', 'unit', 'lot', 'box', 'lockbox', 'code', 'rm', 'room', 'fl', 'floor', 'bldg', 'spc', 'trlr', 'dept']);

/**
 * Without an introduction nothing but the ZIP says address, so the span must read as a US line (Publication 28's
 * order): a box or route word, or a house number, a name and a street type among the next five words; after the type
 * a number only as a unit's (`# 502`, `apt 3`); a town word before the state. Prose with a type word in it
 * (`build 42 of the main branch in 12345`, `5 miles on the trail in 95 degrees, ok 12345`, `la 5 rue est fermée, ca
 * 12345`) has no town there, a bare number after the type, or no name before it.
 */
function usLine(value: string): boolean {
  const words = value.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/\.$/, '')).filter((w) => w !== '');
  if (US_BOX_WORDS.includes(words[0]!)) return true;
  const type = words.findIndex((w, i) => i >= 2 && i <= 5 && US_LINE_WORDS.has(w));
  const state = words.length - 2;
  if (!/^\d/.test(words[0]!) || type === -1 || type >= state - 1 || !/^\p{L}+$/u.test(words[state - 1]!)) return false;
  return words.slice(type + 1, state).every((w, i, rest) => !/\d/.test(w) || /^#/.test(w) || UNIT_BEFORE.has(rest[i - 1] ?? words[type]!));
}

function* lowerCaseStateRuns(text: string): Iterable<Range> {
  const re = new RegExp(LOWER_STATE_ZIP.source, LOWER_STATE_ZIP.flags);
  let floor = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const end = match.index + match[0].length;
    let start = lineStartWithin(text, Math.max(floor, end - MAX_LINE), match.index);
    floor = end;
    const before = text.slice(start, match.index);
    let cut = before.length;
    while (cut > 0 && !NOT_LOWER_ADDRESS.test(before[cut - 1]!)) cut--;
    // the run starts at a word's start: a label's lower-case tail (`Bezorgadres`) is not part of it
    if (cut > 0 && /\p{L}/u.test(before[cut - 1]!)) while (cut < before.length && !/\s/.test(before[cut - 1]!)) cut++;
    while (cut < before.length && /\s/.test(before[cut]!)) cut++;
    start += cut;
    if (/\d/.test(text.slice(start, match.index))) yield { start, end };
  }
}

/**
 * Round 22: street types of languages other than English (libpostal's street_types, above), lower case: a lower-case
 * span that starts with one (`via …`, `rue …`, `calle …`, `avenida …`, or a glued one below) and holds a postcode-long number needs no
 * house number (`via giovanni della casa 20147 milano mi`); English types (`park`, `way`) start ordinary phrases.
 */
const ENGLISH_ONLY = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
const LEADING_STREET_TYPES = new Set(STREET_TYPE_WORDS.filter((w) => !ENGLISH_ONLY.has(w) && w.length >= 3));
/**
 * Round 22: or a name glued to its type (`nygatan`, `bahnhofstrasse`, `kalverstraat`: libpostal's concatenated
 * suffixes), of five letters or more and listed as a street type of its own too, so town endings (`-berg`, `-burg`,
 * `-dorf`) are not among them: `ich wohne in heidelberg seit 2019` is no street.
 */
const STREET_TYPE_SET = new Set(STREET_TYPE_WORDS);
const GLUED_THOROUGHFARES = GLUED_STREET_TYPES.filter((t) => t.length >= 5 && STREET_TYPE_SET.has(t));
const GLUED_TYPE_END = new RegExp(`\\p{L}{2}(?:${GLUED_THOROUGHFARES.join('|')})$`, 'u');
function leadsWithStreetType(span: string): boolean {
  const first = /^\p{L}+/u.exec(span.toLowerCase())?.[0] ?? '';
  return (LEADING_STREET_TYPES.has(first) || GLUED_TYPE_END.test(first)) && /(?<!\d)\d{4,7}(?!\d)/.test(span);
}

/** The rules that need capitals in Latin-script addresses; the caseless-script and CJK rules would find nothing new. */
const READS_CAPITALS = new Set([
  'address-block', 'address-line', 'address-postcode-block', 'address-country-data', 'po-box', 'street-line', 'us-street-address',
  'uk-postcode', 'de-street-address',
]);

/**
 * Georgian is written in Mkhedruli, whose letters Unicode files as lower case (Mtavruli capitals are for headings),
 * so every Georgian word read as prose to the address rules (`თბილისი, რუსთაველის გამზ. 12, ბ. 4, 0108`). A block
 * of up to five lines holding Georgian words and a digit is read from a copy whose Georgian words start with their
 * Mtavruli capital, by the rules that read segments (the word for address may stand in the block).
 */
const GEORGIAN_WORD_START = /(?<![\p{L}\p{M}])\p{Script=Georgian}/gu;
function* georgianBlocks(text: string): Iterable<{ start: number; end: number }> {
  const re = /\p{Script=Georgian}/gu;
  let floor = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match.index < floor) continue;
    // Both searches for a line break stay inside the block's window: unbounded, each block scanned to the start and
    // the end of a text with no line break (5 MB of Georgian words: 3,700 ms/MB, growing with the text's length).
    const start = lineStartWithin(text, Math.max(floor, match.index - MAX_LINE), match.index);
    const limit = Math.min(text.length, start + 2 * MAX_LINE);
    let end = match.index;
    for (let lines = 0; lines < 5 && end < text.length && end - start < 2 * MAX_LINE; lines++) {
      const lineEnd = lineEndWithin(text, end + 1, limit);
      const line = text.slice(end === match.index ? start : end + 1, lineEnd);
      if (lines > 0 && !/\p{Script=Georgian}|^[\s\d.,-]{1,12}$/u.test(line)) break;
      end = lineEnd;
    }
    end = Math.min(end, start + 2 * MAX_LINE);
    floor = end;
    re.lastIndex = end;
    if (/\d/.test(text.slice(start, end))) yield { start, end };
  }
}

/**
 * The rules that read an address's segments in any script (the postcode walk and the introduced segments); the
 * street-line rules found nothing more on the Georgian samples and would read every Georgian line twice.
 */
const READS_GEORGIAN = new Set(['address-postcode-block', 'introduced-address']);
/**
 * Round 23: the rules that read a capitalised Cyrillic line: the Cyrillic rule, and the postcode walk for the Serbian and
 * Macedonian order (`ул. слобода бр. 1 81000 подгорица`); the block rule found nothing more there.
 */
const READS_CYRILLIC = new Set(['address-cyrillic', 'address-postcode-block']);

export function lowerCaseAddressRule(rules: () => readonly RedactionRule[]): RedactionRule {
  return {
    id: 'lower-case-address',
    kind: 'postal_address',
    level: 'strict',
    priority: 40,
    description:
      'Round 12: an address typed in lower case after its introduction (round 14: or a US line ending in a lower-case state and ZIP), read by the other address rules from a copy capitalised as a person would write it (`leeds ls6 2ab`, `chicago il 60625`)',
    *find(text: string): Iterable<Range> {
      function* readCapitalised(line: string, start: number, introduced = false): Iterable<Range> {
        const copy = capitalised(separatorsAsCommas(line));
        for (const rule of rules()) {
          if (!READS_CAPITALS.has(rule.id)) continue;
          for (const range of rule.find(copy)) {
            // lower case gives no name to hold on to: a house number and a postcode (two numbers) must be there, or
            // (round 22) a postcode after a leading street type of a language other than English
            const span = copy.slice(range.start, range.end);
            if ((span.match(/\p{Nd}+/gu)?.length ?? 0) < 2 && !leadsWithStreetType(span)) {
              // round 23: or, after an introduction, the street line from the line's start to its house number and
              // the town after it (`via torino 44 piossasco`, `colditzer weg 18, holzwickede, dzięki`)
              const town = introduced && range.start === 0 && ENDS_IN_HOUSE_NUMBER.test(span) ? townTailLength(line.slice(range.end)) : 0;
              if (town) yield { start, end: start + range.end + town };
              continue;
            }
            yield { start: start + range.start, end: start + range.end };
          }
        }
      }
      // round 22: a route or place search (`directions to …`, `cómo llegar a …`) introduces a lower-case line too
      // round 23 (speed): a line both kinds of phrase introduce (`send the box to …`) is read once
      const linesRead = new Set<number>();
      for (const intro of [INTRO, QUERY_INTRO]) yield* introducedLines(intro);
      function* introducedLines(intro: RegExp): Iterable<Range> {
        const re = new RegExp(intro.source, intro.flags);
        let floor = 0;
        let match: RegExpExecArray | null;
        while ((match = re.exec(text)) !== null) {
          const afterIntro = match.index + match[0].length;
          if (afterIntro < floor) continue;
          const label = LABEL_END.exec(text.slice(afterIntro, afterIntro + 40));
          const start = afterIntro + (label?.[0].length ?? 0);
          const lineEnd = text.indexOf('\n', start);
          const end = Math.min(lineEnd === -1 ? text.length : lineEnd, start + MAX_LINE);
          floor = end;
          if (linesRead.has(start)) continue;
          linesRead.add(start);
          const line = text.slice(start, end);
          if (/\p{Lu}/u.test(line) || !/\d/.test(line) || !/^\p{Ll}|^\d/u.test(line)) continue;
          let found = false;
          for (const range of readCapitalised(line, start, true)) {
            // a query's address follows its phrase: lower-case words before a number there are a sentence (`how far is
            // the 2026 expo site`)
            if (intro === INTRO || range.start === start) {
              found = true;
              yield range;
            }
          }
          // round 23: a street with no type word, its number and its town (`dam 16 amsterdam`) right after the phrase
          // (or its house number first: `8 rue alfred mortier nice`)
          const untyped = found ? 0 : untypedStreetLength(line) || numberTypeLineLength(line);
          if (untyped) yield { start, end: start + untyped };
        }
      }
      for (const run of lowerCaseStateRuns(text)) {
        for (const range of readCapitalised(text.slice(run.start, run.end), run.start)) {
          // the whole lower-case run is the address: lower-case words before its house number are a sentence
          if (range.start === run.start && usLine(text.slice(range.start, range.end))) yield range;
        }
      }
      // round 23: a Cyrillic address typed in lower case, read from a copy capitalised the post office's way
      for (const line of lowerCyrillicLines(text)) {
        const copy = cyrillicTitleCase(text.slice(line.start, line.end));
        for (const rule of rules()) {
          if (!READS_CYRILLIC.has(rule.id)) continue;
          for (const range of rule.find(copy)) yield { start: line.start + range.start, end: line.start + range.end };
        }
      }
      for (const block of georgianBlocks(text)) {
        const capital = (c: string) => (c.toUpperCase().length === 1 ? c.toUpperCase() : c);
        const copy = text.slice(block.start, block.end).replace(GEORGIAN_WORD_START, capital);
        for (const rule of rules()) {
          if (!READS_GEORGIAN.has(rule.id)) continue;
          for (const range of rule.find(copy)) yield { start: block.start + range.start, end: block.start + range.end };
        }
      }
    },
  };
}
