// Thai and Lao addresses (round 12), and Khmer ones (round 14). Written in one run with spaces, no commas, and each part named by its own
// marker word: the house number (`99/123`, `เลขที่ 55/7`), then village (หมู่/ม.), lane (ซอย/ซ.), road (ถนน/ถ.),
// subdistrict (แขวง/ตำบล/ต.), district (เขต/อำเภอ/อ.), province (จังหวัด/จ., กรุงเทพฯ) and the five-digit postcode;
// Lao the same with ບ້ານ, ຖະໜົນ, ເມືອງ, ແຂວງ. The comma-separated segment rules never see such a line as an
// address, and no street type alone is enough. A house number and two marked parts (or one and the postcode)
// are: prose does not string marker words after a number. Every quantifier is bounded, so each match is linear.
import type { Range, RedactionRule } from '../types';

const MARKERS = [
  // Thai
  'เลขที่', 'หมู่ที่', 'หมู่บ้าน', 'หมู่', 'ม\\.', 'ซอย', 'ซ\\.', 'ถนน', 'ถ\\.', 'แขวง', 'ตำบล', 'ต\\.', 'เขต', 'อำเภอ', 'อ\\.',
  'จังหวัด', 'จ\\.', 'อาคาร', 'ชั้น', 'ห้อง', 'กรุงเทพมหานคร', 'กรุงเทพฯ',
  // Lao
  'ບ້ານ', 'ຖະໜົນ', 'ຖະຫນົນ', 'ຮ່ອມ', 'ໜ່ວຍ', 'ເມືອງ', 'ແຂວງ', 'ນະຄອນຫຼວງ',
].join('|');
/**
 * Khmer (round 14), in Cambodia Post's order: street, village, commune or sangkat, district or khan, province or the
 * capital, then a six-digit postcode. The marker is glued to its name (`សង្កាត់ជ័យជំនះ`) or followed by a number
 * (`ផ្លូវ 178`); a marker standing alone after a number is a counted noun (`25 ខេត្ត និង 4 ក្រុង`, 25 provinces).
 */
const KHMER_MARKERS = ['ផ្លូវ', 'ភូមិ', 'ឃុំ', 'សង្កាត់', 'ស្រុក', 'ខណ្ឌ', 'ក្រុង', 'ខេត្ត', 'រាជធានី'].join('|');
const WORD = '[\\p{Script=Thai}\\p{Script=Lao}\\p{Nd}]';
/** A marked part, and the number some carry after a space (`ซอยสุขุมวิท 21`). */
const PART =
  `(?:(?:${MARKERS})[ .]?${WORD}{0,30}(?: \\p{Nd}{1,4}(?!\\p{Nd}))?` +
  `|(?:${KHMER_MARKERS})(?:[\\p{Script=Khmer}\\p{Nd}]{1,30}| \\p{Nd}{1,4}(?!\\p{Nd})))`;
const THAI_LAO = new RegExp(
  `(?<![\\p{Nd}/])(?:(?:บ้านเลขที่|เลขที่|ເຮືອນເລກທີ|ເລກທີ|ផ្ទះលេខ) ?)?\\p{Nd}{1,5}(?:/\\p{Nd}{1,5})?` +
    `(?<parts>(?:[ \\t]{1,3}${PART}){1,8})(?<postcode>[ \\t]{1,3}\\p{Nd}{5,6}(?!\\p{Nd}))?`,
  'gu',
);

const PLACE_PART = new RegExp(`^(?!อาคาร|ชั้น|ห้อง)(?:${MARKERS}|${KHMER_MARKERS})`, 'u');

function* findThaiLao(text: string): Iterable<Range> {
  const re = new RegExp(THAI_LAO.source, THAI_LAO.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    // a building, floor or room (`3 ห้อง ชั้น 2`: three rooms, second floor) names no place
    const parts = match.groups!.parts!.trim().split(/[ \t]+(?=\S)/u).filter((p) => PLACE_PART.test(p));
    if (parts.length + (match.groups!.postcode ? 1 : 0) < 2) continue;
    yield { start: match.index, end: match.index + match[0].length };
  }
}

export const thaiLaoAddress: RedactionRule = {
  id: 'th-lo-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description:
    'Round 12: Thai or Lao address — a house number then parts named by their marker words (หมู่, ซอย, ถนน, แขวง/ตำบล, เขต/อำเภอ, จังหวัด; ບ້ານ, ຖະໜົນ, ເມືອງ, ແຂວງ; round 14, Khmer: ផ្លូវ, ភូមិ, ឃុំ/សង្កាត់, ស្រុក/ខណ្ឌ, ខេត្ត/រាជធានី), two or more, or one and the postcode',
  find: findThaiLao,
};
