// Round 16: street lines typed by hand in lower case, with the street type abbreviated, inside a value that bounds
// them — a JSON string (`"line": "12 main st, boston ma"`), a quoted CSV cell (`"14 rue pelisson villeurbanne"`), an
// element's text (`<p class="adr">3 av camille guerin, 44000 Nantes</p>`), a line of its own, or the rest of a line
// after a label (`Indirizzo: rua godinho de faria 1200 porto — citofono "Studio"`). Round 12's lower-case rule reads
// only lines with no capital after an address word and needs two numbers; here the town may keep its capital and the
// value's bounds stand in for the introduction. The value is read as a person would capitalise it (each word's first
// letter, short letter-digit tokens and a closing region code in capitals) by the capital-reading address rules, and
// a span counts when it holds two numbers (house and postcode) or is the whole value: a bounded value that is a
// street line and its town from end to end is an address in any country (`5 via dante, milano`, `ul. długa 12
// gdańsk`, `calle mayor 3, madrid`). A lower-case street type word (libpostal's, or its short abbreviation) must be in
// the value, with a name word beside it; each value is read once and is at most 120 characters (the value pattern's bound), so the cost is
// linear.
import type { Range, RedactionRule } from '../types';
import { SHORT_STREET_TYPE_ABBREVIATIONS, STREET_TYPE_WORDS } from './address-street-types-data';

const TYPE_WORDS = new Set([...STREET_TYPE_WORDS, ...SHORT_STREET_TYPE_ABBREVIATIONS.filter((w) => w.length >= 2)]);
/** Single-letter abbreviations only the French and Portuguese write before a name (`r general buat`, `r. augusta`). */
const ONE_LETTER_TYPES = new Set(['r']);
/** The rules that read capitals in Latin-script lines (as in address-lower-case.ts). */
const READS_CAPITALS = new Set(['address-block', 'address-line', 'address-postcode-block', 'street-line', 'us-street-address', 'introduced-address']);

/**
 * Values: a quoted string, an element's text, a line, or the rest of a line after a label's colon, each cut at a
 * spaced dash or a bracket (what follows is a note). Only characters an address line holds.
 */
const VALUE = /(?:(?<=["“>])|(?<=[\p{L}\p{M}][:：][ \t]{1,3})|^[ \t]*)([\p{Ll}\p{Nd}][\p{Ll}\p{Lu}\p{M}\p{Nd} \t,.#/'’°º-]{4,119}?)(?=[ \t]*(?:["”<]|[ \t][—–-][ \t]|\(|[.!?]?[ \t]*$))/gmu;

const WORD = /[\p{L}\p{M}]+\.?/gu;

/** Whether the value holds a lower-case street type word with a name word on one side of it. */
function hasTypedStreet(value: string): boolean {
  const words = value.split(/[\s,]+/).filter((w) => w !== '');
  return words.some((w, i) => {
    const bare = w.replace(/\.$/, '');
    if (!/^\p{Ll}/u.test(bare) || !(TYPE_WORDS.has(bare) || (ONE_LETTER_TYPES.has(bare) && /^\p{L}{3}/u.test(words[i + 1] ?? '')))) return false;
    const name = (v: string | undefined) => v !== undefined && /^\p{L}{3}/u.test(v) && !TYPE_WORDS.has(v.toLowerCase());
    return name(words[i - 1]) || name(words[i + 1]);
  });
}

/** The value as a person would write it: each word's first letter in capitals, a closing region code (`bc`, `ma`) too. */
export function titleCased(value: string): string {
  const last = [...value.matchAll(WORD)].pop();
  return value.replace(/[\p{L}\p{M}\p{Nd}]+/gu, (token, at: number) => {
    if (/\p{Nd}/u.test(token) && /\p{L}/u.test(token) && token.length <= 4) return token.toUpperCase();
    const up = token.charAt(0).toUpperCase() + token.slice(1);
    if (at === last?.index && /^\p{Ll}{2}$/u.test(token) && /\p{L}{3}[ \t,]+$/u.test(value.slice(0, at))) return token.toUpperCase();
    return up.length === token.length ? up : token;
  });
}

export function typedStreetLineRule(rules: () => readonly RedactionRule[]): RedactionRule {
  return {
    id: 'typed-street-line',
    kind: 'postal_address',
    level: 'strict',
    priority: 40,
    description:
      'Round 16: a street line typed in lower case with its type word (`12 main st, boston ma`, `3 av camille guerin, 44000 Nantes`, `14 rue pelisson villeurbanne`) as a whole JSON string, quoted cell, element text, line or labelled value, read by the other address rules from a capitalised copy',
    *find(text: string): Iterable<Range> {
      const re = new RegExp(VALUE.source, VALUE.flags);
      let match: RegExpExecArray | null;
      while ((match = re.exec(text)) !== null) {
        const value = match[1]!.replace(/[\s,.]+$/, '');
        const start = match.index + match[0].indexOf(match[1]!);
        if (!/\p{Nd}/u.test(value) || !/(?:^|\s)\p{Ll}{2}/u.test(value) || !hasTypedStreet(value)) continue;
        const copy = titleCased(value);
        const numbers = value.match(/\p{Nd}+/gu)?.length ?? 0;
        // a whole value opens with its house number or its street type (`14 rue …`, `av paulista 1578 …`), in at
        // most eight words: prose with a type word in it (`string is valid for a block scalar, 1`) opens otherwise
        const [head = '', second = ''] = value.split(/[\s,]+/, 2);
        const first = head.replace(/\.$/, '');
        // a type word opens a street when a name follows it (`av paulista 1578`), not a number (`la 5 rue est …`)
        const opens = /^\p{Nd}/u.test(first) || ((TYPE_WORDS.has(first) || ONE_LETTER_TYPES.has(first)) && /^\p{L}/u.test(second));
        // a line of prose that holds a type word and two numbers (`build 42 of the main branch in 12345 ms`, `la 5
        // rue est fermée, ca 12345 personnes`) reads as names once capitalised: the street must open the value
        if (!opens) continue;
        const opensStreet = value.split(/\s+/).length <= 8;
        let best: Range | null = null;
        for (const rule of rules()) {
          if (!READS_CAPITALS.has(rule.id)) continue;
          for (const range of rule.find(copy)) {
            const span = copy.slice(range.start, range.end);
            const whole = opensStreet && range.start === 0 && range.end >= value.length - 1 && span.split(/\s+/).length >= 3;
            // lower case gives no name to hold on to: two numbers (house and postcode), or the whole bounded value
            if (!whole && (range.start !== 0 || numbers < 2 || (span.match(/\p{Nd}+/gu)?.length ?? 0) < 2)) continue;
            if (!best || range.end - range.start > best.end - best.start) best = range;
          }
        }
        if (best) yield { start: start + best.start, end: start + best.end };
      }
    },
  };
}
