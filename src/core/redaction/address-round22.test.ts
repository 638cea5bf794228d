// Round 22's address families, found on dev22's real addresses (dev only; other streets, towns, countries and
// languages than the supplement's; each negative is a look-alike to keep).
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const addresses = (text: string) =>
  detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));

describe('a lower-case address in a route or place search', () => {
  it.each([
    ['English directions, number after the street (Norway)', 'directions to storgata 14 0184 oslo', 'storgata 14 0184 oslo'],
    ['Spanish, street type first, house number and postcode', 'cómo llegar a calle de alcalá 45 28014 madrid', 'calle de alcalá 45 28014 madrid'],
    ['German query, Dutch address', 'wie komme ich zur keizersgracht 123 1015 cj amsterdam', 'keizersgracht 123 1015 cj amsterdam'],
    ['Portuguese, street type and postcode, no house number', 'como chegar a rua augusta 1100-053 lisboa', 'rua augusta 1100-053 lisboa'],
    ['Italian place search, no house number', 'hotels near corso vittorio emanuele 10121 torino', 'corso vittorio emanuele 10121 torino'],
    ['Swedish name glued to its type, no house number', 'directions to drottninggatan 11129 stockholm', 'drottninggatan 11129 stockholm'],
    ['Swiss German glued type, no house number', 'wie komme ich zur bahnhofstrasse 8001 zürich', 'bahnhofstrasse 8001 zürich'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['times in a route plan', 'directions to the office at 9 then the airport at 14'],
    ['a year and a count', 'how far is the 2026 expo site, 3 stops on line 2'],
    ['an English word before a number', 'hotels near park 2000 for the weekend'],
    ['a town ending in -berg and a year', 'ich wohne in heidelberg seit 2019'],
    ['a town ending in -burg and a year', 'directions to hamburg 2024 expo hall'],
  ])('leaves %s alone', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});
