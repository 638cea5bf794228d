import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

// Layouts found from the postcode segment: each family in more than one country.
describe('addresses found from their postcode segment', () => {
  it.each([
    // Indian: house/flat number, building, road, locality, city - PIN (any digits)
    // the state after the PIN is part of the address too (round 7: Karnataka is one of India's divisions in Google's metadata)
    ['IN, flat number, locality, city - PIN, state', 'Ship to: Flat No. 12, Sai Residency\nMG Road, Indiranagar\nBengaluru - 560038\nKarnataka', 'Flat No. 12, Sai Residency\nMG Road, Indiranagar\nBengaluru - 560038\nKarnataka'],
    ['IN, state line then a bare PIN', '14/2, Lake View Apartments\nSalt Lake Sector 3\nKolkata\nWest Bengal\n700091\nIndia', '14/2, Lake View Apartments\nSalt Lake Sector 3\nKolkata\nWest Bengal\n700091'],
    ['IN, Devanagari digits', 'पता: १२५/१, गांधी मार्ग\nकोलकाता\n७०००१७', '१२५/१, गांधी मार्ग\nकोलकाता\n७०००१७'],
    // Cyrillic: street with ул./д./кв., town, index last or first
    ['RU, index last', 'Адрес: ул. Ленина, д. 5, кв. 10, г. Казань, 420111', 'ул. Ленина, д. 5, кв. 10, г. Казань, 420111'],
    ['RU, index first', 'Адрес: 190000, Санкт-Петербург, Невский пр., д. 28, кв. 5', '190000, Санкт-Петербург, Невский пр., д. 28, кв. 5'],
    ['RU, district words in lower case', 'Гороховая улица 23\nСенной округ\nСанкт-Петербург\n190000', 'Гороховая улица 23\nСенной округ\nСанкт-Петербург\n190000'],
    ['UA, romanised street, district, city, index', 'Protasiv Yar Street, 2д, Solomianskyi district, Kyiv, 03038', 'Protasiv Yar Street, 2д, Solomianskyi district, Kyiv, 03038'],
    // Korean and Japanese romanised, Japanese 〒 on a line of its own
    ['KR, romanised -ro/-gil', 'Venue: Suite 1005, 36, Teheran-ro 87-gil, Gangnam-gu Seoul 06164', 'Suite 1005, 36, Teheran-ro 87-gil, Gangnam-gu Seoul 06164'],
    ['KR, old 3-3 postcode', 'Seocho-daero 74-gil, Seocho-gu, Seoul, 135-934', 'Seocho-daero 74-gil, Seocho-gu, Seoul, 135-934'],
    ['JP, 〒 alone on its line, address below', '〒150-0002\n東京都渋谷区渋谷2-21-1\n渋谷ヒカリエ', '〒150-0002\n東京都渋谷区渋谷2-21-1'],
    ['JP, postcode fused to the prefecture, block numbers on the next line', '100-8994東京都中央区\n東京中央郵便局、2085-3、八重洲1丁目', '100-8994東京都中央区\n東京中央郵便局、2085-3、八重洲1丁目'],
    // Latin America: Mexican C.P., Argentine CPA, Colombian districts
    ['MX, upper case with C.P', 'AV RIO MIXCOAC N° 125 , INSURGENTES MIXCOAC , C.P 03920 , BENITO JUAREZ', 'AV RIO MIXCOAC N° 125 , INSURGENTES MIXCOAC , C.P 03920'],
    ['AR, CPA postcode', 'Cerrito 1250, Retiro, C1010AAZ Buenos Aires', 'Cerrito 1250, Retiro, C1010AAZ Buenos Aires'],
    ['CO, district line then postcode and town', 'Avenida de los Cerros (Circunvalar) 33\nChapinero\n110231 Bogota', 'Avenida de los Cerros (Circunvalar) 33\nChapinero\n110231 Bogota'],
    // Irish Eircode, UK postcode after a street with no number
    ['IE, Eircode', 'The office is at Unit 4, Ballymount Road, Dublin 12, D12 X2K5 now', 'Unit 4, Ballymount Road, Dublin 12, D12 X2K5'],
    ['GB, street without a number, town line, postcode', 'Willoughby House\nMoor Lane\nLondon\nEC2Y 9DP', 'Moor Lane\nLondon\nEC2Y 9DP'],
    // A street name with no number, then postcode and town
    ['PL', 'Rechnungsadresse: Mostowa, 33-106 Tarnów', 'Mostowa, 33-106 Tarnów'],
    ['BR', 'Rua Rio de Janeiro, Belo Horizonte - MG, 30170-011', 'Rua Rio de Janeiro, Belo Horizonte - MG, 30170-011'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('leaves the name line and the sentence before the street out', () => {
    expect(addresses('Invoice to Odie Walker, 86 Rueden Brae\nSchmitt-upon-Kozey\nHP78 0DD')).toEqual(['86 Rueden Brae\nSchmitt-upon-Kozey\nHP78 0DD']);
    expect(addresses("J'habite au 12 rue des Lilas\n69003 Lyon depuis mars.")).toEqual(['12 rue des Lilas\n69003 Lyon']);
  });

  it('keeps years, versions, quantities, dates and code', () => {
    for (const text of [
      'Copyright (c) 2014, 2015',
      'Copyright 2015, 2016, 2017, 2018 Simon Lydell',
      'Copyright 2023 Google LLC.\nCopyright (c) Microsoft Corporation.\nCopyright 2022',
      'conforming to the IEEE Std 1003.1, 2013 Edition',
      'dateRange(1995, 1997)',
      'chunks of 1KB, 1234',
      'RSS 333 MB (browser), 281 MB (extension process)\n- 100000',
      'Released March 3, 2024',
      'Order 12345, shipped to 5 warehouses',
      '"lodash": "4.17.21",\n"integrity": "sha512-abc"',
      'version 1.2.3, 20240\nnext',
      'Мастер и Маргарита, Медный всадник, Метро 2033',
    ]) expect(addresses(text), text).toEqual([]);
  });
});
