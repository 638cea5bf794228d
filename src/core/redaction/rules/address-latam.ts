// Colombian (and Venezuelan, Ecuadorian) street nomenclature: the street, its number, then `#` or `No.` and the
// cross street and metres from the corner (`Calle 26 # 57-83`, `Cra 18#63-64 B`, `Carrera 7 No. 71-21`,
// `Av. Cra. 15 N° 124-30`, `Diagonal 40A Bis # 8-23`). The `# 57-83` part is what no other country writes, so the
// rule needs no postcode; the locality words after it on the line (`Chapinero Bogotá DC`) are taken up to the
// line's end or a comma-free run of four capitalised words. Bounded quantifiers only, so each match is linear.
import { regexRule } from './regex-rule';

const STREET = '(?:(?:Avenida|Av\\.?|Ak|Ac)\\s?)?(?:Calle|Cl\\.?|Cll\\.?|Clle\\.?|Carrera|Cra\\.?|Cr\\.?|Kr\\.?|Kra\\.?|Transversal|Tv\\.?|Trans\\.?|Diagonal|Dg\\.?|Diag\\.?|Circular|Circunvalar)';
const NUMBER = '\\d{1,3}\\s?[A-Z]?(?:\\s?[Bb]is)?(?:\\s?[A-Z])?';

export const colombianStreetAddress = regexRule({
  id: 'co-street-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Colombian nomenclature: Calle/Carrera/Transversal/Diagonal + number + #/No. + cross street-metres, then its locality words',
  pattern: new RegExp(
    `(?<![\\p{L}\\d])${STREET}\\s?${NUMBER}\\s?(?:#|No\\.?|N[°º]\\.?|Nro\\.?)\\s?${NUMBER}\\s?-\\s?\\d{1,3}(?:\\s?[A-Z](?![\\p{L}]))?` +
      `(?:,?(?: (?:\\p{Lu}[\\p{L}\\p{M}.]{1,20}|DC|D\\.C\\.)){1,4})?`,
    'gu',
  ),
});

// Round 15: the two Central American and Caribbean layouts with no house number system of their own. Managua and
// much of Nicaragua, Costa Rica and Honduras give an address from a landmark, in blocks (`c.`, `cuadras`), varas or
// metres to a direction (`De la rotonda Rubén Darío 2 c. al sur, 1/2 c. abajo, casa 14, Managua`, `Del Banco
// Nacional 200 m al norte, San José`); Cuba and Yucatán write the cross streets after the number (`Calle 23 No. 358
// e/ J y K, Vedado`, `Calle 60 No. 491-A x 57 y 59`, `Ave. 5ta No. 4402 esq. 44`). Both are what no other country
// writes, so they need no postcode; the house, the locality segments and the town after them are taken. A landmark
// address opens its segment with a capital (`De la…`, `Frente al…`): in lower case it is a sentence's directions.
const WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]{0,24}";
const NAME = `${WORD}(?: (?:${WORD}|de|del|la|las|los|el|y|\\d{1,3}))` + '{0,5}';
/** The landmark: its lower-case kind first (`rotonda`, `antiguo cine`, `los semáforos de`) then its name. */
const LANDMARK = `(?:(?:\\p{Ll}[\\p{Ll}\\p{M}]{2,15}|de|del|la|el|los|las) ){0,3}${NAME}`;
const LEG = '(?:\\d{1,3}(?:[.,]\\d)?(?: ?1/2)?|1/2|½) ?(?:c\\.|cdas?\\.|cuadras?|varas|vrs\\.|v\\.|m|mts\\.?|metros)' +
  ' (?:(?:al|hacia el|hacia al|para el) )?(?:sur|norte|este|oeste|oriente|poniente|arriba|abajo|lago|montaña)';
const LOCALITY = `(?:,? ?\\n?[ \\t]{0,4}(?:(?:casa|casa no\\.?|casa n[º°]|apto\\.?|apartamento|edificio|local|#) ?[\\p{L}\\p{Nd}-]{1,14}(?![\\p{L}\\p{Nd}])|${NAME}))`;
export const landmarkAddress = regexRule({
  id: 'landmark-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Round 15: a Central American address from a landmark, in blocks, varas or metres to a direction (`De la rotonda Rubén Darío 2 c. al sur, casa 14, Managua`, `Del Banco Nacional 200 m al norte`), then its house and town',
  pattern: new RegExp(
    `(?<![\\p{L}\\p{Nd}])(?:De(?:l| la| los| las| el)?|Donde fue(?: el| la)?|Frente a(?:l| la)?|Contiguo a(?:l| la)?) ${LANDMARK} ${LEG}` +
      `(?:,? (?:y )?${LEG}){0,3}${LOCALITY}{0,3}`,
    'gu',
  ),
});

const CROSSED_STREET = '(?:Calle|C\\.|Avenida|Ave?\\.|Av|Carretera|Calzada|Paseo|Prolongación|Callejón)';
const CROSS = '(?:e/|entre|x|esq\\.|esquina(?: a| con)?)';
const CROSS_NAME = '(?:calles? )?(?:\\d{1,3}[A-Z]?|\\p{Lu}[\\p{L}\\p{M}]{0,20})';
export const crossStreetAddress = regexRule({
  id: 'cross-street-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Round 15: a Cuban or Yucatán street and number with its cross streets (`Calle 23 No. 358 e/ J y K, Vedado`, `Calle 60 No. 491-A x 57 y 59`), then its locality',
  pattern: new RegExp(
    `(?<![\\p{L}\\p{Nd}])${CROSSED_STREET} (?:\\d{1,3}[A-Za-z]{0,3}|${WORD}(?: ${WORD}){0,3}) (?:No\\.?|N[º°]\\.?|#) ?\\d{1,5}(?:-?[A-Z])?` +
      ` ${CROSS} ${CROSS_NAME}(?: (?:y|e) ${CROSS_NAME})?(?:, ${NAME}){0,3}`,
    'gu',
  ),
});
