// Addresses of the Cyrillic-script countries (Russia, Ukraine, Belarus, Kazakhstan, Bulgaria, Serbia…) written the
// post-Soviet way: from the large to the small, each part marked by an abbreviation, often glued to its name and
// with commas missing (`Республика Карелия,г.Петрозаводск,ул.Маршала Мерецкова, д.8 Б,офис 4`,
// `ХМАО г.Нижневартовск пер.Ягельный 17`, `197342 г. Санкт-Петербург, Красногвардейский пер., д. 15`,
// `м. Київ, вул. Хрещатик, 22`). The anchor is a street marked by its type (before or after the name) followed by a
// house number (`д.`/`дом`/`буд.` or a bare number, with letter, `/`, `к.`/`корп.`/`стр.` and flat or office);
// from there the span reaches back over the parts before it (postcode, country, region, district, settlement) and
// forward over a trailing postcode and town. Word lists from national address conventions (UPU "Postal addressing
// systems"; Russian Post's address format). Each street anchor looks back at most 200 characters: linear. Round 20:
// the abbreviations typed without their dot, and a town and postcode after the house (address-continuation.ts).
import type { Range, RedactionRule } from '../types';
import { continueAddress } from './address-continuation';

const UP = '[А-ЯЁЇІЄҐЎЈЂЋЉЊЏ]';
const LO = '[а-яёїієґўјђћљњџ]';
/** A capitalised name word, or a number-word (`9-я`, `1-й`, `50 лет`). */
const NAME = `(?:${UP}${LO}{0,25}(?:-${UP}?${LO}{1,20})?|\\d{1,3}-?(?:${LO}{1,3}))`;
/** A name of up to four words, lower-case ones only as the small words inside names (`Народного Ополчения`, `50 лет Октября`). */
const NAMES = `(?:${UP}\\. ?)?${NAME}(?: (?:${NAME}|(?:лет|им\\.|имени|де|ла)))?(?: ${NAME}){0,2}`;

/** Street types written before the name. */
const TYPE_BEFORE =
  '(?:ул\\.|улица|ул|пр-т|пр-кт|просп\\.|проспект|пр\\.|пер\\.|переулок|наб\\.|набережная|б-р|бул\\.|бульвар|ш\\.|шоссе|пл\\.|площадь|' +
  'пр-д|проезд|туп\\.|тупик|мкр\\.|микрорайон|кв-л|квартал|аллея|линия|вул\\.|вулиця|пров\\.|провулок|просп|бульв\\.|майдан|узвіз|вуліца|' +
  'бул|жк|ж\\.к\\.|кв\\.|улица|ул\\.|булевард|трг|сквер|тракт|' +
  // round 20: the abbreviations without their dot, as FIAS/KLADR print them and people type them (`ул Сухонская`,
  // `пер Ягельный`, `пр-кт Мира`); only before a space, so a word starting the same way is not read as one
  '(?:пер|наб|пл|туп|мкр|вул|пров|бульв)(?= ))';
/** Street types written after the name (`Красногвардейский пер.`, `Дворцовая наб.`, `Невский проспект`). */
const TYPE_AFTER =
  '(?:ул\\.|улица|пер\\.|переулок|пр\\.|пр-т|проспект|просп\\.|наб\\.|набережная|ш\\.|шоссе|б-р|бульвар|проезд|пр-д|пл\\.|площадь|туп\\.|тупик|' +
  'вул\\.|вулиця|провулок|пров\\.|просп\\.|бульв\\.|алея|аллея|тракт)';
const STREET = `(?:${TYPE_BEFORE} ?${NAMES}|${NAMES} ${TYPE_AFTER})`;

/** House, building and unit: `д. 15`, `д.8 Б`, `93 б`, `9к.3`, `37/430`, `буд. 22`, `д. 5, корп. 2, кв. 17`, `офис 4`. */
const HOUSE_NO = `\\d{1,4}(?: ?(?:${LO}|${UP})(?![\\p{L}.]))?(?:[/-]\\d{1,4}${LO}?)?(?: ?(?:к\\.|корп\\.|корпус|стр\\.|строение|к) ?\\d{1,3})?`;
const UNIT = `(?:кв\\.|квартира|офис|оф\\.|пом\\.|помещение|комн\\.|ап\\.|ет\\.|вх\\.|под\\.|подъезд|эт\\.|этаж|бл\\.|(?:кв|оф|пом|комн|эт)(?= \\d))`;
const HOUSE = `(?:,? ?(?:(?:д\\.|дом|буд\\.|будинок|№|бр\\.|(?:д|буд)(?= \\d)) ?)?${HOUSE_NO})(?:,? ?${UNIT} ?\\d{1,4}){0,3}`;

const ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}])${STREET}${HOUSE}(?![\\p{L}\\p{N}])(?:,? \\d{6}(?![\\p{N}])(?:,? (?:г\\. ?)?[\\p{Lu}][\\p{L}.-]{1,25}(?: [\\p{Lu}][\\p{L}.-]{1,25})?)?)?`, 'gu');

/** Parts before the street, right to left: postcode, country, region, district, settlement. */
const PART =
  `(?:\\d{6}|РФ|Россия|Российская Федерация|Україна|Украина|Беларусь|Казахстан|България|Србија|` +
  `${NAME}(?: ${NAME})? (?:обл\\.?|область|край|р-н|район|АО|авт\\. ?окр\\.?|округ|респ\\.)|(?:Республика|респ\\.|Респ\\.) ${NAME}(?: ${NAME})?|` +
  `${UP}{2,5}|` +
  `(?:г\\.|гор\\.|город|(?:г|гор|пос|дер)(?= )|пгт\\.?|п\\.г\\.т\\.|поселок городского типа|посёлок городского типа|пос\\.|п\\.|посёлок|поселок|с\\.|село|дер\\.|деревня|ст-ца|станица|` +
  `м\\.|смт\\.?|мiсто|місто|гр\\.|град|р-н|район) ?${NAME}(?:[- ]${NAME})?|${NAME}(?: ${NAME})? (?:р-н|район))`;
const PARTS_BEFORE = new RegExp(`(?:${PART}(?:,\\s?|\\s))+$`, 'u');

function* findCyrillicAddresses(text: string): Iterable<Range> {
  const re = new RegExp(ADDRESS.source, ADDRESS.flags);
  let floor = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const from = Math.max(floor, match.index - 200);
    const back = PARTS_BEFORE.exec(text.slice(from, match.index));
    let start = back ? from + back.index : match.index;
    // a part must begin a word: never start inside one
    while (start < match.index && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) start = match.index;
    const end = match.index + match[0].replace(/[,\s]+$/, '').length;
    // a bare number followed by a lower-case word is a count (`пл. Победы 3 тысячи человек`, `5 лет`), not a house
    if (!/(?:д\.|дом|буд\.|будинок|№|(?<!\p{L})д )\s?\d/u.test(match[0]) && /^\s+[а-яёїієґў]{2}/u.test(text.slice(end, end + 4))) continue;
    // round 20: the town and postcode after the house, in the international order (`ул.Ленина, 19, Минск 220030`)
    const range = continueAddress(text, { start, end });
    floor = range.end;
    yield range;
  }
}

export const cyrillicAddressRule: RedactionRule = {
  id: 'address-cyrillic',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description:
    'Cyrillic-script address: a street marked by its type (ул., пр-т, пер., наб., вул., бул.…, before or after the name) and a house number (д./дом/буд., letter, /, корп., кв./офис), with the postcode, region, district and settlement before it',
  find: findCyrillicAddresses,
};
