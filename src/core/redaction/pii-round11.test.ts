// Round 11's personal-data families: IBANs read through any layout people type, and addresses with no street line to
// start from. Each positive failed on the rules before the round; each negative is a look-alike the rule must keep.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import type { RedactionKind } from './types';

function found(text: string, kind: RedactionKind): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));
}

describe('IBANs in the layouts people type', () => {
  it.each([
    ['country code apart from its check digits', 'Mi IBAN es ES 91 2100 0418 4502 0005 1332', 'ES 91 2100 0418 4502 0005 1332'],
    ['country code apart, rest compact', 'IBAN: NO 9386011117947 (BIC DNBANOKK)', 'NO 9386011117947'],
    ['odd groups of three', 'Račun: NO 93 860 111 179 47', 'NO 93 860 111 179 47'],
    ['groups of two', 'RIB : FR14 20 04 10 10 05 05 00 01 3M 02 60 6 merci', 'FR14 20 04 10 10 05 05 00 01 3M 02 60 6'],
    ['dots between groups', 'IBAN DE89.3704.0044.0532.0130.00 bitte', 'DE89.3704.0044.0532.0130.00'],
    ['en dashes between groups', 'send to GB82–WEST–1234–5698–7654–32 today', 'GB82–WEST–1234–5698–7654–32'],
    ['no-break and thin spaces', 'IBAN\u00a0: FR14\u00a02004\u00a01010\u00a00505\u00a00001\u00a03M02\u00a0606', 'FR14\u00a02004\u00a01010\u00a00505\u00a00001\u00a03M02\u00a0606'],
    ['split over a line break', 'Bankverbindung: DE89 3704 0044\n0532 0130 00\nDanke', 'DE89 3704 0044\n0532 0130 00'],
    ['wrapped with an indent', 'IBAN:  DE89 3704 0044\n       0532 0130 00', 'DE89 3704 0044\n       0532 0130 00'],
    ['lower case with dots', 'my iban is ch93.0076.2011.6238.5295.7', 'ch93.0076.2011.6238.5295.7'],
    ['full-width characters', '口座：ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００', 'ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００'],
    ['in a table cell', '| Jan | DE 89 3704 0044 0532 0130 00 | EUR |', 'DE 89 3704 0044 0532 0130 00'],
  ])('%s', (_family, text, iban) => {
    expect(found(text, 'iban')).toEqual([iban]);
  });

  it.each([
    ['prose words before numbers', 'we met at 12 3456 7890 1234 56 and no 05 15030383041 was said'],
    ['a wrong check digit', 'IBAN: NO 94 8601 1117 947'],
    ['one character too many, glued', 'ref DE89370400440532013000123'],
    ['a country with no IBAN', 'US 12 3456 7890 1234 5678 90'],
    ['a blank line between the parts', 'DE89 3704 0044\n\n0532 0130 00'],
    ['groups joined by words', 'DE89 3704 and 0044 0532 0130 00'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'iban')).toEqual([]);
  });
});

describe('card numbers glued to letters', () => {
  it.each([
    ['an IBAN with a wrong check digit', 'Número de compte (IBAN): DK5000400440116342'],
    ['a product code', 'SKU AB4111111111111111 in stock'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'payment_card')).toEqual([]);
  });

  it('still finds a card after a label and a colon', () => {
    expect(found('Karte:4111111111111111', 'payment_card')).toEqual(['4111111111111111']);
  });
});

describe('addresses with no street line the rules knew to start from', () => {
  it.each([
    ['a compound label (German)', 'Rechnungsanschrift: Szewska 6, Kraków', 'Szewska 6, Kraków'],
    ['a compound label (Dutch), one per line', 'Afleveradres:\nHoogeland 92\nAmsterdam', 'Hoogeland 92\nAmsterdam'],
    ['a numbered street alone after its field', 'address_line1=Storhaugen 12B', 'Storhaugen 12B'],
    ['a numbered street alone after a label word', 'adresa mea: Blauwe Zand 401-2', 'Blauwe Zand 401-2'],
    ['a numbered street after a dwelling phrase, prose after', 'I live at 88 W. Kinzie and love it', '88 W. Kinzie'],
    ['places only, one comma line', 'My address is Sharia Omar Mukhtar, Benghazi', 'Sharia Omar Mukhtar, Benghazi'],
    ['places only, venue line left out', 'Delivery address\nGrand Hotel\nAvenida Amílcar Cabral\nPraia\nCape Verde', 'Avenida Amílcar Cabral\nPraia'],
    ['a route number for the street', '"shipping_address": "RN7, Toamasina"', 'RN7, Toamasina'],
    ['a label after a sending phrase', 'Please send the parcel to:\nCafé Lumière\nRua Nova\nMindelo\nCape Verde', 'Rua Nova\nMindelo'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['a block closed by a country line, no label', 'Banco Central\nBairro Militar\nBissau\nGuinea-Bissau\n\nthanks', 'Bairro Militar\nBissau'],
    ['a street and a town above a country line', 'Tonga Power\nHala Fungamisi\nNuku’alofa\nTonga', 'Hala Fungamisi\nNuku’alofa'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('leaves out a count after the street', () => {
    expect(found('Lieferadresse: Kalverstraat 92, 3 items in the box', 'postal_address')).toEqual(['Kalverstraat 92']);
  });

  it.each([
    ['an identifier ending in Address', 'const mailAddress = "Version 2"'],
    ['the verb addresses', 'This change addresses a problem reported in https://example.org/issues/18709'],
    ['an ordinal, not a house number', "street: '10th ave'"],
    ['names after a sending phrase', 'send it to Anna, Marek'],
    ['one place and a country', 'Address: Lisbon, Portugal'],
    ['a list of countries', 'Spain\nFrance\nItaly\nGermany'],
    ['a country line with nothing above it', 'Shipping from\n\nGermany'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'postal_address')).toEqual([]);
  });
});

describe('post-office boxes, closing words and postcode-first lines', () => {
  it.each([
    ['a PO box and its town, no postcode', 'Our mail goes to P.O. Box 4417, Mombasa these days', 'P.O. Box 4417, Mombasa'],
    ['a box number with the post office code', 'Postal: PO Box 52130-00200, Nairobi', 'PO Box 52130-00200, Nairobi'],
    ['Spanish casilla', 'Correspondencia: Casilla 912, Cochabamba', 'Casilla 912, Cochabamba'],
    ['Swahili S.L.P.', 'Tuma kwa S.L.P. 3021, Arusha', 'S.L.P. 3021, Arusha'],
    ['Russian а/я', 'Пишите: а/я 15, Казань', 'а/я 15, Казань'],
    ['a closing word after the town', 'Deliver to: Rruga e Kavajës, Tirana, thanks', 'Rruga e Kavajës, Tirana'],
    // round 18: the town-first rule takes the Hungarian floor after the number too (`2. em.`)
    ['postcode and town before the street', 'Levering naar 4025 Debrecen, Piac utca 20. 2. em.', '4025 Debrecen, Piac utca 20. 2. em.'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['a box word that names other things', 'Put it in box 12, Shelf A'],
    ['a year before a street line', 'In 2024, Hauptstraße 5 was sold'],
  ])('keeps %s as no address or no longer one', (_family, text) => {
    expect(found(text, 'postal_address').join('|')).not.toMatch(/box 12|2024/);
  });
});

describe('Korean lot-number addresses', () => {
  it.each([
    ['district, neighbourhood and lot', '택배는 서울 강남구 역삼동 823-24 으로', '서울 강남구 역삼동 823-24'],
    ['province to flat', '경기도 성남시 분당구 정자동 178-1 101동 1203호', '경기도 성남시 분당구 정자동 178-1 101동 1203호'],
    ['a floor after the lot', '사무실은 부산광역시 해운대구 우동 1408-3 2층 에 있어요', '부산광역시 해운대구 우동 1408-3 2층'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('keeps a neighbourhood and a number with no district before it', () => {
    expect(found('역삼동 823-24 번 버스', 'postal_address')).toEqual([]);
  });
});

describe('addresses typed in lower case after an introduction', () => {
  it.each([
    ['French street and postcode line', 'my address is 12 rue des lilas, 75011 paris', '12 rue des lilas, 75011 paris'],
    ['abbreviated German street', 'Lieferung an: hauptstr. 5, 80331 münchen', 'hauptstr. 5, 80331 münchen'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('keeps lower-case prose with numbers after an introduction', () => {
    expect(found('ship to: 3 items, 2 boxes, between 9 and 5', 'postal_address')).toEqual([]);
  });
});
