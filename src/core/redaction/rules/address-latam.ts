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
