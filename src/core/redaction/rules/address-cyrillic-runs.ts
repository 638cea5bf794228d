// Round 16: Cyrillic addresses written in the international order with no commas and no street type, the way web
// forms and marketplace exports print them (`Лесная 12 Гомель Гомельская область Беларусь 246000`, `Абая 15
// Алматы Казахстан 050000`, `Кнез Михаилова 5 Београд Србија 11000`): a capitalised name and its house number, then
// the town, region and country as capitalised words, then the postcode. address-cyrillic.ts anchors on a street
// type and address-blocks.ts on commas or lines; here the anchor is the closing postcode, taken only after a country
// name, or when it has six digits (Russia, Belarus, Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan) after a region
// (`… Алтайский край 656038`). One bounded pattern with no nested repetition of the same characters: linear.
import { regexRule } from './regex-rule';

const UP = '[А-ЯЁЇІЄҐЎЈЂЋЉЊЏҚҒҮҰӨҺ]';
const LO = '[а-яёїієґўјђћљњџқғүұөһә]';
const WORD = `${UP}${LO}{1,24}(?:-${UP}?${LO}{1,20})?`;
/** The lower-case words of a region's name (`Гомельская область`, `Алтайский край`, `Львівська область`). */
const REGION = '(?:область|обл\\.|край|район|р-н|округ|автономный округ|республика|облыс|облысы|вилояти|аймаг)';
const PLACE = `(?:${WORD}|${REGION})`;

/** Countries of the Cyrillic script, as their own post writes them on the last line. */
const COUNTRY =
  /(?:Российская Федерация|Россия|РФ|Україна|Украина|Беларусь|Республика Беларусь|Казахстан|Республика Казахстан|Кыргызстан|Кыргызская Республика|Узбекистан|Таджикистан|Тоҷикистон|Монголия|Монгол Улс|България|Србија|Црна Гора|Северна Македонија|Македонија|Босна и Херцеговина|Молдова|Армения|Азербайджан|Грузия|Абхазия|Приднестровье)$/u;

export const cyrillicRunAddress = regexRule({
  id: 'address-cyrillic-run',
  kind: 'postal_address',
  level: 'strict',
  priority: 41,
  description:
    'Round 16: a Cyrillic address in the international order without commas or street type: name and house number, then town, region and country words, then the postcode (after a country name, or six digits)',
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(${WORD}(?: ${WORD}){0,2}) \\d{1,4}(?:${LO}|/\\d{1,4})?((?:,? ${PLACE}){2,6}),? (\\d{4,6})(?![\\p{N}])`,
    'gu',
  ),
  accept: (_value, match) => {
    const places = (match[2] ?? '').replace(/,/g, '').trim();
    if (/^(?:19|20)\d\d$/.test(match[3]!)) return false; // a year closes a sentence (`… Россия 2024`), not an address
    // six digits close a run of places only with a region word in it: `Версия 12 Релиз Сборка 123456` is no address
    return COUNTRY.test(places) || (match[3]!.length === 6 && new RegExp(`(?:^| )${REGION}(?: |$)`, 'u').test(places));
  },
});
