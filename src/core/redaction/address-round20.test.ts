// Round 20's postal and e-mail families (dev only; each positive failed on the rules at the round's start, 2a7b690, and
// is not a dev case: other towns, streets, countries and languages than dev's; each negative is a look-alike to keep).
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function spans(text: string, kind: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));
}
const addresses = (text: string) => spans(text, 'postal_address');

describe('geocoder lines: postcode, numbered district, town and region as their own comma parts', () => {
  it.each([
    ['a Lyon street, its postcode, a numbered arrondissement, town and region', '25 Rue de la République, 69002, 2e Arrondissement, Lyon, Auvergne-Rhône-Alpes, FRA', '25 Rue de la République, 69002, 2e Arrondissement, Lyon, Auvergne-Rhône-Alpes'],
    ['a Budapest street with its numbered kerület', 'Váci Heights 12, 1052, 5. kerület, Budapest', 'Váci Heights 12, 1052, 5. kerület, Budapest'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a numbered district with no street before it', 'Wir wohnen im 6. Bezirk, Wien'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('Cyrillic addresses: abbreviations without dots, town and postcode after the house, a localised town word', () => {
  it.each([
    ['a street glued to its abbreviation, then town and postcode, in an Italian sentence', 'Consegnare a пр.Независимости, 58, Брест 224005, grazie', 'пр.Независимости, 58, Брест 224005'],
    ['settlement, street and house abbreviated without dots', 'Адрес доставки: г Казань, пер Односторонка, д 7', 'г Казань, пер Односторонка, д 7'],
    ['a Latin street after a Russian-localised region and town word', 'Норвегия, Вестланн, город Берген, Kong Oscars gate, 15', 'Вестланн, город Берген, Kong Oscars gate, 15'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a count after a short word', 'г Москва и 3 тысячи человек'],
    ['a town word in a sentence with a number', 'город Казань, 7 дней подряд'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('a British geocoder line: house, town, nation, then a whole or partial postcode', () => {
  it.each([
    ['outward code and sector', '42 Moorlands, Leeds, England, LS17 5', '42 Moorlands, Leeds, England, LS17 5'],
    ['outward code alone, in Wales', 'Pin dropped at 7 Heol y Castell, Abertawe, Wales, SA1 — ok?', '7 Heol y Castell, Abertawe, Wales, SA1'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a made-up postcode area', '3 Towers, Mordor, England, XQ1 2'],
    ['a football table', 'Standings: 3 Arsenal, Chelsea, England'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('an address introduced by the word for address in more languages (Firefox\'s translations)', () => {
  it.each([
    ['Catalan, a street with no type word', 'La meva adreça: Pau Claris 97, Girona', 'Pau Claris 97, Girona'],
    ['Swedish, a street with no type word', 'Vår nya adress: Drottning Kristinas 12, Uppsala', 'Drottning Kristinas 12, Uppsala'],
    ['Welsh', 'Cyfeiriad newydd: Ffordd Penglais 9, Aberystwyth', 'Ffordd Penglais 9, Aberystwyth'],
    ['a street with no number, then a postcode of its own and the town (Peru)', 'mi dirección: Jirón Ucayali, 15001, Lima', 'Jirón Ucayali, 15001, Lima'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a name, a year and a word', 'adres: Ahmed Ali, 2024, Report'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('a typed street and town closed by a country name, no type word', () => {
  it.each([
    ['German, a whole line', 'graben 21, wien, österreich', 'graben 21, wien'],
    ['Polish, number first, in a JSON string', '{"to": "17 marszałkowska, warszawa, polska"}', '17 marszałkowska, warszawa'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a typed line with no country', 'woronicza 17, warszawa'],
    ['a country inside a sentence', 'we shipped 17 boxes, mostly to poland'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('a postcode after the town, then the sentence ends with a question or a full stop', () => {
  it.each([
    ['an Indian PIN before a question mark', 'Kan du sende det til 2210 Ganga Vihar, Sri Ganganagar 335001? Jeg er hjemme etter seks.', '2210 Ganga Vihar, Sri Ganganagar 335001'],
    ['a Russian postcode before a full stop', 'Deliver to 12 Kremlin Orchard, Nizhny Novgorod 603005. Thanks!', '12 Kremlin Orchard, Nizhny Novgorod 603005'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('e-mail addresses that only show a format', () => {
  it.each([
    ['a template written out with at and dot', 'E-Mail: vorname.nachname at firma dot de'],
    ['a template in brackets', 'correo: nombre.apellido [at] empresa [dot] es'],
    ['a plain template', 'format is first.last@acme.io for everyone'],
  ])('keeps %s', (_family, text) => {
    expect(spans(text, 'email')).toEqual([]);
  });

  it.each([
    ['a person written out with at and dot', 'E-Mail: greta.lindqvist at firma dot se', 'greta.lindqvist at firma dot se'],
    ['a person whose name holds a field word', 'mail me at nome.rossi@posta.it', 'nome.rossi@posta.it'],
  ])('still finds %s', (_family, text, email) => {
    expect(spans(text, 'email')).toEqual([email]);
  });
});

describe('postcode and house-number forms the blocks lacked', () => {
  it.each([
    ['a three-digit postcode before its town (the Faroes)', 'Send til Niels Finsens 9, 100 Tórshavn', 'Niels Finsens 9, 100 Tórshavn'],
    ['Argentina\'s short CPA before the town', 'Dirección: Florida 537, C1005 San Isidro', 'Florida 537, C1005 San Isidro'],
    ['`bb` for a house with no number (Serbia)', 'Adresa: Bulevar Oslobođenja bb, 21000 Novi Sad', 'Bulevar Oslobođenja bb, 21000 Novi Sad'],
    ['suburb and city after a street line, no postcode (Australia)', '{"ship_to": "27 Brunswick Street, Fitzroy, Melbourne"}', '27 Brunswick Street, Fitzroy, Melbourne'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a product and a storage size', 'Samsung Galaxy 24 Ultra, 512 GB'],
    ['a model code after a name and number', 'Ryzen Threadripper 7980, X7980 Series'],
    ['a count after a product and a number', 'Lenovo Legion 7, 240 Hz'],
    ['a lower-case phrase after an address word, read capitalised', 'Which parts of the IP address are matched: 0 means ignore, 255 means match.'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});
