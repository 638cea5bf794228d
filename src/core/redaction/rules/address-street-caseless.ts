// Street lines of scripts without capital letters, where the name's shape cannot be read from its case: Arabic,
// Hebrew, Thai, Georgian, Indic and Ethiopic lines are found by a street type of libpostal's dictionaries next to
// the name and a house number beside them (`שדרות רוטשילד 16`, `٤٥ شارع النيل`, Thai `ถนนสุขุมวิท 21` with the
// type glued before), and Korean road-name lines by their 로/길 road word (`테헤란로 152`). Split from
// address-street-lines.ts, which handles the cased scripts and calls these.
import type { Range } from '../types';
import { STREET_TYPE_WORDS } from './address-street-types-data';
import { lower, wordsAfter, type Word } from './address-street-words';

const TYPES = new Set(STREET_TYPE_WORDS);

export const CASELESS = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Georgian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Ethiopic}]/u;

/** Thai writes the type glued before the name; the types are libpostal's Thai ones. */
const THAI_OPENING = new RegExp(
  `^(?:${STREET_TYPE_WORDS.filter((t) => /^\p{Script=Thai}+$/u.test(t)).sort((a, b) => b.length - a.length).join('|')})\\p{Script=Thai}{2,}$`,
  'u',
);

/**
 * A type then one to three words then the number (`שדרות רוטשילד 16`, `شارع الاستقلال ٢٥`), or one word the type opens
 * without a space (Thai `ถนนสุขุมวิท 21`, `ซอยอารีย์ 5`): where the street starts, or null.
 */
export function caselessStart(words: Word[]): number | null {
  let names = 0;
  for (const w of words) {
    if (!CASELESS.test(w.text)) return null;
    if (TYPES.has(lower(w.text)) && names > 0) return w.start;
    if (names === 0 && THAI_OPENING.test(w.text)) return w.start;
    if (++names > 3) return null;
  }
  return null;
}

/**
 * Number first (`٢ شارع الاستقلال`, `12 רחוב הרצל`): the type right after the number, then one to three name words.
 * The first word is read alone: most numbers in caseless text (`صندوق بريد ١٢٣ …`) have no type after them.
 */
export function caselessNumberFirstEnd(text: string, numberEnd: number): number | null {
  const [first] = wordsAfter(text, numberEnd, 1);
  if (!first || !TYPES.has(lower(first.text))) return null;
  const words = wordsAfter(text, numberEnd, 4);
  if (!words[1] || !CASELESS.test(words[1].text)) return null;
  let end = words[1].end;
  for (const w of words.slice(2, 4)) if (CASELESS.test(w.text)) end = w.end;
  return end;
}

/**
 * Korean road-name lines: a road word ending in 로/길 (대로, 번길) and the building number (`세종대로 110`, `테헤란로 152`,
 * `연무장5길 7`), the number closing the line or the clause — `로` is also a particle (`버스로 10 정거장`).
 */
const KOREAN_ROAD = /(?<![가-힣\d])[가-힣]{1,12}\d{0,3}(?:대로|로|길)(?: ?\d{1,4}(?:번길|가길))? \d{1,5}(?:-\d{1,4})?(?=$|[\s,.;)\]"'](?![가-힣]))/gu;
const KOREAN_PARTICLE = /(?:으로|에로|부로|로서|로써)(?: |$)/u;

export function* findKoreanRoads(text: string): Iterable<Range> {
  if (!/[가-힣]/u.test(text)) return;
  for (const m of text.matchAll(KOREAN_ROAD)) {
    const road = m[0].slice(0, m[0].search(/ \d/u) + 1);
    if (KOREAN_PARTICLE.test(road) || [...road.trim()].length < 3) continue;
    yield { start: m.index, end: m.index + m[0].length };
  }
}
