import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('addresses found from their end (round 3 families)', () => {
  it.each([
    ['US, unknown street type, no commas', 'Edward Fritsch, 36 Hathway Commons Lebanon OH 45036', '36 Hathway Commons Lebanon OH 45036'],
    ['US, upper case with a house number range', '1036-1038 MC CARROLL ST CLARKSTON WA 99403', '1036-1038 MC CARROLL ST CLARKSTON WA 99403'],
    ['US, state after a comma, no ZIP', 'Ship to 25403 Longbranch Run, San Antonio, TX please', '25403 Longbranch Run, San Antonio, TX'],
    ['US, state name', 'I live at 123 Maple Rochester, New York and the parcel never came.', '123 Maple Rochester, New York'],
    ['US, two lines', '452 Maxwell Ave, Apt 3A\nRochester, NY 14619', '452 Maxwell Ave, Apt 3A\nRochester, NY 14619'],
    ['US, PO box', 'P.O. box 3094 Collierville TN 38027', 'P.O. box 3094 Collierville TN 38027'],
    ['US, inside markup', '<address>300 BOYLSTON ST E SEATTLE WA 98102</address>', '300 BOYLSTON ST E SEATTLE WA 98102'],
    ['US, floor segment before the town', '44 Court St, 6th Floor, Brooklyn 11201', '44 Court St, 6th Floor, Brooklyn 11201'],
    ['UK, street without a number', 'Aston House, Cornwall Avenue, London, N3 1LF', 'Cornwall Avenue, London, N3 1LF'],
    ['AU, state and 4-digit postcode', '526 Amelia Parkway\nBlakehaven WA 7807', '526 Amelia Parkway\nBlakehaven WA 7807'],
    ['JP, romanised', '6-11 SHIMOHONDA KOYASU-CHO HACHIOJI-SHI TOKYO 192-0993', '6-11 SHIMOHONDA KOYASU-CHO HACHIOJI-SHI TOKYO 192-0993'],
    ['JP, block numbers 5-2-1', '5-2-1 Ginza, Chuo-ku\nTokyo 170-3293', '5-2-1 Ginza, Chuo-ku\nTokyo 170-3293'],
    ['JP, postcode before the prefecture without 〒', '623-0006京都府綾部市有岡町田坂１６', '623-0006京都府綾部市有岡町田坂１６'],
    ['DE, type as a word of its own; the town after it on its line is part of it (round 4)', 'Berliner Straße 111, Ratingen', 'Berliner Straße 111, Ratingen'],
    ['DE, hyphenated fused type, house number then postcode', 'ABC-Strasse 19 20354 Hamburg', 'ABC-Strasse 19 20354 Hamburg'],
    ['AT', 'Eduard Sueß Gasse 9', 'Eduard Sueß Gasse 9'],
    // round 10: the town after it runs on with the street line (address-continuation.ts)
    ['NO, lower-case gate', 'Sars gate 2A, 562 OSLO', 'Sars gate 2A, 562 OSLO'],
    ['ES, dash before the town, floor word', 'Avda.General Avilés, 35-37, Bajo\n46015 - Valencia', 'Avda.General Avilés, 35-37, Bajo\n46015 - Valencia'],
    ['ES, house number then postcode in one segment', 'C. de Ruiz de Alarcón, 23 28014 Madrid', 'Ruiz de Alarcón, 23 28014 Madrid'],
    ['FR, elided article and typographic quote, cedex', '38 avenue de l‘Opéra\n75002 Paris cedex 9', '38 avenue de l‘Opéra\n75002 Paris cedex 9'],
    ['SE, floor phrase', 'Storgatan 1, 1 trappa upp, 112 01 Stockholm', 'Storgatan 1, 1 trappa upp, 112 01 Stockholm'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toContain(expected);
  });

  it('keeps state codes, postcodes and numbers that are not addresses', () => {
    for (const text of [
      'We have 3 offices in Austin, TX 78701 and Boston.',
      'Listen on port 8080, IN',
      'the query was WHERE a = 1 AND b = 2 OR',
      'I moved to 3 cities: Boston, New York',
      'Walk through Heaven Gate 5 times',
      'Take Route 66 west, then exit 12 toward the airport.',
    ])
      expect(addresses(text), text).toEqual([]);
  });

  it('keeps a phone-shaped house number and postcode inside the address span', () => {
    const spans = detect('ABC-Strasse 19 20354 Hamburg', { level: 'strict' });
    expect(spans.map((s) => s.kind)).toEqual(['postal_address']);
  });
});

describe('addresses inside JSON strings and over several lines', () => {
  it.each([
    ['multi-line value in JSON, no postcode', '{"name": "Lula Gleason", "address": "883 Ernestina Fort\nMurraychester\nWisconsin"}', '883 Ernestina Fort\nMurraychester\nWisconsin'],
    ['PO box, town line, postcode line', 'Deliver to PO Box 52692\nOndrickastone\nEC0R 2BW between 9 and 5', 'PO Box 52692\nOndrickastone\nEC0R 2BW'],
    ['bare postcode after a town, before prose', 'Deliver to 98546 Billie Estates, Stellenbosch, 2506 between 9 and 5', '98546 Billie Estates, Stellenbosch, 2506'],
    ['RO block number as the house number', 'Adresa mea este Aleea Doctor Tanasescu Ion, Bloc 81\n457156 Satu Mare.', 'Aleea Doctor Tanasescu Ion, Bloc 81\n457156 Satu Mare'],
    ['state name before a dash', 'New place: 77894 Kavon Rue, Daniellafurt, Washington — come visit.', '77894 Kavon Rue, Daniellafurt, Washington'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });
});
