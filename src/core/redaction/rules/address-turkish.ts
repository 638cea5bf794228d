// Turkish addresses (round 12), written as neighbourhood, street, then labelled numbers: `Caferağa Mah. Moda Cad.
// No: 47 D: 6, 34710 Kadıköy/İstanbul`, `Kızılay Mah. Atatürk Blv. No:112/4 Çankaya / ANKARA`. The labels' colons
// read as code to the segment rules and a line holds more words than a segment may, so the layout gets its own rule:
// a street named by its type (Cad./Caddesi, Sok./Sokak, Blv./Bulvarı) and `No:` with the door number are what no
// other country writes together; the floor and flat (`Kat: 3`, `D: 6`), postcode and district/province follow.
// Every quantifier is bounded, so each match is linear.
import { regexRule } from './regex-rule';

const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,25}";
const NAMES = `${NAME}(?: (?:${NAME}|\\d{1,4}\\.?)){0,3}`;
const NEIGHBOURHOOD = `${NAMES} (?:Mah\\.|Mh\\.|Mahallesi|Mahalle)`;
// round 21: also typed without Turkish letters on a foreign keyboard (`Sokagi`, `Bulvari`, `Mahallesi` is the same)
const STREET = `${NAMES} (?:Cad\\.|Cd\\.|Caddesi|Sok\\.|Sk\\.|Sokak|Sokağı|Sokagi|Blv\\.|Bul\\.|Bulvarı|Bulvari)`;
const DOOR = 'No ?: ?\\d{1,5}(?:[/-]\\d{1,4}|[A-Z])?';
const UNIT = '(?:,? (?:Kat|K|D|Daire|Blok) ?: ?[\\dA-Z]{1,4}(?![\\p{L}\\p{Nd}]))';
// round 21: the neighbourhood named again after the door, before the postcode and district (`No:20 Küçük Ayasofya, 34122
// Fatih/İstanbul`, as Google Maps prints Turkish places): two place parts, each of up to two words
const PLACE = `(?:,? (?:\\d{5} )?${NAME}(?: ${NAME})?(?: ?/ ?${NAME})?)`;

export const turkishAddress = regexRule({
  id: 'tr-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description:
    'Round 12: Turkish address — neighbourhood (Mah.), street by its type (Cad., Sok., Blv.) and `No:` door number, then floor/flat, postcode and district/province',
  pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${NEIGHBOURHOOD},? )?${STREET},? ${DOOR}${UNIT}{0,3}${PLACE}{0,2}`, 'gu'),
  // a street type and `No:` alone could be a citation (`See Cad. No: 5`): one more Turkish part must be there
  accept: (value) => MORE.test(value),
});
const MORE = new RegExp(`(?:Mah\\.|Mh\\.|Mahallesi|Mahalle)|${UNIT}|\\d{5} |\\p{L} ?/ ?\\p{Lu}`, 'u');
