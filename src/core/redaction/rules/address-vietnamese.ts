// Vietnamese addresses (round 12): a street with its house number (`123 Nguyễn Huệ`, `Số 12 Ngõ 34 Phố Huế`,
// `Hẻm 51 Trần Hưng Đạo`; streets are named after people, with no type word), then comma-separated administrative
// parts each led by its own word — ward (Phường/P.), district (Quận/Q., Huyện), commune (Xã), town (Thị xã, Thị
// trấn), city (Thành phố/TP.) or province (Tỉnh). Two such parts, one of them written out, are what no sentence
// strings after a number. Every quantifier is bounded, so each match is linear.
import { regexRule } from './regex-rule';

/** A capitalised name of up to five words; a highway's number counts as one (`Quốc Lộ 1A`). */
const NAME = '\\p{Lu}[\\p{L}\\p{M}]{0,15}(?: (?:\\p{Lu}[\\p{L}\\p{M}]{0,15}|\\d{1,3}[A-Z]?(?![\\p{L}\\p{Nd}]))){0,4}';
const LANE = '(?:Số|số|Hẻm|hẻm|Ngõ|ngõ|Ngách|ngách|Kiệt|kiệt)';
const STREET = `(?:${LANE} ?)?\\d{1,5}[A-Z]?(?:/\\d{1,4}){0,2}(?: ${LANE} \\d{1,4}){0,2} (?:(?:Đường|đường|Phố|phố) )?${NAME}`;
const ADMIN_WORD = 'Phường|Quận|Huyện|Xã|Thị xã|Thị trấn|Thành phố|Tỉnh';
const ADMIN = `(?:${ADMIN_WORD}|P\\.|Q\\.|TX\\.|TT\\.|TP\\.|Tp\\.) ?(?:\\d{1,2}(?!\\d)|${NAME})`;

export const vietnameseAddress = regexRule({
  id: 'vn-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description:
    'Round 12: Vietnamese address — house number and street (Số, Hẻm, Ngõ), then two or more administrative parts led by Phường, Quận, Huyện, Xã, Thành phố/TP., Tỉnh',
  pattern: new RegExp(`(?<![\\p{L}\\p{Nd}/])${STREET}(?:, ?${ADMIN}){2,5}`, 'gu'),
  accept: (value) => new RegExp(`, ?(?:${ADMIN_WORD}) `, 'u').test(value),
});
