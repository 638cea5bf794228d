import { describe, expect, it } from 'vitest';
import { allMatches, releaseScanner, scanning, takeScanner } from './rules/regex-scan';
import { rulesFor } from './rules';

// Round 21 (speed): pooled copies of global patterns must scan exactly as a fresh copy per call did, nested or not.
describe('regex-scan: pooled pattern copies', () => {
  const cases: [RegExp, string][] = [
    [/\p{L}+/gu, 'Ελληνικά слова 漢字 und Wörter'],
    [/(?:)/gu, 'a😀b𝄞'], // empty matches step over whole code points under u
    [/(?:)/g, 'a😀b'], // and over code units without it
    [/(?<=\p{Ll}{2})\d+/gu, 'ab12 CD34 ef56 ĝh78'],
    [/^[ \t]*(\S+)$/gmu, 'erste\n  deuxième\nтретья\n'],
  ];
  it('finds what matchAll finds, in any script, with empty matches', () => {
    for (const [pattern, text] of cases) {
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1]]);
      expect(allMatches(text, pattern).map((m) => [m.index, m[0], m[1]])).toEqual(expected);
      expect(allMatches(text, pattern).map((m) => [m.index, m[0], m[1]])).toEqual(expected); // again, from the pool
    }
  });

  it('gives each scan under way a copy of its own, each starting at 0', () => {
    const pattern = /\p{Nd}+/gu;
    const a = takeScanner(pattern);
    a.exec('١٢ and 34');
    const b = takeScanner(pattern);
    expect(b).not.toBe(a);
    expect(b.lastIndex).toBe(0);
    releaseScanner(pattern, a); // given back mid-scan
    const c = takeScanner(pattern);
    expect(c.lastIndex).toBe(0);
    expect(c.exec('x 5')?.[0]).toBe('5');
  });

  it('gives the copy back when a reading is left early, and the next reading starts over', () => {
    const pattern = /\p{Lu}\p{Ll}+/gu;
    const read = (text: string) =>
      scanning(pattern, function* (re) {
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) yield m[0];
      });
    for (const word of read('Øst Vest Nord')) if (word === 'Øst') break;
    expect([...read('Łódź Kraków')]).toEqual(['Łódź', 'Kraków']);
    // nested readings of one pattern keep their own positions
    const nested: string[] = [];
    for (const outer of read('Αθήνα Πάτρα')) for (const inner of read('Москва Казань')) nested.push(`${outer}/${inner}`);
    expect(nested).toEqual(['Αθήνα/Москва', 'Αθήνα/Казань', 'Πάτρα/Москва', 'Πάτρα/Казань']);
  });
});

// typed-street-line stops reading a value's copy once a span covers it whole: the spans are the longest from the
// value's start, as when every address rule read it (same as at rules version 23, before the change)
describe('typed-street-line: the whole value ends the reading, same spans', () => {
  const typed = rulesFor('strict').find((rule) => rule.id === 'typed-street-line')!;
  const spans = (text: string) => [...typed.find(text)].map((r) => text.slice(r.start, r.end));
  it.each([
    ['1052 ab cd, váci utca 12, 1052 budapest, p.o. box 1, casilla 2', '1052 ab cd, váci utca 12, 1052 budapest, p.o. box 1, casilla 2'],
    ['"ul. długa 12, 80-831 gdańsk"', 'ul. długa 12, 80-831 gdańsk'],
    ['Indirizzo: via dante 5, 20121 milano', 'via dante 5, 20121 milano'],
    ['<p>3 av camille guerin, 44000 Nantes</p>', '3 av camille guerin, 44000 Nantes'],
    ['"kinkerstraat 175, 1053 dd amsterdam"', 'kinkerstraat 175, 1053 dd amsterdam'],
    ['storgatan 7, 111 51 stockholm', 'storgatan 7, 111 51 stockholm'],
    ['"rua augusta 100, 1100-053 lisboa"', 'rua augusta 100, 1100-053 lisboa'],
    ['the pin says 455 43rd st new york ny 11232, but the door is round the back', '455 43rd st new york ny 11232'],
    ['woronicza 17, warszawa, polska', 'woronicza 17, warszawa'],
  ])('%s', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });
});
