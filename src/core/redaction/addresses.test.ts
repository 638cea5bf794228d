import { describe, expect, it } from 'vitest';
import { detect } from './detect';

/** The address spans of a text, as strings. */
function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('postal addresses across countries', () => {
  it.each([
    ['DE, number after the street', 'Pariser Platz 2, 10117 Berlin'],
    ['DE, PO box', 'Postfach 10 01 01\n80075 München'],
    ['AT', 'Stephansplatz 1, 1010 Wien'],
    ['CH', 'Bahnhofstrasse 45\nCH-8001 Zürich'],
    ['FR, lower-case street type', '55 rue du Faubourg Saint-Honoré, 75008 Paris'],
    ['BE', 'Rue de la Loi 16, 1000 Bruxelles'],
    ['NL, letters in the postcode', 'Damrak 1\n1012 LG Amsterdam'],
    ['IT, province after the town', 'Via del Corso 12\n00186 Roma (RM)'],
    ['ES', 'Calle de Alcalá 50, 28014 Madrid'],
    ['PT', 'Rua Augusta 24, 1100-053 Lisboa'],
    ['PL', 'ul. Marszałkowska 10, 00-590 Warszawa'],
    ['CZ', 'Václavské náměstí 1, 110 00 Praha'],
    ['SE', 'Drottninggatan 5, 111 51 Stockholm'],
    ['NO', 'Karl Johans gate 22, 0026 Oslo'],
    ['DK', 'Vesterbrogade 3, 1620 København'],
    ['FI', 'Mannerheimintie 10, 00100 Helsinki'],
    ['US, multi-line', '1600 Amphitheatre Parkway\nMountain View, CA 94043'],
    ['US, PO box', 'PO Box 123, Springfield, IL 62701'],
    ['GB', '221B Baker Street, London NW1 6XE'],
    ['CA', '290 Bremner Blvd, Toronto ON M5V 3L9'],
    ['BR', 'Avenida Paulista 1578, São Paulo - SP, 01310-200'],
    ['JP', '〒100-0005 東京都千代田区丸の内1丁目9番1号'],
    ['CN', '北京市朝阳区建国路88号'],
    ['KR', '서울특별시 중구 세종대로 110'],
  ])('%s', (_country, address) => {
    expect(addresses(`Please send the parcel to ${address} — thanks!`)).toEqual([address]);
    expect(addresses(`Lieferadresse:\n${address}`)).toEqual([address]);
  });

  it('does not start the span in the sentence before the street', () => {
    expect(addresses('Meine neue Adresse lautet Ahornweg 5, 12345 Musterstadt.')).toEqual(['Ahornweg 5, 12345 Musterstadt']);
    expect(addresses("J'habite au 12 rue des Lilas\n69003 Lyon depuis mars.")).toEqual(['12 rue des Lilas\n69003 Lyon']);
  });

  it('keeps look-alikes: highways, chapters, years before cities, code', () => {
    for (const text of [
      'Take exit 12 toward Route 66.',
      'Chapter 12 and 5 More Way',
      'The 2024 Paris Olympics were great.',
      'The street was empty, 3 cars at most.',
      'const total = 12345;\nlet city = "Berlin";',
      'Windows 11 Pro build 22631.3447',
      'See RFC 2606, 6761 and 5737.',
    ]) expect(addresses(text), text).toEqual([]);
  });
});

describe('round 4 address families', () => {
  it.each([
    ['LV, a lower-case word before the street type', 'Mana adrese ir Latviešu strēlnieku gāte 38, Priekule, LV-6393.', 'Latviešu strēlnieku gāte 38, Priekule, LV-6393'],
    ['NL, street then district and town to the end of the line, in SQL', "INSERT INTO c VALUES ('Nieuwe Binnenweg 17-19, Oude Westen, Rotterdam');", 'Nieuwe Binnenweg 17-19, Oude Westen, Rotterdam'],
    ['MY, a street named by its type word, no number, then the postcode line', 'Jalan Chan Sow Lin, 55200 Kuala Lumpur', 'Jalan Chan Sow Lin, 55200 Kuala Lumpur'],
    ['DE, inside quotes', "'Hauptstraße 5, 10115 Berlin'", 'Hauptstraße 5, 10115 Berlin'],
    ['US, ZIP+4 after the street, no state', 'Our office moved to 233 S Wacker Dr 60606-6306 last month', '233 S Wacker Dr 60606-6306'],
    ['US, grid address with a lettered unit', '6641 N 2200 W Apt D304 Park City, UT 84098', '6641 N 2200 W Apt D304 Park City, UT 84098'],
    ['US, state ending a quoted value', 'address_line: "115 Broadway San Francisco CA"', '115 Broadway San Francisco CA'],
    ['US, state before the closing quote of an SQL value', "VALUES ('Miss Leah', '506 W 1100, Chesterton, IN');", '506 W 1100, Chesterton, IN'],
    ['US, a USPS suffix (Plains) with two town lines', 'We moved! 76398 Wintheiser Plains\nCartwrightburgh\nCalifornia', '76398 Wintheiser Plains\nCartwrightburgh\nCalifornia'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('needs more than a bare 5-digit number after a weak suffix', () => {
    expect(addresses('I drove 3 Step Way 12345 times')).toEqual([]);
  });

  it('stops at the street when the sentence goes on after the town segments', () => {
    expect(addresses('I live at Nieuwe Binnenweg 17-19, Oude Westen, which is nice')).toEqual(['Nieuwe Binnenweg 17-19']);
  });

  it('keeps an elided article inside the street name', () => {
    expect(addresses("Rue d'Alsace 5, 75010 Paris")).toEqual(["Rue d'Alsace 5, 75010 Paris"]);
  });
});
