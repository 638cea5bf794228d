// Round 23's address families (docs/redaction.md, "Round 23 — typed searches, other scripts"): street lines typed into
// a search box or a chat without a postcode, with a name before an abbreviated type or a German preposition's street,
// with dots, bullets or dashes between the parts, after a "send it to" phrase, and Cyrillic addresses typed in lower
// case. Values, countries and languages other than the dev split's (Spain, Portugal, Sweden, Denmark, Austria,
// Switzerland, Brazil, Finland, Indonesia, Russia, Ukraine, Bulgaria); each row is one a user would see leak.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const addresses = (text: string) =>
  detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));

describe('a typed street line and its town, no postcode', () => {
  it.each([
    ['Spanish, a message of its own', 'calle mayor 12 toledo', 'calle mayor 12 toledo'],
    ['Portuguese, a JSON value', '{"ship_to": "rua das flores 28 porto", "paid": true}', 'rua das flores 28 porto'],
    ['Swedish, the type glued to the name', 'storgatan 5 umeå', 'storgatan 5 umeå'],
    ['Danish, name words before the type', 'Leveringsadresse: sankt peders stræde 30 københavn', 'sankt peders stræde 30 københavn'],
    ['Spanish, number first and a particle after the type', 'dirección = "5 calle de la luna sevilla"', '5 calle de la luna sevilla'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('a name before an abbreviated type, a street opening with a preposition', () => {
  it.each([
    ['Austrian, name then str. and a postcode', 'log: unverified "linzer str. 44 1140 wien"', 'linzer str. 44 1140 wien'],
    ['Swiss, auf der', 'auf der mauer 2 8001 zürich', 'auf der mauer 2 8001 zürich'],
    ['Austrian, an der', '{"address": "an der hülben 1 1010 wien"}', 'an der hülben 1 1010 wien'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('separators typed between the parts', () => {
  it.each([
    ['a bullet before the postcode (Austria)', 'hauptplatz 3 • 8010 graz', 'hauptplatz 3 • 8010 graz'],
    ['spaced dashes around the postcode (Brazil)', '"avenida paulista 1578 - 01310-200 - são paulo"', 'avenida paulista 1578 - 01310-200 - são paulo'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('after a "send it to" phrase, a street with no type word', () => {
  it.each([
    ['Danish', 'send pakken til nyhavn 17 københavn, tak', 'nyhavn 17 københavn'],
    ['Finnish, glued type', 'lähetä lasku osoitteeseen aleksanterinkatu 52 helsinki. kiitos', 'aleksanterinkatu 52 helsinki'],
    ['Indonesian', 'kirim paketnya ke jalan merdeka 5 bandung, ya', 'jalan merdeka 5 bandung'],
    ['English, three words for what is sent', 'could you ship the old monitor to rathausplatz 4 bregenz — thanks', 'rathausplatz 4 bregenz'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('a Cyrillic address typed in lower case', () => {
  it.each([
    ['Russian, city, street and house', 'такси до г. новосибирск ул. ленина д. 12', 'г. новосибирск ул. ленина д. 12'],
    ['Ukrainian, city and street', 'м. львів, вул. городоцька, 12', 'м. львів, вул. городоцька, 12'],
    ['Russian, town, street after the name, flat', 'екатеринбург космонавтов пр. 18 кв. 4', 'екатеринбург космонавтов пр. 18 кв. 4'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('look-alikes that stay unredacted', () => {
  it.each([
    ['Italian, a count after a street-like start', 'via giulia 3 volte al giorno'],
    ['French, minutes on foot', 'rue 5 minutes à pied'],
    ['English, a room and a time after a send phrase', 'send the slides to room 12 tomorrow'],
    ['English, a year after a town', 'directions to hamburg 2024 expo hall'],
    ['German, a weekday after am', 'am montag 3 termine'],
    ['Russian, a count after a preposition', 'в пер. 2 раза больше'],
    ['Russian, a price', 'стоимость ул. 5 рублей'],
    ['Spanish, days after a type word', '"calle 3 días después"'],
    ['English, place before prose', '"3 place holders left over"'],
  ])('leaves %s alone', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});
