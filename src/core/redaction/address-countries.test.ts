// Round 7: addresses found from Google's i18n address metadata (rules/address-countries.ts) — a region or the
// country's name ends the address, the country's own postcode pattern and field order say which segments belong to
// it. Every example is written for this test (not taken from a corpus), in countries no hand-written layout covers,
// in Latin, Arabic-script, Han and Hangul text; look-alikes (names in prose, lists of names, code) stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILE, renderAddressCountries } from '../../../scripts/gen-address-countries';
import { ADDRESS_COUNTRIES } from './rules/address-countries-data';
import { countryAddressRule } from './rules/address-countries';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

function byCountryData(text: string): string[] {
  return [...countryAddressRule.find(text)].map((r) => text.slice(r.start, r.end));
}

describe('addresses ending at a region or the country, from the country data', () => {
  it.each([
    ['CL, 7-digit postcode between commas', 'Envíe el paquete a Los Leones 2345, 7510000, Providencia, Chile por favor', 'Los Leones 2345, 7510000, Providencia'],
    ['IR, Persian digits and Arabic commas', 'نشانی: خیابان آزادی، پلاک ۱۲، تهران، ۱۴۵۶۷۸۹۱۲۳، ایران', 'خیابان آزادی، پلاک ۱۲، تهران، ۱۴۵۶۷۸۹۱۲۳'],
    ['IE, county and no Eircode', 'Post it to: Unit 4, Ballycoolin Road, Blanchardstown, Co. Dublin, Ireland', 'Unit 4, Ballycoolin Road, Blanchardstown, Co. Dublin'],
    ['MY, state on the last line', 'Alamat:\nNo. 8, Lorong Kenari 3\nTaman Sri Nibong\nPulau Pinang', 'No. 8, Lorong Kenari 3\nTaman Sri Nibong\nPulau Pinang'],
    ['PE, district postcode of Lima', 'Mi oficina: Av. Arequipa 1234, Miraflores, LIMA 18, Perú', 'Av. Arequipa 1234, Miraflores, LIMA 18'],
    ['AD, lettered postcode and parish', 'Adreça: Carrer Major 15, AD400 La Massana, Andorra', 'Carrer Major 15, AD400 La Massana'],
    ['HK, flat and floor before the street, area last', 'Flat 12B, 8/F, Tower 2, 88 Nathan Road, Kowloon', 'Flat 12B, 8/F, Tower 2, 88 Nathan Road, Kowloon'],
    ['SG, a city-state named on the last line', 'Deliver to:\n10 Anson Road\nSingapore', '10 Anson Road'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('follows the region-first order of Taiwan from its postcode to the street', () => {
    const text = '寄到:\n300\n新竹市東區\nSec. 2 Guangfu Rd. 101\n謝謝';
    expect(byCountryData(text)).toEqual(['300\n新竹市東區\nSec. 2 Guangfu Rd. 101']);
  });

  it('keeps names of places in prose, lists of names and code', () => {
    for (const text of [
      'We toured Johor, Perak and Kedah last year',
      'Chile, Peru, Ireland, Iran, Andorra',
      'Delta,Johor,Perak,Kedah,Selangor,Sabah',
      'Top 10 Tips, Dublin, Ireland',
      'In 2019, Santiago, Chile hosted the summit',
      'const REGIONS = ["Johor", "Perak", "Co. Dublin"];',
      'St. Andrew, St. Ann, St. James',
      'กำแพงเพชร 1,กำแพงเพชร 2,กำแพงเพชร 3',
    ]) expect(byCountryData(text), text).toEqual([]);
  });
});

describe('the country data itself', () => {
  it('is exactly what scripts/gen-address-countries.ts makes of the installed metadata (npm run gen:address-countries)', () => {
    expect(readFileSync(DATA_FILE, 'utf8')).toBe(renderAddressCountries());
  });

  it('holds a postcode pattern and regions for the countries that have them', () => {
    expect(Object.keys(ADDRESS_COUNTRIES).length).toBeGreaterThan(240);
    expect(ADDRESS_COUNTRIES.CL![0]).toBe('\\d{7}');
    expect(ADDRESS_COUNTRIES.TW![2].startsWith('Z')).toBe(true);
    expect(ADDRESS_COUNTRIES.IE![3].split('~')).toContain('Co. Kildare');
  });
});
