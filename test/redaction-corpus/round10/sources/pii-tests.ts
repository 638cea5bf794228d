// PII test values of test files no earlier round read, typed here from the search tool's read_file with the
// repository, path and commit of each file. build.ts re-checks every card with Luhn and drops values an earlier round's
// files already hold.
// - dldevinc/django-credit-cards (BSD-3-Clause) `tests/test_types.py`: its numbers per card type (Amex, Diners, Elo,
//   Mastercard 2-series, 19-digit Visa, 18-digit UnionPay, Mir). Its "generic" numbers (a BIN followed by zeros) and
//   numbers that are one digit repeated are left out as arguable, as earlier rounds did; the common test numbers it
//   shares with Stripe's list are dropped by build.ts as earlier rounds hold them.
// - hapijs/address (BSD-3-Clause) `test/email.ts`: the addresses its isEmailValid() test accepts (Unicode local parts
//   and domains, a digits-only local part, an `xn--` local part, an astral-plane local part; the Chinese one with its
//   TLD allowed by an option), and
//   three it rejects or that are no address (`apple-touch-icon-60x60@2x.png`, a domain with no dot) as negatives.

export const CARDS_FILE = 'dldevinc/django-credit-cards tests/test_types.py @ a00a63dadf03af1efcd6ea40efacb3db5b784825 (BSD-3-Clause)';
export const CARDS: { brand: string; value: string }[] = [
  { brand: 'Amex', value: '378734493671000' },
  { brand: 'Amex', value: '371144371144376' },
  { brand: 'Amex', value: '341134113411347' },
  { brand: 'Diners', value: '36438936438936' },
  { brand: 'Diners', value: '36110361103612' },
  { brand: 'Elo', value: '4514161111111119' },
  { brand: 'Elo', value: '5067001446391275' },
  { brand: 'Elo', value: '5090111111111113' },
  { brand: 'Elo', value: '6277801111111112' },
  { brand: 'Elo', value: '4312741111111112' },
  { brand: 'Elo', value: '6362970000457013' },
  { brand: 'Mastercard 2-series', value: '2222400061240016' },
  { brand: 'Mastercard 2-series', value: '2223000048400011' },
  { brand: 'Visa (19 digits)', value: '4532261615476013542' },
  { brand: 'UnionPay', value: '6247130048162403' },
  { brand: 'UnionPay (18 digits)', value: '622384452162063648' },
  { brand: 'Mir', value: '2204883716636153' },
  { brand: 'Mir', value: '2200111234567898' },
  { brand: 'Mir', value: '2200481349288130' },
  { brand: 'Amex', value: '378282246310005' },
  { brand: 'Diners', value: '30569309025904' },
  { brand: 'JCB', value: '3566002020360505' },
];

export const EMAIL_FILE = 'hapijs/address test/email.ts @ 0574ec8a280d08a8002e9763016a097f86c05d83 (BSD-3-Clause)';
export const EMAILS: string[] = [
  'test@nominet.org.uk',
  'test@about.museum',
  'êjness@iana.org',
  'ñoñó1234@iana.org',
  'ñoñó1234@something.com',
  '伊昭傑@郵件.商務',
  '\ud801\udc37\ud852\udf62@iana.org',
  'test.test@iana.org',
  '123@iana.org',
  'test@123.com',
  'test@mason-dixon.com',
  'xn--test@iana.org',
  'test@iana.org',
  'a@iana.org',
];
export const EMAIL_NEGATIVES: string[] = ['apple-touch-icon-60x60@2x.png', 'shouldbe@invalid', 'test@com'];
