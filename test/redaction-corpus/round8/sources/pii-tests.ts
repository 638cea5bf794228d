// PII test values of libraries and spec files no earlier round read, typed here from the search tool's read_file with
// the repository, path and commit of each file. build.ts re-checks every value (google-libphonenumber for phones, Luhn
// for cards, ibantools for IBANs) and drops values an earlier round's files already hold.
// - Microsoft Recognizers-Text (MIT): the phone specs of its Swedish, Turkish, Hindi and Portuguese models (round 7
//   read the English one and the one-item German/French/Italian/Japanese ones): Swedish area codes with a dash
//   (`08-123 45 67`, `0414-12 34 56`), `+46(0)…`, `0046(0)…`, Turkish `(0212) 338 10 00` and `0850 222 1 833`, Indian
//   STD codes (`011-26701508`), `91-22-…` without a plus, and numbers in Devanagari digits. Their non-phone lines
//   (dates, coordinates, ids) are negatives.
// - didww/credit_card_validations (MIT) `spec/fixtures/valid_cards.yml`: test numbers of Visa, Mastercard 2-series,
//   Diners, Amex, Discover, Maestro (12-19 digits), JCB, Solo, UnionPay, Dankort, Switch, RuPay, Hipercard, Elo and Mir
//   in the 4-4-4-4 grouping the fixture uses; numbers that are a BIN followed by zeros are left out (placeholders).
// - thoughtworks/talisman (MIT) `detector/filecontent/filecontent_credit_card_detector_test.go`: its non-Luhn numbers
//   as negatives.
// - skwasjer/IbanNet (Apache-2.0): Finnish IBANs of its bank-code issue test, and the invalid IBANs of
//   `IbanValidatorIntegrationTests.cs` (wrong check digits, lengths, unknown country, illegal characters) as negatives.

const RT = (path: string, commit: string) => `microsoft/Recognizers-Text ${path} @ ${commit} (MIT)`;
export const RT_SV = RT('Specs/Sequence/Swedish/PhoneNumberModel.json', '2a4d1222bfa5a9e2cb4199de48e9fbed2276ed2f');
export const RT_TR = RT('Specs/Sequence/Turkish/PhoneNumberModel.json', '65c699b9c1d9277b94db4ff1824c8c874149a2f2');
export const RT_HI = RT('Specs/Sequence/Hindi/PhoneNumberModel.json', '04a6432af351fbc0640de6320b6f504cc0bb4c18');
export const RT_PT = RT('Specs/Sequence/Portuguese/PhoneNumberModel.json', '2be7ed1ef0589e483e86e005502f3204424a9069');

/** The spec's input sentence (`text`), the number it labels (`value`) and the country its layout belongs to. */
export interface SpecPhone {
  region: string;
  text: string;
  value: string;
  from: string;
}
const sv = (text: string, value: string): SpecPhone => ({ region: 'SE', text, value, from: RT_SV });
const tr = (value: string): SpecPhone => ({ region: 'TR', text: `Tel: ${value}`, value, from: RT_TR });
const hi = (value: string): SpecPhone => ({ region: 'IN', text: `मेरा फोन नंबर ${value} है.`, value, from: RT_HI });
const pt = (value: string, region: string): SpecPhone => ({ region, text: `Meu telefone é ${value}.`, value, from: RT_PT });

export const PHONES: SpecPhone[] = [
  sv('Tel: 08-123 456 67', '08-123 456 67'),
  sv('Tel: 08-123 45 67', '08-123 45 67'),
  sv('Tel: 08-12 45 67', '08-12 45 67'),
  sv('Tel: 046-123 45 67', '046-123 45 67'),
  sv('Tel: 046-12 45 67', '046-12 45 67'),
  sv('Tel: 0414-12 34 56', '0414-12 34 56'),
  sv('Tel: 0414-123 45', '0414-123 45'),
  sv('Phone: +46 414 123 45', '+46 414 123 45'),
  sv('Phone: +46(0)41412345', '+46(0)41412345'),
  sv('Phone: 0046(0)41412345', '0046(0)41412345'),
  sv('Phone: +46(0)414-12345', '+46(0)414-12345'),
  sv('Mitt telefonnummer är: +46 498 12 34 56.', '+46 498 12 34 56'),
  sv('Tel: +46 8 12 34 56', '+46 8 12 34 56'),
  tr('(0212) 338 10 00'),
  tr('2122281693'),
  tr('0850 222 1 833'),
  tr('0530 357 29 86'),
  tr('+90 216 544 3800'),
  hi('26741570'),
  hi('9834257234'),
  hi('011-26701508'),
  hi('09810234587'),
  hi('0124-2543645'),
  hi('1800 425 3800'),
  hi('1800-103-8181'),
  hi('91-22-39830000'),
  hi('912239830000'),
  hi('91-124-2543100'),
  hi('+91-22-39830000'),
  hi('+912239830000'),
  hi('+91 124 2543100'),
  hi('९९२५७४३५०८'),
  pt('(71)3019-9811', 'BR'),
  pt('018 997821551', 'BR'),
  pt('21 995556144', 'BR'),
  pt('92995299770', 'BR'),
  pt('+49 176/12345678', 'DE'),
  pt('0049 171 1234567', 'DE'),
];

/** Lines the specs say hold no phone number. */
export const PHONE_NEGATIVES: { text: string; from: string }[] = [
  { text: '-2208960000 verkar inte vara ett telefonnummer..', from: RT_SV },
  { text: '-77.034040723966 verkar inte vara ett telefonnummer.', from: RT_SV },
  { text: 'P0-001-000016155-9 verkar inte vara ett telefonnummer.', from: RT_SV },
  { text: '16/04/2010 verkar inte vara ett telefonnummer.', from: RT_SV },
  { text: 'T005-2333-100731-SW-2 verkar inte vara ett telefonnummer.', from: RT_SV },
  { text: 'http://twitter.com/#!/mstrohm/stus/87057367204202896 verkar inte vara ett telefonnummer.', from: RT_SV },
  { text: '200.38294427 är inte ett telefonnummer.', from: RT_SV },
  { text: 'Tel: +46 7 12 45 67 kan inte vara ett svenskt telefonnummer', from: RT_SV },
];

export const CARDS_FILE = 'didww/credit_card_validations spec/fixtures/valid_cards.yml @ 04fa4b65ce742d8c74c2e9713895d3c058c66806 (MIT)';
export const TALISMAN_CARD_FILE = 'thoughtworks/talisman detector/filecontent/filecontent_credit_card_detector_test.go @ 37edbc9ce44a92b7ba88e79b4d8422a647a9b5e1 (MIT)';

/** Brand and number as the fixture writes them. Numbers that are a BIN then zeros are not listed. */
export const CARDS: { brand: string; value: string }[] = [
  { brand: 'Visa', value: '4012 8888 8888 1881' },
  { brand: 'Mastercard', value: '5274 5763 9425 9961' },
  { brand: 'Diners', value: '3020 4169 3226 43' },
  { brand: 'Diners', value: '3021 8047 1965 57' },
  { brand: 'Diners', value: '3022 1511 5632 52' },
  { brand: 'Diners', value: '3614 8900 6479 13' },
  { brand: 'Diners', value: '3852 0000 0232 37' },
  { brand: 'Diners', value: '3056 9309 0259 04' },
  { brand: 'Amex', value: '3468 2763 0435 344' },
  { brand: 'Amex', value: '3704 0726 9909 809' },
  { brand: 'Amex', value: '3705 5601 9309 221' },
  { brand: 'Amex', value: '3764 6228 0921 451' },
  { brand: 'Amex', value: '3777 5274 9896 404' },
  { brand: 'Discover', value: '6011 0009 9013 9424' },
  { brand: 'Discover', value: '6011 1532 1637 1980' },
  { brand: 'Discover', value: '6011 6874 8256 4166' },
  { brand: 'Discover', value: '6011 8148 3690 5651' },
  { brand: 'Maestro', value: '6759 6498 2643 8453' },
  { brand: 'Maestro (14 digits)', value: '5033 9619 8909 17' },
  { brand: 'Maestro (18 digits)', value: '5868 2416 0825 5333 38' },
  { brand: 'Maestro (19 digits)', value: '6304 9000 1774 0292 441' },
  { brand: 'JCB', value: '3575 7591 5225 4876' },
  { brand: 'JCB', value: '3566 0020 2036 0505' },
  { brand: 'JCB (15 digits, 1800)', value: '1800 0163 8277 392' },
  { brand: 'Solo (19 digits)', value: '6767 6767 6767 6767 671' },
  { brand: 'UnionPay (19 digits)', value: '6264 1852 1292 2132 067' },
  { brand: 'UnionPay', value: '6288 9977 1545 2584' },
  { brand: 'UnionPay', value: '6269 9920 5813 4322' },
  { brand: 'Dankort', value: '5019 7170 1010 3742' },
  { brand: 'Switch', value: '6331 1019 9999 0016' },
  { brand: 'RuPay', value: '6076 6000 0619 9992' },
  { brand: 'RuPay', value: '6070 5500 5000 0047' },
  { brand: 'Hipercard (19 digits)', value: '3841 0058 9908 8180 330' },
  { brand: 'Elo', value: '4011 7841 3850 9070' },
  { brand: 'Elo', value: '4389 3555 4728 7502' },
  { brand: 'Elo', value: '4573 9320 5642 0699' },
  { brand: 'Elo', value: '5041 7572 2687 1008' },
  { brand: 'Elo', value: '5066 9917 1703 9876' },
  { brand: 'Elo', value: '5090 4071 4078 7707' },
  { brand: 'Elo', value: '5090 6473 8030 4070' },
  { brand: 'Elo', value: '6362 9745 2190 7765' },
  { brand: 'Elo', value: '6504 9799 9991 0279' },
  { brand: 'Elo', value: '6516 5299 9991 0328' },
  { brand: 'Mir', value: '2202 1234 1234 1234' },
];

/** Numbers the Talisman test says are no card (no Luhn). */
export const BAD_CARDS = ['1234123412341234', '52222111111111111'];

export const IBAN_FI_FILE = 'skwasjer/IbanNet test/IbanNet.Tests/Issues/224_FinlandBankCode.cs @ 4f8d91847c0285cc2bcb3e20c54fa153f1a13778 (Apache-2.0)';
export const IBAN_BAD_FILE = 'skwasjer/IbanNet test/IbanNet.Tests/IbanValidatorIntegrationTests.cs @ 023bc991310a32b652eed409806d4e632254dbb6 (Apache-2.0)';
export const IBANS = ['FI4017453000182859', 'FI2840554920113105'];
export const IBAN_NEGATIVES = ['NL92ABNA0417164300', 'NO9486011117947', 'NL91ABNA04171643000', 'AA91ABNA0417164300', 'NL00ABNA0417164300', 'NL91ABNA041716430A', 'ZZ93860111179470'];
