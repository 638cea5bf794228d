// Round 20: British addresses as geocoders print them (geocoder-php's, Nominatim's display names): the house and
// street, the town, the nation (`England`, `Scotland`, `Wales`, `Northern Ireland`, `United Kingdom`) and then the
// postcode, often only its outward code or the outward code and sector (`E6 6`, `EH1`) when the geocoder matched a
// postcode district and not a delivery point. The UK postcode rule needs the whole postcode; here the nation before
// it is the evidence, and the span runs back over the comma parts before the nation (at most three, the first holding
// a house number). One bounded pattern per match of the nation word: linear.
import type { Range } from '../types';

const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PART = `${NAME}(?: (?:${NAME}|of|on|upon|the|le|la|de|y|yr)){0,3}`;
const NATION_LINE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{Nd}])(\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?,? ${PART}(?:, ${PART}){1,2}), (?:England|Scotland|Wales|Cymru|Northern Ireland|United Kingdom|UK|Great Britain)` +
    ',? ([A-Z]{1,2})\\d[A-Z\\d]?(?: \\d(?:[ABD-HJLNP-UW-Z]{2})?)?(?![\\p{L}\\p{Nd}])',
  'gu',
);

/** House-numbered street, town, nation and (partial) postcode; `areas` are the real postcode areas. */
export function* ukNationLines(text: string, areas: ReadonlySet<string>): Iterable<Range> {
  if (!/England|Scotland|Wales|Cymru|Northern Ireland|United Kingdom|UK|Great Britain/.test(text)) return;
  for (const m of text.matchAll(NATION_LINE)) {
    if (areas.has(m[2]!)) yield { start: m.index, end: m.index + m[0].length };
  }
}
