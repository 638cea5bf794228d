// Postal addresses, only where the shape is unmistakable: a US-style street line (house number, capitalised
// name, street suffix), a UK postcode with a real postcode area, a German street with house number, PLZ and town.
// Free-form addresses ("the blue house behind the church") are out of reach and documented as such.
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';

const STRONG_SUFFIX = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Terrace|Parkway|Pkwy|Highway|Hwy|Expressway|Expy|Freeway|Fwy';
const WEAK_SUFFIX =
  'Drive|Dr|Court|Ct|Way|Place|Pl|Circle|Cir|Square|Sq|Trail|Plaza|Close|Crescent|Gardens|Grove|Row|Mews|Loop|Alley|Path|Pike';

// Weak suffixes ("2 Hard Drive", "3 Step Way") also end ordinary phrases, so they need a city or ZIP after them.
const usStreet = regexRule({
  id: 'us-street-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 40,
  description: 'House number + capitalised street name + suffix (St, Ave, Rd…), optional unit, city, state and ZIP',
  pattern: new RegExp(
    '(?<![\\w.-])\\d{1,6}[A-Z]?(?: (?:[NSEW]\\.?|North|South|East|West))?' +
      '(?: (?:[A-Z][a-z]{1,20}|\\d{1,3}(?:st|nd|rd|th))){1,4}' +
      ` (?:(${STRONG_SUFFIX})|(${WEAK_SUFFIX}))\\b\\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?` +
      '(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\\.? ?#?[A-Za-z0-9-]{1,6})?' +
      '(, [A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2}(?:,? [A-Z]{2}(?: \\d{5}(?:-\\d{4})?)?(?![A-Za-z0-9]))?|,? [A-Z]{2} \\d{5}(?:-\\d{4})?)?',
    'g',
  ),
  accept: (_value, match) => match[1] !== undefined || match[3] !== undefined,
});

const UK_AREAS = new Set(
  ('AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY ' +
    'G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP ' +
    'NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB ' +
    'W WA WC WD WF WN WR WS WV YO ZE')
    .split(' '),
);

const ukPostcode = regexRule({
  id: 'uk-postcode',
  kind: 'postal_address',
  level: 'strict',
  priority: 40,
  description: 'UK postcode (SW1A 1AA) whose area letters are a real postcode area',
  pattern: /(?<![A-Za-z0-9])([A-Z]{1,2})\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g,
  accept: (_value, match) => UK_AREAS.has(match[1] ?? ''),
});

const germanStreet = regexRule({
  id: 'de-street-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 40,
  description: 'German street (…straße/str./weg/allee/platz/gasse/ring/damm) + number + 5-digit PLZ + town',
  pattern: new RegExp(
    '(?<![A-Za-zÄÖÜäöüß])(?:[A-ZÄÖÜ][a-zäöüß]{1,30}[ -])?[A-ZÄÖÜ]?[a-zäöüß]{0,30}' +
      '(?:[Ss]tra(?:ße|sse)|[Ss]tr\\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer)' +
      ' ?\\d{1,4} ?[a-z]?,? {1,3}\\d{5} [A-ZÄÖÜ][a-zäöüß]{1,30}(?: (?:am|an der|im) [A-ZÄÖÜ][a-zäöüß]{1,20})?',
    'g',
  ),
});

export const addressRules: RedactionRule[] = [usStreet, ukPostcode, germanStreet];
