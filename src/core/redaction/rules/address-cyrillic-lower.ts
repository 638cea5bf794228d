// Round 23: Cyrillic addresses typed in lower case (`г. санкт-петербург красногвардейский пер. д. 15`, `россия вологодская
// обл. г. череповец пр.победы 93 б`, `петар петровић ул. слобода бр. 1 81000 подгорица`), as people type them into a
// search box or a chat. The Cyrillic rule (address-cyrillic.ts) keys on the lower-case type abbreviations and the
// capital of the name after them, so a line with such a type word, a digit and no Cyrillic capital is read from a copy
// where every word but the type, part and unit words (and a house number's letter) starts with its capital, as the
// post office writes it; the copy has the line's length, so spans map back. Each line is read once (a floor), at most
// MAX_LINE characters: linear.
import { lineEndWithin, lineStartWithin } from './address-lines';

const MAX_LINE = 200;
/** A lower-case street type of the Cyrillic rule, as a word of its own or glued to the name after its dot. */
const TYPE_MARK = /(?<![\p{L}\p{N}])(?:ул|улица|пр|пр-т|пр-кт|просп|проспект|пер|переулок|наб|набережная|б-р|бул|бульвар|ш|шоссе|пл|площадь|пр-д|проезд|туп|мкр|вул|вулиця|вуліца|пров|провулок|бульв|булевар|булевард)(?:\.|(?=[ \t]))/gu;
/** Words the copy keeps in lower case: types, parts and units, abbreviated (`г.`, `обл.`, `д.`) or written out. */
const KEEP_LOWER = new Set([
  'улица', 'проспект', 'переулок', 'набережная', 'бульвар', 'шоссе', 'площадь', 'проезд', 'тупик', 'микрорайон', 'аллея', 'линия', 'вулиця',
  'провулок', 'вуліца', 'булевар', 'булевард', 'область', 'обл', 'край', 'район', 'р-н', 'округ', 'город', 'гор', 'г', 'село', 'с', 'деревня',
  'дер', 'д', 'дом', 'буд', 'будинок', 'кв', 'квартира', 'офис', 'оф', 'корп', 'корпус', 'к', 'стр', 'строение', 'пос', 'поселок', 'посёлок', 'п',
  'пгт', 'п.г.т', 'м', 'смт', 'місто', 'лет', 'им', 'имени', 'ул', 'пр', 'пр-т', 'пр-кт', 'просп', 'пер', 'наб', 'б-р', 'бул', 'ш', 'пл', 'пр-д',
  'туп', 'мкр', 'вул', 'пров', 'бульв', 'бр', 'ет', 'эт', 'этаж', 'вх', 'под', 'пом', 'комн', 'ап', 'бл', 'поселок городского типа',
]);
const SMALL_WORDS = new Set(['на', 'по', 'до', 'за', 'из', 'от', 'об', 'во', 'со', 'ко', 'не', 'но', 'да', 'же', 'ли', 'то', 'это', 'как', 'для', 'при', 'без', 'под', 'над', 'раза', 'раз',
  // counts after a number (`5 рублей`, `3 человека`): the Cyrillic rule's count guard needs them lower case
  'рублей', 'рубля', 'руб', 'гривен', 'штук', 'человек', 'человека', 'минут', 'часов', 'дней', 'тысяч', 'км', 'кг', 'метров', 'процентов', 'года', 'годы']);
const CYRILLIC_UPPER = /[А-ЯЁЇІЄҐЎЈЂЋЉЊЏ]/u;

/** The line with each Cyrillic word's first letter in capitals, but for the kept words and a house number's letter. */
export function cyrillicTitleCase(line: string): string {
  return line.replace(/(?<![\p{L}\p{N}])([а-яёїієґўјђћљњџ][а-яёїієґўјђћљњџ-]*)(\.?)/gu, (word, letters: string, dot: string, at: number) => {
    // prepositions and conjunctions (`в`, `на`, `по`, `и`) stay lower case: no name starts there (`в пер. 2 раза`)
    if (KEEP_LOWER.has(letters) || letters.length === 1 || SMALL_WORDS.has(letters)) return word;
    // the letter of a house number (`93 б`, `15а`): kept
    if (letters.length === 1 && /\p{N}[ \t]?$/u.test(line.slice(Math.max(0, at - 2), at))) return word;
    const up = letters.charAt(0).toUpperCase() + letters.slice(1);
    return up.length === letters.length ? up + dot : word;
  });
}

const CYRILLIC_WORD = /[а-яёїієґўјђћљњџ][а-яёїієґўјђћљњџ-]{2,}/gu;
function hasCyrillicName(line: string): boolean {
  for (const m of line.matchAll(CYRILLIC_WORD)) if (!KEEP_LOWER.has(m[0]) && !SMALL_WORDS.has(m[0])) return true;
  return false;
}

/** Lines holding a lower-case Cyrillic street type, a digit and no Cyrillic capital. */
export function* lowerCyrillicLines(text: string): Iterable<{ start: number; end: number }> {
  const re = new RegExp(TYPE_MARK.source, TYPE_MARK.flags);
  let floor = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match.index < floor) continue;
    const start = lineStartWithin(text, Math.max(floor, match.index - MAX_LINE), match.index);
    const end = lineEndWithin(text, match.index, Math.min(text.length, match.index + MAX_LINE));
    floor = end;
    re.lastIndex = Math.max(re.lastIndex, end);
    const line = text.slice(start, end);
    // a Cyrillic name word (three letters or more, no type or part word) must be there for the rule to anchor on
    if (/\p{Nd}/u.test(line) && !CYRILLIC_UPPER.test(line) && hasCyrillicName(line)) yield { start, end };
  }
}
