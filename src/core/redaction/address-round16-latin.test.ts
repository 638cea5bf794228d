// Round 16's Latin-script address families (dev only; each positive failed on the rules at the round's start,
// af05819, and is not a dev case: other countries, streets, towns and layouts than dev's; each negative is a
// look-alike the rules must keep).
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('a pasted table with a header row: the first row is no address', () => {
  it.each([
    ['a German header', 'kundennr,name,lieferadresse\n7731,J. Weber,"Via Nassa 5, 6900 Lugano"', ['Via Nassa 5, 6900 Lugano']],
    ['a Dutch header', 'nr,klant,adres\n3307,P. de Vries,"Oudegracht 158, 3511 AZ Utrecht"', ['Oudegracht 158, 3511 AZ Utrecht']],
    ['a semicolon export, Spanish header', 'nº;cliente;dirección\n2210;C. Ruiz;"Calle Mayor 12, 28013 Madrid"', ['Calle Mayor 12, 28013 Madrid']],
    ['a CSV whose address cell holds no postcode', 'order,buyer,shipping_address\n90412,M. Santos,"Rua Augusta 274, Lisboa"', ['Rua Augusta 274, Lisboa']],
    ['an initial that reads as a street type (`R.` for rue)', 'id,customer,address\n4410,R. Haddad,"Rue du Marché 3, Genève"', ['Rue du Marché 3, Genève']],
    ['an address split over columns: the header stays', 'name,street,number,zip,city\nAnna,Kerkstraat,12,1017 GM,Amsterdam', ['Kerkstraat,12,1017 GM']],
  ])('%s', (_family, text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });

  it.each([
    ['an address still to come', 'ticket,owner,address\n4471,Q. Tran,TBD'],
    ['an order table with no address column', 'order_id,customer,total\n1187,A. Kowalski,2040\n1188,B. Nowak,330'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('a street line typed in lower case with its abbreviated type, as a whole value', () => {
  it.each([
    ['a Swiss element text, the town capitalised', '<p class="adr">40 av. de la gare, 1003 Lausanne</p>', '40 av. de la gare, 1003 Lausanne'],
    ['a Canadian JSON line with its province code', '{"line": "71 queen st w toronto on"}', '71 queen st w toronto on'],
    ['a quoted CSV cell, French Swiss `ch.`', 'kunde,adresse\n4,"9 ch. des vignes montreux"', '9 ch. des vignes montreux'],
    ['a Brazilian labelled value cut at a spaced dash', 'Endereço: av paulista 1578 são paulo — portaria 2', 'av paulista 1578 são paulo'],
    ['a Polish JSON value', '{"addr": "ul. floriańska 15, kraków"}', 'ul. floriańska 15, kraków'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a direction', 'step 3: turn left on main st'],
    ['a street count in a description', '"desc": "a 2 way street in 5 minutes"'],
    ['a road number', 'const route = "route 66";'],
    ['an abbreviation that is an ordinal', '"msg": "3 rd party libs"'],
    ['a block and a row', '"note": "block 4, row 12"'],
    ['a host and port in a log line', 'cache: redis.internal:6379 went down again'],
    ['a message string with a type word in its prose', 'msg: "no indent is valid for a block scalar, 1"'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});
