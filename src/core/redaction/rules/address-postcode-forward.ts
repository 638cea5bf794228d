// Addresses written postcode first (`〒108-8282\n東京都港区港南2-16-1`, `190000, Москва, ул. …`), or town and
// postcode first (Armenia's `Երևան 0010, Աբովյան փողոց 8`): from the postcode segment that address-postcode-blocks.ts
// found, a walk forward over at most six short segments to the end of the street after it. Each segment is read
// once, at most 90 characters, so the walk is bounded.
import { classify, COMMAS, isBreak, kindOfBreak, prose, segmentAfter, trimmed, type Seg } from './address-postcode-segments';
import { isStreetWord } from './address-postcode-words';
import { POSTCODE_LAST } from './address-postcode-shapes';

/**
 * After a town and its postcode, a street as an address writes it: a name and its type before the number — a type
 * the dictionaries know (`ул. Мясницкая, д. 26`), or in a cased script they lack, the one lower-case word after a
 * capitalised name (`Աբովյան փողոց 8`). One word and a number (`Chrome 12345, Update 5`, `Seattle 98101, Seahawks 24`,
 * `Flight 1234, Gate 12`) is a list of labelled numbers.
 */
function writtenStreet(value: string): boolean {
  const name = /^(.*?)\s*\p{Nd}/u.exec(value)?.[1] ?? value;
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w));
  return words.some((w) => isStreetWord(w)) ? !prose(value) : /^\p{Lu}/u.test(value) && lower.length === 1;
}

/** Postcode first (`〒108-8282\n東京都港区港南2-16-1`, `190000, Москва, ул. …`): the end of the segments after it. */
export function walkForward(text: string, postal: Seg, streetWritten = false): number | null {
  let end: number | null = null;
  let sawStreet = false;
  let at = postal.end;
  while (at < text.length && /[ \t]/.test(text[at]!)) at++;
  for (let n = 0; n < 6 && at < text.length; n++) {
    if (!isBreak(text, at) || kindOfBreak(text, at) === 'hard') break;
    // round 13: a comma closing its line (`Россия, 630099, Новосибирск,\nул. Ленина, д. 12`) breaks once, not twice
    const lineEnd = COMMAS.has(text[at]!) ? /^[ \t]*\n(?![ \t]*\n)/.exec(text.slice(at + 1, at + 12)) : null;
    const next = segmentAfter(text, at + 1 + (lineEnd ? lineEnd[0].length : 0), text.length);
    if (!next) break;
    const { value, start: segStart, end: segEnd } = trimmed(text, next);
    const kind = classify(value);
    if (kind === null) break;
    // round 14: a segment ending in a postcode of its own ends the address there (`3843 Peartree Road, Bamblee, SD
    // 20241 440-600-5124` read from a 4-digit house number taken for a postcode: the phone after is no part of it)
    const own = POSTCODE_LAST.exec(value);
    if (kind === 'street') sawStreet ||= !streetWritten || writtenStreet(value);
    if (own && kind !== 'place') {
      end = segStart + own[0].replace(/[\s.]+$/, '').length;
      break;
    }
    if (kind !== 'place') end = segEnd;
    at = next.end;
  }
  return sawStreet ? end : null;
}
