// Round 12's personal-data families other than addresses (those are in address-round12.test.ts): cards as fields of a
// delimited row and the national schemes of the 8/9 ranges, IBANs whose country code is written apart in any case,
// e-mail with bare at/dot words after a word for e-mail, phones next to ZIPs and in place of house numbers. Each
// positive failed on the rules before the round; each negative is a look-alike the rule must keep.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import type { RedactionKind } from './types';

function found(text: string, kind: RedactionKind): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));
}

describe('cards as fields of a delimited row', () => {
  it.each([
    ['first field, expiry after a comma', 'pan,exp,name\n5555581470369254,11/28,A RIVERA', '5555581470369254'],
    ['middle field', 'A RIVERA,3566581470369256,123,11/28', '3566581470369256'],
    ['grouped, then the next field', 'number;exp\n6200 5814 7036 9258 11,2029-11', '6200 5814 7036 9258 11'],
  ])('%s', (_family, text, card) => {
    expect(found(text, 'payment_card')).toEqual([card]);
  });

  it.each([
    ['a decimal with sixteen decimals', 'ratio 0,5555581470369254'],
    ['an amount with a comma decimal', 'total 5555581470369254,45 EUR'],
    ['thousands groups', 'population 5,555,581,470,369,254'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'payment_card')).toEqual([]);
  });
});

describe('national card schemes no library table lists', () => {
  it.each([
    ['UzCard', '8600581470369253'],
    ['Humo', '9860 5814 7036 9256'],
    ['Napas, 19 digits', '9704581470369258140'],
    ['GPN, 18 digits', '194658147036925811'],
  ])('%s', (_scheme, card) => {
    expect(found(`Karta raqami: ${card}`, 'payment_card')).toEqual([card]);
  });

  it('keeps a Luhn-invalid number of those ranges', () => {
    expect(found('Karta raqami: 8600581470369254', 'payment_card')).toEqual([]);
  });
});

describe('IBANs with the country code apart, in any case', () => {
  it.each([
    ['lower case, letters in the BBAN', 'IBAN: it 60 x054 2811 1010 0000 0123 456', 'it 60 x054 2811 1010 0000 0123 456'],
    ['lower case in prose', 'Überweisung an be 68 5390 0754 7034.', 'be 68 5390 0754 7034'],
    ['mixed case', 'IBAN: Nl 91 abna 0417 1643 00', 'Nl 91 abna 0417 1643 00'],
    ['slashes between groups', 'CH 93 / 0076 / 2011 / 6238 / 5295 / 7', 'CH 93 / 0076 / 2011 / 6238 / 5295 / 7'],
    ['a dot inside the code', 'IBAN S.E 45 5000 0000 0583 9825 7466', 'S.E 45 5000 0000 0583 9825 7466'],
  ])('%s', (_family, text, iban) => {
    expect(found(text, 'iban')).toEqual([iban]);
  });

  it.each([
    ['`no` as the word for number', 'invoice no 25 5050000123456789 paid, Rechnung No. 91 2100 0418 4502 0005 1332'],
    ['a wrong check digit', 'ES 91 2100 0418 4502 0005 1333'],
    ['a preposition before numbers', 'we met at 12 and left at 14 15 16 17 18 19 20 21'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'iban')).toEqual([]);
  });
});

describe('e-mail with bare at and dot words right after a word for e-mail', () => {
  it.each([
    ['German label', 'E-Mail: jana at firma punkt de', 'jana at firma punkt de'],
    ['Spanish label', 'correo: luis arroba empresa punto mx', 'luis arroba empresa punto mx'],
    ['English prose', 'my email is mary.jones at outlook dot com', 'mary.jones at outlook dot com'],
    ['Russian label', 'почта: oleg собака yandex точка ru', 'oleg собака yandex точка ru'],
  ])('%s', (_family, text, email) => {
    expect(found(text, 'email')).toEqual([email]);
  });

  it.each([
    ['no word for e-mail before it', 'look at this dot com'],
    ['a word for e-mail further back', 'email me, then look at this dot com'],
    ['a reserved example domain', 'Email: user at example dot com'],
    ['no top-level domain at the end', 'E-Mail: meet at noon dot then'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'email')).toEqual([]);
  });
});

describe('phone numbers are no house numbers', () => {
  it.each([
    ['Danish, a street type word first', 'Ring mig på 416-555-0199 i aften'],
    ['Japanese groups', 'Ring 03-1234-5678'],
  ])('%s', (_family, text) => {
    expect(found(text, 'postal_address')).toEqual([]);
  });

  it('finds a phone right after a ZIP, grouped with other separators', () => {
    expect(found('Joe’s Diner | 12 Elm Road, Salem, OR 97301 503-555-0142', 'phone')).toEqual(['503-555-0142']);
  });

  it('keeps the tail of a number grouped with one separator', () => {
    expect(found('Konto DE89 3704 0044 0532 0130 00', 'phone')).toEqual([]);
  });
});
