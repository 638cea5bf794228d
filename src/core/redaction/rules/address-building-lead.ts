// Round 21: the building and floor parts written before a street line (`Town Hall House Level 2, 456 Kent Street`,
// `Edificio Sol, Piso 4, Calle Mayor 12`, `Bâtiment C, 2e étage, 14 rue de la Paix`). precedeAddress
// (address-continuation.ts) stretches a found street back over up to two of them. The words are libpostal's: level
// and unit words through isUnitSegment, building words from building_types (address-street-types-data.ts).
import { isUnitSegment } from './address-segments';
import { BUILDING_TYPE_WORDS } from './address-street-types-data';

/** Segments looked back over are at most this long. */
const MAX_SEGMENT = 60;
const BUILDING_WORDS = new Set(BUILDING_TYPE_WORDS);
/** A word of a building's or floor's name: capitalised, a number or letter, or a particle inside the name. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*|\d{1,4}\p{L}{0,3}\.?|[#№]\d{1,4}|of|the|de|del|la|le|du|des|di|da|do|van|von)$/u;
const CAPITAL_OR_NUMBER = /^(?:\p{Lu}|\d)/u;

/**
 * Round 21: where a building's or floor's part ends just before `start` (a comma or line break between), where it begins:
 * a floor, suite or unit part (`Level 2`, `4th floor`, `Piso 4`, `3. Etage`; libpostal's level and unit words via
 * isUnitSegment), a capitalised building name before one (`Town Hall House Level 2`), or a name holding a building word
 * of libpostal's building_types in any language (`Lazarieh Building`, `Edificio Sol`, `Torre B`, `Bâtiment C`).
 * Only the capitalised tail of the segment is taken: the sentence before it (`please send to`) is not.
 */
export function buildingLead(text: string, start: number): number | null {
  const before = /(?:[,،、，;][ \t]{0,2}|[ \t]{0,2}\n[ \t>]{0,4})$/u.exec(text.slice(Math.max(0, start - 8), start));
  if (!before) return null;
  const segEnd = start - before[0].length;
  const window = text.slice(Math.max(0, segEnd - MAX_SEGMENT), segEnd);
  const segment = window.slice(Math.max(window.lastIndexOf('\n'), window.search(/[,،、，;:][^,،、，;:]*$/)) + 1);
  // a floor or unit part holds a number or a letter standing for one; a building part, a building word
  if (!/\d|\b\p{Lu}\b/u.test(segment) && !segment.split(/[\s"'“”«»>(]+/).some((w) => BUILDING_WORDS.has(w.toLowerCase()))) return null;
  const words = [...segment.matchAll(/[^\s"'“”«»>(]+/g)];
  let first = words.length;
  // (a floor or unit word is lower-case in many languages: `2e étage`, `5º andar`, `3 этаж`)
  const partWord = (w: string) => NAME_WORD.test(w) || isUnitSegment(`${w} 1`);
  while (first > 0 && first > words.length - 6 && partWord(words[first - 1]![0])) first--;
  // the name starts at a capital or a number, not at a particle
  while (first < words.length && !CAPITAL_OR_NUMBER.test(words[first]![0])) first++;
  if (first === words.length) return null;
  for (let i = first; i < words.length; i++) {
    const tail = segment.slice(words[i]!.index);
    const unit = isUnitSegment(tail);
    const building = words.slice(first).some((w) => BUILDING_WORDS.has(w[0].toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(w[0]));
    if (unit || (i === first && building && words.length - first >= 2)) return segEnd - segment.length + words[first]!.index;
  }
  return null;
}

