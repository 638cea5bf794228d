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
