// Personal-data test values of PII detectors and payment libraries, read with the search tool's read_file (or, for
// one sandbox page, its search excerpt) and typed here. No earlier round used these sources.
//
// - microsoft/presidio `presidio-analyzer/tests/test_{ip,email,phone,iban,credit_card}_recognizer.py` (MIT): the
//   test sentences as written, labelled per docs/redaction.md (documentation, loopback and unspecified addresses
//   are negatives; link-local and multicast examples are left out as arguable).
// - braintree/card-validator `src/__tests__/card-number.test.ts` (MIT): card numbers of each brand.
// - Priority Commerce's sandbox test-card page and A55's test-card page (published test numbers, facts).

export const PRESIDIO = (file: string, commit: string) => `microsoft/presidio presidio-analyzer/tests/${file} @ ${commit} (MIT)`;
const IP_FILE = PRESIDIO('test_ip_recognizer.py', '00acdb430c53830e84f609ce109aeb1cfa7e5ada');
const EMAIL_FILE = PRESIDIO('test_email_recognizer.py', '70f52e4bd54e07dacbfb761fd156a1e9171400a0');
const PHONE_FILE = PRESIDIO('test_phone_recognizer.py', '01b4ed1c88aad0c1145f452515ab4fe94e966bed');
export const IBAN_FILE = PRESIDIO('test_iban_recognizer.py', '009d53466170affa321b1d7697e7266228695b94');
const CARD_FILE = PRESIDIO('test_credit_card_recognizer.py', 'f6a249d949051be8da5e48d12468507788135d99');
const BRAINTREE = 'braintree/card-validator src/__tests__/card-number.test.ts @ 7d087c307de54f69f318a02da5f58d1abcddd5f6 (MIT)';
const PCE = 'https://docs.qa.prioritycommerce.com/pce-qa-product-hub/docs/pce-docs-test-data (published sandbox test cards)';
const A55 = 'https://docs.a55.tech/docs/getting-started/test-cards (published sandbox test card)';

type PiiKind = 'ip_address' | 'email' | 'phone' | 'postal_address';
export interface Sentence {
  text: string;
  expected: { kind: PiiKind; value: string }[];
  from: string;
}
const ip = (value: string) => ({ kind: 'ip_address' as const, value });
const s = (text: string, values: string[], from = IP_FILE): Sentence => ({ text, expected: values.map(ip), from });

/** Presidio's IP test sentences: value list empty = negative under the doc. */
export const PRESIDIO_IP: Sentence[] = [
  s('microsoft.com 192.168.0.1', ['192.168.0.1']),
  s('my ip: 192.168.0', []),
  s('microsoft.com 684D:1111:222:3333:4444:5555:6:77', ['684D:1111:222:3333:4444:5555:6:77']),
  s('my ip: 684D:1111:222:3333:4444:5555:6:77', ['684D:1111:222:3333:4444:5555:6:77']),
  s('684D:1111:222:3333:4444:5555:77', []),
  s('2345:0425:2CA1:0000:0000:0567:5673:23b5', ['2345:0425:2CA1:0000:0000:0567:5673:23b5']),
  s('2345:0425:2CA1::0567:5673:23b5', ['2345:0425:2CA1::0567:5673:23b5']),
  s('2400:c401::5054:ff:fe1b:b031', ['2400:c401::5054:ff:fe1b:b031']),
  s('Use local ipv6 ::', []),
  s('my ip: ::1', []),
  s('connecting from ::1', []),
  s('src=:: dst=::1', []),
  s('2001:db8::8a2e:370:7334', []),
  s('Server IP: 2001:db8::1', []),
  s('Connect to [2001:db8::1]:8080', []),
  s('my ip is 2400:c401::5054:ff:fe1b:b031', ['2400:c401::5054:ff:fe1b:b031']),
  s('Visit http://[2001:db8::1]/path', []),
  s('SSH to user@2001:db8::1', []),
  s('::ffff:10.0.0.1', ['::ffff:10.0.0.1']),
  s('::ffff:172.16.0.1', ['::ffff:172.16.0.1']),
  s('::ffff:127.0.0.1', []),
  s('::ffff:0:192.168.1.1', ['::ffff:0:192.168.1.1']),
  s('Mapped: ::ffff:192.168.1.1', ['::ffff:192.168.1.1']),
  s('Connect to ::ffff:10.0.0.1 now', ['::ffff:10.0.0.1']),
  s('[::ffff:192.168.1.1]:80', ['::ffff:192.168.1.1']),
  s('::192.168.1.1', ['::192.168.1.1']),
  s('::ffff:256.0.0.1', []),
  s('0:0:0:0:0:FFFF:129.144.52.38', ['0:0:0:0:0:FFFF:129.144.52.38']),
  s('2001:db8::256.1.1.1', []),
  s('IPv4: 192.168.1.1, IPv6: 2001:db8::1', ['192.168.1.1']),
  s('Primary: 10.0.0.1, Secondary: 172.16.0.1', ['10.0.0.1', '172.16.0.1']),
  s('IPs: 192.168.1.1, 10.0.0.1, 2001:db8::1', ['192.168.1.1', '10.0.0.1']),
  s('MAC address aa:bb:cc:dd:ee:ff', []),
  s('Time 12:34:56', []),
  s('Ratio 1:2:3:4', []),
  s('CSS color #ff00aa', []),
  s('Version 1.2.3', []),
  s('Port 80:443', []),
  s('std::cout', []),
  s('MyClass::toString', []),
  s('file:///path/to/file', []),
  s('(192.168.1.1)', ['192.168.1.1']),
  s('IP: 192.168.1.1.', ['192.168.1.1']),
  s('192.168.1.1,', ['192.168.1.1']),
  s('256.256.256.256', []),
  s('192.168.1.256', []),
  s('300.168.1.1', []),
  s('2001::db8::1', []),
  s('192.168.2.1@eth0', ['192.168.2.1']),
  s('localhost 127.0.0.1', []),
  s('Broadcast 255.255.255.255', []),
  s('Default 0.0.0.0', []),
  s('192.168.1.1/32', ['192.168.1.1']),
];

export const PRESIDIO_EMAIL: Sentence[] = [
  { text: 'info@presidio.site', expected: [{ kind: 'email', value: 'info@presidio.site' }], from: EMAIL_FILE },
  { text: 'my email address is info@presidio.site', expected: [{ kind: 'email', value: 'info@presidio.site' }], from: EMAIL_FILE },
  {
    text: 'try one of these emails: info@presidio.site or anotherinfo@presidio.site',
    expected: [{ kind: 'email', value: 'info@presidio.site' }, { kind: 'email', value: 'anotherinfo@presidio.site' }],
    from: EMAIL_FILE,
  },
  { text: 'my email is info@presidio.', expected: [], from: EMAIL_FILE },
];

export const PRESIDIO_PHONE: Sentence[] = [
  {
    text: 'My US number is (415) 555-0132, and my international one is +1 415 555 0132',
    expected: [{ kind: 'phone', value: '(415) 555-0132' }, { kind: 'phone', value: '+1 415 555 0132' }],
    from: PHONE_FILE,
  },
  { text: 'My Israeli number is 09-7625400', expected: [{ kind: 'phone', value: '09-7625400' }], from: PHONE_FILE },
  {
    text: "Dalla's Pizza | 3843 Peartree Road, Bamblee, SD 20241 440-600-5124",
    expected: [{ kind: 'postal_address', value: '3843 Peartree Road, Bamblee, SD 20241' }, { kind: 'phone', value: '440-600-5124' }],
    from: `${IBAN_FILE} (the "no IBAN here" sentence: it holds an address and a phone number)`,
  },
];

/** Valid IBANs of Presidio's test (compact as printed; the test also prints each in groups of four). */
export const PRESIDIO_IBANS = [
  'AL47212110090000000235698741', 'AD1200012030200359100100', 'AT611904300234573201', 'AZ21NABZ00000000137010001944',
  'BH67BMAG00001299123456', 'BY13NBRB3600900000002Z00AB00', 'BE68539007547034', 'BE71096123456769', 'BA391290079401028494',
  'BR9700360305000010009795493P1', 'BG80BNBG96611020345678', 'CR05015202001026284066', 'HR1210010051863000160',
  'CY17002001280000001200527600', 'CZ6508000000192000145399', 'DK5000400440116243', 'DO28BAGR00000001212453611324',
  'TL380080012345678910157', 'EE382200221020145685', 'FO6264600001631634', 'FI2112345600000785', 'FR1420041010050500013M02606',
  'GE29NB0000000101904917', 'DE89370400440532013000', 'GI75NWBK000000007099453', 'GR1601101250000000012300695',
  'GL8964710001000206', 'GT82TRAJ01020000001210029690', 'HU42117730161111101800000000', 'IS140159260076545510730339',
  'IE29AIBK93115212345678', 'IL620108000000099999999', 'IT60X0542811101000000123456', 'JO94CBJO0010000000000131000302',
  'KZ86125KZT5004100100', 'XK051212012345678906', 'KW81CBKU0000000000001234560101', 'LV80BANK0000435195001',
  'LB62099900000001001901229114', 'LI21088100002324013AA', 'LT121000011101001000', 'LU280019400644750000',
  'MT84MALT011000012345MTLCAST001S', 'MR1300020001010000123456753', 'MU17BOMM0101101030300200000MUR', 'MD24AG000225100013104168',
  'MC5811222000010123456789030', 'ME25505000012345678951', 'NL91ABNA0417164300', 'MK07250120000058984', 'NO9386011117947',
  'PK36SCBL0000001123456702', 'PS92PALS000000000400123456702', 'PL61109010140000071219812874', 'PT50000201231234567890154',
  'QA58DOHB00001234567890ABCDEFG', 'RO49AAAA1B31007593840000', 'SM86U0322509800000000270100', 'SA0380000000608010167519',
  'RS35260005601001611379', 'SK3112000000198742637541', 'SI56263300012039086', 'ES9121000418450200051332',
  'SE4550000000058398257466', 'CH9300762011623852957', 'TN5910006035183598478831', 'TR330006100519786457841326',
  'AE070331234567890123456', 'GB29NWBK60161331926819', 'VA59001123000012345678', 'VG96VPVG0000012345678901',
];

/** Presidio's invalid IBAN variants (wrong check digit, letter in a digit field, truncated, unknown country). */
export const PRESIDIO_BAD_IBANS = [
  'AL47 212A 1009 0000 0002 3569 8741', 'AL47 2121 1009 0000 0002 3569 8740', 'AD12 0001 2030 2003 5910 0101',
  'AT61 1904 3002 3457 3202', 'AZ21NABZ00000000137010001945', 'BE71 0961 2345 6760', 'BR97 0036 0305 0000 1000 9795 493P 2',
  'CY17 0020 0128 0000 0012 0052 7601', 'DK50 0040 0440 1162 44', 'FR14 2004 1010 0505 0001 3M02 607', 'DE89 3704 0044 0532 0130 01',
  'GB29 NWBK 6016 1331 9268 10', 'NL91 ABNA 0417 1643 01', 'ES91 2100 0418 4502 0005 1333', 'CH93 0076 2011 6238 5295 8',
  'PL61 1090 1014 0000 0712 1981 2875', 'IL15 0120 6900 0000', 'AM47212110090000000235698740', 'AB150120690000003111141',
  'IT60 X054 2811 1010 0000 0123 457', 'SE45 5000 0000 0583 9825 7467', 'TR33 0006 1005 1978 6457 8413 27', 'GI75 aWBK 0000 0000 7099 453',
];

/** Cards as each source prints them; build.ts keeps the Luhn-valid ones as positives (the doc's policy). */
export const CARDS: { value: string; brand: string; from: string }[] = [
  { value: '4012888888881881', brand: 'Visa', from: CARD_FILE },
  { value: '4012-8888-8888-1881', brand: 'Visa', from: CARD_FILE },
  { value: '4012 8888 8888 1881', brand: 'Visa', from: CARD_FILE },
  { value: '122000000000003', brand: 'UATP (AirPlus)', from: CARD_FILE },
  { value: '371449635398431', brand: 'Amex', from: CARD_FILE },
  { value: '5019717010103742', brand: 'Dankort', from: CARD_FILE },
  { value: '30569309025904', brand: 'Diners', from: CARD_FILE },
  { value: '6011000400000000', brand: 'Discover', from: CARD_FILE },
  { value: '3528000700000000', brand: 'JCB', from: CARD_FILE },
  { value: '6759649826438453', brand: 'Maestro', from: CARD_FILE },
  { value: '5555555555554444', brand: 'Mastercard', from: CARD_FILE },
  { value: '4111111111111111', brand: 'Visa', from: CARD_FILE },
  { value: '4917300800000000', brand: 'Visa Electron', from: CARD_FILE },
  { value: '4484070000000000', brand: 'Visa Purchasing', from: CARD_FILE },
  { value: '62123456789002', brand: 'UnionPay (14 digits)', from: BRAINTREE },
  { value: '621234567890003', brand: 'UnionPay (15 digits)', from: BRAINTREE },
  { value: '6288997715452584', brand: 'UnionPay', from: BRAINTREE },
  { value: '6282001509099283', brand: 'UnionPay', from: BRAINTREE },
  { value: '6269992058134322', brand: 'UnionPay', from: BRAINTREE },
  { value: '6240008631401148', brand: 'UnionPay', from: BRAINTREE },
  { value: '6212345678901232', brand: 'UnionPay', from: BRAINTREE },
  { value: '6011000990139424', brand: 'Discover', from: BRAINTREE },
  { value: '6011111111111117', brand: 'Discover', from: BRAINTREE },
  { value: '5000000000000611', brand: 'Maestro', from: BRAINTREE },
  { value: '5000000000000000005', brand: 'Maestro (19 digits)', from: BRAINTREE },
  { value: '378282246310005', brand: 'Amex', from: BRAINTREE },
  { value: '3530111333300000', brand: 'JCB', from: BRAINTREE },
  { value: '4111 1111 1111 1111 110', brand: 'Visa (19 digits)', from: BRAINTREE },
  { value: '4000 0566 5566 5556', brand: 'Visa debit', from: PCE },
  { value: '4123 4000 7332 0224', brand: 'Visa debit', from: PCE },
  { value: '3782 822463 10005', brand: 'Amex', from: PCE },
  { value: '3714 496353 98431', brand: 'Amex', from: PCE },
  { value: '5200 8282 8282 8210', brand: 'Mastercard', from: PCE },
  { value: '2222 4000 6000 0007', brand: 'Mastercard 2-series', from: PCE },
  { value: '5305 4847 4880 0098', brand: 'Mastercard', from: PCE },
  { value: '4024 0071 5376 3191', brand: 'Visa', from: A55 },
];

/** Numbers the same tests mark invalid (Luhn fails). */
export const BAD_CARDS: { value: string; from: string }[] = [
  { value: '4012-8888-8888-1882', from: CARD_FILE },
  { value: '36168002586008', from: CARD_FILE },
  { value: '5555555555554446', from: BRAINTREE },
  { value: '4111111111111112', from: BRAINTREE },
  { value: '5000000000000612', from: BRAINTREE },
  { value: '4024 0071 5376 3192', from: A55 },
];

const ILIB_PHONE = (cc: string, commit: string) => `iLib-js/iLib js/test/phone/nodeunit/testphonefmt_${cc}.js @ ${commit} (Apache-2.0)`;
/**
 * Phone numbers as iLib's formatter tests print them in each country's own styles (slashes, brackets, trunk prefix
 * in brackets, carrier codes, dialling prefixes), with the region to read them in; build.ts keeps the ones
 * libphonenumber calls valid (iLib's tests use made-up subscriber digits, some of which no plan allows).
 */
export const ILIB_PHONES: { value: string; region: string; from: string }[] = [
  ...['06224 123 45 67', '06224/1 23 45 67', '(06224) 123 4567', '06224 1234567', '038852 12 34 56', '0165 1234 5678', '(030) 1234 5678', '(030) 123 4567', '+353 86 822 3689', '00 33 1 12 34 56 78']
    .map((value) => ({ value, region: 'DE', from: ILIB_PHONE('DE', '285261ebc1f6870b1f870c1e4bac575ca7a827f4') })),
  ...['011-12345678', '011 1234 5678', '011-1234-5678', '+91 11 12345678', '+91 7753 123456', '00 91 11 12345678', '+91 91276 54321', '91276-54321', '99123-45678']
    .map((value) => ({ value, region: 'IN', from: ILIB_PHONE('IN', '336bb830043d7febfd758ce2908e32830e545a8d') })),
  ...['0 21 11 2345-6789', '066 8795-4567', '+55 61 2345-6789', '+55 11 90145-6789', '0300-234-5678']
    .map((value) => ({ value, region: 'BR', from: ILIB_PHONE('BR', '285261ebc1f6870b1f870c1e4bac575ca7a827f4') })),
  ...['03-5841-2047', '06-6879-5111', '+81 6 687 7511', '010 1 408 456 7890', '0152-41-0670', '090-1790-1357', '+81 90 1234 5678', '075-1234-5678']
    .map((value) => ({ value, region: 'JP', from: ILIB_PHONE('JP', '285261ebc1f6870b1f870c1e4bac575ca7a827f4') })),
  ...['02-3452-3434', '(02) 3452-3434', '+61 2 1234 5678', '002 33 1 12 34 56 78', '033-123-4567', '+82 16 1234 5678']
    .map((value) => ({ value, region: 'KR', from: ILIB_PHONE('KR', '0524b056ce08818a4a1046ab4ec855fd8ae6fe1b') })),
  ...['33-1234-5678', '(33) 1234-5678', '33 12 34 56 78', '33/1234-5678', '+52 1 55 1234 5678', '01-800-1234-5678']
    .map((value) => ({ value, region: 'MX', from: ILIB_PHONE('MX', '2d453f393054cc3a099a2998eda6039ebc7200a2') })),
  { value: '(615) 987-6543', region: 'US', from: ILIB_PHONE('MX', '2d453f393054cc3a099a2998eda6039ebc7200a2') },
  { value: '0212 98 76 54 32', region: 'DE', from: ILIB_PHONE('MX', '2d453f393054cc3a099a2998eda6039ebc7200a2') },
  ...['01 12 34 56 78', '(0)1 12 34 56 78', '+33 1 12 34 56 78', '06 12 34 56 78', '0800 345 678', '0590 123 456', '+33 590 12 34 56']
    .map((value) => ({ value, region: 'FR', from: ILIB_PHONE('FR', '285261ebc1f6870b1f870c1e4bac575ca7a827f4') })),
];
