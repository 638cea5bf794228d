// Round 8: street lines with no town, postcode or region (rules/address-street-lines.ts), recognised by a street
// type of libpostal's dictionaries in its place and a house number. Every example is written for this test (not
// taken from a corpus), in languages and scripts whose types no hand-written list had; look-alikes (prose, code,
// titles, quantities, paths) stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STREET_TYPES_FILE, renderStreetTypes } from '../../../scripts/gen-address-street-types';
import { streetLineRule } from './rules/address-street-lines';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

function streetLines(text: string): string[] {
  return [...streetLineRule.find(text)].map((r) => text.slice(r.start, r.end));
}

describe('street lines without a town', () => {
  it.each([
    ['Slovene, type after the name', 'Pošljite na Vrtna ulica 14, hvala', 'Vrtna ulica 14'],
    ['Slovene, capitalised type', 'naslov: Tržaška Cesta 112 B', 'Tržaška Cesta 112 B'],
    ['Lithuanian, dotted abbreviation after the name', 'Siųskite: Vilniaus g. 21-3', 'Vilniaus g. 21-3'],
    ['Romanian, type before the name', 'ne-am mutat pe Calea Dorobanților 48 luna trecută', 'Calea Dorobanților 48'],
    ['Romanian, abbreviation capitalised', 'adresa: Bdul Unirii 17', 'Bdul Unirii 17'],
    ['Portuguese, dotted type and particles', 'Entregar na Tv. do Carmo 5B amanhã', 'Tv. do Carmo 5B'],
    ['Norwegian, type as its own word', 'Send det til Olav Kyrres plass 9', 'Olav Kyrres plass 9'],
    ['Norwegian, glued type', 'adresse: Bjerkeveien 27', 'Bjerkeveien 27'],
    ['Dutch, glued type with a unit', 'Wij wonen op Kastanjelaan 12-II', 'Kastanjelaan 12-II'],
    ['Flemish, box after the number', 'Stuur het naar Kerkstraat 8/bus 3', 'Kerkstraat 8/bus 3'],
    ['Icelandic, glued type', 'Heimilisfang: Hverfisgata 44', 'Hverfisgata 44'],
    ['French, type before the name', 'Livrez au Rue des Tanneurs 6 svp', 'Rue des Tanneurs 6'],
    ['Bulgarian, Cyrillic type', 'Адрес: Витоша булевард 41', 'Витоша булевард 41'],
    ['English order after a preposition', 'We just moved to 18 Harbour View Terrace last week', '18 Harbour View Terrace'],
    ['English order after a label', 'Ship to: 7 Kowhai Grove', '7 Kowhai Grove'],
    ['Arabic, number first', 'العنوان: ٤٥ شارع النيل', '٤٥ شارع النيل'],
    ['Hebrew, type before the name', 'כתובת למשלוח: שדרות ירושלים 40', 'שדרות ירושלים 40'],
    ['Thai, type glued before the name', 'ส่งไปที่ ซอยลาดพร้าว 15', 'ซอยลาดพร้าว 15'],
    ['Korean road name and building number', '배송지: 올림픽로 300', '올림픽로 300'],
  ])('%s', (_name, text, expected) => {
    expect(streetLines(text)).toEqual([expected]);
    expect(addresses(text).join(' ')).toContain(expected);
  });

  it.each([
    ['a sentence-initial English number phrase', '10 Easy Steps is the title'],
    ['an English type in a title with a number', 'We watched Jurassic Park 3 and Toy Story 4'],
    ['a type word alone before a number', 'Take exit 12, then Gate 7 and Platz 1'],
    ['lower-case abbreviations that are words', 'Why do I get 401 with this key, and port 5432'],
    ['a town with a glued settlement ending', 'Hamburg 3, Deutschland 2, Stockholm 1 and Heidelberg 4'],
    ['quantities and decimals', 'Rue Victor 3.5 km away, Kerkstraat 12 kg, Calea Nouă 15% off'],
    ['code and member paths', 'const street = config.Street.Road 12; foo.Rue.Main(3)'],
    ['years after a typed name', 'Calle Mayor 2024 edition and Rue Nationale 1998'],
    ['an initial before a name', 'See J. Smith 5 and A. Brown 7 in the list'],
    ['English type before the name, no place', 'The 2 Broad Street Capital report came out'],
    ['an acronym or a glued acronym under a type', 'Per RFC 7230 the header, para ECMAScript 5 e Via HTTP 2'],
    ['a short sentence opening before a lower-case type word', 'At most 65 of them fit\nWe have 3 offices'],
    ['a Korean particle before a count', '버스로 10 정거장 가면 돼요, 지하철로 3 정거장'],
    ['a file path', 'open /srv/www/Rue/Main 12 and C:\\Users\\Kerkstraat 3'],
  ])('keeps %s', (_name, text) => {
    expect(streetLines(text)).toEqual([]);
  });

  it('reads each number once on a long line of look-alikes', () => {
    const text = 'Calea Victoriei 12 '.repeat(2000);
    expect(streetLines(text)).toHaveLength(2000);
  });

  it('the committed type lists are what the installed pelias-parser gives', () => {
    expect(readFileSync(STREET_TYPES_FILE, 'utf8')).toBe(renderStreetTypes());
  });
});
